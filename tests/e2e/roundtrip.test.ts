/**
 * Export → delete all → import → export gives the same W3C Web Annotation
 * JSON (up to ordering), through the real buttons: a download in real Chromium,
 * then the same file uploaded with "Import". A broken file is refused with a
 * message naming the problem, and nothing changes.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  fixture,
  launch,
  openFixture,
  openLibrary,
  openPopup,
  type Session,
  selectText,
  waitForHighlights,
} from './harness';

async function exportJson(
  popup: Page,
): Promise<{ path: string; json: { first?: { items: Array<{ id: string }> } } }> {
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const path = join(tmpdir(), `pm-export-${Date.now()}.json`);
  await download.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

/** The collection's annotations keyed by id, without the collection's own generation data. */
function items(json: { first?: { items: Array<{ id: string }> } }): Record<string, unknown> {
  return Object.fromEntries((json.first?.items ?? []).map((a) => [a.id, a]));
}

/** Imports `file` (a path, or JSON to send as a file) in one of our pages and waits for its status text. */
async function importFile(
  view: Page,
  file: string | { name: string; json: unknown },
  status: string,
): Promise<void> {
  await view
    .locator('input[type=file]')
    .setInputFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file.json)) },
    );
  await view.getByRole('status').filter({ hasText: status }).waitFor();
}

describe('export and import round trip', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  it('export → delete all → import → export gives the same annotations', async () => {
    const page = await openFixture(s, fixture('zh-people-henan-20240510'));
    const notes: Array<[string, string, string]> = [
      ['向良田要产量', 'yield, "quoted", comma', '粮食, 耕地'],
      ['一是', '', ''],
      ['河南', 'multi\nline <b>html</b>', 'x'],
    ];
    for (const [quote, note, tags] of notes) {
      await selectText(page, '.rm_txt_con', quote);
      if (note) {
        await page.getByRole('button', { name: 'Add note' }).click();
        await page.getByRole('textbox', { name: 'Note' }).fill(note);
        await page.getByRole('textbox', { name: 'Tags' }).fill(tags);
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
      } else {
        await page.getByRole('button', { name: 'Highlight', exact: true }).click();
      }
    }
    const popup = await openPopup(s, page);
    await popup.getByRole('list', { name: 'This page' }).locator('li.note').nth(2).waitFor();
    const first = await exportJson(popup);
    assert.equal(Object.keys(items(first.json)).length, 3);

    // A truncated file is refused and changes nothing.
    const broken = join(tmpdir(), `pm-broken-${Date.now()}.json`);
    writeFileSync(broken, readFileSync(first.path, 'utf8').slice(0, 400));
    await popup.locator('input[type=file]').first().setInputFiles(broken);
    await popup.getByRole('status').filter({ hasText: 'Import failed' }).waitFor();

    const library = await openLibrary(s);
    await library.locator('.article .notes > li.note').nth(2).waitFor();
    await library.getByRole('button', { name: 'Delete all 3…' }).click();
    await library.getByRole('button', { name: 'Yes, delete' }).click();
    await library
      .getByText('No notes yet', { exact: false })
      .or(library.getByText('0 of 0 notes'))
      .first()
      .waitFor();

    await importFile(library, first.path, 'Imported: 3 added, 0 updated, 0 skipped.');
    await library.locator('.article .notes > li.note').nth(2).waitFor();
    // Importing the same file again changes nothing.
    await importFile(library, first.path, 'Imported: 0 added, 0 updated, 3 skipped.');

    const second = await exportJson(library);
    assert.deepEqual(items(second.json), items(first.json));
    // The page still finds the imported notes.
    await page.reload();
    await waitForHighlights(page, 'policymark-user-yellow', 3);
    assert.deepEqual(s.errors, []);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
  it('an import whose blob: address the background cannot read is sent as text and still lands', async () => {
    // As in a Firefox private window or container: the page's blob: addresses are not the background's.
    const library = await openLibrary(s);
    await library.evaluate(() => {
      URL.createObjectURL = () => `blob:${location.origin}/00000000-0000-4000-8000-000000000000`;
    });
    const now = Date.now();
    const file = {
      type: 'AnnotationCollection',
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      total: 1,
      first: {
        type: 'AnnotationPage',
        items: [
          {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            id: 'urn:uuid:5d0c2a3e-8f1b-4c6d-9e2a-7b3c4d5e6f70',
            type: 'Annotation',
            created: new Date(now).toISOString(),
            modified: new Date(now).toISOString(),
            body: [{ type: 'TextualBody', value: 'sent as text', purpose: 'commenting' }],
            target: {
              source: 'https://www.theorychina.org.cn/c/2024-05-05/1499615.shtml',
              selector: [{ type: 'TextQuoteSelector', exact: '中国式现代化', prefix: '', suffix: '' }],
            },
          },
        ],
      },
    };
    await importFile(library, { name: 'one.json', json: file }, 'Imported: 1 added, 0 updated, 0 skipped.');
    await library.getByText('sent as text').first().waitFor();
    await library.close();
  });

  it('a Hypothesis export: page notes and replies are counted, and notes filed under a tracking address show on their page', async () => {
    const page = fixture('zh-sina-composite-miit-app').url;
    const time = '2024-05-01T10:00:00.000000+00:00';
    const note = (id: string, uri: string, exact: string, extra: object = {}) => ({
      id,
      uri,
      text: `note on ${exact}`,
      tags: [],
      created: time,
      updated: time,
      document: { title: ['工信部发布会'] },
      target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
      ...extra,
    });
    const file = {
      export_date: '2025-01-01T00:00:00.000Z',
      annotations: [
        note('hA', page, '工业生产较快增长'),
        note('hB', `${page}?from=wap&utm_source=weibo`, '市场投资信心不断增强'),
        note('hC', `${page}#p3`, '全面提升我国疫苗生产产能产量'),
        { ...note('hD', page, ''), target: [{ source: page }] },
        note('hE', page, '工业生产较快增长', { references: ['hA'] }),
      ],
    };
    const library = await openLibrary(s);
    await importFile(
      library,
      { name: 'hypothesis.json', json: file },
      'Imported: 3 added, 0 updated, 0 skipped. 2 not imported (page notes, replies or notes not on a web page).',
    );
    const tab = await openFixture(s, fixture('zh-sina-composite-miit-app'));
    await waitForHighlights(tab, 'policymark-user-yellow', 3);
    await Promise.all([library.close(), tab.close()]);
  });
});
