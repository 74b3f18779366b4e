/** One saved annotation in a list: quote, note, tags, page, time, with Open and Delete. All text rendered as text. */
import { useId } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { COLOUR_VALUES } from '../lib/highlight/paint';
import { formatDate, t } from '../lib/i18n';

export function NoteItem(props: {
  record: AnnotationRecord;
  orphan?: boolean;
  showPage?: boolean;
  onOpen?: (r: AnnotationRecord) => void;
  onDelete: (r: AnnotationRecord) => void;
}) {
  const { record: r } = props;
  // The buttons are described by the quote, so a screen reader tells one note's "Open" from the next's.
  const quoteId = useId();
  return (
    <li class="note" data-id={r.id}>
      <blockquote id={quoteId} class="quote" style={`border-color:${COLOUR_VALUES[r.colour]}`}>
        {r.quote.exact}
      </blockquote>
      {props.orphan && <p class="orphan">{t('notFound')}</p>}
      {r.note && <p class="note-text">{r.note}</p>}
      {r.tags.length > 0 && (
        <ul class="tags" aria-label={t('tags')}>
          {r.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
      <p class="meta">
        {r.kind !== 'own' && <span class="kind">{t(`kind_${r.kind}`)} · </span>}
        {props.showPage && <span class="page-title">{r.pageTitle} · </span>}
        <time dateTime={new Date(r.created).toISOString()}>{formatDate(r.created)}</time>
      </p>
      <div class="actions">
        {props.onOpen && (
          <button type="button" aria-describedby={quoteId} onClick={() => props.onOpen?.(r)}>
            {t('open')}
          </button>
        )}
        <button type="button" aria-describedby={quoteId} onClick={() => props.onDelete(r)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
