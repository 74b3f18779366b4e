/**
 * Where a note stood on its page when the page was last opened: placed on words that now read
 * differently, or not found. Stored apart from the note (table `statuses`, keyed by the note's id) so that
 * the note, its exports and imports keep their format; a note placed as saved has no row. The content
 * script reports each page's outcome (`annotations:placed`); the background writes only what changed.
 */
import { notesOnPage } from './annotations';
import type { PolicyMarkDb } from './db';

/** `changed`: placed on words that differ from its quote (`text`, as they read now); `orphan`: not found. */
export interface NoteStatus {
  /** The note's id. */
  id: string;
  /** The note's page address (the `url` it is filed under): a page's report replaces its notes' rows. */
  url: string;
  state: 'changed' | 'orphan';
  /** The words the note covers now (`changed`); '' for an orphan. */
  text: string;
  /** When the page was first opened with the note in this state (a later load in the same state writes nothing). */
  since: number;
}

/** Longest `text` kept: a note's quote may be 10,000 characters, and the words found for it a little more. */
export const STATUS_TEXT_MAX = 10_000;

/** A page's outcome as the content script reports it: every note of `url` not listed was placed as saved. */
export interface PlacementReport {
  url: string;
  orphans: string[];
  changed: Array<{ id: string; text: string }>;
}

/** The rows to write and the ids whose rows go, for a report on the notes `ids` of its page. */
export interface StatusPlan {
  put: NoteStatus[];
  drop: string[];
}

/**
 * What a report changes, given the page's notes (`ids`) and their stored rows: a row, dated `now`, for
 * each note not placed as saved whose state or words differ from its stored row (the same state keeps its
 * row and date), and the rows of notes now placed as saved or no longer filed under the page deleted. Ids
 * the report names that are not notes of the page are ignored (a page cannot mark another's notes).
 */
export function planStatuses(
  ids: readonly string[],
  stored: readonly NoteStatus[],
  report: PlacementReport,
  now: number,
): StatusPlan {
  const orphans = new Set(report.orphans);
  const changed = new Map(report.changed.map((c) => [c.id, c.text.slice(0, STATUS_TEXT_MAX)]));
  const have = new Map(stored.map((s) => [s.id, s]));
  const put: NoteStatus[] = [];
  const drop: string[] = [];
  for (const id of ids) {
    const row = have.get(id);
    have.delete(id);
    const text = changed.get(id);
    const state = orphans.has(id) ? 'orphan' : text !== undefined ? 'changed' : null;
    if (state === null) {
      if (row) drop.push(id);
      continue;
    }
    const words = state === 'orphan' ? '' : (text ?? '');
    if (row?.state === state && row.text === words) continue;
    put.push({ id, url: report.url, state, text: words, since: now });
  }
  // Rows of notes no longer filed under this page.
  drop.push(...have.keys());
  return { put, drop };
}

/**
 * Apply a page's report: reads the page's notes and rows, and writes only when something changed (an
 * unchanged page's load writes nothing). Returns how many rows were written or deleted.
 */
export async function recordPlacement(
  db: PolicyMarkDb,
  report: PlacementReport,
  now = Date.now(),
): Promise<number> {
  const read = async (): Promise<StatusPlan> => {
    const [keys, stored] = await Promise.all([
      notesOnPage(db, report.url).primaryKeys(),
      db.statuses.where('url').equals(report.url).toArray(),
    ]);
    const ids = keys.map(String);
    const plan = planStatuses(ids, stored, report, now);
    // A note of this page may still have a row written under the address it was filed under before (an
    // import moved it): that row describes another page, and that page's report no longer sees the note.
    const rows = await db.statuses.bulkGet(ids);
    for (const row of rows) if (row && row.url !== report.url) plan.drop.push(row.id);
    return plan;
  };
  // Read first in a read-only transaction; only a page whose outcome changed takes a write lock.
  const first = await db.transaction('r', db.annotations, db.statuses, read);
  if (first.put.length === 0 && first.drop.length === 0) return 0;
  return db.transaction('rw', db.annotations, db.statuses, async () => {
    const plan = await read();
    await db.statuses.bulkDelete(plan.drop);
    await db.statuses.bulkPut(plan.put);
    return plan.put.length + plan.drop.length;
  });
}

/** Every stored status (only notes not placed as saved have one), by note id. */
export async function statusesById(db: PolicyMarkDb): Promise<Map<string, NoteStatus>> {
  return new Map((await db.statuses.toArray()).map((s) => [s.id, s]));
}
