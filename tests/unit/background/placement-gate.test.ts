// @vitest-environment node
/**
 * A page's report on its notes (`annotations:placed`) is taken only from the document that last read that
 * page's notes, and at most once a tab every REPORT_INTERVAL_MS, the latest report winning
 * (entrypoints/background/placement-gate.ts, through the real handlers).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type From, handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import { placementGate, REPORT_INTERVAL_MS } from '../../../entrypoints/background/placement-gate';
import type { Request } from '../../../lib/messages';
import { PolicyMarkDb } from '../../../lib/store/db';
import { OWN_BLOBS, sampleRecord, validRequest } from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyMarkDb(`placement-gate-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

const A = 'https://finance.sina.com.cn/china/2021-07-16/doc-a.shtml';
const B = 'https://finance.sina.com.cn/china/2021-07-16/doc-b.shtml';
const TAB: From = { tabId: 7, frameId: 0, documentId: 'DOC-7' };
const req = (type: string, payload: unknown): Request => validRequest({ type, payload });

/** Handlers sharing one gate, as one worker's listener has; `send` answers as the listener would. */
function worker(gate = placementGate()) {
  const handlers = makeHandlers(db, OWN_BLOBS, gate);
  return (type: string, payload: unknown, from: From = TAB) =>
    handleRequest(handlers, req(type, payload), undefined, from);
}

describe('a report only for the page its document last read', () => {
  it('a content script on page A cannot mark the notes of page B of the same site', async () => {
    const [a, b] = [sampleRecord({ url: A }), sampleRecord({ url: B })];
    await db.annotations.bulkPut([a, b]);
    const send = worker();
    await send('annotations:for-page', { url: A });
    const forged = await send('annotations:placed', {
      url: B,
      orphans: [],
      changed: [{ id: b.id, text: 'lies' }],
    });
    expect(forged).toEqual({
      ok: false,
      error: 'annotations:placed: only for the page whose notes this document last read',
    });
    expect(await db.statuses.count()).toBe(0);
    // Its own page's report lands.
    expect(await send('annotations:placed', { url: A, orphans: [a.id], changed: [] })).toEqual({
      ok: true,
      value: { written: 1 },
    });
  });

  it('nor from another document or frame of the tab, nor without a tab, nor after the worker restarted', async () => {
    const a = sampleRecord({ url: A });
    await db.annotations.put(a);
    const gate = placementGate();
    const send = worker(gate);
    await send('annotations:for-page', { url: A });
    const report = { url: A, orphans: [a.id], changed: [] };
    for (const from of [{ ...TAB, documentId: 'DOC-8' }, { ...TAB, frameId: 3 }, { ...TAB, tabId: 8 }, {}])
      expect((await send('annotations:placed', report, from)).ok, JSON.stringify(from)).toBe(false);
    // A new worker remembers nothing: refused until the page reads its notes again.
    const restarted = worker();
    expect((await restarted('annotations:placed', report)).ok).toBe(false);
    expect(await db.statuses.count()).toBe(0);
    await restarted('annotations:for-page', { url: A });
    expect(await restarted('annotations:placed', report)).toEqual({ ok: true, value: { written: 1 } });
    // Our own pages' reads (no tab) change nothing of what a tab may report.
    await send('annotations:for-page', { url: B }, {});
    expect((await send('annotations:placed', { url: A, orphans: [], changed: [] })).ok).toBe(true);
    // A closed tab is forgotten.
    gate.forget(7);
    expect((await send('annotations:placed', report)).ok).toBe(false);
  });
});

describe('at most one report a tab every few seconds', () => {
  it('200 alternating reports make at most two writes, the latest report wins, and a real page’s report lands', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const [a, b] = [sampleRecord({ url: A }), sampleRecord({ url: B })];
    await db.annotations.bulkPut([a, b]);
    const puts = vi.spyOn(db.statuses, 'bulkPut');
    const send = worker();
    for (let i = 0; i < 200; i++) {
      const [url, id] = i % 2 === 0 ? [A, a.id] : [B, b.id];
      await send('annotations:for-page', { url });
      // Each report differs from the stored row: unthrottled, each would be a write.
      const reply = await send('annotations:placed', { url, orphans: [], changed: [{ id, text: `v${i}` }] });
      expect(reply.ok).toBe(true);
    }
    expect(puts).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    await vi.waitFor(() => expect(puts).toHaveBeenCalledTimes(2));
    expect((await db.statuses.get(b.id))?.text).toBe('v199');
    expect((await db.statuses.get(a.id))?.text).toBe('v0');
    // The page after the flood (page A, read again): its report lands as soon as the interval is over.
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    await send('annotations:for-page', { url: A });
    expect(await send('annotations:placed', { url: A, orphans: [a.id], changed: [] })).toEqual({
      ok: true,
      value: { written: 1 },
    });
    expect((await db.statuses.get(a.id))?.state).toBe('orphan');
  });

  it('a page’s report that comes within the interval is applied at its end, not lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const a = sampleRecord({ url: A });
    await db.annotations.put(a);
    const send = worker();
    await send('annotations:for-page', { url: A });
    await send('annotations:placed', { url: A, orphans: [], changed: [] });
    // The page reloaded a second later and its note is gone from it now.
    await vi.advanceTimersByTimeAsync(1000);
    await send('annotations:for-page', { url: A });
    expect(await send('annotations:placed', { url: A, orphans: [a.id], changed: [] })).toEqual({
      ok: true,
      value: { written: 0 },
    });
    expect(await db.statuses.count()).toBe(0);
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    await vi.waitFor(async () => expect((await db.statuses.get(a.id))?.state).toBe('orphan'));
  });
});
