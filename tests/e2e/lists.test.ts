/**
 * The popup's and the library's lists in real Chromium with the built extension: Undo of deletes (many,
 * large, in a row, from the popup), editing a note from the keyboard without rewriting what was not
 * edited, search across Traditional and simplified characters and quotation marks, and the counts.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { AnnotationRecord } from '../../lib/annotation';
import { toAnnotationCollection } from '../../lib/export';
import { sampleRecord } from '../unit/sample-record';
import { launch, openLibrary, openPopup, type Session } from './harness';
import { readTable } from './lib-robust';

const uuid = (i: number): string => `3c5f39cb-3ab2-42e3-994a-${i.toString(16).padStart(12, '0')}`;
const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });

/** Import `records` through the library's Import button (the way a reader brings notes in). */
async function importRecords(library: Page, records: AnnotationRecord[]): Promise<void> {
  const file = join(tmpdir(), `pm-lists-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(toAnnotationCollection(records, { generated: new Date(0) })));
  await library.locator('input[type=file]').setInputFiles(file);
  await library
    .getByRole('status')
    .filter({ hasText: `Imported: ${records.length} added` })
    .waitFor();
}

/** What has keyboard focus in `page`: tag, then data-id or accessible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return 'none';
    return `${a.tagName} ${a.getAttribute('data-id') ?? a.getAttribute('aria-label') ?? a.textContent?.slice(0, 30)}`;
  });
}

describe('lists: undo, keyboard editing, search, counts', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  afterEach(async () => {
    // Each test starts from an empty database and no open pages of ours.
    for (const p of s.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policymark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('annotations', 'readwrite');
            tx.objectStore('annotations').clear();
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.close();
  });
  after(async () => {
    await s.close();
  });

  it('library: Undo of a delete too big for one message (over 64 MiB) brings every note back, a chunk at a time; a refused chunk is kept with a status that counts it', async () => {
    // 1,500 notes of 48,000 characters (~72 MB of JSON): more than Chrome carries in one message.
    const N = 1_500;
    const L = 48_000;
    const library = await openLibrary(s);
    await library.getByRole('heading', { name: 'Library' }).waitFor();
    // Written straight into the database: an import that big takes minutes, and the delete and Undo are
    // what is tested. One note the background refuses (a colour it does not know) stands for a request
    // that fails.
    const template = sampleRecord({ note: 'x'.repeat(L) });
    const written = await library.evaluate(
      ({ template, n, bad }) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('policymark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('annotations', 'readwrite');
            const store = tx.objectStore('annotations');
            for (let i = 0; i < n; i++) {
              const id = `4d6a4adc-4bc3-43f4-a05b-${i.toString(16).padStart(12, '0')}`;
              store.put({
                ...template,
                id,
                url: `https://finance.sina.com.cn/x/a${i % 300}.shtml`,
                note: `long analysis ${i} ${template.note}`,
                colour: i === bad ? 'ultraviolet' : template.colour,
                created: template.created + i,
                modified: template.modified + i,
              });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve(n);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { template, n: N, bad: 700 },
    );
    assert.equal(written, N);
    await library.reload();
    await library.getByRole('button', { name: `Delete all ${N}…` }).click();
    await library.getByRole('button', { name: 'Yes, delete' }).click();
    await library.getByText(`${N} deleted.`).waitFor({ timeout: 60000 });
    assert.equal(await rowCount(library), 0);

    await library.getByRole('button', { name: 'Undo' }).click();
    const partial = library.locator('.undo').filter({ hasText: /Restored \d+ of \d+ notes/ });
    await partial.waitFor({ timeout: 60000 });
    const text = (await partial.textContent()) ?? '';
    const [, restored, total, left] = text.match(/Restored (\d+) of (\d+) notes; (\d+) not restored/) ?? [];
    assert.equal(Number(total), N, text);
    assert.equal(Number(restored) + Number(left), N, text);
    // Only the chunk with the refused note is left (at most 8 MB of notes), every other chunk is back.
    assert.ok(Number(left) > 0 && Number(left) <= 8_000_000 / L, text);
    assert.equal(await rowCount(library), Number(restored));
    assert.match(text, /Undo again to retry/);

    // Undo again sends what is left (still refused here), and nothing is lost or doubled.
    await library.getByRole('button', { name: 'Undo' }).click();
    await library
      .locator('.undo')
      .filter({ hasText: `Restored 0 of ${left} notes; ${left} not restored` })
      .waitFor({ timeout: 60000 });
    assert.equal(await rowCount(library), Number(restored));
    await library.close();
  });

  it('library: deletes made while the Undo bar is shown add up, and Undo brings all of them back', async () => {
    const records = [1, 2, 3].map((i) => sampleRecord({ id: uuid(i), note: `note ${i}` }));
    const library = await openLibrary(s);
    await importRecords(library, records);
    await library
      .locator(`li.note[data-id="${uuid(1)}"]`)
      .getByRole('button', { name: 'Delete' })
      .click();
    await library.locator('.undo').filter({ hasText: '1 deleted.' }).waitFor();
    await library
      .locator(`li.note[data-id="${uuid(2)}"]`)
      .getByRole('button', { name: 'Delete' })
      .click();
    await library.locator('.undo').filter({ hasText: '2 deleted.' }).waitFor();
    assert.equal((await readTable(s)).length, 1);
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.locator('.undo').waitFor({ state: 'detached' });
    assert.deepEqual((await readTable(s)).map((r) => r.note).sort(), ['note 1', 'note 2', 'note 3']);
    // After an Undo, a new delete starts a new count.
    await library
      .locator(`li.note[data-id="${uuid(3)}"]`)
      .getByRole('button', { name: 'Delete' })
      .click();
    await library.locator('.undo').filter({ hasText: '1 deleted.' }).waitFor();
    // "Delete all…" from the keyboard: Cancel gives focus back to it, Yes to the view (never the body).
    const all = library.getByRole('button', { name: /^Delete all 2/ });
    await all.focus();
    await library.keyboard.press('Enter');
    await library.getByRole('button', { name: 'Cancel' }).focus();
    await library.keyboard.press('Enter');
    await library.waitForFunction(() => document.activeElement?.textContent?.startsWith('Delete all'));
    await library.keyboard.press('Enter');
    await library.getByRole('button', { name: 'Yes, delete' }).focus();
    await library.keyboard.press('Enter');
    await library.locator('.undo').filter({ hasText: '3 deleted.' }).waitFor();
    await library.waitForFunction(() => document.activeElement?.tagName === 'MAIN');
    await library.close();
  });

  it('library: Undo of "Delete all" puts back a note as it was stored at the delete, with an edit made after the library read it', async () => {
    const library = await openLibrary(s);
    await importRecords(library, [sampleRecord({ id: uuid(1), note: 'first draft', tags: [] })]);
    // "Delete all 1…" reads the notes and asks; meanwhile the note is edited elsewhere (the request an
    // article tab's note card sends).
    await library.getByRole('button', { name: 'Delete all 1…' }).click();
    await library.getByRole('button', { name: 'Yes, delete' }).waitFor();
    const edited = await library.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({
          type: 'annotation:update',
          payload: {
            id,
            changes: { note: 'final text, written after' },
            base: { note: 'first draft', tags: [] },
          },
        }),
      uuid(1),
    );
    assert.equal((edited as { ok: boolean }).ok, true, JSON.stringify(edited));
    await library.getByRole('button', { name: 'Yes, delete' }).click();
    await library.locator('.undo').filter({ hasText: '1 deleted.' }).waitFor();
    assert.equal((await readTable(s)).length, 0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.locator('.undo').waitFor({ state: 'detached' });
    assert.deepEqual(
      (await readTable(s)).map((r) => r.note),
      ['final text, written after'],
    );
    await library.close();
  });

  it('popup: Delete offers Undo, and keyboard focus moves to the next note (or the view), never to the body', async () => {
    const records = [1, 2, 3].map((i) =>
      sampleRecord({ id: uuid(i), note: `popup note ${i}`, modified: 1_800_000_000_000 - i }),
    );
    const library = await openLibrary(s);
    await importRecords(library, records);
    await library.close();
    const popup = await openPopup(s);
    const list = popup.getByRole('list', { name: 'Recent notes' });
    await list.getByText('popup note 3').waitFor();
    // Newest modified first: note 1, note 2, note 3. Delete note 2 from the keyboard.
    await list
      .locator(`li.note[data-id="${uuid(2)}"]`)
      .getByRole('button', { name: 'Delete' })
      .focus();
    await popup.keyboard.press('Enter');
    await list.getByText('popup note 2').waitFor({ state: 'detached' });
    await popup.locator('.undo').filter({ hasText: '1 deleted.' }).waitFor();
    assert.equal(await focused(popup), `LI ${uuid(3)}`);
    // The last note of the list: focus goes to the one before it.
    await list
      .locator(`li.note[data-id="${uuid(3)}"]`)
      .getByRole('button', { name: 'Delete' })
      .focus();
    await popup.keyboard.press('Enter');
    await list.getByText('popup note 3').waitFor({ state: 'detached' });
    assert.equal(await focused(popup), `LI ${uuid(1)}`);
    await popup.locator('.undo').filter({ hasText: '2 deleted.' }).waitFor();
    // The only note left: focus goes to the view itself.
    await list
      .locator(`li.note[data-id="${uuid(1)}"]`)
      .getByRole('button', { name: 'Delete' })
      .focus();
    await popup.keyboard.press('Enter');
    await list.getByText('popup note 1').waitFor({ state: 'detached' });
    assert.match(await focused(popup), /^MAIN /);
    assert.equal((await readTable(s)).length, 0);
    // Undo from the keyboard: every note is back, and focus goes to the view when the bar goes.
    await popup.getByRole('button', { name: 'Undo' }).focus();
    await popup.keyboard.press('Enter');
    await list.getByText('popup note 1').waitFor();
    await list.getByText('popup note 3').waitFor();
    await popup.locator('.undo').waitFor({ state: 'detached' });
    assert.match(await focused(popup), /^MAIN /);
    assert.equal((await readTable(s)).length, 3);
    await popup.close();
    assert.deepEqual(s.errors, []);
  });

  it('library and popup: editing only the note keeps the tags exactly, editing only the tags keeps the note exactly', async () => {
    const tags = ['Smith, John', '#hashtag', 'a;b', '财政；货币'];
    const note = '  indented first line\nsecond line\n';
    const library = await openLibrary(s);
    await importRecords(library, [
      sampleRecord({ id: uuid(1), note, tags }),
      sampleRecord({ id: uuid(2), note, tags }),
    ]);
    const stored = async (id: string) => (await readTable(s)).find((r) => r.id === id);
    // Only the note: the tags as they were (not split on , ; ，； nor stripped of #).
    const item = library.locator(`li.note[data-id="${uuid(1)}"]`);
    await item.getByRole('button', { name: 'Edit note' }).click();
    const box = item.getByRole('textbox', { name: 'Note' });
    await box.fill(`${await box.inputValue()}added`);
    await item.getByRole('button', { name: 'Save' }).click();
    await box.waitFor({ state: 'detached' });
    assert.deepEqual((await stored(uuid(1)))?.tags, tags);
    assert.equal((await stored(uuid(1)))?.note, 'indented first line\nsecond line\nadded');
    await library.close();

    // Only the tags (in the popup this time): the note keeps its indentation; the tags are read as typed.
    const popup = await openPopup(s);
    const inPopup = popup
      .getByRole('list', { name: 'Recent notes' })
      .locator(`li.note[data-id="${uuid(2)}"]`);
    await inPopup.getByRole('button', { name: 'Edit note' }).click();
    const tagBox = inPopup.getByRole('textbox', { name: 'Tags' });
    await tagBox.fill(`${await tagBox.inputValue()}, 新增`);
    await inPopup.getByRole('button', { name: 'Save' }).click();
    await tagBox.waitFor({ state: 'detached' });
    assert.equal((await stored(uuid(2)))?.note, note);
    assert.deepEqual((await stored(uuid(2)))?.tags, [
      'Smith',
      'John',
      'hashtag',
      'a',
      'b',
      '财政',
      '货币',
      '新增',
    ]);

    // Too many tags: said as the page's card says it, the draft kept and nothing written.
    const before = await stored(uuid(2));
    await inPopup.getByRole('button', { name: 'Edit note' }).click();
    await tagBox.fill(Array.from({ length: 51 }, (_, i) => `t${i}`).join(', '));
    await inPopup.getByRole('button', { name: 'Save' }).click();
    await inPopup.getByRole('alert').filter({ hasText: 'Too many tags: at most 50.' }).waitFor();
    assert.deepEqual(await stored(uuid(2)), before);
    await inPopup.getByRole('button', { name: 'Cancel' }).click();
    await tagBox.waitFor({ state: 'detached' });

    // Nothing edited: Save writes nothing (the modified time stays).
    const modified = (await stored(uuid(2)))?.modified;
    await inPopup.getByRole('button', { name: 'Edit note' }).click();
    await inPopup.getByRole('button', { name: 'Save' }).click();
    await tagBox.waitFor({ state: 'detached' });
    assert.equal((await stored(uuid(2)))?.modified, modified);
    await popup.close();
  });

  it('library: a note edited from the keyboard: focus in the note box, Escape cancels, Ctrl+Enter and ⌘+Enter save, focus back on Edit note', async () => {
    const library = await openLibrary(s);
    await importRecords(library, [
      sampleRecord({ id: uuid(1), note: 'original' }),
      sampleRecord({ id: uuid(2), note: 'other' }),
    ]);
    const item = library.locator(`li.note[data-id="${uuid(1)}"]`);
    const edit = item.getByRole('button', { name: 'Edit note' });
    await edit.focus();
    await library.keyboard.press('Enter');
    await item.getByRole('textbox', { name: 'Note' }).waitFor();
    assert.equal(await focused(library), 'TEXTAREA Note');
    await library.keyboard.type(' cancelled');
    await library.keyboard.press('Escape');
    await item.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    assert.equal(await focused(library), 'BUTTON Edit note');
    assert.equal((await readTable(s)).find((r) => r.id === uuid(1))?.note, 'original');

    // Ctrl+Enter, then ⌘+Enter: each saves and gives focus back to Edit note.
    let expected = 'original';
    for (const [keys, added] of [
      ['Control+Enter', ' changed'],
      ['Meta+Enter', ' again'],
    ] as const) {
      expected += added;
      await library.keyboard.press('Enter');
      await item.getByRole('textbox', { name: 'Note' }).waitFor();
      await library.keyboard.press('End');
      await library.keyboard.type(added);
      await library.keyboard.press(keys);
      await item.getByText(expected).waitFor();
      assert.equal(await focused(library), 'BUTTON Edit note');
      assert.equal((await readTable(s)).find((r) => r.id === uuid(1))?.note, expected);
    }
    // Save with the button: focus back on Edit note too.
    await library.keyboard.press('Enter');
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    assert.equal(await focused(library), 'BUTTON Edit note');
    await library.close();
  });

  it('search: Traditional and simplified characters and straight and curly quotes find each other; the popup says when nothing matches', async () => {
    const library = await openLibrary(s);
    await importRecords(library, [
      sampleRecord({
        id: uuid(1),
        quote: quote('穩增長、擴內需，深化經濟體制改革'),
        pageTitle: '香港經濟日報',
        url: 'https://www.hket.com/article/1.html',
        site: 'www.hket.com',
      }),
      sampleRecord({ id: uuid(2), quote: quote('深入实施“人工智能+”行动'), note: 'AI plus' }),
      sampleRecord({ id: uuid(3), quote: quote('GDP增长5.0%左右'), note: '目标' }),
    ]);
    const cases: Array<[string, string]> = [
      ['经济', uuid(1)],
      ['經濟', uuid(1)],
      ['稳增长', uuid(1)],
      ['“人工智能+”', uuid(2)],
      ['"人工智能+"', uuid(2)],
      ['人工智能＋', uuid(2)],
      ['５．０％', uuid(3)],
    ];
    const shown = () =>
      library.$$eval('.article .notes > li.note', (els) => els.map((el) => el.getAttribute('data-id')));
    for (const [q, id] of cases) {
      await library.getByRole('searchbox', { name: 'Search notes' }).fill(q);
      await library.getByRole('status').filter({ hasText: '1 of 3 notes' }).waitFor();
      assert.deepEqual(await shown(), [id], q);
    }
    await library.close();

    const popup = await openPopup(s);
    const list = popup.getByRole('list', { name: 'Recent notes' });
    await list.locator('li.note').nth(2).waitFor();
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('經濟');
    await popup.waitForFunction(
      () => document.querySelectorAll('[aria-label="Recent notes"] li.note').length === 1,
    );
    assert.equal(await popup.getByText('No notes match.').count(), 0);
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('没有这个词');
    await popup.getByRole('status').filter({ hasText: 'No notes match.' }).waitFor();
    assert.equal(await list.locator('li.note').count(), 0);
    await popup.close();
  });

  it('library: the first page shows the 200 newest notes; search, counts and Delete all cover every note, and the list stays live', async () => {
    // More notes than the first page (PAGE_SIZE, 200); the oldest ones hold a word the newest do not.
    const N = 450;
    const records = Array.from({ length: N }, (_, i) =>
      sampleRecord({
        id: uuid(i + 1),
        created: 1_700_000_000_000 + i * 1000,
        modified: 1_700_000_000_000 + i * 1000,
        note: i < 20 ? `oldword ${i}` : `n${i}`,
      }),
    );
    const library = await openLibrary(s);
    await importRecords(library, records);
    // What the page shows when its first 200 notes appear, before the count is read: nothing the reader
    // reaches for may move after that (a control moving under the pointer takes the click elsewhere).
    await library.addInitScript(() => {
      const w = window as unknown as { __pmFirst?: { more: boolean; exportTop: number; listTop: number } };
      const seen = new MutationObserver(() => {
        if (w.__pmFirst || document.querySelectorAll('section.article li.note').length < 200) return;
        w.__pmFirst = {
          more: [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show more'),
          exportTop: document.querySelector('.export-bar')?.getBoundingClientRect().top ?? -1,
          listTop: document.querySelector('section.article')?.getBoundingClientRect().top ?? -1,
        };
        seen.disconnect();
      });
      document.addEventListener('DOMContentLoaded', () =>
        seen.observe(document.body, { childList: true, subtree: true }),
      );
    });
    await library.reload();
    const items = library.locator('section.article li.note');
    await library
      .getByRole('status')
      .filter({ hasText: `${N} of ${N} notes` })
      .waitFor();
    assert.equal(await items.count(), 200);
    const first = await library.evaluate(
      () =>
        (window as unknown as { __pmFirst?: { more: boolean; exportTop: number; listTop: number } })
          .__pmFirst,
    );
    const now = await library.evaluate(() => ({
      exportTop: document.querySelector('.export-bar')?.getBoundingClientRect().top ?? -1,
      listTop: document.querySelector('section.article')?.getBoundingClientRect().top ?? -1,
    }));
    // "Show more" came with the list, and the count's arrival moved neither the export bar nor the list.
    assert.deepEqual(first, { more: true, ...now });
    // Newest first: the first item is the last created.
    assert.equal(await items.first().getAttribute('data-id'), uuid(N));
    assert.equal(await library.getByRole('button', { name: `Delete all ${N}…` }).count(), 1);
    // Search reads every note, not only the first page.
    await library.getByRole('searchbox', { name: 'Search notes' }).fill('oldword');
    await library
      .getByRole('status')
      .filter({ hasText: `20 of ${N} notes` })
      .waitFor();
    assert.equal(await items.count(), 20);
    await library.getByRole('searchbox', { name: 'Search notes' }).fill('');
    await library
      .getByRole('status')
      .filter({ hasText: `${N} of ${N} notes` })
      .waitFor();
    // The list is live: a note imported now shows at the top.
    const newer = sampleRecord({ id: uuid(N + 1), created: 1_800_000_000_000, modified: 1_800_000_000_000 });
    await importRecords(library, [newer]);
    await library
      .getByRole('status')
      .filter({ hasText: `${N + 1} of ${N + 1} notes` })
      .waitFor();
    await library.waitForFunction(
      (id) => document.querySelector('section.article li.note')?.getAttribute('data-id') === id,
      newer.id,
    );
    assert.equal(await items.count(), 200);
    await library.close();
  });

  it('library: no count is shown before the count is read ("0 of 0 notes" never stands over a list of notes)', async () => {
    const library = await openLibrary(s);
    await importRecords(
      library,
      Array.from({ length: 30 }, (_, i) => sampleRecord({ id: uuid(i + 1), note: `n${i}` })),
    );
    await library.close();
    const page = await s.context.newPage();
    // Every state of the status line while the page opens, with how many notes were listed then.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const observer = new MutationObserver(() => {
        const status = document.querySelector('main > p[role=status]')?.textContent ?? null;
        const state = `${document.querySelectorAll('li.note').length} listed, status ${JSON.stringify(status)}`;
        if (seen.at(-1) !== state) seen.push(state);
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`chrome-extension://${s.extensionId}/library.html`);
    await page.getByRole('status').filter({ hasText: '30 of 30 notes' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.deepEqual(
      seen.filter((x) => /^[1-9]\d* listed/.test(x) && !/"(30 of 30 notes|)"$/.test(x)),
      [],
      seen.join('\n'),
    );
    await page.close();
  });
});

/** Rows in the annotations table, counted in `page` (an extension page). */
function rowCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('policymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('annotations').objectStore('annotations').count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
