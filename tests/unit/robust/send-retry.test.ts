/**
 * The content script's side of a crash: `sendRequest` retries when the service worker was asleep,
 * restarted or died before replying, always with the same message (the id the content script
 * made), so a write that landed before the reply was lost is not duplicated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import { parseRequest } from '../../../lib/messages';
import { REPLY_TIMEOUT_MS, sendRequest } from '../../../lib/send-request';
import { PolicyMarkDb } from '../../../lib/store/db';
import { OWN_BLOBS, sampleRecord } from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new PolicyMarkDb(`robust-retry-${n++}`);
  await db.open();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** The background as a function of one message (validated and handled like the real listener). */
async function background(message: unknown): Promise<unknown> {
  const parsed = parseRequest(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return handleRequest(makeHandlers(db, OWN_BLOBS), parsed.request);
}

describe('sendRequest after a crash', () => {
  it('the worker wrote the note, then died before replying: the retry leaves it stored once', async () => {
    const record = sampleRecord({ note: 'written, reply lost' });
    const seen: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      seen.push(structuredClone(message));
      const reply = await background(message);
      if (seen.length === 1)
        throw new Error('A listener indicated an asynchronous response, but the message channel closed');
      return reply;
    }) as never);
    const reply = await sendRequest('annotation:save', { record });
    expect(reply).toEqual({ ok: true, value: { saved: true } });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(await db.annotations.toArray()).toEqual([record]);
  });

  it('the worker was asleep or restarting (no receiver yet): the save lands on a later attempt', async () => {
    const record = sampleRecord({ note: 'after a restart' });
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      calls++;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 3) return undefined; // a worker that started without its listener yet
      return background(message);
    }) as never);
    expect(await sendRequest('annotation:save', { record })).toEqual({ ok: true, value: { saved: true } });
    expect(calls).toBe(4);
    expect(await db.annotations.count()).toBe(1);
  });

  it('a worker that never answers: the reader gets the last error, nothing is claimed saved', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      throw new Error('Extension context invalidated.');
    }) as never);
    const reply = await sendRequest('annotation:save', { record: sampleRecord() });
    expect(reply).toEqual({ ok: false, error: 'Extension context invalidated.' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('a refusal from the background is returned at once, not retried into a duplicate', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      calls++;
      return { ok: false, error: 'Storage is full: the note was not saved. Free some space and try again.' };
    }) as never);
    const reply = await sendRequest('annotation:save', { record: sampleRecord() });
    expect(reply.ok).toBe(false);
    expect(calls).toBe(1);
  });

  it('a worker that hangs past the time limit, then writes late: the retry lands, the note is stored once', async () => {
    const record = sampleRecord({ note: 'slow worker' });
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      calls++;
      // The first attempt answers long after its 50 ms limit (its write still lands).
      if (calls === 1) await new Promise((r) => setTimeout(r, 300));
      return background(message);
    }) as never);
    const reply = await sendRequest('annotation:save', { record }, 4, 50);
    expect(reply).toEqual({ ok: true, value: { saved: true } });
    expect(calls).toBe(2);
    await new Promise((r) => setTimeout(r, 400));
    expect(await db.annotations.toArray()).toEqual([record]);
  });

  it('a worker that never answers at all: the reader gets an error that says so, after the last attempt', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => {
      calls++;
      return new Promise(() => {});
    }) as never);
    const reply = await sendRequest('annotation:save', { record: sampleRecord() }, 3, 50);
    expect(reply).toEqual({ ok: false, error: 'the background did not answer within 0.05 s' });
    expect(calls).toBe(3);
  });

  it('only quick idempotent requests are sent again for lateness: a slow "open" is sent once', async () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { type: string }) => {
        calls.push(message.type);
        return new Promise((r) => setTimeout(() => r({ ok: true, value: null }), 10_000));
      }) as never);
      const open = sendRequest('annotation:open', {
        id: sampleRecord().id,
        url: 'https://finance.sina.com.cn/a.html',
      });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await open).toEqual({ ok: true, value: null });
      expect(calls).toEqual(['annotation:open']);
      // The same slow worker and a delete: sent again each time REPLY_TIMEOUT_MS passes, then an error.
      calls.length = 0;
      const del = sendRequest('annotation:delete', { id: sampleRecord().id });
      await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS + 200);
      expect(calls).toEqual(['annotation:delete', 'annotation:delete']);
      await vi.advanceTimersByTimeAsync(4 * REPLY_TIMEOUT_MS);
      expect(await del).toEqual({ ok: false, error: 'the background did not answer within 4 s' });
      expect(calls).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('at least one attempt is made', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      calls++;
      return background(message);
    }) as never);
    expect(await sendRequest('annotation:save', { record: sampleRecord() }, 0)).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(calls).toBe(1);
  });
});
