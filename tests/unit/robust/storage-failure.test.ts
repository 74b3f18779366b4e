// @vitest-environment node
// Node, not happy-dom: happy-dom's fetch cannot read the blob: addresses an import file is handed over as.
/**
 * Storage that refuses writes: a full quota or a database deleted under the background. Every
 * write request gets a readable refusal (never `ok: true` without the row), nothing half-written
 * stays behind, and the same write succeeds once storage is back. Saves are idempotent by id.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import type { AnnotationRecord } from '../../../lib/annotation';
import { PolicyMarkDb } from '../../../lib/store/db';
import { importFileRequest, OWN_BLOBS, validRequest as request, sampleRecord } from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
const originalPut = IDBObjectStore.prototype.put;
const originalAdd = IDBObjectStore.prototype.add;

beforeEach(async () => {
  db = new PolicyMarkDb(`robust-storage-${n++}`);
  await db.open();
});

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
  IDBObjectStore.prototype.add = originalAdd;
  db.close();
});

/** Make every IndexedDB write throw what a browser throws when the origin's quota is used up. */
function fillQuota(): void {
  const full = (): never => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
}

describe('a full disk', () => {
  const writes = (records: AnnotationRecord[]): Array<[string, unknown]> => [
    ['save', { type: 'annotation:save', payload: { record: records[0] } }],
    ['import', importFileRequest(records)],
    ['restore', { type: 'annotations:restore', payload: { records } }],
    [
      'page seen',
      {
        type: 'page:seen',
        payload: {
          url: 'https://finance.sina.com.cn/a',
          title: 't',
          site: 's',
          isPolicy: true,
          score: 1,
          initiatives: [],
        },
      },
    ],
  ];

  it.each(writes([sampleRecord(), sampleRecord()]).map(([name]) => name))(
    'refuses a %s with a clear reason, keeps nothing, and succeeds once space is back',
    async (name) => {
      const records = [sampleRecord(), sampleRecord(), sampleRecord()];
      const raw = writes(records).find(([n]) => n === name)?.[1];
      const handlers = makeHandlers(db, OWN_BLOBS);
      fillQuota();
      const reply = await handleRequest(handlers, request(raw));
      expect(reply).toEqual({
        ok: false,
        error: 'Storage is full: the note was not saved. Free some space and try again.',
      });
      expect(await db.annotations.count()).toBe(0);
      expect(await db.pages.count()).toBe(0);

      IDBObjectStore.prototype.put = originalPut;
      IDBObjectStore.prototype.add = originalAdd;
      const again = await handleRequest(handlers, request(raw));
      expect(again.ok).toBe(true);
      expect((await db.annotations.count()) + (await db.pages.count())).toBeGreaterThan(0);
    },
  );

  it('a full disk in the middle of an import keeps none of it (one transaction)', async () => {
    const records = Array.from({ length: 20 }, () => sampleRecord());
    let calls = 0;
    const put = originalPut;
    const failLate = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls > 10) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    IDBObjectStore.prototype.put = failLate;
    IDBObjectStore.prototype.add = failLate;
    const reply = await handleRequest(makeHandlers(db, OWN_BLOBS), request(importFileRequest(records)));
    expect(reply).toEqual({
      ok: false,
      error: 'Storage is full: the note was not saved. Free some space and try again.',
    });
    expect(calls).toBe(11);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('storage cleared under the background', () => {
  it('a save after the database was deleted either stores the note or says it did not', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const first = sampleRecord();
    expect(
      (await handleRequest(handlers, request({ type: 'annotation:save', payload: { record: first } }))).ok,
    ).toBe(true);
    await Dexie.delete(db.name);

    const record = sampleRecord({ note: 'after the wipe' });
    const reply = await handleRequest(handlers, request({ type: 'annotation:save', payload: { record } }));
    const check = new PolicyMarkDb(db.name);
    const stored = await check.annotations.get(record.id);
    check.close();
    if (reply.ok) expect(stored).toEqual(record);
    else {
      expect(stored).toBeUndefined();
      expect(reply.error).toMatch(/\S/);
    }
  });
});

describe('idempotent saves', () => {
  it('replaying saves (retries after a lost reply), in any order and concurrently, stores each id exactly once', async () => {
    const pool = Array.from({ length: 6 }, () => sampleRecord());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: pool.length - 1 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 12,
        }),
        async (plan) => {
          await db.annotations.clear();
          const handlers = makeHandlers(db, OWN_BLOBS);
          const sends = plan.flatMap(([i, times]) =>
            Array.from({ length: times }, () => pool[i] as AnnotationRecord),
          );
          const replies = await Promise.all(
            sends.map((record) =>
              handleRequest(handlers, request({ type: 'annotation:save', payload: { record } })),
            ),
          );
          expect(replies.every((r) => r.ok)).toBe(true);
          const ids = new Set(sends.map((r) => r.id));
          expect(await db.annotations.count()).toBe(ids.size);
          for (const id of ids) expect(await db.annotations.get(id)).toEqual(pool.find((r) => r.id === id));
        },
      ),
      { numRuns: 60 },
    );
  });
});
