/**
 * Undo of a delete: the deleted notes are sent back to the background in requests small enough for the
 * browser to carry (Chrome refuses a message over 64 MiB), and what a refused request held is kept so that
 * Undo can be tried again.
 */
import type { AnnotationRecord } from '../lib/annotation';

/** How big one restore request may be: bytes of JSON (UTF-8) and records (the schema takes 100,000). */
export interface ChunkLimits {
  maxBytes: number;
  maxRecords: number;
}

/** 8 MB of JSON and 5,000 notes a request: far under the browser's 64 MiB and the background's limits. */
export const RESTORE_LIMITS: ChunkLimits = { maxBytes: 8_000_000, maxRecords: 5_000 };

/** Bytes of `s` in UTF-8, without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * `records` in order, cut into runs of at most `maxRecords` whose JSON (with a comma between records)
 * is at most `maxBytes`. A record bigger than `maxBytes` on its own goes alone (the background decides).
 */
export function chunkRecords<T>(records: readonly T[], limits: ChunkLimits = RESTORE_LIMITS): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const r of records) {
    const size = utf8Length(JSON.stringify(r)) + 1;
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
