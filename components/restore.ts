/**
 * Undo of a delete: the deleted notes are sent back to the background in requests small enough for the
 * browser to carry (Chrome refuses a message over 64 MiB), and what a refused request held is kept so that
 * Undo can be tried again.
 */
import type { AnnotationRecord } from '../lib/annotation';
import type { NoteStatus } from '../lib/store/note-status';
import { jsonItemBytes } from '../lib/utf8-length';

/** How big one restore request may be: bytes of JSON (UTF-8) and records (the schema takes 100,000). */
export interface ChunkLimits {
  maxBytes: number;
  maxRecords: number;
}

/** 8 MB of JSON and 5,000 notes a request: far under the browser's 64 MiB and the background's limits. */
export const RESTORE_LIMITS: ChunkLimits = { maxBytes: 8_000_000, maxRecords: 5_000 };

/**
 * `records` in order, cut into runs of at most `maxRecords` whose JSON (with a comma between records)
 * is at most `maxBytes`. A record bigger than `maxBytes` on its own goes alone (the background decides).
 */
export function chunkRecords<T>(records: readonly T[], limits: ChunkLimits = RESTORE_LIMITS): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const r of records) {
    const size = jsonItemBytes(r);
    if (chunk.length > 0 && (bytes + size > limits.maxBytes || chunk.length >= limits.maxRecords)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(r);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** What a restore did: how many notes are back, those still to restore, and why they are not. */
export interface RestoreOutcome {
  restored: number;
  left: AnnotationRecord[];
  error: string | null;
}

/**
 * Send `records` back a chunk at a time with `send`. Every chunk is tried, so one refused request does not
 * hold back the others; the records of refused chunks are returned as `left`, with the last error. Putting
 * a note back is idempotent (same id), so sending a chunk again on a retry duplicates nothing.
 */
export async function restoreInChunks(
  records: readonly AnnotationRecord[],
  send: (chunk: AnnotationRecord[]) => Promise<{ ok: true } | { ok: false; error: string }>,
  limits: ChunkLimits = RESTORE_LIMITS,
): Promise<RestoreOutcome> {
  let restored = 0;
  const left: AnnotationRecord[] = [];
  let error: string | null = null;
  for (const chunk of chunkRecords(records, limits)) {
    const reply = await send(chunk);
    if (reply.ok) restored += chunk.length;
    else {
      left.push(...chunk);
      error = reply.error;
    }
  }
  return { restored, left, error };
}

/** What a delete did: the notes deleted, as they were stored, and why it stopped short (null: it did not). */
export interface DeleteOutcome {
  deleted: AnnotationRecord[];
  /** The deleted notes' statuses on their pages (changed words, not found), deleted with them. */
  statuses: NoteStatus[];
  error: string | null;
}

/** One `annotations:delete-many` request: the notes it deleted as stored, and the ids it did not reach. */
export type DeleteSend = (
  ids: string[],
) => Promise<
  | { ok: true; value: { records: AnnotationRecord[]; rest: string[]; statuses?: NoteStatus[] } }
  | { ok: false; error: string }
>;

/**
 * Delete the notes `ids`, at most `maxRecords` ids a request, and collect them as the background stored
 * them (not as the list that asks last read them: an edit made in a page since then is what Undo must put
 * back). A reply holds only as many notes as fit one message; the ids it did not reach go in the next
 * request. Stops at the first refused request: what was deleted before it is returned with the error.
 */
export async function deleteInChunks(
  ids: readonly string[],
  send: DeleteSend,
  maxRecords = RESTORE_LIMITS.maxRecords,
): Promise<DeleteOutcome> {
  const deleted: AnnotationRecord[] = [];
  const statuses: NoteStatus[] = [];
  let pending = [...ids];
  while (pending.length > 0) {
    const batch = pending.slice(0, maxRecords);
    const reply = await send(batch);
    if (!reply.ok) return { deleted, statuses, error: reply.error };
    const { records, rest } = reply.value;
    deleted.push(...records);
    statuses.push(...(reply.value.statuses ?? []));
    // The background takes at least one id of a batch; a reply that took none would loop forever.
    if (rest.length >= batch.length) return { deleted, statuses, error: 'the background deleted nothing' };
    pending = [...rest, ...pending.slice(batch.length)];
  }
  return { deleted, statuses, error: null };
}
