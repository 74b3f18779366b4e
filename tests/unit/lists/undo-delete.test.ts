// @vitest-environment node
/**
 * The lists' Delete and Undo (components/UndoDelete.tsx) through the real handlers on fake-indexeddb: Undo
 * puts back the notes as the background stored them when they were deleted, not the list's older copies,
 * in replies small enough for one message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeleteSend, deleteInChunks, restoreInChunks } from '../../../components/restore';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import type { AnnotationRecord } from '../../../lib/annotation';
import { DELETE_REPLY_MAX_BYTES, type Request } from '../../../lib/messages';
import { deleteAnnotations, restoreAnnotations } from '../../../lib/store/annotations';
import { PolicyMarkDb } from '../../../lib/store/db';
import { jsonItemBytes } from '../../../lib/utf8-length';
import { OWN_BLOBS, sampleRecord, validRequest } from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyMarkDb(`undo-delete-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const req = (type: string, payload: unknown): Request => validRequest({ type, payload });

/** The two requests useUndoDelete sends, through the real handlers. */
function lists(): {
  del: DeleteSend;
  restore: (r: AnnotationRecord[]) => Promise<{ ok: true } | { ok: false; error: string }>;
} {
  const handlers = makeHandlers(db, OWN_BLOBS);
  return {
    del: async (ids) =>
      (await handleRequest(handlers, req('annotations:delete-many', { ids }))) as Awaited<
        ReturnType<DeleteSend>
      >,
    restore: async (records) => handleRequest(handlers, req('annotations:restore', { records })),
  };
}

describe('Undo of a list delete puts back the note as stored, not the list’s copy', () => {
  it('an edit made in a page after the list read the note survives Delete + Undo', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const original = sampleRecord({ note: 'first draft' });
    await db.annotations.put(original);
    // The library's "Delete all…" holds its copy while it asks "Yes, delete" …
    const listCopy = structuredClone(original);
    // … and meanwhile the reader edits the note in the article's tab.
    const edited = await handleRequest(
      handlers,
      req('annotation:update', {
        id: original.id,
        changes: { note: 'final text, written after' },
        base: { note: 'first draft', tags: [] },
      }),
    );
    expect(edited.ok).toBe(true);
    const { del, restore } = lists();
    const outcome = await deleteInChunks([listCopy.id], del);
    expect(outcome.error).toBeNull();
    expect(outcome.deleted.map((r) => r.note)).toEqual(['final text, written after']);
    expect(await db.annotations.count()).toBe(0);
    // Undo sends what the delete answered.
    const back = await restoreInChunks(outcome.deleted, restore);
    expect(back).toMatchObject({ restored: 1, error: null });
    expect((await db.annotations.get(original.id))?.note).toBe('final text, written after');
  });

  it('a note deleted elsewhere before the list’s Delete is not offered back', async () => {
    const [a, b] = [sampleRecord({ note: 'a' }), sampleRecord({ note: 'b' })];
    await db.annotations.bulkPut([a, b]);
    await db.annotations.delete(a.id);
    const outcome = await deleteInChunks([a.id, b.id], lists().del);
    expect(outcome).toEqual({ deleted: [b], statuses: [], error: null });
  });
});

describe('delete-many replies stay within one message', () => {
  it('deleteAnnotations takes ids in order until the reply budget is full, and leaves the rest stored', async () => {
    const records = Array.from({ length: 10 }, (_, i) => sampleRecord({ note: 'x'.repeat(1000 + i) }));
    await db.annotations.bulkPut(records);
    const size = jsonItemBytes(records[0]);
    const ids = records.map((r) => r.id);
    const { records: taken, rest } = await deleteAnnotations(db, ids, size * 3 + 10);
    expect(taken).toEqual(records.slice(0, 3));
    expect(rest).toEqual(ids.slice(3));
    expect(await db.annotations.count()).toBe(7);
    // The first note is taken even when it alone is over the budget: every request makes progress.
    const { records: one, rest: after } = await deleteAnnotations(db, rest, 10);
    expect(one).toEqual([records[3]]);
    expect(after).toEqual(ids.slice(4));
  });

  it('deleteInChunks collects every note across replies, each within the budget, and stops at a refusal', async () => {
    const records = Array.from({ length: 40 }, (_, i) => sampleRecord({ note: '经'.repeat(500 * (i % 4)) }));
    await db.annotations.bulkPut(records);
    const budget = 5_000;
    const replies: number[] = [];
    const sent: string[][] = [];
    const send: DeleteSend = async (ids) => {
      sent.push(ids);
      const reply = await deleteAnnotations(db, ids, budget);
      replies.push(reply.records.reduce((n, r) => n + jsonItemBytes(r), 0));
      return { ok: true, value: reply };
    };
    const outcome = await deleteInChunks(
      records.map((r) => r.id),
      send,
      7,
    );
    expect(outcome.error).toBeNull();
    expect(outcome.deleted.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(await db.annotations.count()).toBe(0);
    expect(sent.every((ids) => ids.length <= 7)).toBe(true);
    // A reply over the budget holds one note alone (a note of 1,500 经 is 4.5 KB of JSON and more).
    expect(replies.length).toBeGreaterThan(40 / 7);

    // A refused request: what was deleted before it is kept (for Undo), with the error.
    const more = Array.from({ length: 4 }, () => sampleRecord());
    await db.annotations.bulkPut(more);
    let calls = 0;
    const refusing: DeleteSend = async (ids) =>
      ++calls === 1 ? { ok: true, value: await deleteAnnotations(db, ids) } : { ok: false, error: 'no' };
    const partial = await deleteInChunks(
      more.map((r) => r.id),
      refusing,
      2,
    );
    expect(partial).toEqual({ deleted: more.slice(0, 2), statuses: [], error: 'no' });
  });

  it('the handler’s budget keeps a reply far under Chrome’s 64 MiB', () => {
    expect(DELETE_REPLY_MAX_BYTES).toBeLessThanOrEqual(8_000_000);
  });
});

describe('restoreAnnotations', () => {
  it('puts back deleted notes but never overwrites a note stored meanwhile with a later modified time', async () => {
    const gone = sampleRecord({ note: 'deleted copy', modified: 1000 });
    const copy = sampleRecord({ note: 'old copy', modified: 1000 });
    await db.annotations.put({ ...copy, note: 'imported since, newer', modified: 2000 });
    expect(await restoreAnnotations(db, [gone, copy])).toBe(2);
    expect((await db.annotations.get(gone.id))?.note).toBe('deleted copy');
    expect((await db.annotations.get(copy.id))?.note).toBe('imported since, newer');
  });
});
