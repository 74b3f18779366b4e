/**
 * Highlights survive a page that changed: save notes, serve an edited version
 * of the page at the same address, reload. Notes whose text is still there are
 * painted on it (exactly or fuzzily), a note whose paragraph was deleted is an
 * orphan listed in the popup as "Not found on this page", never painted elsewhere.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  fixture,
  highlightCounts,
  launch,
  openFixture,
  openLibrary,
  openPopup,
  ourScripts,
  pipelineRuns,
  ROOT,
  type Session,
  selectText,
  serveFixture,
  waitForPipeline,
} from './harness';
import { readTable, serveHtml } from './lib-robust';

const SINA = fixture('zh-sina-composite-miit-app');
const original = readFileSync(join(ROOT, 'tests/fixtures', SINA.id, 'page.html'), 'utf8');

const QUOTES = {
  edited: '各项助企惠企政策红利持续显现，市场主体进一步恢复元气',
  deleted: '上半年制造业投资同比增长19.2%',
  unchanged: '推动提升汽车芯片的供给能力',
  punctuation: '工信部指出，受芯片供应短缺以及排放标准升级切换期等影响',
};

function editedPage(): string {
  const ad =
    '<div class="ad"><p>　　广告：海量资讯、精准解读，尽在新浪财经APP。点击下载，立即体验。</p></div>';
  let page = original.replace(
    '<p cms-style="font-L">　　工信部表示，目前我们正在抓紧编制',
    `${ad}\n<p cms-style="font-L">　　工信部表示，目前我们正在抓紧编制`,
  );
  page = page.replace('各项助企惠企政策红利持续显现', '各项助企惠企政策红利正在持续显现');
  page = page.replace(/<p cms-style="font-L">　　在企业盈利能力大幅提升的基础上[^<]*<\/p>/, '');
  page = page.replace('工信部指出，受芯片供应短缺', '工信部指出,受芯片供应短缺');
  page = page.replace(
    '<p cms-style="font-L">',
    '<p cms-style="font-L">　　（本文首发于新浪财经，有删改。）</p>\n<p cms-style="font-L">',
  );
  assert.notEqual(page, original);
  return page;
}

/** A list that arrives after load ("read more"): two directives and two initiatives. */
const LATE_LIST = [
  '下一步，工信部将重点做好以下工作：',
  '一是加快实施产业基础再造工程，提升产业链供应链韧性。',
  '二是深入开展中小企业数字化赋能专项行动，推动数字化转型。',
];

/**
 * Appends LATE_LIST to the article element (#artibody) as a lazy-loading page would, waits for the re-run
 * it causes, and returns the highlight counts before and after.
 */
async function growArticle(
  page: Page,
): Promise<{ before: Record<string, number>; grown: Record<string, number> }> {
  const before = await highlightCounts(page);
  const runs = await pipelineRuns(page);
  await page.evaluate((texts) => {
    for (const text of texts) {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('#artibody')?.append(p);
    }
  }, LATE_LIST);
  await waitForPipeline(page, runs);
  return { before, grown: await highlightCounts(page) };
}

async function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('policymark-user-')) for (const r of h) out.push(r.toString());
    return out.sort();
  });
}

describe('re-anchoring after the page changed', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  it('anchors what is still there, orphans what is gone, paints nothing wrongly', async () => {
    const page = await openFixture(s, SINA);
    // Our scripts the page's renderer parses: the fuzzy step's only once a note needs it.
    const ours = await ourScripts(s, page);
    for (const [key, quote] of Object.entries(QUOTES)) {
      await selectText(page, '#artibody', quote);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(`note ${key}`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    }
    assert.deepEqual(await painted(page), Object.values(QUOTES).sort());
    // Notes saved, and placed again on the unchanged page: nothing needed the fuzzy step.
    await page.reload();
    await waitForPipeline(page);
    assert.deepEqual(await painted(page), Object.values(QUOTES).sort());
    assert.ok(!ours.includes('/page-fuzzy.js'), JSON.stringify(ours));
    // Every note placed: the page says nothing (the message about orphans comes 1.5 s after a run).
    const toast = page.locator('policymark-ui').getByRole('status');
    await page.waitForTimeout(2000);
    assert.equal(await toast.count(), 0);

    await s.context.unroute(SINA.url);
    await serveFixture(s.context, SINA, editedPage());
    await page.reload();
    await waitForPipeline(page);
    const after = await painted(page);
    assert.equal(after.length, 3, JSON.stringify(after));
    assert.ok(after.includes(QUOTES.unchanged));
    assert.ok(after.includes('工信部指出,受芯片供应短缺以及排放标准升级切换期等影响'), JSON.stringify(after));
    const fuzzy = after.find((t) => t.includes('政策红利'));
    assert.ok(
      fuzzy && /^各项助企惠企政策红利(正在)?持续显现，市场主体进一步恢复元气$/.test(fuzzy),
      `fuzzy placement: ${fuzzy}`,
    );
    assert.ok(!after.some((t) => t.includes('19.2%')), 'the deleted quote is painted nowhere');
    // The page itself says that a note could not be placed, where the reader is (not only the popup).
    await toast
      .filter({ hasText: '1 saved note could not be placed on this page' })
      .waitFor({ timeout: 5000 });
    assert.equal(ours.filter((u) => u === '/page-fuzzy.js').length, 1, JSON.stringify(ours));

    const popup = await openPopup(s, page);
    const list = popup.getByRole('list', { name: 'This page' });
    const orphan = list.locator('li.note', { hasText: 'note deleted' });
    await orphan.getByText('Not found on this page').waitFor();
    await orphan.getByText(QUOTES.deleted).waitFor();
    assert.equal(await list.getByText('Not found on this page').count(), 1);
    // A note placed on words the page changed (the fuzzy step) says so, with what they read now, under its
    // quote as saved; a note on unchanged words says nothing.
    const edited = list.locator('li.note', { hasText: 'note edited' });
    await edited.getByText('Text changed on the page. It now reads:').waitFor();
    assert.equal(await edited.locator('q').textContent(), fuzzy);
    assert.equal(await edited.locator('blockquote').textContent(), QUOTES.edited);
    const unchanged = list.locator('li.note', { hasText: 'note unchanged' });
    assert.equal(await unchanged.getByText('Text changed on the page').count(), 0);
    // Its Open says so rather than doing nothing.
    await orphan.getByRole('button', { name: 'Open' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Not found on this page' }).waitFor();
    assert.deepEqual(s.errors, []);
    await popup.close();
    await page.close();
  });

  it('the library and the popup mark the notes whose words changed or were not found when the page was last opened, the library filters by it, Undo of a delete keeps the mark, and the page restored clears it', async () => {
    // The notes of the test before, on the edited page it left served: opening it reports where they stand.
    const page = await s.context.newPage();
    await page.goto(SINA.url);
    await waitForPipeline(page);
    const library = await openLibrary(s);
    const item = (note: string) => library.locator('li.note', { hasText: note });
    const gone = item('note deleted');
    await gone.getByText(/^Not found on its page since /).waitFor({ timeout: 10000 });
    const edited = item('note edited');
    await edited.getByText('Text changed on the page. It now reads:').waitFor();
    assert.match((await edited.locator('q').textContent()) ?? '', /^各项助企惠企政策红利(正在)?持续显现/);
    // The punctuation changed too (，→ ,): its note says what the words read now.
    assert.equal(
      await item('note punctuation').locator('q').textContent(),
      '工信部指出,受芯片供应短缺以及排放标准升级切换期等影响',
    );
    assert.equal(await item('note unchanged').locator('p.orphan, p.changed').count(), 0);

    const status = library.getByRole('combobox', { name: 'Page status' });
    const shown = async (): Promise<string[]> =>
      (await library.locator('li.note p.note-text').allTextContents()).sort();
    const expectShown = async (want: string[]): Promise<void> => {
      for (let i = 0; i < 50 && JSON.stringify(await shown()) !== JSON.stringify(want); i++)
        await library.waitForTimeout(100);
      assert.deepEqual(await shown(), want);
    };
    await status.selectOption({ label: 'Not found on the page' });
    await expectShown(['note deleted']);
    await status.selectOption({ label: 'Text changed on the page' });
    await expectShown(['note edited', 'note punctuation']);
    await status.selectOption({ label: 'Changed or not found on the page' });
    await expectShown(['note deleted', 'note edited', 'note punctuation']);
    await library.getByRole('status').filter({ hasText: '3 of 4' }).waitFor();

    // Deleted, then Undo: the note comes back with its mark (the filter shows it again), the row the Undo
    // put back, not a new report: the page is closed first (open, it hears tab:changed after the Undo,
    // reloads and reports the orphan again within 1.5 s, whatever the Undo restored), and the row keeps
    // its date to the millisecond (a new report would date it anew).
    const goneId = (await readTable(s)).find((r) => r.note === 'note deleted')?.id;
    const row = async () =>
      (await readTable<{ id: string; since: number }>(s, 'statuses')).find((r) => r.id === goneId);
    const marked = await row();
    assert.ok(marked, 'the orphan has its status row');
    await page.close();
    await gone.getByRole('button', { name: 'Delete' }).click();
    await expectShown(['note edited', 'note punctuation']);
    assert.equal(await row(), undefined, 'the row goes with its note');
    await library.getByRole('button', { name: 'Undo' }).click();
    await expectShown(['note deleted', 'note edited', 'note punctuation']);
    await gone.getByText(/^Not found on its page since /).waitFor();
    assert.deepEqual(await row(), marked);

    // The popup's list of every note shows the same marks.
    const popup = await openPopup(s);
    const recent = popup.getByRole('list', { name: 'Recent notes' });
    await recent
      .locator('li.note', { hasText: 'note deleted' })
      .getByText(/^Not found on its page since /)
      .waitFor({ timeout: 10000 });
    await popup.close();

    // The page as it was when the notes were saved: every note placed as saved again, every mark goes.
    await s.context.unroute(SINA.url);
    await serveFixture(s.context, SINA);
    const restored = await s.context.newPage();
    await restored.goto(SINA.url);
    await waitForPipeline(restored);
    await expectShown([]);
    await status.selectOption({ label: 'Page status' });
    await expectShown(['note deleted', 'note edited', 'note punctuation', 'note unchanged']);
    assert.equal(await library.locator('p.orphan, p.changed').count(), 0);
    // Put back the edited page the tests after this one were written against.
    await s.context.unroute(SINA.url);
    await serveFixture(s.context, SINA, editedPage());
    assert.deepEqual(s.errors, []);
    await library.close();
    await restored.close();
  });

  it('content that arrives after load and in-page navigation re-run detection without painting twice', async () => {
    const page = await s.context.newPage();
    await page.goto(SINA.url);
    await waitForPipeline(page);
    // A "read more" that appends a list to the article.
    const { before, grown } = await growArticle(page);
    assert.equal(
      grown['policymark-directive'],
      (before['policymark-directive'] ?? 0) + 2,
      JSON.stringify(grown),
    );
    assert.ok(
      (grown['policymark-initiative'] ?? 0) >= (before['policymark-initiative'] ?? 0) + 2,
      JSON.stringify(grown),
    );
    assert.equal(
      grown['policymark-user-yellow'],
      before['policymark-user-yellow'],
      'saved highlights not painted twice',
    );

    // In-page navigation (history.pushState) to a page without an article clears everything.
    const runs2 = await pipelineRuns(page);
    await page.evaluate(() => {
      history.pushState({}, '', '/roll/other.shtml');
      document.querySelector('#artibody')?.remove();
    });
    await waitForPipeline(page, runs2);
    const cleared = await highlightCounts(page);
    assert.equal(cleared['policymark-directive'] ?? 0, 0, JSON.stringify(cleared));
    await page.close();
  });

  it("in-page navigation on a site that keeps the first article's canonical link files the next article's notes under its own address (the same article's next page keeps them)", async () => {
    const url = 'https://finance.sina.com.cn/roll/2024-05-04/doc-spaaxxxx.shtml';
    const next = url.replace('spaa', 'spab');
    const article = (lead: string) =>
      `<p>${lead}</p><p>共同的一句话：切实兜牢民生底线，确保各项措施落地见效。</p><p>二是优化专项债券投向领域。</p>`;
    await serveHtml(
      s.context,
      url,
      `<!doctype html><html><head><meta charset="utf-8"><title>稳就业_新浪财经</title><link rel="canonical" href="${url}"></head>
<body><h1 class="main-title">稳就业</h1><div id="artibody">${article('国务院常务会议部署稳就业措施。一是加大援企稳岗力度。')}</div></body></html>`,
    );
    const page = await s.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPipeline(page);
    await selectText(page, '#artibody', '共同的一句话');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.waitForFunction(() => CSS.highlights.has('policymark-user-yellow'));
    /** The site's router: another address, that article's title and text, the canonical link untouched. */
    const go = (path: string, title: string, body: string) =>
      page.evaluate(
        ([path, title, body]) => {
          history.pushState({}, '', path);
          document.title = `${title}_新浪财经`;
          (document.querySelector('h1') as Element).textContent = title as string;
          (document.querySelector('#artibody') as Element).innerHTML = body as string;
        },
        [path, title, body],
      );
    // The same article's next page (same title): still filed under its canonical address.
    let runs = await pipelineRuns(page);
    await go(
      new URL(url).pathname.replace('.shtml', '_2.shtml'),
      '稳就业',
      article('国务院常务会议部署稳就业措施。一是加大援企稳岗力度。'),
    );
    await waitForPipeline(page, runs);
    await page.waitForFunction(() => CSS.highlights.has('policymark-user-yellow'));
    runs = await pipelineRuns(page);
    await go(new URL(next).pathname, '专项债', article('财政部发布通知，加快地方政府专项债券发行使用。'));
    await waitForPipeline(page, runs);
    // The first article's note is not painted on the second, which shares its sentence.
    assert.equal(await page.evaluate(() => CSS.highlights.has('policymark-user-yellow')), false);
    await selectText(page, '#artibody', '优化专项债券投向领域');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await page.waitForFunction(() => CSS.highlights.has('policymark-user-yellow'));
    const rows = (await readTable(s)).filter((r) => r.url === url || r.url === next);
    assert.deepEqual(rows.map((r) => [r.url, r.quote.exact]).sort(), [
      [url, '共同的一句话'],
      [next, '优化专项债券投向领域'],
    ]);
    await page.close();
  });

  // A single-page app changes the address and swaps the article element: in one task, or the element
  // arrives after a fetch, well after the re-run for the new address (the watcher's debounce is 400 ms).
  const SWAPS = [
    { label: 'the article element, at once', later: false, body: false },
    { label: 'the article element, after the re-run for the new address', later: true, body: false },
    { label: 'the whole <body> (as Turbo or pjax do), after the re-run', later: true, body: true },
  ];
  for (const { label, later, body } of SWAPS) {
    it(`after in-page navigation to a new article (swapping ${label}), later changes in that article still re-run detection`, async () => {
      const page = await openFixture(s, SINA);
      const navigate = () =>
        page.evaluate(() => history.pushState({}, '', location.pathname.replace('.shtml', '-next.shtml')));
      const swap = () =>
        page.evaluate((wholeBody) => {
          const old = wholeBody ? document.body : document.querySelector('#artibody');
          if (!old) throw new Error('nothing to swap');
          const fresh = old.cloneNode(true) as Element;
          const paragraphs = wholeBody ? fresh.querySelectorAll('#artibody p') : fresh.querySelectorAll('p');
          for (const p of Array.from(paragraphs).slice(12)) p.remove();
          old.replaceWith(fresh);
        }, body);
      let runs = await pipelineRuns(page);
      if (later) {
        await navigate();
        await waitForPipeline(page, runs);
        runs = await pipelineRuns(page);
        await swap();
      } else await Promise.all([navigate(), swap()]);
      await waitForPipeline(page, runs);
      // Lazy paragraphs then arrive in the new article element.
      const { before, grown } = await growArticle(page);
      assert.equal(
        grown['policymark-directive'],
        (before['policymark-directive'] ?? 0) + 2,
        JSON.stringify({ before, grown }),
      );
      assert.deepEqual(s.errors, []);
      await page.close();
    });
  }
});
