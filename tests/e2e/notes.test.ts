/**
 * Note-taking paths in real Chromium: colours (remembered), tags, edit, delete,
 * Escape, saving a detected directive, popup search and filters, open at
 * highlight, the library (bulk delete + undo, initiative index), and notes that
 * carry HTML or script payloads rendered as inert text.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { AnnotationRecord } from '../../lib/annotation';
import { toAnnotationCollection } from '../../lib/export';
import { sampleRecord } from '../unit/sample-record';
import {
  fixture,
  launch,
  openFixture,
  openLibrary,
  openPopup,
  pipelineRuns,
  type Session,
  selectText,
  textPoint,
  uiEvaluate,
  waitForHighlights,
  waitForPipeline,
} from './harness';
import { readTable, serveHtml } from './lib-robust';

const SINA = fixture('zh-sina-composite-miit-app');
const PEOPLE = fixture('zh-people-henan-20240510');
const GOV = fixture('zh-govcn-guobanfa-2019-6');

async function userHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('policymark-user-')) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

async function clickText(page: Page, selector: string, needle: string, clickCount = 1): Promise<void> {
  const point = await textPoint(page, selector, needle);
  await page.mouse.click(point.x, point.y, { clickCount });
}

/** Deletes a note straight from the database in one of our pages: the background and the tabs are not told. */
async function deleteBehindBack(ours: Page, id: string): Promise<void> {
  await ours.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          tx.objectStore('annotations').delete(key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
}

/** A Sina roll page whose article starts with a live-updates line; `addItem()` appends an item to it. */
const LIVE_URL = 'https://finance.sina.com.cn/roll/2024-05-01/doc-livexxxx.shtml';
const LIVE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>国常会部署稳就业_新浪财经</title></head><body>
<h1 class="main-title">国常会部署稳就业</h1><div id="artibody">
<p id="live">【滚动更新】</p>
<p>国务院常务会议部署稳就业措施。一是加大援企稳岗力度，延续实施阶段性降低失业保险费率政策。</p>
<p>二是拓宽就业渠道，支持多渠道灵活就业。三是强化职业技能培训，实施职业技能提升行动。</p>
<p id="last">会议强调，要压实地方责任，确保各项措施落地见效，切实兜牢民生底线。</p>
</div>
<script>
window.n = 0;
window.addItem = () => { document.getElementById('live').textContent += ' 10:0' + (++window.n) + ' 央行开展逆回购操作；'; };
</script></body></html>`;

/** A new tab on `url`, served `html` (the live page by default), once the content script's first run is done. */
async function openServed(s: Session, url: string, html = LIVE_HTML): Promise<Page> {
  await serveHtml(s.context, url, html);
  const page = await s.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForPipeline(page);
  return page;
}

describe('notes in real Chromium', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  it('colour: the chosen colour paints and is remembered for the next highlight', async () => {
    const page = await openFixture(s, SINA);
    await selectText(page, '#artibody', '工业生产较快增长');
    await page.getByRole('button', { name: 'Green' }).click();
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-green', 1);
    await selectText(page, '#artibody', '市场投资信心不断增强');
    assert.equal(await page.getByRole('button', { name: 'Yellow' }).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByRole('button', { name: 'Green' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-green', 2);
    assert.deepEqual((await userHighlights(page))['policymark-user-green']?.sort(), [
      '工业生产较快增长',
      '市场投资信心不断增强',
    ]);
    // Back to yellow for the other scenarios.
    await selectText(page, '#artibody', '比一季度加快了0.6个百分点');
    await page.getByRole('button', { name: 'Yellow' }).click();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it("a saved highlight's toolbar shows its own colour; its swatches recolour it and leave the next highlight's colour", async () => {
    const url = 'https://finance.sina.com.cn/roll/2024-05-02/doc-colourxxx.shtml';
    const page = await openServed(s, url);
    const pressed = () =>
      page.locator('policymark-ui').locator('button[aria-pressed=true]').getAttribute('aria-label');
    const colourOf = async (quote: string) =>
      (await readTable(s)).find((r) => r.url === url && r.quote.exact === quote)?.colour;
    await selectText(page, '#artibody', '延续实施阶段性降低失业保险费率政策');
    await page.getByRole('button', { name: 'Green' }).click();
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-green', 1);
    await selectText(page, '#artibody', '压实地方责任');
    await page.getByRole('button', { name: 'Yellow' }).click();
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);

    // The green note's toolbar: Green is its colour, and there is no "Highlight" to recolour it by mistake.
    await clickText(page, '#artibody', '延续实施阶段性降低失业保险费率政策');
    await page.getByRole('button', { name: 'Edit note' }).waitFor();
    assert.equal(await pressed(), 'Green');
    assert.equal(await page.getByRole('button', { name: 'Highlight', exact: true }).count(), 0);
    await page.getByRole('button', { name: 'Blue' }).click();
    await waitForHighlights(page, 'policymark-user-blue', 1);
    assert.equal(await colourOf('延续实施阶段性降低失业保险费率政策'), 'blue');
    assert.equal(await colourOf('压实地方责任'), 'yellow');
    // A new selection still offers the colour last chosen for a new highlight.
    await selectText(page, '#artibody', '拓宽就业渠道');
    assert.equal(await pressed(), 'Yellow');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('limits are said before anything is sent: a selection too long to quote, too many tags, a tag too long', async () => {
    const url = 'https://finance.sina.com.cn/roll/2024-05-03/doc-limitsxxx.shtml';
    const para =
      '<p>国务院常务会议部署稳就业措施，要求加大援企稳岗力度，延续实施阶段性降低失业保险费率政策，拓宽就业渠道。</p>';
    const page = await openServed(
      s,
      url,
      LIVE_HTML.replace('<p id="live">【滚动更新】</p>', para.repeat(250)),
    );
    // The whole article (over 12,000 characters), selected with the keyboard after a click.
    await page.evaluate(() => {
      const ps = document.querySelectorAll('#artibody p');
      const range = document.createRange();
      range.setStart(ps[0]?.firstChild as Node, 0);
      range.setEnd(ps[ps.length - 1]?.firstChild as Node, 5);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.press('Shift+ArrowRight');
    const toast = page.locator('policymark-ui').getByRole('status');
    await toast
      .getByText('This selection is too long to highlight: a note quotes at most 10,000 characters.')
      .waitFor();
    assert.equal(await page.getByRole('toolbar').count(), 0);

    const saved = async () => (await readTable(s)).filter((r) => r.url === url).length;
    await selectText(page, '#artibody', '确保各项措施落地见效');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('kept');
    const tags = page.getByRole('textbox', { name: 'Tags' });
    await tags.fill(Array.from({ length: 51 }, (_, i) => `t${i}`).join(', '));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Too many tags: at most 50.').waitFor();
    await tags.fill(`ok, ${'长'.repeat(101)}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('A tag is too long: at most 100 characters each.').waitFor();
    assert.equal(await saved(), 0);
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), 'kept');
    await tags.fill('ok');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    assert.equal(await saved(), 1);
    await page.close();
  });

  it('tags, edit from the card, Escape closes, delete from the card', async () => {
    const page = await openFixture(s, SINA);
    await selectText(page, '#artibody', '疫苗生产产能达到50亿');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('first');
    await page.getByRole('textbox', { name: 'Tags' }).fill('疫苗, Q3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
    );

    // Click the saved highlight: Edit note.
    await clickText(page, '#artibody', '疫苗生产产能达到50亿');
    await page.getByRole('button', { name: 'Edit note' }).click();
    const box = page.getByRole('textbox', { name: 'Note' });
    assert.equal(await box.inputValue(), 'first');
    await box.fill('edited');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });

    await clickText(page, '#artibody', '疫苗生产产能达到50亿');
    await page.getByRole('button', { name: 'Edit note' }).click();
    assert.equal(
      await page.getByRole('textbox', { name: 'Note' }).inputValue(),
      'first',
      'Escape discarded the edit',
    );
    await page.getByRole('textbox', { name: 'Note' }).fill('edited');
    await page.getByRole('button', { name: 'Save' }).click();

    const popup = await openPopup(s, page);
    const list = popup.getByRole('list', { name: 'This page' });
    await list.getByText('edited').waitFor();
    await list.getByText('#Q3').waitFor();
    await list.getByText('#疫苗').waitFor();

    await clickText(page, '#artibody', '疫苗生产产能达到50亿');
    const [before] = (await readTable(s)).filter((r) => r.note === 'edited');
    await page.getByRole('button', { name: 'Delete' }).click();
    await list.getByText('edited').waitFor({ state: 'detached' });
    const left = (await readTable(s)).filter((r) => r.note === 'edited');
    assert.equal(left.length, 0);
    // A misplaced click: the page's toast puts the note back, the same note everywhere.
    const toast = page.locator('policymark-ui').getByRole('status');
    await toast.getByText('Note deleted.').waitFor();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await list.getByText('edited').waitFor();
    assert.deepEqual(
      (await readTable(s)).filter((r) => r.note === 'edited'),
      [before],
    );
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
    );
    await clickText(page, '#artibody', '疫苗生产产能达到50亿');
    await page.getByRole('button', { name: 'Delete' }).click();
    await list.getByText('edited').waitFor({ state: 'detached' });
    await popup.close();
    await page.close();
  });

  it("a saved note's card writes only the fields the reader edited, and nothing when none was", async () => {
    // As an import from another tool stores them: tags with a comma, a leading # and a semicolon, and a
    // note with leading indentation and a trailing newline (the card's tag box would read them otherwise).
    const quote = '各项助企惠企政策红利持续显现';
    const stored = sampleRecord({
      url: SINA.url,
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
      note: '    code block kept as typed\n',
      tags: ['US, China trade', '#2024', 'a;b'],
    });
    const file = join(tmpdir(), `pm-untouched-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(toAnnotationCollection([stored], { generated: new Date(0) })));
    const library = await openLibrary(s);
    await library.locator('input[type=file]').setInputFiles(file);
    await library.getByRole('status').filter({ hasText: 'Imported: 1 added' }).waitFor();
    await library.close();
    const row = async (): Promise<AnnotationRecord | undefined> =>
      (await readTable(s)).find((r) => r.id === stored.id);
    const imported = await row();
    assert.deepEqual(
      { note: imported?.note, tags: imported?.tags },
      { note: stored.note, tags: stored.tags },
    );

    const page = await openFixture(s, SINA);
    const note = page.getByRole('textbox', { name: 'Note' });
    const openCard = async (): Promise<void> => {
      await clickText(page, '#artibody', quote);
      await page.getByRole('button', { name: 'Edit note' }).click();
      await note.waitFor();
    };
    // Opened and saved with nothing edited: nothing is written (not even the modified time).
    await openCard();
    assert.equal(await note.inputValue(), stored.note);
    assert.equal(
      await page.getByRole('textbox', { name: 'Tags' }).inputValue(),
      'US, China trade, #2024, a;b',
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await note.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    assert.deepEqual(await row(), imported);

    // Only the note edited: the note is written, the tags stay as stored.
    await openCard();
    await note.fill('rewritten');
    await page.keyboard.press('Control+Enter');
    await note.waitFor({ state: 'detached' });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await row())?.note !== 'rewritten') await page.waitForTimeout(100);
    const edited = await row();
    assert.deepEqual({ note: edited?.note, tags: edited?.tags }, { note: 'rewritten', tags: stored.tags });
    await page.close();
    // Out of the way of the tests that count this article's notes.
    const ours = await openLibrary(s);
    await deleteBehindBack(ours, stored.id);
    await ours.close();
  });

  it("a page's Undo puts back the note as stored (another tab's edit kept), several at once, and never one deleted elsewhere", async () => {
    const url = 'https://finance.sina.com.cn/roll/2024-05-06/doc-undoxxxx.shtml';
    const a = await openServed(s, url);
    const stored = async () => (await readTable(s)).filter((r) => r.url === url);
    const note = async (page: Page, quote: string, text: string) => {
      await selectText(page, '#artibody', quote);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(text);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    };
    await note(a, '拓宽就业渠道', 'v1');
    await note(a, '压实地方责任', 'second');
    // Tab A opens the toolbar of the note; tab B then edits it.
    await clickText(a, '#artibody', '拓宽就业渠道');
    await a.getByRole('button', { name: 'Edit note' }).waitFor();
    const b = await s.context.newPage();
    await b.goto(url, { waitUntil: 'load' });
    await waitForPipeline(b);
    await clickText(b, '#artibody', '拓宽就业渠道');
    await b.getByRole('button', { name: 'Edit note' }).click();
    await b.getByRole('textbox', { name: 'Note' }).fill('v2 written in tab B');
    await b.getByRole('button', { name: 'Save', exact: true }).click();
    await b.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    const before = await stored();
    // Tab A deletes both notes; its toast counts them and one Undo puts both back, B's edit included.
    await a.bringToFront();
    await a.getByRole('button', { name: 'Delete' }).click();
    const toast = a.locator('policymark-ui').getByRole('status');
    await toast.getByText('Note deleted.').waitFor();
    await clickText(a, '#artibody', '压实地方责任');
    await a.getByRole('button', { name: 'Delete' }).click();
    await toast.getByText('2 deleted.').waitFor();
    assert.deepEqual(await stored(), []);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await a.waitForFunction(() => (CSS.highlights.get('policymark-user-yellow')?.size ?? 0) === 2);
    const sort = (rs: AnnotationRecord[]) => [...rs].sort((x, y) => x.id.localeCompare(y.id));
    assert.deepEqual(sort(await stored()), sort(before));
    assert.ok(before.some((r) => r.note === 'v2 written in tab B'));

    // Deleted in tab B while tab A's toolbar is open: A's Delete offers nothing to put back.
    await clickText(a, '#artibody', '拓宽就业渠道');
    await a.getByRole('button', { name: 'Edit note' }).waitFor();
    await b.bringToFront();
    await clickText(b, '#artibody', '拓宽就业渠道');
    await b.getByRole('button', { name: 'Delete' }).click();
    await b.locator('policymark-ui').getByRole('status').getByText('Note deleted.').waitFor();
    await a.bringToFront();
    await a.getByRole('button', { name: 'Delete' }).click();
    await a.waitForFunction(() => (CSS.highlights.get('policymark-user-yellow')?.size ?? 0) === 1);
    assert.equal(await toast.getByRole('button', { name: 'Undo' }).count(), 0);
    assert.deepEqual(
      (await stored()).map((r) => r.note),
      ['second'],
    );
    await Promise.all([a.close(), b.close()]);
  });

  it('a detected directive is saved with a note in one step', async () => {
    const page = await openFixture(s, SINA);
    await clickText(page, '#artibody', '强化关键责任链监管');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('directive note');
    await page.getByRole('button', { name: 'Save' }).click();
    const popup = await openPopup(s, page);
    await popup.getByText('directive note').first().waitFor();
    const saved = (await readTable(s)).find((r) => r.note === 'directive note');
    assert.ok(saved, 'saved');
    assert.equal(saved.kind, 'directive');
    assert.match((saved.quote as { exact: string }).exact, /^二是强化关键责任链监管/);
    await popup.close();
    await page.close();
  });

  it("hover tooltips: a note's is a readable box, a long one's is cut; a detected item's names its kind and style in words", async () => {
    const page = await openFixture(s, SINA);
    const tooltip = page.locator('policymark-ui').locator('.pm-tooltip');
    const hover = async (needle: string) => {
      await page.mouse.move(1, 1);
      await tooltip.waitFor({ state: 'detached' }).catch(() => undefined);
      const point = await textPoint(page, '#artibody', needle, 2);
      await page.mouse.move(point.x, point.y);
      await tooltip.waitFor();
      return uiEvaluate(page, '.pm-tooltip', (el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', width: r.width, height: r.height, right: r.right };
      });
    };
    // A directive: its kind and style as the reader's words, not the detector's id ("ordinal").
    const directive = await hover('大力提升技术检测能力');
    assert.equal(directive?.text, 'Directive · enumerated point');
    const save = async (quote: string, note: string) => {
      await selectText(page, '#artibody', quote);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(note);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    };
    // A one-sentence Chinese note: lines of text, not a column two characters wide (the host is 0 px wide).
    await save('扩内需促消费政策落地见效', '关键：兜底线，关注失业保险基金结余与各省执行差异。');
    const short = await hover('扩内需促消费政策落地见效');
    assert.ok(short && short.width > 150 && short.width <= 340 && short.height < 60, JSON.stringify(short));
    // A note of 11,000 characters: at most 320 px (+ padding) wide and 10 lines tall, its text cut.
    await save('我国疫苗生产产能达到了50亿', `${'第一点分析。'.repeat(30)}\n`.repeat(60));
    const long = await hover('我国疫苗生产产能达到了50亿');
    assert.ok(long && long.width <= 340 && long.height <= 200, JSON.stringify(long));
    assert.ok(long.text.length <= 281 && long.text.endsWith('…'), String(long.text.length));
    assert.ok(long.right <= (await page.evaluate(() => innerWidth)), 'inside the viewport');
    await page.close();
  });

  it('HTML and script payloads in notes and tags stay inert text everywhere', async () => {
    const page = await openFixture(s, PEOPLE);
    const payload = '<img src=x onerror="window.__pwned=1"></textarea><script>window.__pwned=2</script>';
    await selectText(page, '.rm_txt_con', '向良田要产量');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(payload);
    await page.getByRole('textbox', { name: 'Tags' }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
    );
    const popup = await openPopup(s, page);
    await popup.getByText(payload).first().waitFor();
    assert.equal(await popup.locator('.notes img').count(), 0);
    assert.equal(await popup.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    const library = await openLibrary(s);
    await library.getByText(payload).first().waitFor();
    assert.equal(await library.locator('.notes img, .notes script').count(), 0);
    assert.equal(await library.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    // The card shows it back as text too.
    await page.reload();
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
    );
    await page
      .locator('policymark-ui')
      .getByRole('button', { name: /^Note:/ })
      .first()
      .click();
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), payload);
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });

  it('popup: search and filters narrow the list; Open goes to the highlight', async () => {
    const popup = await openPopup(s);
    const list = popup.getByRole('list', { name: 'Recent notes' });
    await list.getByText('directive note').waitFor();
    const before = await list.locator(':scope > li').count();
    assert.ok(before >= 3, `notes listed: ${before}`);
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('directive');
    await popup.waitForFunction(
      () => document.querySelectorAll('[aria-label="Recent notes"] > li').length === 1,
    );
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('');
    const green = (await readTable(s)).filter((r) => r.colour === 'green').length;
    assert.ok(green >= 2 && green < before, `green ${green} of ${before}`);
    await popup.getByRole('combobox', { name: 'Colour' }).selectOption('green');
    await popup.waitForFunction(
      (n) => document.querySelectorAll('[aria-label="Recent notes"] > li').length === n,
      green,
    );
    await popup.getByRole('combobox', { name: 'Colour' }).selectOption('any');
    await popup.getByRole('combobox', { name: 'Kind' }).selectOption('directive');
    await popup.waitForFunction(
      () => document.querySelectorAll('[aria-label="Recent notes"] > li').length === 1,
    );

    // Each note's buttons are described by its quote, so a screen reader tells one "Open" from the next.
    const described = await list
      .getByRole('button', { name: 'Open' })
      .evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
    const quote = await list.locator('blockquote.quote').textContent();
    assert.ok(quote && described === quote, `described by ${described}`);
    const opened = s.context.waitForEvent('page');
    await list.getByRole('button', { name: 'Open' }).click();
    const tab = await opened;
    await tab.waitForLoadState('domcontentloaded');
    // A tab made by chrome.tabs.create can start loading before Playwright's routing
    // attaches to it; the first load then fails (there is no network) and is retried.
    if (tab.url().startsWith('chrome-error:')) await tab.reload();
    assert.match(tab.url(), /^https:\/\/finance\.sina\.com\.cn\/.*#:~:text=/);
    await tab.waitForFunction(() => CSS.highlights.has('policymark-flash'), null, { timeout: 15000 });
    await Promise.all([tab.close(), popup.close()]);
  });

  it("library: Open goes to the tab already showing the page, and there says when a note's words are gone", async () => {
    const url = 'https://finance.sina.com.cn/roll/2024-05-05/doc-openxxxx.shtml';
    const page = await openServed(s, url);
    for (const [quote, note] of [
      ['拓宽就业渠道', 'open me in place'],
      ['压实地方责任', 'words to be removed'],
    ]) {
      await selectText(page, '#artibody', quote as string);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(note as string);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    }
    const library = await openLibrary(s);
    const item = (note: string) => library.locator('li.note', { hasText: note });
    await item('open me in place').waitFor();
    const tabs = s.context.pages().length;
    await item('open me in place').getByRole('button', { name: 'Open' }).click();
    await page.waitForFunction(() => CSS.highlights.has('policymark-flash'), null, { timeout: 15000 });
    assert.equal(s.context.pages().length, tabs, 'no second tab on the page');

    // The page changes and the second note's words go: Open says so in that tab.
    const runs = await pipelineRuns(page);
    await page.evaluate(() => document.querySelector('#last')?.remove());
    await waitForPipeline(page, runs);
    await item('words to be removed').getByRole('button', { name: 'Open' }).click();
    await page
      .locator('policymark-ui')
      .getByRole('status')
      .getByText("This note's words are no longer on this page; it is kept in the popup and the library.")
      .waitFor();
    assert.equal(s.context.pages().length, tabs);

    // Paused on this site, the tab's script does not answer: the tab goes to the note's address, whose text
    // fragment the browser finds by itself.
    const popup = await openPopup(s, page);
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await popup.getByRole('button', { name: 'Resume on this site' }).waitFor();
    await popup.close();
    // (The browser keeps a text fragment out of the page's address: the navigation itself is what shows.)
    const navigated = page.waitForEvent('framenavigated', { timeout: 15000 });
    await item('open me in place').getByRole('button', { name: 'Open' }).click();
    await navigated;
    assert.equal(s.context.pages().length, tabs, 'no second tab on the paused page');
    // The popup for that tab (its address now holds the text fragment the page's own address hides).
    const tabId = await s.worker.evaluate(async (u) => {
      type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      return (await tabs.query({})).find((t) => t.url?.startsWith(u))?.id;
    }, url);
    const resume = await s.context.newPage();
    await resume.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await resume.getByRole('button', { name: 'Resume on this site' }).click();
    await resume.getByRole('button', { name: 'Pause on this site' }).waitFor();
    await Promise.all([resume.close(), library.close(), page.close()]);
  });

  it('library: grouped by article, search, bulk delete with undo, initiative index', async () => {
    // A detected initiative saved in one click, so the index has a quote to show.
    const INITIATIVE = 'APP侵害用户权益的整治行动';
    const page = await openFixture(s, SINA);
    const saved = Object.values(await userHighlights(page)).flat().length;
    await clickText(page, '#artibody', INITIATIVE);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.waitForFunction(
      (n) =>
        [...CSS.highlights]
          .filter(([k]) => k.startsWith('policymark-user-'))
          .reduce((a, [, h]) => a + h.size, 0) > n,
      saved,
    );
    await page.close();

    const library = await openLibrary(s);
    await library.getByRole('region', { name: /工信部发布会/ }).waitFor();
    const total = await library.locator('.notes > li.note').count();
    await library.getByRole('searchbox', { name: 'Search notes' }).fill('工业生产较快增长');
    await library.waitForFunction(() => document.querySelectorAll('.article .notes > li.note').length === 1);
    // Bulk delete asks first, with the count of every note the view stands for; Cancel keeps them.
    await library.getByRole('button', { name: 'Delete all 1…' }).click();
    await library.getByRole('group', { name: 'Notes to delete from every page: 1.' }).waitFor();
    await library.getByRole('button', { name: 'Cancel' }).click();
    await library
      .getByRole('group', { name: 'Notes to delete from every page: 1.' })
      .waitFor({ state: 'detached' });
    assert.equal(await library.locator('.article .notes > li.note').count(), 1);
    await library.getByRole('button', { name: 'Delete all 1…' }).click();
    await library.getByRole('button', { name: 'Yes, delete' }).click();
    await library.getByRole('button', { name: 'Undo' }).waitFor();
    await library.getByRole('searchbox', { name: 'Search notes' }).fill('');
    await library.waitForFunction(
      (n) => document.querySelectorAll('.article .notes > li.note').length === n - 1,
      total,
    );
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.waitForFunction(
      (n) => document.querySelectorAll('.article .notes > li.note').length === n,
      total,
    );
    // Filters: kind, then site, narrow the list to the notes that match.
    await library.getByRole('combobox', { name: 'Kind' }).selectOption('initiative');
    await library.waitForFunction(() => {
      const items = [...document.querySelectorAll('.article .notes > li.note')];
      return (
        items.length > 0 &&
        items.every((li) => li.querySelector('.kind')?.textContent?.startsWith('Initiative'))
      );
    });
    const initiatives = await library.locator('.article .notes > li.note').allTextContents();
    assert.ok(
      initiatives.some((t) => t.includes(INITIATIVE)),
      'the saved initiative is listed',
    );
    await library.getByRole('combobox', { name: 'Kind' }).selectOption('any');
    await library.getByRole('combobox', { name: 'Site' }).selectOption('finance.people.com.cn');
    await library.waitForFunction(() => {
      const sites = [...document.querySelectorAll('.article .site')].map((el) => el.textContent);
      return sites.length > 0 && sites.every((site) => site === 'finance.people.com.cn');
    });
    await library.getByRole('combobox', { name: 'Site' }).selectOption('any');
    await library.waitForFunction(
      (n) => document.querySelectorAll('.article .notes > li.note').length === n,
      total,
    );

    // The index lists the initiative; its quotes are read when the entry is opened.
    const index = library.getByRole('region', { name: 'Initiative index' });
    const summary = index.locator('summary', { hasText: INITIATIVE });
    await summary.waitFor();
    assert.equal(await index.locator('blockquote').count(), 0);
    await summary.click();
    await index.locator('blockquote', { hasText: INITIATIVE }).first().waitFor();
    await library.close();
  });

  it('popup outline: the directive tree nests, initiatives show type and count, a click scrolls to the item and flashes it', async () => {
    const page = await openFixture(s, GOV);
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(s, page);
    const outline = popup.getByRole('region', { name: 'Policy outline' });
    await outline.getByText('Directives').first().waitFor();
    // Each directive button with the chain of directive buttons above it in the tree.
    const chains = await outline.evaluate((root) =>
      [...root.querySelectorAll('ol.tree button')].map((b) => {
        const chain: string[] = [];
        for (let li = b.closest('li')?.parentElement?.closest('li'); li; li = li.parentElement?.closest('li'))
          chain.unshift(li.querySelector(':scope > button')?.textContent?.trim() ?? '');
        return { text: b.textContent?.trim() ?? '', chain };
      }),
    );
    const find = (start: string) => chains.find((c) => c.text.startsWith(start));
    assert.deepEqual(find('一、')?.chain, []);
    assert.deepEqual(find('（二）')?.chain, ['一、 总体要求']);
    assert.deepEqual(find('聚焦支小支农主业')?.chain, ['一、 总体要求', '（二） 基本原则。']);
    assert.deepEqual(find('（三）')?.chain, ['二、 坚持聚焦支小支农融资担保业务']);
    // Initiatives: text, localised type, and as many as are painted on the page.
    const initiative = async (text: string): Promise<{ type: string; count: number; painted: number }> => {
      const li = outline.locator('ul.initiatives > li', { hasText: text });
      const count = Number(/×(\d+)/.exec((await li.locator('.count').textContent()) ?? '')?.[1] ?? 1);
      const painted = await page.evaluate(
        (t) => [...(CSS.highlights.get('policymark-initiative') ?? [])].filter((r) => String(r) === t).length,
        text,
      );
      return { type: (await li.locator('.type').textContent()) ?? '', count, painted };
    };
    assert.deepEqual(await initiative('“总对总”合作'), { type: 'mechanism', count: 3, painted: 3 });
    const fund = await initiative('国家融资担保基金');
    assert.equal(fund.count, fund.painted);
    assert.ok(fund.count >= 10, `${fund.count} mentions of 国家融资担保基金`);
    // A click far down the tree scrolls the page there and flashes the item.
    await outline.getByRole('button', { name: /^（六） 加强业务引导/ }).click();
    await page.waitForFunction(() =>
      [...(CSS.highlights.get('policymark-flash') ?? [])].some((r) => String(r).includes('加强业务引导')),
    );
    const { scrollY, top } = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('policymark-flash') ?? [])][0] as Range;
      return { scrollY: window.scrollY, top: r.getBoundingClientRect().top };
    });
    assert.ok(scrollY > 0, 'the page scrolled');
    assert.ok(top >= 0 && top < 900, `the item is in view (top ${top})`);
    await Promise.all([popup.close(), page.close()]);
  });

  it('live: the popup and the library show a note saved in another tab without a reload', async () => {
    const popup = await openPopup(s);
    await popup.getByRole('searchbox', { name: 'Search notes' }).waitFor();
    const library = await openLibrary(s);
    await library.getByRole('searchbox', { name: 'Search notes' }).waitFor();
    const page = await openFixture(s, SINA);
    await selectText(page, '#artibody', '累计供应国内疫苗超过14亿剂');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('saved while the popup was open');
    await page.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('saved while the popup was open').waitFor();
    await library.getByText('saved while the popup was open').waitFor();
    await Promise.all([popup.close(), library.close(), page.close()]);
  });

  it('library and popup: a note and its tags are edited in the list; an edit raced by another view is refused once', async () => {
    const library = await openLibrary(s);
    // By id: while it is edited, the item shows its note in a text box, not as text.
    const id = await library
      .locator('li.note', { hasText: 'saved while the popup was open' })
      .getAttribute('data-id');
    const item = library.locator(`li.note[data-id="${id}"]`);
    await item.getByRole('button', { name: 'Edit note' }).click();
    await item.getByRole('textbox', { name: 'Note' }).fill('edited in the <b>library</b>');
    await item.getByRole('textbox', { name: 'Tags' }).fill('#宏观, Q3');
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByText('edited in the <b>library</b>').waitFor();
    await item.getByText('#Q3').waitFor();
    const row = (await readTable(s)).find((r) => r.note === 'edited in the <b>library</b>');
    assert.deepEqual(row?.tags, ['宏观', 'Q3']);
    assert.equal(await library.locator('li.note b').count(), 0, 'the note is text, not HTML');

    // Edit started in the library, then the same note changed in the popup: the library's save is refused
    // and its draft kept.
    await item.getByRole('button', { name: 'Edit note' }).click();
    await item.getByRole('textbox', { name: 'Note' }).fill('the library draft');
    const popup = await openPopup(s);
    const inPopup = popup.locator(`li.note[data-id="${id}"]`).first();
    await inPopup.getByRole('button', { name: 'Edit note' }).click();
    await inPopup.getByRole('textbox', { name: 'Note' }).fill('changed in the popup');
    await inPopup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('changed in the popup').waitFor();
    await popup.close();
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByRole('alert').filter({ hasText: 'changed in another tab or window' }).waitFor();
    assert.equal(await item.getByRole('textbox', { name: 'Note' }).inputValue(), 'the library draft');
    assert.ok((await readTable(s)).some((r) => r.note === 'changed in the popup'));
    // Told so, the reader saves again and replaces that change knowingly.
    await item.getByRole('button', { name: 'Save' }).click();
    await item.getByText('the library draft').waitFor();
    assert.ok((await readTable(s)).some((r) => r.note === 'the library draft'));
    await library.close();
  });

  it("two tabs on one article: a recolour in one keeps the other's newer note, and a deleted note is not re-created", async () => {
    // A quote no other test here highlights: earlier tests leave notes on this page.
    const quote = '营业收入利润率';
    /** Resolves when `page` paints `quote` as a saved highlight of `colour` (or, with null, paints it not at all). */
    const painted = (page: Page, colour: string | null) =>
      page.waitForFunction(
        ({ quote, colour }) => {
          const on = [...CSS.highlights]
            .filter(
              ([name, h]) =>
                name.startsWith('policymark-user-') && [...h].some((r) => r.toString() === quote),
            )
            .map(([name]) => name);
          return colour === null ? on.length === 0 : on.length === 1 && on[0] === `policymark-user-${colour}`;
        },
        { quote, colour },
      );
    const a = await openFixture(s, SINA);
    await selectText(a, '#artibody', quote);
    await a.getByRole('button', { name: 'Add note' }).click();
    await a.getByRole('textbox', { name: 'Note' }).fill('v1');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await painted(a, 'yellow');
    const b = await openFixture(s, SINA);
    await painted(b, 'yellow');
    const mine = async () => (await readTable(s)).filter((r) => r.quote.exact === quote);

    // Tab A rewrites the note and adds a tag; tab B, opened before, still holds v1 and recolours it.
    await a.bringToFront();
    await clickText(a, '#artibody', quote);
    await a.getByRole('button', { name: 'Edit note' }).click();
    await a.getByRole('textbox', { name: 'Note' }).fill('v2');
    await a.getByRole('textbox', { name: 'Tags' }).fill('important');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await a.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    await b.bringToFront();
    await clickText(b, '#artibody', quote);
    await b.getByRole('button', { name: 'Green' }).click();
    await painted(b, 'green');
    const [stored] = await mine();
    assert.deepEqual([stored?.note, stored?.tags, stored?.colour], ['v2', ['important'], 'green']);

    // Deleted from the popup: tab B is told and stops painting it.
    const popup = await openPopup(s, a);
    await popup
      .getByRole('list', { name: 'This page' })
      .getByRole('listitem')
      .filter({ hasText: quote })
      .getByRole('button', { name: 'Delete' })
      .click();
    await painted(b, null);
    assert.equal((await mine()).length, 0);
    await popup.close();

    // A tab that missed the news (the note removed behind the background's back) cannot re-create it.
    await b.reload();
    await selectText(b, '#artibody', quote);
    await b.getByRole('button', { name: 'Highlight', exact: true }).click();
    // A new highlight takes the colour chosen for new ones: recolouring a saved note did not change it.
    await painted(b, 'yellow');
    const [again] = await mine();
    const library = await openLibrary(s);
    await deleteBehindBack(library, again?.id ?? '');
    await clickText(b, '#artibody', quote);
    await b.getByRole('button', { name: 'Blue' }).click();
    const refused = b
      .getByRole('status')
      .filter({ hasText: 'Not saved: this note was deleted in another tab or window' });
    await refused.waitFor();
    // A recolour has no typed note to keep: the toast does not say it keeps one.
    assert.doesNotMatch((await refused.textContent()) ?? '', /note is kept/);
    await painted(b, null);
    assert.equal((await mine()).length, 0);
    // Back to yellow for the other scenarios.
    await selectText(b, '#artibody', quote);
    await b.getByRole('button', { name: 'Yellow' }).click();
    await b.keyboard.press('Escape');
    await Promise.all([a.close(), b.close(), library.close()]);
  });

  it('a note deleted elsewhere while its card is open: Save again keeps what was typed as a new note on its words', async () => {
    // A quote no other test here highlights.
    const quote = '利润总额';
    const page = await openFixture(s, SINA);
    await selectText(page, '#artibody', quote);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('first thoughts');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    const mine = async () => (await readTable(s)).filter((r) => r.quote.exact === quote);
    const [first] = await mine();
    assert.ok(first);
    // The card is opened on it; meanwhile the note is deleted behind this tab's back.
    await clickText(page, '#artibody', quote);
    await page.getByRole('button', { name: 'Edit note' }).click();
    const library = await openLibrary(s);
    await deleteBehindBack(library, first.id);
    await library.close();
    await page.bringToFront();
    await page.getByRole('textbox', { name: 'Note' }).fill('second thoughts');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Save again to keep what you wrote as a new note on these words').waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), 'second thoughts');
    assert.equal((await mine()).length, 0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    const kept = await mine();
    assert.equal(kept.length, 1, JSON.stringify(kept));
    assert.equal(kept[0]?.note, 'second thoughts');
    assert.notEqual(kept[0]?.id, first.id);
    await page.waitForFunction(
      (q) =>
        [...CSS.highlights].some(
          ([name, h]) => name.startsWith('policymark-user-') && [...h].some((r) => r.toString() === q),
        ),
      quote,
    );
    await page.close();
  });

  it('toolbar and card never cover the selection and stay inside the viewport, also at its bottom edge', async () => {
    const page = await openFixture(s, SINA);
    const NEEDLE = '全面提升我国疫苗生产产能产量';
    // The text on the last line of the viewport: no room below it.
    await selectText(page, '#artibody', NEEDLE, { scroll: 'bottom' });
    const selection = await page.evaluate(() =>
      [...(getSelection()?.getRangeAt(0).getClientRects() ?? [])].map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      })),
    );
    assert.ok(selection.length > 0);
    assert.ok((selection.at(-1)?.bottom ?? 0) > 850, 'the selection is at the bottom of the 900 px viewport');
    const check = async (panel: string): Promise<void> => {
      const box = await uiEvaluate(page, panel, (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      assert.ok(box, `${panel} shown`);
      assert.ok(
        box.left >= 0 && box.top >= 0,
        `${panel} inside the viewport (top-left ${box.left}, ${box.top})`,
      );
      assert.ok(
        box.right <= 1280 && box.bottom <= 900,
        `${panel} inside the viewport (${box.right}, ${box.bottom})`,
      );
      for (const r of selection) {
        const overlap = box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom;
        assert.ok(!overlap, `${panel} covers the selection`);
      }
    };
    await page.getByRole('toolbar', { name: 'PolicyMark toolbar' }).waitFor();
    await check('.pm-toolbar');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor();
    await check('.pm-card');
    await page.keyboard.press('Escape');

    // A selection taller than the viewport (its start scrolled out above, its end on the last line, as
    // after a drag that scrolled): the toolbar overlaps it at the viewport's edge rather than sit out of
    // sight below.
    await page.setViewportSize({ width: 1280, height: 600 });
    const end = await page.evaluate(() => {
      const root = document.querySelector('#artibody') as Element;
      // No named functions in here: the test runner's transform would refer to a helper the page lacks.
      const ranges: Range[] = [];
      for (const needle of ['原标题', '加强供需']) {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.textContent?.indexOf(needle) ?? -1;
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + needle.length);
            ranges.push(r);
            break;
          }
        }
      }
      const [first, last] = ranges as [Range, Range];
      const rect = [...last.getClientRects()].at(-1) as DOMRect;
      window.scrollBy(0, rect.bottom - (innerHeight - 6));
      const r = document.createRange();
      r.setStart(first.startContainer, first.startOffset);
      r.setEnd(last.endContainer, last.endOffset);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
      const e = [...last.getClientRects()].at(-1) as DOMRect;
      return { x: e.right - 1, y: e.top + e.height / 2, top: r.getBoundingClientRect().top };
    });
    assert.ok(end.top < 0, 'the selection starts above the viewport');
    // A trusted mouse-up at the selection's end, as a drag ends (Shift keeps the selection).
    await page.keyboard.down('Shift');
    await page.mouse.click(end.x, end.y);
    await page.keyboard.up('Shift');
    const toolbar = page.getByRole('toolbar', { name: 'PolicyMark toolbar' });
    await toolbar.waitFor();
    const box = await toolbar.boundingBox();
    assert.ok(
      box && box.y >= 0 && box.y + box.height <= 600,
      `toolbar inside the viewport (${JSON.stringify(box)})`,
    );
    await page.close();
  });

  it('popup: more matches than it lists says so and links to the library with the same search', async () => {
    const records = Array.from({ length: 60 }, (_, i) =>
      sampleRecord({
        url: 'https://www.gov.cn/zhengce/watch.htm',
        site: 'www.gov.cn',
        pageTitle: 'Watch list',
        note: `watchlist item ${i}`,
      }),
    );
    const file = join(tmpdir(), `pm-watch-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(toAnnotationCollection(records, { generated: new Date(0) })));
    const library = await openLibrary(s);
    await library.locator('input[type=file]').setInputFiles(file);
    await library.getByRole('status').filter({ hasText: 'Imported: 60 added' }).waitFor();

    const popup = await openPopup(s);
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('watchlist');
    await popup.getByText('Showing 50 of 60 matches.').waitFor();
    assert.equal(await popup.getByRole('list', { name: 'Recent notes' }).locator('li.note').count(), 50);
    const href = await popup.getByRole('link', { name: 'See all in the library' }).getAttribute('href');
    assert.ok(href?.endsWith('/library.html?q=watchlist'), String(href));
    await popup.close();

    // The library opened at that address shows all 60, and bulk delete counts them all.
    await library.goto(href as string);
    assert.equal(await library.getByRole('searchbox', { name: 'Search notes' }).inputValue(), 'watchlist');
    await library.getByRole('button', { name: 'Delete all 60…' }).click();
    await library.getByRole('button', { name: 'Yes, delete' }).click();
    await library.getByRole('button', { name: 'Undo' }).waitFor();
    await library.close();
  });

  it('the article changes while the card or toolbar is open: the note and the highlight cover the words selected', async () => {
    const page = await openServed(s, LIVE_URL);
    /** A live item arrives above the selection, and the content script re-indexes the article. */
    const liveUpdate = async (): Promise<void> => {
      const runs = await pipelineRuns(page);
      await page.evaluate(() => (window as unknown as { addItem(): void }).addItem());
      await waitForPipeline(page, runs);
    };
    const saved = async (): Promise<string[]> =>
      (await readTable(s))
        .filter((r) => r.url.includes('doc-livexxxx'))
        .map((r) => r.quote.exact)
        .sort();

    await selectText(page, '#artibody', '拓宽就业渠道');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('typed while the page updated');
    await liveUpdate();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    await selectText(page, '#artibody', '压实地方责任');
    await liveUpdate();
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.waitForFunction(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('policymark-user-')) n += h.size;
      return n === 2;
    });
    assert.deepEqual(await saved(), ['压实地方责任', '拓宽就业渠道']);
    assert.deepEqual(
      Object.values(await userHighlights(page))
        .flat()
        .sort(),
      ['压实地方责任', '拓宽就业渠道'],
    );

    // The selected words themselves change while the card is open: Save refuses, the draft stays.
    await selectText(page, '#artibody', '落地见效');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('about to be refused');
    const runs = await pipelineRuns(page);
    await page.evaluate(() => {
      const p = document.getElementById('last') as HTMLElement;
      p.textContent = (p.textContent ?? '').replace('落地见效', '落实到位');
    });
    await waitForPipeline(page, runs);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The text changed since you chose it' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), 'about to be refused');
    assert.deepEqual(await saved(), ['压实地方责任', '拓宽就业渠道']);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('selecting or clicking other text while a note is typed keeps the card and its draft', async () => {
    const page = await openFixture(s, SINA);
    await selectText(page, '#artibody', '上半年制造业投资同比增长19.2%');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('a draft worth keeping');
    // The reader selects a figure elsewhere (to copy it), then clicks a detected directive.
    await selectText(page, '#artibody', '营业收入利润率也达到7.11');
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole('toolbar').count(), 0, 'no toolbar replaces the card');
    assert.equal(await note.inputValue(), 'a draft worth keeping');
    await clickText(page, '#artibody', '强化关键责任链监管');
    await page.waitForTimeout(300);
    assert.equal(await note.inputValue(), 'a draft worth keeping');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await note.waitFor({ state: 'detached' });
    const saved = (await readTable(s)).find((r) => r.note === 'a draft worth keeping');
    assert.equal(saved?.quote.exact, '上半年制造业投资同比增长19.2%');
    await page.close();
  });

  it('a selection running past the end of the article is clipped to it: triple-click or drag past the last paragraph', async () => {
    const page = await openFixture(s, SINA);
    // Triple-clicking the last paragraph selects up to the start of the block after the article.
    await clickText(page, '#artibody', '责任编辑', 3);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    // A drag from the last lines of the article into the keywords below it.
    // In the page (no inner functions: the page gets the source text): the first character of the
    // drag's start and the last of its end.
    const box = await page.evaluate(() => {
      document.querySelector('.keywords')?.scrollIntoView({ block: 'center' });
      const rects: DOMRect[] = [];
      for (const [sel, needle, at] of [
        ['#artibody', '积极支持替代应用', 0],
        ['.keywords', '文章关键词', 3],
      ] as const) {
        const walker = document.createTreeWalker(
          document.querySelector(sel) as Element,
          NodeFilter.SHOW_TEXT,
        );
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent?.indexOf(needle) ?? -1;
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i + at);
          r.setEnd(n, i + at + 1);
          rects.push(r.getBoundingClientRect());
          break;
        }
      }
      const [from, to] = rects as [DOMRect, DOMRect];
      return {
        x1: from.left + 1,
        y1: from.top + from.height / 2,
        x2: to.right - 1,
        y2: to.top + to.height / 2,
      };
    });
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('clipped to the article');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    const rows = await readTable(s);
    assert.ok(
      rows.some((r) => r.quote.exact === '责任编辑：李墨轩'),
      'the triple-clicked paragraph',
    );
    const dragged = rows.find((r) => r.note === 'clipped to the article');
    assert.match(dragged?.quote.exact ?? '', /^积极支持替代应用[\s\S]*责任编辑：李墨轩$/);
    await page.close();
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
