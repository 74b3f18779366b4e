/**
 * One saved annotation in a list: quote, note, tags, page, time, with Open, Edit note and Delete. All text
 * rendered as text. Editing works from the keyboard as in the page's note card: the note box takes focus,
 * Ctrl+Enter (⌘+Enter) saves, Escape cancels, and focus comes back to "Edit note".
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { formatDate, t } from '../lib/i18n';
import { sendRequest } from '../lib/send-request';
import type { NoteStatus } from '../lib/store/note-status';
import { focusFromScript } from './focus';
import { changesOver, type Draft, draftChanges, startDraft } from './note-edit';

/**
 * Saves the fields of a note edited in a list: by id, from the note and tags the reader started from, so
 * an edit made meanwhile in a page or another view is refused rather than overwritten. The error, or null.
 */
async function saveEdit(id: string, draft: Draft): Promise<string | null> {
  const changes = draftChanges(draft);
  if (changes === null) return null;
  // Over a limit: said in the reader's words, as the page's card says it, and nothing is cut or sent.
  const over = changesOver(draft, changes);
  if (over) return t(over.key, over.limit.toLocaleString());
  const reply = await sendRequest('annotation:update', { id, changes, base: draft.base });
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
  focusFromScript(next);
}

export function NoteItem(props: {
  record: AnnotationRecord;
  orphan?: boolean;
  /** The words the note covers now, where the page changed them (placed by the fuzzy step). */
  changedTo?: string | undefined;
  /** Where the note stood on its page when that was last opened (stored), when `orphan` and `changedTo` are not given. */
  status?: NoteStatus | undefined;
  showPage?: boolean;
  onOpen?: (r: AnnotationRecord) => void;
  onDelete: (r: AnnotationRecord) => void;
}) {
  const { record: r, status } = props;
  // What the open page says (the popup's list of it), else what was stored when the page was last opened.
  const changedTo = props.changedTo ?? (status?.state === 'changed' ? status.text : undefined);
  const gone = props.orphan
    ? t('notFound')
    : status?.state === 'orphan'
      ? t('notFoundSince', formatDate(status.since))
      : null;
  // The buttons are described by the quote, so a screen reader tells one note's "Open" from the next's.
  const quoteId = useId();
  // The note and tags being edited here (null: not editing), and why the last save was refused.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the form opens or closes: set by the reader's action, used once after render.
  const refocus = useRef<'note' | 'edit' | null>(null);
  useLayoutEffect(() => {
    const target =
      refocus.current === 'note' ? noteBox.current : refocus.current === 'edit' ? editButton.current : null;
    if (!target) return;
    refocus.current = null;
    target.focus();
  });
  const close = (): void => {
    // Focus back on "Edit note" only when it was inside this form (not when the reader went elsewhere).
    if (document.activeElement === document.body || document.activeElement?.closest('form.edit'))
      refocus.current = 'edit';
    setDraft(null);
    setError(null);
  };
  const save = async (): Promise<void> => {
    if (!draft) return;
    const refused = await saveEdit(r.id, draft);
    // Refused because the note changed elsewhere: the draft now edits the stored note (the list shows it
    // live), so Save again replaces that change knowingly.
    if (refused === null) close();
    else {
      setError(refused);
      setDraft({ ...draft, base: { note: r.note, tags: r.tags } });
    }
  };
  return (
    <li class="note" data-id={r.id}>
      {/* The colour as a class (components/base.css): an inline style is parsed again for every item. */}
      <blockquote id={quoteId} class={`quote c-${r.colour}`}>
        {r.quote.exact}
      </blockquote>
      {gone !== null && <p class="orphan">{gone}</p>}
      {changedTo !== undefined && (
        <p class="changed">
          <span class="orphan">{t('quoteChanged')}</span> <q>{changedTo}</q>
        </p>
      )}
      {draft ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        >
          <textarea
            ref={noteBox}
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
            <button type="button" onClick={close}>
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
            ref={editButton}
            type="button"
            aria-describedby={quoteId}
            onClick={() => {
              refocus.current = 'note';
              setDraft(startDraft(r));
            }}
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
