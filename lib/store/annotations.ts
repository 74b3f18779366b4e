/** Database operations on annotations; the background is their only caller for writes. */
import type { AnnotationRecord } from '../annotation';
import { planMerge } from '../export/merge';
import type { PageRecord, PolicyMarkDb } from './db';

/** Store one annotation; saving the same id again replaces it (idempotent). */
export async function saveAnnotation(db: PolicyMarkDb, record: AnnotationRecord): Promise<void> {
  await db.annotations.put(record);
}

export async function deleteAnnotations(db: PolicyMarkDb, ids: string[]): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.bulkGet(ids);
    const found = existing.filter((r): r is AnnotationRecord => r !== undefined).map((r) => r.id);
    await db.annotations.bulkDelete(found);
    return found.length;
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
