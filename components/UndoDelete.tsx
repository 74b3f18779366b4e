/**
 * Delete with Undo, shared by the popup and the library: deleted notes are kept while the bar is shown,
 * deletes made meanwhile add to them, and Undo puts every one back (components/restore.ts).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/send-request';
import type { NoteStatus } from '../lib/store/note-status';
import { focusView } from './focus';
import { type ChunkLimits, deleteInChunks, RESTORE_LIMITS, restoreInChunks } from './restore';

/** What the bar shows: the notes Undo would put back, and how the last Undo went when it fell short. */
export interface UndoState {
  deleted: AnnotationRecord[] | null;
  /** The deleted notes' statuses on their pages, put back with them. */
  statuses: NoteStatus[];
  /** The last Undo restored only part (or none): its counts and reason, localized. */
  status: string | null;
  busy: boolean;
}

export interface UndoDelete extends UndoState {
  /**
   * Delete `records` (by id); true when all are deleted, else the error went to `onError`. What was
   * deleted is kept for Undo as the background stored it, also when a later request was refused.
   */
  remove(records: AnnotationRecord[]): Promise<boolean>;
  /** Put back every note deleted since the bar appeared; what could not be is kept for another try. */
  undo(): Promise<void>;
}

/** `records` after `earlier`, each note once (by id). */
function addDeleted(earlier: AnnotationRecord[] | null, records: AnnotationRecord[]): AnnotationRecord[] {
  const byId = new Map((earlier ?? []).map((r) => [r.id, r]));
  for (const r of records) byId.set(r.id, r);
  return [...byId.values()];
}

export function useUndoDelete(
  onError: (error: string | null) => void,
  limits: ChunkLimits = RESTORE_LIMITS,
): UndoDelete {
  const [state, setState] = useState<UndoState>({ deleted: null, statuses: [], status: null, busy: false });
  const remove = async (records: AnnotationRecord[]): Promise<boolean> => {
    // The background tells the pages showing these notes (tab:changed), which read their notes again. It
    // answers with the notes as it stored them, and those are what Undo keeps: the list's copies may be
    // older than an edit made in a page meanwhile. A note already deleted elsewhere is not among them,
    // so Undo does not bring it back.
    const outcome = await deleteInChunks(
      records.map((r) => r.id),
      (ids) => sendRequest('annotations:delete-many', { ids }),
    );
    onError(outcome.error);
    if (outcome.deleted.length > 0)
      setState((s) => ({
        ...s,
        deleted: addDeleted(s.deleted, outcome.deleted),
        statuses: [...s.statuses, ...outcome.statuses],
        status: null,
      }));
    return outcome.error === null;
  };
  const undo = async (): Promise<void> => {
    const records = state.deleted;
    if (!records || state.busy) return;
    setState((s) => ({ ...s, busy: true }));
    // Each chunk carries its own notes' statuses: a note's marker in the lists comes back with it.
    const byId = new Map(state.statuses.map((s) => [s.id, s]));
    const outcome = await restoreInChunks(
      records,
      async (chunk) => {
        const statuses = chunk.flatMap((r) => byId.get(r.id) ?? []);
        return sendRequest('annotations:restore', { records: chunk, statuses });
      },
      limits,
    );
    const left = new Set(outcome.left.map((r) => r.id));
    const back = new Set(records.filter((r) => !left.has(r.id)).map((r) => r.id));
    setState((s) => {
      // Deletes made while Undo ran stay in the bar with what could not be restored.
      const rest = (s.deleted ?? []).filter((r) => !back.has(r.id));
      const kept = new Set(rest.map((r) => r.id));
      const status =
        outcome.error === null
          ? null
          : t(
              'restorePartial',
              String(outcome.restored),
              String(records.length),
              String(outcome.left.length),
              outcome.error,
            );
      return {
        deleted: rest.length > 0 ? rest : null,
        statuses: s.statuses.filter((x) => kept.has(x.id)),
        status,
        busy: false,
      };
    });
  };
  return { ...state, remove, undo };
}

/** The bar under a list while deleted notes can be put back: how many, and Undo. */
export function UndoBar(props: { undo: UndoDelete }) {
  const { deleted, status, busy } = props.undo;
  // Undo used from the keyboard: when the bar goes, focus goes to the view, not to the page's body.
  const focusedUndo = useRef(false);
  useLayoutEffect(() => {
    if (deleted || !focusedUndo.current) return;
    focusedUndo.current = false;
    if (document.activeElement && document.activeElement !== document.body) return;
    focusView();
  }, [deleted]);
  if (!deleted) return null;
  return (
    <div class="undo" role="status">
      <span>{status ?? t('deletedCount', String(deleted.length))}</span>
      <button
        type="button"
        disabled={busy}
        onClick={(e) => {
          focusedUndo.current = document.activeElement === e.currentTarget;
          void props.undo.undo();
        }}
      >
        {t('undo')}
      </button>
    </div>
  );
}
