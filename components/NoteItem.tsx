/**
 * One saved annotation in a list: quote, note, tags, page, time, with Open, Edit note and Delete. All text
 * rendered as text.
 */
import { useId, useState } from 'preact/hooks';
import { type AnnotationRecord, parseTags, tagsText } from '../lib/annotation';
import { formatDate, t } from '../lib/i18n';
import { sendRequest } from '../lib/send-request';

/**
 * Saves a note and tags edited in a list: by id, from the note and tags the reader started from, so an
 * edit made meanwhile in a page or another view is refused rather than overwritten. The error, or null.
 */
async function saveEdit(id: string, draft: Draft): Promise<string | null> {
  const reply = await sendRequest('annotation:update', {
    id,
    changes: { note: draft.note.trim(), tags: parseTags(draft.tags) },
    base: draft.base,
  });
  return reply.ok ? null : reply.error;
}

/**
 * Before the note item `li` leaves the list, focus the next note (else the one before it, else the
 * view's main element), so keyboard focus is not dropped to the page's body. A copy of the same note in
 * another list of the view (the popup lists a page's notes twice) is passed over.
 */
function focusAfterRemoval(li: HTMLElement): void {
  const root = li.closest('main') ?? document.body;
  const others = [...root.querySelectorAll<HTMLElement>('li.note')].filter(
    (el) => el === li || el.dataset.id !== li.dataset.id,
  );
  const at = others.indexOf(li);
  const next = others[at + 1] ?? others[at - 1] ?? (root instanceof HTMLElement ? root : null);
  if (!next) return;
  // Focusable from script only: a click in a note's text does not focus its item.
  if (!next.hasAttribute('tabindex')) next.tabIndex = -1;
  next.focus();
}

/** The note and tags being edited, and the stored ones the edit started from. */
interface Draft {
  note: string;
  tags: string;
  base: { note: string; tags: string[] };
}

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
  // The note and tags being edited here (null: not editing), and why the last save was refused.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    if (!draft) return;
    const refused = await saveEdit(r.id, draft);
    setError(refused);
    // Refused because the note changed elsewhere: the draft now edits the stored note (the list shows it
    // live), so Save again replaces that change knowingly.
    if (refused === null) setDraft(null);
    else setDraft({ ...draft, base: { note: r.note, tags: r.tags } });
  };
  return (
    <li class="note" data-id={r.id}>
      {/* The colour as a class (components/base.css): an inline style is parsed again for every item. */}
      <blockquote id={quoteId} class={`quote c-${r.colour}`}>
        {r.quote.exact}
      </blockquote>
      {props.orphan && <p class="orphan">{t('notFound')}</p>}
      {draft ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <textarea
            aria-label={t('note')}
            value={draft.note}
            onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
          />
          <input
            aria-label={t('tags')}
            value={draft.tags}
            onInput={(e) => setDraft({ ...draft, tags: e.currentTarget.value })}
          />
          {error !== null && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit">{t('save')}</button>
            <button
              type="button"
              onClick={() => {
                setDraft(null);
                setError(null);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {r.note && <p class="note-text">{r.note}</p>}
          {r.tags.length > 0 && (
            <ul class="tags" aria-label={t('tags')}>
              {r.tags.map((tag) => (
                <li key={tag}>#{tag}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p class="meta">
        {r.kind !== 'own' && <span class="kind">{t(`kind_${r.kind}`)} · </span>}
        {props.showPage && <span class="page-title">{r.pageTitle} · </span>}
        <time dateTime={new Date(r.created).toISOString()}>{formatDate(r.created)}</time>
      </p>
      {!draft && (
        <div class="actions">
          {props.onOpen && (
            <button type="button" aria-describedby={quoteId} onClick={() => props.onOpen?.(r)}>
              {t('open')}
            </button>
          )}
          <button
            type="button"
            aria-describedby={quoteId}
            onClick={() =>
              setDraft({ note: r.note, tags: tagsText(r.tags), base: { note: r.note, tags: r.tags } })
            }
          >
            {t('editNote')}
          </button>
          <button
            type="button"
            aria-describedby={quoteId}
            onClick={(e) => {
              const li = e.currentTarget.closest<HTMLElement>('li.note');
              if (li?.contains(document.activeElement)) focusAfterRemoval(li);
              props.onDelete(r);
            }}
          >
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
