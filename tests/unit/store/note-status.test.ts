// @vitest-environment node
/**
 * Where notes stood on their pages (lib/store/note-status.ts): a page's report writes only what changed,
 * touches only the notes filed under its address, goes with a deleted note and comes back with its Undo,
 * and the lists' status filter finds the notes by it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filterRecords } from '../../../components/filter';
import { NO_FILTER } from '../../../components/note-filter';
import { type DeleteSend, deleteInChunks, restoreInChunks } from '../../../components/restore';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import { scopeRefusal } from '../../../entrypoints/background/scope';
import type { Request } from '../../../lib/messages';
import { importAnnotations } from '../../../lib/store/annotations';
import { PolicyMarkDb } from '../../../lib/store/db';
import { type NoteStatus, planStatuses, recordPlacement, statusesById } from '../../../lib/store/note-status';
import { OWN_BLOBS, sampleRecord, validRequest } from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyMarkDb(`note-status-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const PAGE = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml';
const OTHER = 'https://finance.sina.com.cn/china/2021-07-17/doc-other.shtml';
const req = (type: string, payload: unknown): Request => validRequest({ type, payload });

describe('planStatuses', () => {
  const [a, b, c] = ['a', 'b', 'c'];
  it('puts a row for each note not placed as saved, drops the rows of notes placed or gone, keeps the same', () => {
    const stored: NoteStatus[] = [
      { id: a, url: PAGE, state: 'orphan', text: '', since: 1 },
      { id: b, url: PAGE, state: 'changed', text: 'old words', since: 1 },
      { id: 'gone', url: PAGE, state: 'orphan', text: '', since: 1 },
    ];
    const plan = planStatuses(
      [a, b, c],
      stored,
      { url: PAGE, orphans: [a, 'not-of-this-page'], changed: [{ id: c, text: 'now' }] },
      9,
    );
    // a: still an orphan (kept, with its date); b: placed as saved now; c: newly changed; 'gone': deleted.
    expect(plan.put).toEqual([{ id: c, url: PAGE, state: 'changed', text: 'now', since: 9 }]);
    expect(plan.drop.sort()).toEqual([b, 'gone']);
  });

  it('a note whose words changed again, or that went from changed to not found, gets a new row', () => {
    const stored: NoteStatus[] = [{ id: a, url: PAGE, state: 'changed', text: '19.2%', since: 1 }];
    expect(
      planStatuses([a], stored, { url: PAGE, orphans: [], changed: [{ id: a, text: '19.5%' }] }, 5).put,
    ).toEqual([{ id: a, url: PAGE, state: 'changed', text: '19.5%', since: 5 }]);
    expect(planStatuses([a], stored, { url: PAGE, orphans: [a], changed: [] }, 6).put).toEqual([
      { id: a, url: PAGE, state: 'orphan', text: '', since: 6 },
    ]);
  });
});

describe('recordPlacement', () => {
  it('writes a changed outcome once: an unchanged page writes nothing on its next loads', async () => {
    const [placed, changed, gone] = [sampleRecord(), sampleRecord(), sampleRecord()];
    await db.annotations.bulkPut([placed, changed, gone]);
    const report = { url: PAGE, orphans: [gone.id], changed: [{ id: changed.id, text: '增长19.5%' }] };
    expect(await recordPlacement(db, report, 1000)).toBe(2);
    const put = vi.spyOn(db.statuses, 'bulkPut');
    const del = vi.spyOn(db.statuses, 'bulkDelete');
    expect(await recordPlacement(db, report, 2000)).toBe(0);
    expect(await recordPlacement(db, report, 3000)).toBe(0);
    expect(put).not.toHaveBeenCalled();
    expect(del).not.toHaveBeenCalled();
    expect(await statusesById(db)).toEqual(
      new Map([
        [gone.id, { id: gone.id, url: PAGE, state: 'orphan', text: '', since: 1000 }],
        [changed.id, { id: changed.id, url: PAGE, state: 'changed', text: '增长19.5%', since: 1000 }],
      ]),
    );
    // The page is restored: every note placed as saved, and their rows go.
    expect(await recordPlacement(db, { url: PAGE, orphans: [], changed: [] }, 4000)).toBe(2);
    expect(await db.statuses.count()).toBe(0);
  });

  it("touches only the notes filed under the report's page", async () => {
    const mine = sampleRecord();
    const elsewhere = sampleRecord({ url: OTHER });
    await db.annotations.bulkPut([mine, elsewhere]);
    await recordPlacement(db, { url: OTHER, orphans: [elsewhere.id], changed: [] });
    // A report for PAGE naming OTHER's note marks nothing, and leaves OTHER's row alone.
    await recordPlacement(db, { url: PAGE, orphans: [elsewhere.id], changed: [{ id: mine.id, text: 'x' }] });
    expect((await db.statuses.toArray()).map((s) => [s.id, s.url, s.state]).sort()).toEqual(
      [
        [elsewhere.id, OTHER, 'orphan'],
        [mine.id, PAGE, 'changed'],
      ].sort(),
    );
  });

  it('a content script reports only pages of its own site', async () => {
    const report = req('annotations:placed', { url: 'https://www.gov.cn/x.htm', orphans: [], changed: [] });
    expect(await scopeRefusal(db, report, 'finance.sina.com.cn')).toMatch(
      /only touch the notes of its own site/,
    );
    expect(await scopeRefusal(db, report, 'www.gov.cn')).toBeNull();
  });
});

describe('an import that replaces a note', () => {
  it('R1: a newer copy filed under another page takes the old page’s row away', async () => {
    const x = sampleRecord();
    await db.annotations.put(x);
    await recordPlacement(db, { url: PAGE, orphans: [x.id], changed: [] }, 5);
    await importAnnotations(db, [{ ...x, url: OTHER, modified: x.modified + 1 }]);
    // Gone with the import already (the same transaction), and the new page's report leaves none.
    expect(await db.statuses.get(x.id)).toBeUndefined();
    await recordPlacement(db, { url: OTHER, orphans: [], changed: [] }, 6);
    expect(await db.statuses.get(x.id)).toBeUndefined();
  });

  it('R2: a newer copy with another quote takes the old “It now reads” words away', async () => {
    const x = sampleRecord();
    await db.annotations.put(x);
    await recordPlacement(db, { url: PAGE, orphans: [], changed: [{ id: x.id, text: '强化关键责任链' }] }, 5);
    const quote = { ...x.quote, exact: '强化全链条监管' };
    expect(await importAnnotations(db, [{ ...x, quote, modified: x.modified + 1 }])).toMatchObject({
      updated: 1,
    });
    expect(await db.statuses.get(x.id)).toBeUndefined();
  });

  it('an import that changes neither address nor quote, or is older, keeps the row', async () => {
    const [x, y] = [sampleRecord(), sampleRecord()];
    await db.annotations.bulkPut([x, y]);
    await recordPlacement(db, { url: PAGE, orphans: [x.id, y.id], changed: [] }, 5);
    await importAnnotations(db, [
      { ...x, note: 'edited elsewhere', modified: x.modified + 1 },
      { ...y, url: OTHER, modified: y.modified - 1 },
    ]);
    expect((await db.statuses.toArray()).map((s) => s.id).sort()).toEqual([x.id, y.id].sort());
  });

  it('a page’s report drops a row its note left under another address', async () => {
    // As an import made before the fix left it: the note filed under OTHER, its row still under PAGE.
    const x = sampleRecord({ url: OTHER });
    await db.annotations.put(x);
    await db.statuses.put({ id: x.id, url: PAGE, state: 'orphan', text: '', since: 5 });
    expect(await recordPlacement(db, { url: OTHER, orphans: [], changed: [] }, 6)).toBe(1);
    expect(await db.statuses.get(x.id)).toBeUndefined();
    // Not found on its new page: the row is the new page's, dated by its report.
    await db.statuses.put({ id: x.id, url: PAGE, state: 'orphan', text: '', since: 5 });
    await recordPlacement(db, { url: OTHER, orphans: [x.id], changed: [] }, 7);
    expect(await db.statuses.get(x.id)).toEqual({
      id: x.id,
      url: OTHER,
      state: 'orphan',
      text: '',
      since: 7,
    });
  });
});

describe('delete and Undo', () => {
  it('a deleted note takes its status with it, and the lists’ Undo puts both back', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const [gone, kept] = [sampleRecord(), sampleRecord()];
    await db.annotations.bulkPut([gone, kept]);
    await recordPlacement(db, { url: PAGE, orphans: [gone.id], changed: [{ id: kept.id, text: 'y' }] }, 7);
    const del: DeleteSend = async (ids) =>
      (await handleRequest(handlers, req('annotations:delete-many', { ids }))) as Awaited<
        ReturnType<DeleteSend>
      >;
    const outcome = await deleteInChunks([gone.id], del);
    expect(outcome.statuses).toEqual([{ id: gone.id, url: PAGE, state: 'orphan', text: '', since: 7 }]);
    expect(await db.statuses.get(gone.id)).toBeUndefined();
    expect(await db.statuses.get(kept.id)).toBeDefined();
    // Undo, as useUndoDelete sends it: each chunk with its notes' statuses.
    const back = await restoreInChunks(outcome.deleted, (records) =>
      handleRequest(handlers, req('annotations:restore', { records, statuses: outcome.statuses })),
    );
    expect(back.error).toBeNull();
    expect(await db.statuses.get(gone.id)).toEqual(outcome.statuses[0]);
  });

  it('an Undo puts back no status for a note it does not put back, nor one filed under another page', async () => {
    const note = sampleRecord();
    const { records, statuses } = await (async () => {
      await db.annotations.put(note);
      await recordPlacement(db, { url: PAGE, orphans: [note.id], changed: [] }, 7);
      const handlers = makeHandlers(db, OWN_BLOBS);
      const reply = await handleRequest(handlers, req('annotations:delete-many', { ids: [note.id] }));
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as { records: (typeof note)[]; statuses: NoteStatus[] };
    })();
    const handlers = makeHandlers(db, OWN_BLOBS);
    const stray = { ...(statuses[0] as NoteStatus), id: sampleRecord().id };
    const moved = { ...(statuses[0] as NoteStatus), url: OTHER };
    await handleRequest(handlers, req('annotations:restore', { records, statuses: [stray, moved] }));
    expect(await db.annotations.count()).toBe(1);
    expect(await db.statuses.count()).toBe(0);
  });
});

describe('the status filter', () => {
  it('keeps the notes changed, not found, or either', () => {
    const [placed, changed, gone] = [sampleRecord(), sampleRecord(), sampleRecord()];
    const statuses = new Map<string, NoteStatus>([
      [changed.id, { id: changed.id, url: PAGE, state: 'changed', text: 'z', since: 1 }],
      [gone.id, { id: gone.id, url: PAGE, state: 'orphan', text: '', since: 1 }],
    ]);
    const all = [placed, changed, gone];
    const ids = (status: typeof NO_FILTER.status) =>
      filterRecords(all, { ...NO_FILTER, status }, statuses).map((r) => r.id);
    expect(ids('any')).toEqual([placed.id, changed.id, gone.id]);
    expect(ids('either')).toEqual([changed.id, gone.id]);
    expect(ids('changed')).toEqual([changed.id]);
    expect(ids('orphan')).toEqual([gone.id]);
  });
});
