// @vitest-environment node
/**
 * `tab:changed` goes to each tab with the changed addresses of its own site only (the scope rule of
 * scope.ts), and to no tab whose address the browser hides from us.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import { notifyTabs } from '../../../entrypoints/background/notify-tabs';
import { parseRequest, type Request } from '../../../lib/messages';
import { PolicyMarkDb } from '../../../lib/store/db';
import { OWN_BLOBS, sampleRecord } from '../sample-record';

const TABS = [
  { id: 1, url: 'https://finance.sina.com.cn/a.shtml' },
  // The same publisher's other domain (sina.cn = sina.com.cn, the profiles' rule).
  { id: 2, url: 'https://finance.sina.cn/b.d.html' },
  { id: 3, url: 'https://www.nytimes.com/2016/x.html' },
  // A site the reader enabled: its own host only.
  { id: 4, url: 'https://alice.github.io/notes/' },
  { id: 5, url: 'https://bob.github.io/' },
  // No permission on its site: the browser does not show its address (and it has no content script).
  { id: 6 },
  { id: 7, url: 'https://www.europa.eu/page' },
  { id: 8, url: 'https://www.ecb.europa.eu/press/x.html' },
];

let sent: Array<[number, unknown]>;
beforeEach(() => {
  sent = [];
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(TABS as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (id: number, m: unknown) => {
    sent.push([id, m]);
  }) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const urlsSentTo = (id: number): string[][] =>
  sent.filter(([tab]) => tab === id).map(([, m]) => (m as { urls: string[] }).urls);

describe('notifyTabs', () => {
  it('tells each tab only the addresses of its own site', async () => {
    const sina = 'https://finance.sina.com.cn/china/topic.shtml';
    const nyt = 'https://www.nytimes.com/2020/y.html';
    const alice = 'https://alice.github.io/notes/2';
    const ecb = 'https://www.ecb.europa.eu/press/y.html';
    await notifyTabs([sina, nyt, alice, sina, ecb, 'not an address']);
    expect(urlsSentTo(1)).toEqual([[sina]]);
    expect(urlsSentTo(2)).toEqual([[sina]]);
    expect(urlsSentTo(3)).toEqual([[nyt]]);
    expect(urlsSentTo(4)).toEqual([[alice]]);
    expect(urlsSentTo(5)).toEqual([]);
    expect(urlsSentTo(6)).toEqual([]);
    // www.europa.eu is not the ECB's site (lib/page/profiles.ts siteKey).
    expect(urlsSentTo(7)).toEqual([]);
    expect(urlsSentTo(8)).toEqual([[ecb]]);
    for (const [, m] of sent) expect(m).toMatchObject({ type: 'tab:changed' });
  });

  it('leaves out the sender’s tab, and sends nothing when nothing changed', async () => {
    await notifyTabs(['https://finance.sina.com.cn/a.shtml'], 1);
    expect(sent.map(([id]) => id)).toEqual([2]);
    sent.length = 0;
    await notifyTabs([]);
    expect(sent).toEqual([]);
  });

  it('a save on site A through the handlers is not announced to a tab on site B', async () => {
    const db = new PolicyMarkDb('notify-tabs');
    await db.open();
    try {
      const record = sampleRecord({ url: 'https://finance.sina.com.cn/china/private-research-topic.shtml' });
      const parsed = parseRequest({ type: 'annotation:save', payload: { record } });
      if (!parsed.ok) throw new Error(parsed.error);
      const reply = await handleRequest(makeHandlers(db, OWN_BLOBS), parsed.request as Request);
      expect(reply.ok).toBe(true);
      await vi.waitFor(() => expect(urlsSentTo(1)).toEqual([[record.url]]));
      expect(urlsSentTo(3)).toEqual([]);
    } finally {
      await db.delete();
    }
  });
});
