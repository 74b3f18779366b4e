// @vitest-environment node
// Node, not happy-dom: happy-dom's fetch cannot read the blob: addresses an import file is handed over as.
/**
 * The background's real message listener (entrypoints/background/index.ts, run on the fake browser
 * with fake-indexeddb): only our own content scripts and pages get in, and whatever is refused
 * writes nothing — wrong senders, unknown types, wrong payload types, oversized payloads, and a
 * thousand random messages.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ON_DEMAND_FILES, PAGE_UI_FILE } from '../../../entrypoints/background/handlers';
import { MAX_SIMPLIFY_CHARS } from '../../../lib/send-request';
import { DB_NAME, getDb } from '../../../lib/store/db';
import { importFileRequest, sampleRecord } from '../sample-record';

// Menus, commands and site registration need browser APIs the fake browser lacks; the gate does not.
vi.mock('../../../entrypoints/background/menus', () => ({ setUpMenusAndCommands: () => undefined }));
vi.mock('../../../entrypoints/background/site-access', () => ({
  syncUserSites: async () => undefined,
  watchUserSites: () => undefined,
}));

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}`;
const CONTENT = {
  id: ID,
  url: 'https://finance.sina.com.cn/china/x.shtml',
  tab: { id: 7 } as never,
  frameId: 0,
};
const POPUP = { id: ID, url: `${ORIGIN}/popup.html` };

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** Deliver one message to the background's listener as Chrome would; returns its reply. */
async function deliver(message: unknown, sender: Sender): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  expect(replies).toHaveLength(1);
  return replies[0];
}

async function rowCounts(): Promise<{ annotations: number; pages: number }> {
  const db = getDb();
  return { annotations: await db.annotations.count(), pages: await db.pages.count() };
}

beforeAll(async () => {
  fakeBrowser.reset();
  await Dexie.delete(DB_NAME);
  const background = (await import('../../../entrypoints/background/index')).default as unknown as {
    main(): void;
  };
  try {
    background.main();
  } catch (error) {
    // A later set-up step using an API the fake browser does not implement; the listener comes first.
    if (!/not implemented/.test(String(error))) throw error;
  }
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
});

beforeEach(async () => {
  const db = getDb();
  await db.annotations.clear();
  await db.pages.clear();
});

describe('the background message gate', () => {
  it('answers our content script and our pages', async () => {
    const record = sampleRecord();
    expect(await deliver({ type: 'annotation:save', payload: { record } }, CONTENT)).toEqual({
      ok: true,
      value: { saved: true },
    });
    const listed = await deliver({ type: 'annotations:for-page', payload: { url: record.url } }, POPUP);
    expect(listed).toEqual({ ok: true, value: { records: [record] } });
  });

  it('refuses every foreign sender and writes nothing', async () => {
    const save = () => ({ type: 'annotation:save', payload: { record: sampleRecord() } });
    const senders: Array<[string, Sender]> = [
      [
        'another extension',
        {
          id: 'abcdefghijklmnopabcdefghijklmnop',
          url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
        },
      ],
      ['another extension claiming our page', { id: 'other', url: `${ORIGIN}/popup.html` }],
      ['no id at all', { url: `${ORIGIN}/popup.html` }],
      [
        'a web page (externally_connectable)',
        { url: 'https://evil.example/', origin: 'https://evil.example' },
      ],
      ['our id, web page without a tab', { id: ID, url: 'https://evil.example/' }],
      ['our id, file page', { id: ID, url: 'file:///tmp/x.html', tab: { id: 1 } as never }],
      ['our id, data page', { id: ID, url: 'data:text/html,x', tab: { id: 1 } as never }],
      ['our id, javascript: URL', { id: ID, url: 'javascript:alert(1)', tab: { id: 1 } as never }],
      ['our id, no URL', { id: ID, tab: { id: 1 } as never }],
      ['empty sender', {}],
    ];
    for (const [name, sender] of senders) {
      const reply = (await deliver(save(), sender)) as { ok: boolean; error?: string };
      expect(reply, name).toEqual({ ok: false, error: 'sender not allowed' });
    }
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it('refuses unknown types, wrong payload types and oversized payloads with a one-line reason', async () => {
    const big = 'x'.repeat(50_001);
    const tooManyTags = Array.from({ length: 51 }, (_, i) => `t${i}`);
    const messages: unknown[] = [
      undefined,
      null,
      42,
      'annotation:save',
      [],
      { type: 'db:drop', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'constructor', payload: {} },
      { type: 'toString', payload: {} },
      { type: 'annotation:save' },
      { type: 'annotation:save', payload: null },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), id: 'not-a-uuid' } } },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), note: big } } },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), tags: tooManyTags } } },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), url: 'javascript:alert(1)' } } },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), created: '2024' } } },
      { type: 'annotation:save', payload: { record: { ...sampleRecord(), extra: true } } },
      { type: 'annotation:save', payload: { record: sampleRecord(), extra: true } },
      {
        type: 'annotation:save',
        payload: {
          record: { ...sampleRecord(), position: { type: 'TextPositionSelector', start: 5, end: 1 } },
        },
      },
      {
        type: 'annotations:restore',
        payload: { records: [sampleRecord(), { ...sampleRecord(), colour: 'red' }] },
      },
      { type: 'annotations:import-file', payload: { url: 'https://example.com/notes.json' } },
      // A blob: address the page's content script made (the page's origin), not one of ours.
      importFileRequest([sampleRecord()]),
      { type: 'annotations:restore', payload: { records: 'all' } },
      {
        type: 'page:seen',
        payload: {
          url: 'https://finance.sina.com.cn/',
          title: big,
          site: 's',
          isPolicy: true,
          score: 1,
          initiatives: [],
        },
      },
      {
        type: 'page:seen',
        payload: {
          url: 'https://finance.sina.com.cn/',
          title: 't',
          site: 's',
          isPolicy: true,
          score: 2,
          initiatives: [],
        },
      },
      { type: 'annotation:delete', payload: { id: { $ne: null } } },
      { type: 'annotations:delete-many', payload: { ids: ['*'] } },
    ];
    for (const message of messages) {
      const reply = (await deliver(message, CONTENT)) as { ok: boolean; error: string };
      expect(reply.ok, JSON.stringify(message)?.slice(0, 100)).toBe(false);
      expect(reply.error).toMatch(/\S/);
      expect(reply.error).not.toContain('\n');
      expect(reply.error.length).toBeLessThan(300);
    }
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it('takes bulk requests and tab openings from our pages only, not from a content script', async () => {
    const stored = sampleRecord();
    expect(await deliver({ type: 'annotation:save', payload: { record: stored } }, CONTENT)).toMatchObject({
      ok: true,
    });
    const bulk = [
      { type: 'annotations:delete-many', payload: { ids: [stored.id] } },
      { type: 'annotations:restore', payload: { records: [sampleRecord()] } },
      importFileRequest([sampleRecord()]),
      { type: 'annotation:open', payload: { id: stored.id, url: stored.url } },
    ] as Array<{ type: string }>;
    for (const message of bulk) {
      expect(await deliver(message, CONTENT)).toEqual({
        ok: false,
        error: `${message.type}: only PolicyMark's own pages send this`,
      });
    }
    expect(await rowCounts()).toEqual({ annotations: 1, pages: 0 });
    expect(await deliver(bulk[0], POPUP)).toEqual({
      ok: true,
      value: { records: [stored], rest: [], statuses: [] },
    });
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it('reads import files only from our own blob: addresses', async () => {
    // Our prefix with no file behind it: the prefix check passes and the read fails.
    const own = `blob:${ORIGIN}/00000000-0000-4000-8000-000000000000`;
    // Said in the UI language (the fake browser has no messages: the key stands for it).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    expect(await deliver({ type: 'annotations:import-file', payload: { url: own } }, POPUP)).toEqual({
      ok: false,
      error: 'importUnreadable',
    });
    vi.restoreAllMocks();
    // A readable file, but behind a blob: address of another origin.
    expect(await deliver(importFileRequest([sampleRecord()]), POPUP)).toEqual({
      ok: false,
      error: 'the file must be chosen in a PolicyMark page',
    });
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it('refuses a message larger than the size guard before validating it', async () => {
    // 65 MB of JSON from our own page: a valid-looking restore whose size alone must get it refused.
    const record = sampleRecord({ note: 'n'.repeat(49_000) });
    const records = Array.from({ length: 1400 }, () => record);
    const reply = await deliver({ type: 'annotations:restore', payload: { records } }, POPUP);
    expect(reply).toEqual({ ok: false, error: 'message too large' });
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it('takes at most 1 MiB from a content script, and its largest valid save still fits', async () => {
    const huge = sampleRecord({ note: 'n'.repeat(1_100_000) });
    expect(await deliver({ type: 'annotation:save', payload: { record: huge } }, CONTENT)).toEqual({
      ok: false,
      error: 'message too large',
    });
    // Every field at its limit, in characters JSON escapes six-fold (\u0001) or two-fold (").
    const largest = sampleRecord({
      url: `https://finance.sina.com.cn/${'a'.repeat(2048 - 28)}`,
      pageTitle: '"'.repeat(1000),
      // 253 characters, and a host of the sending page's site.
      site: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(49)}.sina.com.cn`,
      quote: {
        type: 'TextQuoteSelector',
        exact: '"'.repeat(10_000),
        prefix: '"'.repeat(200),
        suffix: '"'.repeat(200),
      },
      note: '\u0001'.repeat(50_000),
      tags: Array.from({ length: 50 }, (_, i) => `${i}${'"'.repeat(98)}`),
    });
    expect(largest.site).toHaveLength(253);
    expect(JSON.stringify({ type: 'annotation:save', payload: { record: largest } }).length).toBeGreaterThan(
      300_000,
    );
    expect(await deliver({ type: 'annotation:save', payload: { record: largest } }, CONTENT)).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(await rowCounts()).toEqual({ annotations: 1, pages: 0 });
  });

  it('reads a Traditional page in simplified characters for a content script, up to its limit', async () => {
    const text = '國務院辦公廳印發《關於促進融資擔保行業加快發展的意見》，實施「揭榜掛帥」機制。';
    expect(await deliver({ type: 'text:simplify', payload: { text, title: '國務院通知' } }, CONTENT)).toEqual(
      {
        ok: true,
        value: {
          text: '国务院办公厅印发《关于促进融资担保行业加快发展的意见》，实施“揭榜挂帅”机制。',
          title: '国务院通知',
        },
      },
    );
    const long = await deliver(
      { type: 'text:simplify', payload: { text: '國'.repeat(MAX_SIMPLIFY_CHARS + 1), title: '' } },
      CONTENT,
    );
    expect(long).toMatchObject({ ok: false, error: expect.stringMatching(/^text:simplify: text: /) });
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });

  it("runs the in-page UI's script in the asking content script's own document, and for nobody else", async () => {
    const runs: unknown[] = [];
    const marks: unknown[] = [];
    const api = fakeBrowser as unknown as {
      scripting: { executeScript: unknown };
      action: { setBadgeText: unknown; setTitle: unknown };
      i18n: { getMessage: unknown };
    };
    const original = { ...api.scripting, ...api.action, ...api.i18n };
    api.i18n.getMessage = (key: string, subs?: string[]) => [key, ...(subs ?? [])].join(': ');
    api.scripting.executeScript = async (injection: unknown) => {
      runs.push(injection);
      return [];
    };
    api.action.setBadgeText = async (details: unknown) => void marks.push(details);
    api.action.setTitle = async (details: unknown) => void marks.push(details);
    try {
      // Chrome names the sending document; Firefox only its frame.
      const chrome = { ...CONTENT, tab: { id: 12 } as never, frameId: 3, documentId: 'DOC-1' };
      expect(await deliver({ type: 'ui:load', payload: {} }, chrome)).toEqual({
        ok: true,
        value: { loaded: true },
      });
      const firefox = { ...CONTENT, tab: { id: 12 } as never, frameId: 3 };
      expect(await deliver({ type: 'ui:load', payload: {} }, firefox)).toEqual({
        ok: true,
        value: { loaded: true },
      });
      expect(runs).toEqual([
        { target: { tabId: 12, documentIds: ['DOC-1'] }, files: [PAGE_UI_FILE] },
        { target: { tabId: 12, frameIds: [3] }, files: [PAGE_UI_FILE] },
      ]);
      // Our own pages are refused, in a tab (the library) or not; so is a payload.
      const refused = { ok: false, error: 'ui:load: only a content script in a tab sends this' };
      expect(await deliver({ type: 'ui:load', payload: {} }, POPUP)).toEqual(refused);
      expect(await deliver({ type: 'ui:load', payload: {} }, { ...POPUP, tab: { id: 5 } as never })).toEqual(
        refused,
      );
      expect(await deliver({ type: 'ui:load', payload: { files: ['x.js'] } }, CONTENT)).toMatchObject({
        ok: false,
      });
      expect(runs).toHaveLength(2);
      // Each load that works clears the tab's mark (a worker that restarted does not know it set one).
      expect(marks).toEqual([
        { tabId: 12, text: '' },
        { tabId: 12, title: 'extName' },
        { tabId: 12, text: '' },
        { tabId: 12, title: 'extName' },
      ]);
      marks.length = 0;
      // A tab the script may not run in (closed, or its permission withdrawn) is a reply, not a throw, and
      // the toolbar button says so for that tab; the next load that works there clears it.
      api.scripting.executeScript = async () => {
        throw new Error('Cannot access contents of the page');
      };
      expect(await deliver({ type: 'ui:load', payload: {} }, CONTENT)).toEqual({
        ok: false,
        error: 'ui:load: Cannot access contents of the page',
      });
      expect(marks).toEqual([
        { tabId: 7, text: '!' },
        { tabId: 7, title: 'uiLoadFailed: Cannot access contents of the page' },
      ]);
      api.scripting.executeScript = async () => [];
      expect(await deliver({ type: 'ui:load', payload: {} }, CONTENT)).toMatchObject({ ok: true });
      expect(marks.slice(2)).toEqual([
        { tabId: 7, text: '' },
        { tabId: 7, title: 'extName' },
      ]);
      // The asking document is gone (a click that navigated): no one to show a mark to, the next page
      // is not marked.
      marks.length = 0;
      for (const gone of [
        'Frame with ID 0 was removed.',
        'No document with id DOC-1 in tab 7.',
        'No tab with id: 7.',
      ]) {
        api.scripting.executeScript = async () => {
          throw new Error(gone);
        };
        expect(await deliver({ type: 'ui:load', payload: {} }, CONTENT)).toEqual({
          ok: false,
          error: `ui:load: ${gone}`,
        });
      }
      expect(marks).toEqual([]);
    } finally {
      Object.assign(api.scripting, { executeScript: original.executeScript });
      Object.assign(api.action, { setBadgeText: original.setBadgeText, setTitle: original.setTitle });
      Object.assign(api.i18n, { getMessage: original.getMessage });
    }
  });

  it("runs an on-demand script (fuzzy step, English names) in the asking content script's document; a failure marks nothing", async () => {
    const runs: unknown[] = [];
    const marks: unknown[] = [];
    const api = fakeBrowser as unknown as {
      scripting: { executeScript: unknown };
      action: { setBadgeText: unknown; setTitle: unknown };
    };
    const original = { ...api.scripting, ...api.action };
    api.scripting.executeScript = async (injection: unknown) => {
      runs.push(injection);
      return [];
    };
    api.action.setBadgeText = async (details: unknown) => void marks.push(details);
    api.action.setTitle = async (details: unknown) => void marks.push(details);
    const fuzzy = { type: 'script:load', payload: { script: 'fuzzy' } };
    const english = { type: 'script:load', payload: { script: 'english' } };
    try {
      const chrome = { ...CONTENT, tab: { id: 12 } as never, frameId: 3, documentId: 'DOC-1' };
      expect(await deliver(fuzzy, chrome)).toEqual({ ok: true, value: { loaded: true } });
      const firefox = { ...CONTENT, tab: { id: 12 } as never, frameId: 3 };
      expect(await deliver(english, firefox)).toMatchObject({ ok: true });
      expect(runs).toEqual([
        { target: { tabId: 12, documentIds: ['DOC-1'] }, files: [ON_DEMAND_FILES.fuzzy] },
        { target: { tabId: 12, frameIds: [3] }, files: [ON_DEMAND_FILES.english] },
      ]);
      expect([ON_DEMAND_FILES.fuzzy, ON_DEMAND_FILES.english]).toEqual([
        '/page-fuzzy.js',
        '/page-english.js',
      ]);
      expect(await deliver(fuzzy, POPUP)).toEqual({
        ok: false,
        error: 'script:load: only a content script in a tab sends this',
      });
      // Only our scripts, by name: no file, no other name.
      for (const payload of [
        { script: 'ui' },
        { script: '/page-ui.js' },
        { script: 'fuzzy', files: ['x.js'] },
        {},
      ])
        expect(await deliver({ type: 'script:load', payload }, CONTENT)).toMatchObject({ ok: false });
      expect(runs).toHaveLength(2);
      // The page goes on without it, and its UI works: nothing is marked.
      api.scripting.executeScript = async () => {
        throw new Error('Cannot access contents of the page');
      };
      expect(await deliver(english, CONTENT)).toEqual({
        ok: false,
        error: 'script:load: english: Cannot access contents of the page',
      });
      expect(marks).toEqual([]);
    } finally {
      Object.assign(api.scripting, { executeScript: original.executeScript });
      Object.assign(api.action, { setBadgeText: original.setBadgeText, setTitle: original.setTitle });
    }
  });

  it("lets a content script touch only the notes of its page's site, as the browser reports the page", async () => {
    // CONTENT is a finance.sina.com.cn page; sina.cn is the same publisher (docs/page.md).
    const own = sampleRecord();
    const sameSite = sampleRecord({ url: 'https://k.sina.cn/article_1.html', site: 'k.sina.cn' });
    const GOV = { ...CONTENT, url: 'https://www.gov.cn/zhengce/content/2024-01/01/x.htm' };
    const foreign = sampleRecord({ url: GOV.url, site: 'www.gov.cn' });
    const seen = (url: string, site: string) => ({
      type: 'page:seen',
      payload: { url, title: 't', site, isPolicy: true, score: 1, initiatives: [] },
    });
    const ok = (value: unknown) => ({ ok: true, value });
    const refused = (type: string) => ({
      ok: false,
      error: `${type}: a page may only touch the notes of its own site`,
    });
    for (const record of [own, sameSite]) {
      expect(await deliver({ type: 'annotation:save', payload: { record } }, CONTENT)).toEqual(
        ok({ saved: true }),
      );
    }
    // Another site's note exists (saved from that site's page), and its id is known to the attacker.
    expect(await deliver({ type: 'annotation:save', payload: { record: foreign } }, GOV)).toEqual(
      ok({ saved: true }),
    );
    const attempts: Array<{ type: string; payload: unknown }> = [
      {
        type: 'annotation:save',
        payload: { record: sampleRecord({ url: foreign.url, site: 'www.gov.cn' }) },
      },
      // Its own address, but the site the library groups the note under is another's.
      { type: 'annotation:save', payload: { record: sampleRecord({ site: 'www.gov.cn' }) } },
      // Overwriting the other site's note by its id, under this page's own address and site.
      {
        type: 'annotation:save',
        payload: { record: { ...foreign, url: own.url, site: own.site, note: 'overwritten' } },
      },
      { type: 'annotation:delete', payload: { id: foreign.id } },
      { type: 'annotations:for-page', payload: { url: foreign.url } },
      seen(foreign.url, 'www.gov.cn'),
      seen(own.url, 'www.gov.cn'),
    ];
    for (const message of attempts) expect(await deliver(message, CONTENT)).toEqual(refused(message.type));
    // A content script whose page address the browser does not give cannot name any site.
    const noHost = { ...CONTENT, url: 'https:' };
    expect(await deliver({ type: 'annotations:for-page', payload: { url: own.url } }, noHost)).toEqual(
      refused('annotations:for-page'),
    );
    // Hosts no site profile covers are their own site: alice.github.io cannot reach bob.github.io.
    const bob = sampleRecord({ url: 'https://bob.github.io/post.html', site: 'bob.github.io' });
    const BOB = { ...CONTENT, url: bob.url };
    const ALICE = { ...CONTENT, url: 'https://alice.github.io/post.html' };
    expect(await deliver({ type: 'annotation:save', payload: { record: bob } }, BOB)).toEqual(
      ok({ saved: true }),
    );
    expect(await deliver({ type: 'annotations:for-page', payload: { url: bob.url } }, ALICE)).toEqual(
      refused('annotations:for-page'),
    );
    expect(await getDb().annotations.bulkGet([foreign.id, bob.id])).toEqual([foreign, bob]);
    expect(await rowCounts()).toEqual({ annotations: 4, pages: 0 });

    // Its own site: the host as the browser writes it (case, port) and both domains of the publisher.
    const OWN_ODD = { ...CONTENT, url: 'https://FINANCE.sina.com.cn:8443/china/x.shtml' };
    expect(await deliver({ type: 'annotations:for-page', payload: { url: sameSite.url } }, OWN_ODD)).toEqual(
      ok({ records: [sameSite] }),
    );
    const edited = { ...sameSite, note: 'edited', modified: sameSite.modified + 1 };
    expect(await deliver({ type: 'annotation:save', payload: { record: edited } }, CONTENT)).toEqual(
      ok({ saved: true }),
    );
    expect(await deliver(seen(own.url, own.site), CONTENT)).toEqual(ok({ ok: true }));
    // Each delete answers with the note as it was stored (its Undo puts back the latest edit).
    expect(await deliver({ type: 'annotation:delete', payload: { id: own.id } }, CONTENT)).toEqual(
      ok({ deleted: true, record: own }),
    );
    expect(await deliver({ type: 'annotation:delete', payload: { id: sameSite.id } }, CONTENT)).toEqual(
      ok({ deleted: true, record: edited }),
    );
    // Our pages read and delete any note.
    expect(await deliver({ type: 'annotations:for-page', payload: { url: foreign.url } }, POPUP)).toEqual(
      ok({ records: [foreign] }),
    );
    expect(await deliver({ type: 'annotation:delete', payload: { id: foreign.id } }, POPUP)).toEqual(
      ok({ deleted: true, record: foreign }),
    );
    // A note already gone: nothing to put back.
    expect(await deliver({ type: 'annotation:delete', payload: { id: foreign.id } }, POPUP)).toEqual(
      ok({ deleted: false, record: null }),
    );
    expect(await rowCounts()).toEqual({ annotations: 1, pages: 1 });
  });

  it('refuses a thousand random messages from our own content script and writes nothing', async () => {
    const types = [
      'annotation:save',
      'annotation:delete',
      'annotations:delete-many',
      'annotations:restore',
      'annotations:import-file',
      'page:seen',
      'annotation:open',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom(...types), payload: fc.anything() }),
          fc.record({
            type: fc.constantFrom(...types),
            payload: fc.record({ record: fc.anything(), records: fc.array(fc.anything()), id: fc.string() }),
          }),
          fc
            .record({ type: fc.string(), payload: fc.constant({ record: sampleRecord() }) })
            .filter((m) => !types.includes(m.type) && m.type !== 'annotations:for-page'),
        ),
        async (message) => {
          const reply = (await deliver(message, CONTENT)) as { ok: boolean };
          expect(reply.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    expect(await rowCounts()).toEqual({ annotations: 0, pages: 0 });
  });
});
