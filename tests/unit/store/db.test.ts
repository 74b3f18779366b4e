// @vitest-environment node
// Node, not happy-dom: happy-dom's fetch cannot read the blob: addresses an import file is handed over as.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleRequest, makeHandlers } from '../../../entrypoints/background/handlers';
import { mayRequest, senderKind } from '../../../entrypoints/background/sender';
import { toAnnotationCollection } from '../../../lib/export';
import { parseRequest, type RequestType, requestSchemas } from '../../../lib/messages';
import {
  annotationsForPage,
  annotationsForPages,
  deleteAnnotations,
  importAnnotations,
  saveAnnotation,
  sitesWithNotes,
  updateAnnotation,
  urlsWithNotes,
} from '../../../lib/store/annotations';
import { PolicyMarkDb } from '../../../lib/store/db';
import {
  blobUrl,
  importFileRequest,
  OWN_BLOBS,
  validRequest as request,
  sampleRecord,
} from '../sample-record';

let db: PolicyMarkDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyMarkDb(`test-${n++}`);
  await db.open();
});

describe('annotation store', () => {
  it('saves idempotently and lists a page in creation order', async () => {
    const a = sampleRecord();
    const b = sampleRecord();
    await saveAnnotation(db, b);
    await saveAnnotation(db, a);
    await saveAnnotation(db, a);
    expect(await db.annotations.count()).toBe(2);
    expect((await annotationsForPage(db, a.url)).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(await annotationsForPage(db, 'https://example.com/other')).toEqual([]);
  });

  it('lists pages and sites from the one [url+site] index, whatever site a note of a page carries', async () => {
    const page = 'https://finance.sina.com.cn/a';
    const other = 'https://www.gov.cn/b';
    // A note filed under a canonical address on another host than the page it was taken on, and an
    // imported one carrying the site its file gave: each site is listed once, each page once.
    const a = sampleRecord({ url: page, site: 'finance.sina.com.cn', created: 3 });
    const b = sampleRecord({ url: page, site: 'm.sina.cn', created: 1 });
    const c = sampleRecord({ url: other, site: 'finance.sina.com.cn', created: 2 });
    const d = sampleRecord({ url: other, site: 'Zhengce.example', created: 4 });
    await db.annotations.bulkPut([a, b, c, d]);
    expect(await urlsWithNotes(db)).toEqual([page, other]);
    expect(await sitesWithNotes(db)).toEqual(['Zhengce.example', 'finance.sina.com.cn', 'm.sina.cn']);
    expect((await annotationsForPage(db, page)).map((r) => r.id)).toEqual([b.id, a.id]);
    expect((await annotationsForPage(db, `${page}x`)).map((r) => r.id)).toEqual([]);
    const both = await annotationsForPages(db, [other, page, 'https://example.com/none']);
    expect(both.map((r) => r.id).sort()).toEqual([a.id, b.id, c.id, d.id].sort());
    expect(await annotationsForPages(db, [])).toEqual([]);
    await deleteAnnotations(db, [b.id, d.id]);
    expect(await sitesWithNotes(db)).toEqual(['finance.sina.com.cn']);
  });

  it('imports by id: newer modified wins, older or equal is skipped', async () => {
    const old = sampleRecord({ note: 'old' });
    const kept = sampleRecord({ note: 'kept' });
    await db.annotations.bulkPut([old, kept]);
    const result = await importAnnotations(db, [
      { ...old, note: 'new', modified: old.modified + 1 },
      { ...kept, note: 'stale', modified: kept.modified - 1 },
      sampleRecord({ note: 'fresh' }),
    ]);
    expect(result).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect((await db.annotations.get(old.id))?.note).toBe('new');
    expect((await db.annotations.get(kept.id))?.note).toBe('kept');
  });
});

describe('changing a saved note from two tabs (annotation:update)', () => {
  it("applies only the changed fields, so a colour change keeps another tab's newer note and tags", async () => {
    const stale = sampleRecord({ note: 'v1', tags: [], colour: 'yellow' });
    await saveAnnotation(db, stale);
    // Tab A edits the note; tab B, still holding `stale`, recolours it.
    await updateAnnotation(db, stale.id, { note: 'v2', tags: ['important'] }, { note: 'v1', tags: [] });
    const result = await updateAnnotation(db, stale.id, { colour: 'green' });
    expect(result.ok).toBe(true);
    expect(await db.annotations.get(stale.id)).toMatchObject({
      note: 'v2',
      tags: ['important'],
      colour: 'green',
    });
  });

  it('never re-creates a note deleted elsewhere', async () => {
    const gone = sampleRecord();
    await saveAnnotation(db, gone);
    expect(await deleteAnnotations(db, [gone.id])).toEqual({ records: [gone], rest: [], statuses: [] });
    expect(await updateAnnotation(db, gone.id, { colour: 'blue' })).toEqual({ ok: false, reason: 'gone' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses an edit started from a note changed meanwhile, but lets a resent edit pass', async () => {
    const rec = sampleRecord({ note: 'v1', tags: [] });
    await saveAnnotation(db, rec);
    const base = { note: 'v1', tags: [] };
    expect((await updateAnnotation(db, rec.id, { note: 'A', tags: [] }, base)).ok).toBe(true);
    // The same request again (a retry whose first attempt was applied) is no conflict.
    expect((await updateAnnotation(db, rec.id, { note: 'A', tags: [] }, base)).ok).toBe(true);
    // Another tab's edit from the same starting point would overwrite A's: refused.
    expect(await updateAnnotation(db, rec.id, { note: 'B', tags: [] }, base)).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect((await db.annotations.get(rec.id))?.note).toBe('A');
  });

  it('answers a page with the stored note, or a readable refusal when it is gone', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const rec = sampleRecord({ note: 'kept' });
    await saveAnnotation(db, rec);
    const recolour = request({
      type: 'annotation:update',
      payload: { id: rec.id, changes: { colour: 'pink' } },
    });
    expect(await handleRequest(handlers, recolour)).toEqual({
      ok: true,
      value: { record: { ...rec, colour: 'pink', modified: expect.any(Number) } },
    });
    await deleteAnnotations(db, [rec.id]);
    // The reason is a UI string (the fake browser has no messages: the key stands for it).
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
    expect(await handleRequest(handlers, recolour)).toEqual({ ok: false, error: 'noteGone' });
    vi.restoreAllMocks();
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('background handlers', () => {
  it('write only after validation, and report storage failures as readable errors', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const rec = sampleRecord();
    const parsed = parseRequest({ type: 'annotation:save', payload: { record: rec } });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await handleRequest(handlers, parsed.request)).toEqual({ ok: true, value: { saved: true } });
    expect(await db.annotations.get(rec.id)).toEqual(rec);

    const full = makeHandlers(db, OWN_BLOBS);
    full['annotation:save'] = async () => {
      throw Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    };
    const reply = await handleRequest(full, parsed.request);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/Storage is full/);
  });
});

describe('importing a file (annotations:import-file)', () => {
  it("merges the file's records; a problem with the file comes back as it is, and nothing is written", async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const records = [sampleRecord(), sampleRecord()];
    expect(await handleRequest(handlers, request(importFileRequest(records)))).toEqual({
      ok: true,
      value: { added: 2, updated: 0, skipped: 0, ignored: 0 },
    });
    expect(await db.annotations.bulkGet(records.map((r) => r.id))).toEqual(records);
    const cut = {
      type: 'annotations:import-file',
      payload: { url: blobUrl('{"type": "AnnotationCollection",') },
    };
    // Said in the UI language (the fake browser has no messages: the key and its argument stand for it).
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      [key, ...[subs ?? []].flat()].join(': '),
    );
    expect(await handleRequest(handlers, request(cut))).toEqual({
      ok: false,
      error: expect.stringMatching(/^importNotJson: \S/),
    });
    vi.restoreAllMocks();
    expect(await db.annotations.count()).toBe(2);
  });

  it('imports the same way from the text itself (when the background cannot read the address)', async () => {
    const handlers = makeHandlers(db, OWN_BLOBS);
    const records = [sampleRecord(), sampleRecord()];
    const text = JSON.stringify(toAnnotationCollection(records, { generated: new Date(0) }));
    expect(
      await handleRequest(handlers, request({ type: 'annotations:import-file', payload: { text } })),
    ).toEqual({
      ok: true,
      value: { added: 2, updated: 0, skipped: 0, ignored: 0 },
    });
    expect(await db.annotations.bulkGet(records.map((r) => r.id))).toEqual(records);
    const cut = { type: 'annotations:import-file', payload: { text: text.slice(0, 40) } };
    // Said in the UI language (the fake browser has no messages: the key and its argument stand for it).
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      [key, ...[subs ?? []].flat()].join(': '),
    );
    expect(await handleRequest(handlers, request(cut))).toEqual({
      ok: false,
      error: expect.stringMatching(/^importNotJson: \S/),
    });
    vi.restoreAllMocks();
    expect(await db.annotations.count()).toBe(2);
  });

  it("refuses a blob: address that is not one of our pages' (a content script makes them in the page origin)", async () => {
    const handlers = makeHandlers(db, 'blob:chrome-extension://abc/');
    expect(await handleRequest(handlers, request(importFileRequest([sampleRecord()])))).toEqual({
      ok: false,
      error: 'the file must be chosen in a PolicyMark page',
    });
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('sender check', () => {
  const origin = 'chrome-extension://abc';
  it('tells our pages and our content scripts apart, and accepts nobody else', () => {
    expect(senderKind({ id: 'abc', url: `${origin}/popup.html` }, 'abc', origin)).toBe('page');
    const content = { id: 'abc', url: 'https://finance.sina.com.cn/x', tab: { id: 1 } as never };
    expect(senderKind(content, 'abc', origin)).toBe('content-script');
    expect(senderKind({ id: 'other', url: `${origin}/popup.html` }, 'abc', origin)).toBe(null);
    expect(senderKind({ id: 'abc', url: 'https://evil.example/' }, 'abc', origin)).toBe(null);
    expect(senderKind({ id: 'abc', url: 'file:///x', tab: { id: 1 } as never }, 'abc', origin)).toBe(null);
    // Another origin that merely starts with ours.
    expect(senderKind({ id: 'abc', url: `${origin}d/popup.html` }, 'abc', origin)).toBe(null);
  });

  it("lets content scripts send exactly the request types the content script's code sends", () => {
    const dir = join(import.meta.dirname, '../../../entrypoints/content');
    const sent = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue;
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/sendRequest\(\s*'([^']+)'/g))
        sent.add(m[1] as string);
    }
    expect([...sent].sort()).toEqual([
      'annotation:delete',
      'annotation:save',
      'annotation:update',
      'annotations:for-page',
      'annotations:placed',
      'page:seen',
      'script:load',
      'text:simplify',
      'ui:load',
    ]);
    for (const type of Object.keys(requestSchemas) as RequestType[]) {
      expect(mayRequest('page', type)).toBe(true);
      expect(mayRequest('content-script', type), type).toBe(sent.has(type));
    }
  });
});
