/** Database operations on annotations; the background is their only caller for writes. */
import Dexie from 'dexie';
import type { AnnotationRecord, Colour, TextQuoteSelector } from '../annotation';
import { planMerge } from '../export/merge';
import { jsonItemBytes } from '../utf8-length';
import type { PageRecord, PolicyMarkDb } from './db';
import type { NoteStatus } from './note-status';

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

const sameQuote = (a: TextQuoteSelector, b: TextQuoteSelector): boolean =>
  a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

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

/** What `deleteAnnotations` did: the notes it deleted, as they were stored, and the ids it left for later. */
export interface DeleteResult {
  records: AnnotationRecord[];
  /** Ids not reached because the records taken already fill `maxBytes`, in the order asked (none left: []). */
  rest: string[];
  /** The deleted notes' statuses on their pages (lib/store/note-status.ts), deleted with them, for an Undo. */
  statuses: NoteStatus[];
}

/**
 * Delete the notes `ids` that exist, in one transaction, and return them as they were stored (for an
 * Undo, which then puts back the latest edit, and for their addresses). Ids are taken in order until the
 * JSON of the records taken would pass `maxBytes`, so that they fit one reply (Chrome carries at most
 * 64 MiB a message); the ids from there on are left as they are and returned as `rest`. The first note
 * is always taken, however big, so every call makes progress.
 */
export async function deleteAnnotations(
  db: PolicyMarkDb,
  ids: string[],
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<DeleteResult> {
  return db.transaction('rw', db.annotations, db.statuses, async () => {
    const stored = await db.annotations.bulkGet(ids);
    const records: AnnotationRecord[] = [];
    let bytes = 0;
    let i = 0;
    for (; i < ids.length; i++) {
      const record = stored[i];
      if (record === undefined) continue;
      if (maxBytes !== Number.POSITIVE_INFINITY) {
        const size = jsonItemBytes(record);
        if (records.length > 0 && bytes + size > maxBytes) break;
        bytes += size;
      }
      records.push(record);
    }
    const gone = records.map((r) => r.id);
    // A note's status goes with it; what it was comes back with an Undo.
    const statuses = (await db.statuses.bulkGet(gone)).filter((s): s is NoteStatus => s !== undefined);
    await db.annotations.bulkDelete(gone);
    await db.statuses.bulkDelete(statuses.map((s) => s.id));
    return { records, rest: ids.slice(i), statuses };
  });
}

/**
 * Put back notes a delete removed ("Undo"), in one transaction; ids are kept, so nothing is duplicated.
 * A note stored under the same id meanwhile and modified later than the copy (an import of a newer
 * version) is kept, not overwritten. `statuses`, the notes' statuses the delete removed, come back with
 * the notes put back (one for another note or another page is ignored; a status stored meanwhile, from
 * a page opened since, is newer and kept). Returns how many of `records` are now stored (those kept count).
 */
export async function restoreAnnotations(
  db: PolicyMarkDb,
  records: AnnotationRecord[],
  statuses: NoteStatus[] = [],
): Promise<number> {
  return db.transaction('rw', db.annotations, db.statuses, async () => {
    const stored = await db.annotations.bulkGet(records.map((r) => r.id));
    const back = records.filter((r, i) => !((stored[i]?.modified ?? -Infinity) > r.modified));
    await db.annotations.bulkPut(back);
    const urls = new Map(back.map((r) => [r.id, r.url]));
    const own = statuses.filter((s) => urls.get(s.id) === s.url);
    const present = await db.statuses.bulkGet(own.map((s) => s.id));
    await db.statuses.bulkAdd(own.filter((_, i) => present[i] === undefined));
    return records.length;
  });
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

/** The `[url+site]` index's range of the notes filed under `url` (whatever their site). */
const onPage = (url: string): [[string, unknown], [string, unknown]] => [
  [url, Dexie.minKey],
  [url, Dexie.maxKey],
];

/** The notes filed under `url`, as a collection of the `[url+site]` index (for their keys or records). */
export function notesOnPage(db: PolicyMarkDb, url: string) {
  const [lower, upper] = onPage(url);
  return db.annotations.where('[url+site]').between(lower, upper, true, true);
}

/** The distinct (url, site) pairs of the stored notes, in index order (a key scan, no record read). */
async function pagePairs(db: PolicyMarkDb): Promise<Array<[string, string]>> {
  return (await db.annotations.orderBy('[url+site]').uniqueKeys()) as unknown as Array<[string, string]>;
}

/** The pages that have notes, sorted (a key scan of the `[url+site]` index). */
export async function urlsWithNotes(db: PolicyMarkDb): Promise<string[]> {
  const urls: string[] = [];
  // Sorted by url first, so a page's pairs are next to each other.
  for (const [url] of await pagePairs(db)) if (urls[urls.length - 1] !== url) urls.push(url);
  return urls;
}

/** The sites that have notes, sorted as IndexedDB sorts strings (a key scan of the `[url+site]` index). */
export async function sitesWithNotes(db: PolicyMarkDb): Promise<string[]> {
  const sites = new Set<string>();
  for (const [, site] of await pagePairs(db)) sites.add(site);
  // Code-unit order, as the v2 `site` index listed them.
  return [...sites].sort();
}

export async function annotationsForPage(db: PolicyMarkDb, url: string): Promise<AnnotationRecord[]> {
  return notesOnPage(db, url).sortBy('created');
}

/** The notes filed under any of `urls` (the initiative index's quotes), in no particular order. */
export function annotationsForPages(db: PolicyMarkDb, urls: readonly string[]): Promise<AnnotationRecord[]> {
  if (urls.length === 0) return Promise.resolve([]);
  return db.annotations
    .where('[url+site]')
    .inAnyRange(urls.map(onPage), {
      includeLowers: true,
      includeUppers: true,
    })
    .toArray();
}

/**
 * Merge records by id in one transaction (`planMerge`: newer `modified` wins, the rest is skipped). A note
 * the import files under another address, or gives another quote, loses its status row in the same
 * transaction: the row described the old page or the old words, and the new page's report would not see it.
 */
export async function importAnnotations(
  db: PolicyMarkDb,
  records: AnnotationRecord[],
): Promise<{ added: number; updated: number; skipped: number }> {
  return db.transaction('rw', db.annotations, db.statuses, async () => {
    // Only the ids already stored are read in full (none, when importing into an empty library).
    const present = await db.annotations
      .where(':id')
      .anyOf(records.map((r) => r.id))
      .primaryKeys();
    const stored = present.length > 0 ? await db.annotations.bulkGet(present) : [];
    const existing = stored.filter((r): r is AnnotationRecord => r !== undefined);
    const plan = planMerge(existing, records);
    const before = new Map(existing.map((r) => [r.id, r]));
    const moved = plan.update.filter((r) => {
      const old = before.get(r.id);
      return old !== undefined && (old.url !== r.url || !sameQuote(old.quote, r.quote));
    });
    await db.annotations.bulkPut([...plan.add, ...plan.update]);
    if (moved.length > 0) await db.statuses.bulkDelete(moved.map((r) => r.id));
    return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length };
  });
}

export async function recordPage(db: PolicyMarkDb, page: PageRecord): Promise<void> {
  await db.pages.put(page);
}
