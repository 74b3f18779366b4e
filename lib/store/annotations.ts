/** Database operations on annotations; the background is their only caller for writes. */
import type { AnnotationRecord, Colour } from '../annotation';
import { planMerge } from '../export/merge';
import type { PageRecord, PolicyMarkDb } from './db';

/** Store one annotation; saving the same id again replaces it (idempotent). */
export async function saveAnnotation(db: PolicyMarkDb, record: AnnotationRecord): Promise<void> {
  await db.annotations.put(record);
}

/** The fields of a saved note a page may change; what it leaves out stays as stored. */
export interface AnnotationChanges {
  colour?: Colour;
  note?: string;
  tags?: string[];
}

/** What `updateAnnotation` did: the note as now stored, or why nothing was written. */
export type UpdateResult =
  | { ok: true; record: AnnotationRecord }
  | { ok: false; reason: 'gone' | 'conflict' };

const sameText = (a: { note: string; tags: string[] }, b: { note: string; tags: string[] }): boolean =>
  a.note === b.note && a.tags.join('\n') === b.tags.join('\n');

/**
 * Apply `changes` to the stored note `id` in one transaction, so a change made meanwhile in another tab
 * is kept (a page that spread its own copy would write that copy back). Refused when the note is gone
 * (deleted elsewhere: it is not re-created), or when `base`, the note and tags an edit started from, is
 * no longer what is stored and the edit does not already equal it (changed elsewhere meanwhile; a resent
 * request whose first attempt was applied passes).
 */
export async function updateAnnotation(
  db: PolicyMarkDb,
  id: string,
  changes: AnnotationChanges,
  base?: { note: string; tags: string[] },
  now = Date.now(),
): Promise<UpdateResult> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(id);
    if (!stored) return { ok: false, reason: 'gone' };
    const record: AnnotationRecord = {
      ...stored,
      colour: changes.colour ?? stored.colour,
      note: changes.note ?? stored.note,
      tags: changes.tags ?? stored.tags,
      modified: Math.max(now, stored.modified),
    };
    if (base && !sameText(stored, base) && !sameText(stored, record))
      return { ok: false, reason: 'conflict' };
    await db.annotations.put(record);
    return { ok: true, record };
  });
}

/** Delete the notes `ids` that exist; returns them as they were stored (for an Undo, and their addresses). */
export async function deleteAnnotations(db: PolicyMarkDb, ids: string[]): Promise<AnnotationRecord[]> {
  return db.transaction('rw', db.annotations, async () => {
    const found = (await db.annotations.bulkGet(ids)).filter((r): r is AnnotationRecord => r !== undefined);
    await db.annotations.bulkDelete(found.map((r) => r.id));
    return found;
  });
}

/** Put back records a bulk delete removed ("Undo"); ids are kept, so nothing is duplicated. */
export async function restoreAnnotations(db: PolicyMarkDb, records: AnnotationRecord[]): Promise<number> {
  await db.annotations.bulkPut(records);
  return records.length;
}

/**
 * Notes newest first by `order`: the `limit` newest (a reverse cursor, for the lists on screen), or every
 * note (for searching, bulk delete and export).
 */
export function notesNewestFirst(
  db: PolicyMarkDb,
  order: 'created' | 'modified',
  limit?: number,
): Promise<AnnotationRecord[]> {
  const newest = db.annotations.orderBy(order).reverse();
  return (limit === undefined ? newest : newest.limit(limit)).toArray();
}

/** The pages that have notes (a key scan of the `url` index). */
export async function urlsWithNotes(db: PolicyMarkDb): Promise<string[]> {
  return (await db.annotations.orderBy('url').uniqueKeys()).map(String);
}

/** The sites that have notes, sorted (a key scan of the `site` index). */
export async function sitesWithNotes(db: PolicyMarkDb): Promise<string[]> {
  return (await db.annotations.orderBy('site').uniqueKeys()).map(String);
}

export async function annotationsForPage(db: PolicyMarkDb, url: string): Promise<AnnotationRecord[]> {
  return db.annotations.where('url').equals(url).sortBy('created');
}

/** Merge records by id in one transaction (`planMerge`: newer `modified` wins, the rest is skipped). */
export async function importAnnotations(
  db: PolicyMarkDb,
  records: AnnotationRecord[],
): Promise<{ added: number; updated: number; skipped: number }> {
  return db.transaction('rw', db.annotations, async () => {
    // Only the ids already stored are read in full (none, when importing into an empty library).
    const present = await db.annotations
      .where(':id')
      .anyOf(records.map((r) => r.id))
      .primaryKeys();
    const stored = present.length > 0 ? await db.annotations.bulkGet(present) : [];
    const existing = stored.filter((r): r is AnnotationRecord => r !== undefined);
    const plan = planMerge(existing, records);
    await db.annotations.bulkPut([...plan.add, ...plan.update]);
    return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length };
  });
}

export async function recordPage(db: PolicyMarkDb, page: PageRecord): Promise<void> {
  await db.pages.put(page);
}
