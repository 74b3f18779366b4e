/** The note card: a "Note" text box, tags, "Save"; Escape closes it. Text is always rendered as text. */
import { t } from '../../../lib/i18n';
import type { Draft, Target, UiActions } from './types';

/**
 * Focuses the note box when the card opens. A ref callback with one identity for the card's life runs
 * on mount only, which keeps preact/hooks out of the content script.
 */
const focusOnMount = (el: HTMLTextAreaElement | null): void => el?.focus();

/**
 * The last `beforeinput` event seen on a card field, with the field, until the end of its task. What the
 * reader does to a field (typing, an input method, paste, drop, undo, a spelling fix) fires `beforeinput`
 * before the `input` events of the change, in the same task; the page's `document.execCommand('insertText',
 * …)` while our field has focus fires only a trusted `input` in Chromium, and its text must not reach the
 * draft (docs/robustness.md, D). The page sees the reader's `beforeinput` too (it is composed), so it
 * alone does not vouch for an `input`: a page that cancels it (no input of the reader's follows) or runs its
 * command later, or from a listener of the reader's events in that task, would otherwise have its text taken.
 */
let announced: { field: EventTarget | null; event: InputEvent } | null = null;
const announce = (e: Event): void => {
  const mine = { field: e.currentTarget, event: e as InputEvent };
  announced = mine;
  // One change of the reader's may come as several input events (a pasted or typed text of several lines:
  // one per line and one per line break), all in this task; nothing later is vouched for.
  setTimeout(() => {
    if (announced === mine) announced = null;
  });
};

/**
 * The field's value for the draft, or null when the change is not the one announced (the field is put
 * back): the same field and kind of change in the same task, not cancelled, and for inserted text part of
 * the announced text.
 */
function typed(e: Event, was: string): string | null {
  const field = e.currentTarget as HTMLTextAreaElement | HTMLInputElement;
  const input = e as InputEvent;
  const before = announced?.field === field ? announced.event : null;
  if (
    !before ||
    before.defaultPrevented ||
    before.inputType !== input.inputType ||
    (input.data !== null && before.data !== null && !before.data.includes(input.data))
  ) {
    field.value = was;
    return null;
  }
  return field.value;
}

export function NoteCard(props: {
  target: Target;
  draft: Draft;
  error: string | null;
  saving: boolean;
  actions: UiActions;
  style: string;
}) {
  const { draft, actions } = props;
  const quote = props.target.kind === 'saved' ? props.target.record.quote.exact : null;
  const save = (e: Event): void => {
    e.preventDefault();
    actions.save();
  };
  return (
    <form
      class="pm-card"
      aria-label={t('noteCardLabel')}
      style={props.style}
      onKeyDown={(e) => {
        // Ctrl/Cmd+Enter saves from any field of the card.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save(e);
      }}
      onSubmit={save}
    >
      {quote !== null && (
        <blockquote class="pm-quote">{quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}</blockquote>
      )}
      <textarea
        ref={focusOnMount}
        aria-label={t('note')}
        placeholder={t('note')}
        rows={4}
        value={draft.note}
        onBeforeInput={announce}
        onInput={(e) => {
          const note = typed(e, draft.note);
          if (note !== null) actions.updateDraft({ ...draft, note });
        }}
      />
      <input
        type="text"
        // The browser's own suggestions would change the field without a beforeinput (see `typed`).
        autocomplete="off"
        aria-label={t('tags')}
        placeholder={`${t('tags')} (${t('tagsPlaceholder')})`}
        value={draft.tags}
        onBeforeInput={announce}
        onInput={(e) => {
          const tags = typed(e, draft.tags);
          if (tags !== null) actions.updateDraft({ ...draft, tags });
        }}
      />
      {props.error !== null && (
        <p class="pm-error" role="alert">
          {props.error}
        </p>
      )}
      <div class="pm-row">
        {props.target.kind === 'saved' && (
          <button type="button" class="pm-button" onClick={actions.remove}>
            {t('delete')}
          </button>
        )}
        <span class="pm-spacer" />
        <button type="button" class="pm-button" onClick={actions.close}>
          {t('cancel')}
        </button>
        <button type="submit" class="pm-button pm-primary" disabled={props.saving}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
