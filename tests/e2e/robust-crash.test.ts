/**
 * "Nothing lost" — crashes and concurrency. The service worker is stopped while idle, killed in
 * the middle of a save (before and after the write committed, with the reply lost), and five tabs
 * save at once (also while the worker is being stopped). Saves are retried by the content script
 * with the id it made, so the database ends with every note exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fixture, launch, openFixture, type Session, selectText, uiEvaluate } from './harness';
import {
  currentWorker,
  readTable,
  stopServiceWorkers,
  userHighlights,
  watchWorkerErrors,
} from './lib-robust';

const SINA = fixture('zh-sina-composite-miit-app');
/** Distinct quotes of the composite page's article (#artibody). */
const QUOTES = ['强化关键责任链监管', '上半年工业经济持续稳定恢复', '汽车“缺芯”', '疫苗产能', 'APP治理'];
/** More quotes, not yet highlighted when the second burst of saves runs. */
const MORE_QUOTES = [
  '工业生产较快增长',
  '主要指标增势平稳',
  '增长面达到九成以上',
  '市场主体进一步恢复元气',
  '营业收入利润率',
];

/** Select `quote`, open the note card and type `note` (not saved yet). */
async function draftNote(page: Page, quote: string, note: string): Promise<void> {
  await page.bringToFront();
  await selectText(page, '#artibody', quote);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
}

/** Wait until the note card closed (saved); on failure say what the card shows. */
async function savedCardClosed(page: Page): Promise<void> {
  try {
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached', timeout: 20000 });
  } catch {
    const card = (await uiEvaluate(page, 'form', (form) => form.textContent)) ?? 'no card';
    const saving = await page.getByRole('button', { name: 'Save' }).isDisabled();
    throw new Error(
      `the note card is still open (Save ${saving ? 'disabled: still saving' : 'enabled'}): ${card}`,
    );
  }
}

/** Notes stored per text, to assert "exactly once". */
async function notesByText(s: Session): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await readTable(s)) out[r.note] = (out[r.note] ?? 0) + 1;
  return out;
}

/**
 * In the service worker: after the next `put`, freeze the worker (a busy loop) so it never replies
 * — right after the write committed (`after-commit`) or before the transaction could commit.
 */
async function freezeOnNextPut(s: Session, when: 'after-commit' | 'before-commit'): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate((moment) => {
    const g = self as unknown as { __frozen?: boolean };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const req = put.apply(this, args);
      if (!g.__frozen) {
        g.__frozen = true;
        // No named helpers in here: the test runner's transform would reference a missing __name.
        req.addEventListener('success', () => {
          if (moment !== 'before-commit') return;
          for (const t = Date.now(); Date.now() - t < 120_000; ) {
            // a crashed or wedged worker: no reply will come
          }
        });
        req.transaction?.addEventListener('complete', () => {
          if (moment !== 'after-commit') return;
          for (const t = Date.now(); Date.now() - t < 120_000; ) {
            // the write is stored, but no reply will come
          }
        });
      }
      return req;
    };
  }, when);
}

describe('crashes and concurrency', () => {
  let s: Session;
  let workerErrors: string[];
  before(async () => {
    s = await launch();
    workerErrors = watchWorkerErrors(s);
  });
  after(async () => {
    await s.close();
  });

  it('a save after the service worker was stopped (asleep) wakes it and is stored once', async () => {
    const page = await openFixture(s, SINA);
    await stopServiceWorkers(s.context, page);
    await draftNote(page, QUOTES[0] as string, 'after sleep');
    await page.getByRole('button', { name: 'Save' }).click();
    await savedCardClosed(page);
    assert.equal((await notesByText(s))['after sleep'], 1);
    await page.close();
  });

  for (const when of ['after-commit', 'before-commit'] as const) {
    it(`the worker dies mid-save (${when}, reply lost): the retry stores the note exactly once`, async () => {
      const page = await openFixture(s, SINA);
      await freezeOnNextPut(s, when);
      const note = `crash ${when}`;
      await draftNote(page, QUOTES[1] as string, note);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForTimeout(300); // the first attempt reaches the frozen worker
      await stopServiceWorkers(s.context, page);
      await savedCardClosed(page);
      // The note was written by a fresh worker (no freeze patch), or by the first one and replaced.
      const fresh = await currentWorker(s);
      assert.equal(
        await fresh.evaluate(() => (self as unknown as { __frozen?: boolean }).__frozen ?? false),
        false,
      );
      assert.equal((await notesByText(s))[note], 1);
      assert.equal(await page.getByRole('alert').count(), 0);
      await page.close();
    });
  }

  it('five tabs saving at the same time lose nothing', async () => {
    const pages = await Promise.all(QUOTES.map(() => openFixture(s, SINA)));
    for (const [i, page] of pages.entries()) await draftNote(page, QUOTES[i] as string, `tab ${i}`);
    await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Save' }).click()));
    await Promise.all(pages.map(savedCardClosed));
    const notes = await notesByText(s);
    for (let i = 0; i < pages.length; i++) assert.equal(notes[`tab ${i}`], 1, JSON.stringify(notes));
    await Promise.all(pages.map((p) => p.close()));
  });

  it('five tabs saving while the worker is being stopped lose nothing and duplicate nothing', async () => {
    const pages = await Promise.all(MORE_QUOTES.map(() => openFixture(s, SINA)));
    for (const [i, page] of pages.entries()) await draftNote(page, MORE_QUOTES[i] as string, `storm ${i}`);
    await Promise.all([
      ...pages.map((page) => page.getByRole('button', { name: 'Save' }).click()),
      stopServiceWorkers(s.context, pages[0] as Page),
    ]);
    await stopServiceWorkers(s.context, pages[0] as Page);
    await Promise.all(pages.map(savedCardClosed));
    const notes = await notesByText(s);
    for (let i = 0; i < pages.length; i++) assert.equal(notes[`storm ${i}`], 1, JSON.stringify(notes));
    // And every page paints its own note, once. The other tabs' notes of this storm arrive when the
    // background tells it they changed (tab:changed), unless the worker was stopped between a write and
    // that message; then on the page's next load. None is ever painted twice.
    for (const [i, page] of pages.entries()) {
      const storm = (await userHighlights(page)).filter((q) => MORE_QUOTES.includes(q));
      assert.ok(storm.includes(MORE_QUOTES[i] as string), JSON.stringify(storm));
      assert.equal(new Set(storm).size, storm.length, JSON.stringify(storm));
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  it('no note was stored twice (a retried save keeps its id, so it cannot add a second row)', async () => {
    const rows = await readTable(s);
    const keys = rows.map((r) => JSON.stringify([r.url, r.quote.exact, r.note]));
    assert.ok(rows.length >= QUOTES.length + MORE_QUOTES.length, `${rows.length} rows`);
    assert.equal(new Set(keys).size, keys.length, JSON.stringify(keys));
  });

  it('reports no console errors from the extension (pages and worker)', () => {
    assert.deepEqual(s.errors, []);
    assert.deepEqual(workerErrors, []);
  });
});
