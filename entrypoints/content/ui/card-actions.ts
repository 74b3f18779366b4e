/**
 * What only the in-page UI's own controls do: a colour swatch, typing in the note card, its Save and
 * Delete, and the toast's Undo. Nothing else calls them, so they come with the UI's script
 * (entrypoints/page-ui.ts), loaded when there is first something to show, and not with the content script,
 * which runs on every news page (docs/benchmarks.md, the content script's size). They act on the page
 * through the controller's `CardHost` (controller.ts).
 */
import { browser } from 'wxt/browser';
import { changesOver, draftChanges } from '../../../components/note-edit';
import { type AnnotationRecord, type Colour, draftLimit } from '../../../lib/annotation';
import { t } from '../../../lib/i18n';
import type { Reply } from '../../../lib/messages';
import { sendRequest } from '../../../lib/send-request';
import type { PageState } from '../page-state';
import { spanOfRecord } from '../resolve';
import { COLOUR_KEY, type Draft, sentence, type Target, type UiActions, type UiState } from './types';

/** The controller's state and steps the card's actions use (read when used: they change meanwhile). */
export interface CardHost {
  ui(): UiState;
  setUi(patch: Partial<UiState>): void;
  page(): PageState | null;
  /**
   * One of this page's writes landed: counted, and when `change` is given, applied to the page (if any),
   * which is then repainted.
   */
  wrote(change?: (page: PageState) => PageState): void;
  refresh(): Promise<void>;
  /** Where the target is in the current text; null when a selection's or detected item's text is gone. */
  targetRange(target: Target): { start: number; end: number } | null;
  makeRecord(
    target: Exclude<Target, { kind: 'saved' }>,
    at: { start: number; end: number },
    draft?: Draft,
    id?: string,
  ): AnnotationRecord | null;
  persist(record: AnnotationRecord, at: { start: number; end: number }): Promise<Reply<'annotation:save'>>;
  showToast(message: string, ms?: number): void;
  sayIfRefused(reply: { ok: true } | { ok: false; error: string }): void;
  /** The notes this page deleted while its toast offers to put them back, as they were stored. */
  deleted: AnnotationRecord[];
}

export type CardAction = 'setColour' | 'updateDraft' | 'save' | 'remove' | 'undo';

export function cardActions(host: CardHost): Pick<UiActions, CardAction> {
  const { setUi, showToast, sayIfRefused } = host;

  /**
   * Close the card after its save (or a Save with nothing to write): the selection goes too, and focus to
   * the note's badge (the UI moves it there, ui/mount.tsx), or to the page when the note has none.
   */
  const closeCard = (): void => {
    setUi({ panel: { mode: 'hidden' } });
    window.getSelection()?.removeAllRanges();
  };

  /**
   * Change a saved note by id: the background applies `changes` to the stored note (an edit of the note
   * text, `edit`, only if nobody changed it meanwhile) and refuses a note deleted elsewhere; this page
   * then paints the note as stored, or reloads its notes after a refusal.
   */
  const update = async (
    target: Extract<Target, { kind: 'saved' }>,
    changes: { colour?: Colour; note?: string; tags?: string[] },
    edit = false,
  ): Promise<Reply<'annotation:update'>> => {
    const { id, note, tags } = target.record;
    const reply = await sendRequest('annotation:update', {
      id,
      changes,
      base: edit ? { note, tags } : undefined,
    });
    // After a refusal the page's notes are read again before the caller looks at them.
    if (!reply.ok) await host.refresh();
    else {
      const { record } = reply.value;
      host.wrote((page) => ({
        ...page,
        anchored: page.anchored.map((a) => (a.record.id === id ? { ...a, record } : a)),
      }));
    }
    return reply;
  };

  return {
    setColour(colour: Colour) {
      const p = host.ui().panel;
      if (p.mode === 'toolbar' && p.target.kind === 'saved') {
        // A saved note changes only its colour: whatever another tab changed meanwhile stays.
        setUi({ panel: { mode: 'hidden' } });
        void update(p.target, { colour }).then(sayIfRefused);
        return;
      }
      setUi({ colour });
      void browser.storage.local.set({ [COLOUR_KEY]: colour });
    },
    updateDraft(draft) {
      const { panel } = host.ui();
      if (panel.mode === 'card') setUi({ panel: { ...panel, draft } });
    },
    save() {
      const p = host.ui().panel;
      if (p.mode !== 'card' || p.saving) return;
      const target = p.target;
      const at = host.targetRange(target);
      // The draft stays in the card, with the reason.
      if (!at) return setUi({ panel: { ...p, error: t('textChanged') } });
      // A saved note's fields the reader left alone are not written, so they stay exactly as stored (tags
      // with a comma or a leading #, a note's indentation), as in the lists; nothing edited writes nothing.
      const changes = target.kind === 'saved' ? draftChanges({ ...p.draft, shown: p.shown }) : null;
      if (target.kind === 'saved' && !changes) return closeCard();
      // A note or tags over the limits are said, not cut or refused by the background in its own words.
      const over = changes ? changesOver(p.draft, changes) : draftLimit(p.draft.note, p.draft.tags);
      if (over) return setUi({ panel: { ...p, error: t(over.key, over.limit.toLocaleString()) } });
      const record = target.kind === 'saved' ? null : host.makeRecord(target, at, p.draft, p.recordId);
      const sent =
        target.kind === 'saved'
          ? changes && update(target, changes, true)
          : record && host.persist(record, at);
      if (!sent) return;
      setUi({ panel: { ...p, saving: true, error: null } });
      void sent.then((reply) => {
        // Only the card this save came from: the reader may have closed it and opened another meanwhile.
        const now = host.ui().panel;
        if (now.mode !== 'card' || now.recordId !== p.recordId) return;
        if (reply.ok) return closeCard();
        // Keep the draft in the card until it is saved or discarded. A note changed elsewhere meanwhile
        // is now the one the card edits, so Save again replaces that change knowingly. A note deleted
        // elsewhere (the page's notes, read again after the refusal, no longer hold it) leaves its words:
        // Save again keeps the draft as a new note on them.
        const page = host.page();
        const saved = target.kind === 'saved' ? target.record : null;
        const stored = saved && page?.anchored.find((a) => a.record.id === saved.id);
        const gone =
          saved && page && !stored && !page.orphans.some((o) => o.id === saved.id)
            ? spanOfRecord(page.index, saved)
            : null;
        setUi({
          panel: {
            ...now,
            ...(saved && stored ? { target: { kind: 'saved', record: stored.record } } : {}),
            ...(gone ? { target: { kind: 'selection', ...gone } } : {}),
            saving: false,
            error: t('saveFailed', sentence(gone ? t('noteGoneKeep') : reply.error)),
          },
        });
      });
    },
    remove() {
      const p = host.ui().panel;
      if (p.mode === 'hidden' || p.target.kind !== 'saved') return;
      const { id } = p.target.record;
      setUi({ panel: { mode: 'hidden' } });
      void sendRequest('annotation:delete', { id }).then((reply) => {
        if (!reply.ok) return showToast(reply.error);
        host.wrote((page) => ({ ...page, anchored: page.anchored.filter((a) => a.record.id !== id) }));
        // Deleted elsewhere already: there is nothing here to put back (a note deleted elsewhere is never
        // re-created). A click is easily misplaced: what this page deleted can be put back, as it was
        // stored (another tab's later edit included), as the library's bulk delete can.
        const { record } = reply.value;
        if (!record) return;
        const deleted = [...host.deleted.filter((r) => r.id !== record.id), record];
        host.deleted = deleted;
        showToast(deleted.length > 1 ? t('deletedCount', String(deleted.length)) : t('noteDeleted'));
      });
    },
    undo() {
      const records = host.deleted;
      if (records.length === 0) return;
      host.deleted = [];
      setUi({ toast: null, undoable: false });
      // Saved again as they were, under their ids: the other views and tabs get them back as the same notes.
      void Promise.all(records.map((record) => sendRequest('annotation:save', { record }))).then(
        (replies) => {
          host.wrote();
          void host.refresh();
          const failed = replies.find((reply) => !reply.ok);
          if (failed) sayIfRefused(failed);
        },
      );
    },
  };
}
