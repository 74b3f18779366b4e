/**
 * "Nothing lost" — storage limits. When IndexedDB refuses a write (quota exceeded) the reader sees
 * why, where they acted, and the draft stays in the card until it is saved; when the browser's
 * storage is cleared under the extension, the next save still lands (or says it did not).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fixture, launch, openFixture, type Session, selectText, uiEvaluate } from './harness';
import { currentWorker, readTable } from './lib-robust';

const SINA = fixture('zh-sina-composite-miit-app');

/** Make every IndexedDB write in the service worker throw QuotaExceededError (until `restoreWrites`). */
async function fillQuota(s: Session): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate(() => {
    const g = self as unknown as { __put?: unknown; __add?: unknown };
    g.__put = IDBObjectStore.prototype.put;
    g.__add = IDBObjectStore.prototype.add;
    // No named helpers in here: the test runner's transform would reference a missing __name.
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = IDBObjectStore.prototype.put;
  });
}

async function restoreWrites(s: Session): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate(() => {
    const g = self as unknown as { __put?: IDBObjectStore['put']; __add?: IDBObjectStore['add'] };
    if (g.__put) IDBObjectStore.prototype.put = g.__put;
    if (g.__add) IDBObjectStore.prototype.add = g.__add;
  });
}

describe('storage limits', () => {
  let s: Session;
  let page: Page;
  before(async () => {
    s = await launch();
    page = await openFixture(s, SINA);
  });
  after(async () => {
    await s.close();
  });

  it('a full disk: the card says why, keeps the note and tags, and saves once when space is back', async () => {
    await fillQuota(s);
    const note = '配额测试：keep me';
    await selectText(page, '#artibody', '强化关键责任链监管');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.getByRole('textbox', { name: 'Tags' }).fill('quota, test');
    await page.getByRole('button', { name: 'Save' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    const message = (await alert.textContent()) ?? '';
    assert.match(message, /storage is full/i);
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), note);
    assert.equal(await page.getByRole('textbox', { name: 'Tags' }).inputValue(), 'quota, test');
    assert.deepEqual(await readTable(s), []);
    assert.equal(
      await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-'))),
      false,
    );

    await restoreWrites(s);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached', timeout: 15000 });
    const rows = await readTable(s);
    assert.equal(rows.filter((r) => r.note === note).length, 1);
    assert.deepEqual(rows.find((r) => r.note === note)?.tags, ['quota', 'test']);
  });

  it('a full disk on a one-click Highlight: the reader is told, nothing is painted as saved', async () => {
    await fillQuota(s);
    const before = (await readTable(s)).length;
    await selectText(page, '#artibody', '上半年工业经济持续稳定恢复');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    // The message must be in the page and visible where the reader acted.
    const toast = () =>
      uiEvaluate(page, '[role="status"]', (el) => {
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          visibility: getComputedStyle(el).visibility,
          inView: box.width > 0 && box.bottom > 0 && box.top < innerHeight,
        };
      });
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline && !(await toast())) await page.waitForTimeout(100);
    const shown = await toast();
    assert.match(shown?.text ?? '', /storage is full/i, 'a message says why the highlight was not saved');
    assert.deepEqual(
      { visibility: shown?.visibility, inView: shown?.inView },
      { visibility: 'visible', inView: true },
      'the message can be seen',
    );
    assert.equal((await readTable(s)).length, before);
    await restoreWrites(s);
  });

  it('storage cleared under the extension: the next save lands in a fresh database', async () => {
    const settings = await s.context.newPage();
    await settings.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const outcome = await settings.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.deleteDatabase('policymark');
          req.onsuccess = () => resolve('deleted');
          req.onerror = () => resolve('error');
          req.onblocked = () => resolve('blocked');
        }),
    );
    await settings.close();
    assert.equal(outcome, 'deleted');
    assert.deepEqual(await readTable(s), []);

    const note = 'after the wipe';
    await page.bringToFront();
    await selectText(page, '#artibody', '汽车“缺芯”');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.getByRole('button', { name: 'Save' }).click();
    const closed = page
      .getByRole('textbox', { name: 'Note' })
      .waitFor({ state: 'detached', timeout: 15000 })
      .then(() => 'saved')
      .catch(() => 'timeout');
    const refused = page
      .getByRole('alert')
      .waitFor({ timeout: 15000 })
      .then(async () => `refused: ${await page.getByRole('alert').textContent()}`)
      .catch(() => 'timeout');
    // The background's database connection closes when another context deletes the database, and
    // Dexie opens a fresh one for the next request: the save must land, not merely be explained.
    assert.equal(await Promise.race([closed, refused]), 'saved');
    const rows = await readTable(s);
    assert.deepEqual(
      rows.map((r) => r.note),
      [note],
    );
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
