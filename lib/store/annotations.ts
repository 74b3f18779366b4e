/** Database operations on annotations; the background is their only caller for writes. */
import Dexie from 'dexie';
import type { AnnotationRecord } from '../annotation';
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

export async function annotationsForPage(db: PolicyMarkDb, url: string): Promise<AnnotationRecord[]> {
  return db.annotations.where('[url+created]').between([url, Dexie.minKey], [url, Dexie.maxKey]).toArray();
}

/** Merge records by id in one transaction: newer `modified` wins, the rest is skipped. */
export async function importAnnotations(
  db: PolicyMarkDb,
  records: AnnotationRecord[],
): Promise<{ added: number; updated: number; skipped: number }> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.bulkGet(records.map((r) => r.id));
    const put: AnnotationRecord[] = [];
    let added = 0;
    let updated = 0;
    let skipped = 0;
    records.forEach((record, i) => {
      const old = existing[i];
      if (!old) added++;
      else if (record.modified > old.modified) updated++;
      else {
        skipped++;
        return;
      }
      put.push(record);
    });
    await db.annotations.bulkPut(put);
    return { added, updated, skipped };
  });
}

export async function recordPage(db: PolicyMarkDb, page: PageRecord): Promise<void> {
  await db.pages.put(page);
}
