/**
 * The Firefox build in Firefox (Debian's firefox-esr): the content script detects and paints, and a
 * highlight and a note made with the mouse and keyboard survive a reload (content script, background
 * and Firefox's IndexedDB). Extension pages are not opened: WebDriver BiDi refuses to navigate a tab to
 * moz-extension: addresses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tify } from 'chinese-conv';
import {
  type FirefoxSession,
  highlightCounts,
  highlightTexts,
  launchFirefox,
  openFixture,
  selectText,
  uiAll,
  uiControl,
  uiTextMatching,
  uiTexts,
  waitForHighlights,
  waitForPipeline,
} from './firefox-harness';
import { FIXTURES, fixture } from './harness';

const SINA_POLICY = fixture('zh-sina-composite-miit-app');

describe('Firefox', () => {
  let s: FirefoxSession;
  before(async () => {
    s = await launchFirefox();
  });
  after(async () => {
    await s?.close();
  });

  it('paints directives and initiatives on a policy page, and nothing on a non-policy page with ordinals', async () => {
    const policy = await openFixture(s, SINA_POLICY);
    const counts = await highlightCounts(policy);
    assert.ok((counts['policymark-directive'] ?? 0) >= 2, JSON.stringify(counts));
    assert.ok((counts['policymark-initiative'] ?? 0) >= 1, JSON.stringify(counts));
    await policy.close();
    // A non-policy story with ordinals in it (一是…), which the policy gate must leave unpainted.
    const other = await openFixture(s, fixture('zh-qq-data-crackdown-2019'));
    const none = await highlightCounts(other);
    assert.equal(none['policymark-directive'] ?? 0, 0, JSON.stringify(none));
    assert.equal(none['policymark-initiative'] ?? 0, 0, JSON.stringify(none));
    await other.close();
  });

  it("paints a Traditional Chinese page (as gov.cn's big5 gateway serves it) as its simplified original", async () => {
    const gov = fixture('zh-govcn-guobanfa-2019-6');
    const simplified = await openFixture(s, gov);
    const want = await highlightCounts(simplified);
    const names = await highlightTexts(simplified, 'policymark-initiative');
    await simplified.close();
    const big5 = {
      ...gov,
      url: gov.url.replace('http://www.gov.cn/', 'http://big5.www.gov.cn/gate/big5/www.gov.cn/'),
    };
    const html = tify(readFileSync(join(FIXTURES, gov.id, 'page.html'), 'utf8'));
    const page = await openFixture(s, big5, html);
    assert.deepEqual(await highlightCounts(page), want);
    assert.ok((want['policymark-initiative'] ?? 0) >= 5, JSON.stringify(want));
    assert.deepEqual(
      await highlightTexts(page, 'policymark-initiative'),
      names.map((t) => tify(t)),
    );
    await page.close();
  });

  it('select → Highlight → reload keeps the highlight on the same text', async () => {
    const page = await openFixture(s, SINA_POLICY);
    const quote = '上半年工业经济持续稳定恢复';
    await selectText(page, '#artibody', quote);
    await (await uiControl(page, 'button', 'Highlight')).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await page.reload({ waitUntil: 'load' });
    await waitForPipeline(page);
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    assert.deepEqual(await highlightTexts(page, 'policymark-user-yellow'), [quote]);
    await page.close();
  });

  it('Add note → type → Save → reload shows the note, as text', async () => {
    const page = await openFixture(s, SINA_POLICY);
    const quote = '强化关键责任链监管';
    const note = 'Check the follow-up <b>list</b> in Q3';
    await selectText(page, '#artibody', quote);
    await (await uiControl(page, 'button', 'Add note')).click();
    const box = await uiControl(page, 'textarea', 'Note');
    await box.focus();
    await page.keyboard.type(note);
    await (await uiControl(page, 'button', 'Save')).click();
    const badge = `Note: ${note}`;
    await uiControl(page, 'button', badge);
    // The UI's shadow root is closed: the page's own scripts find neither it nor the note.
    const reads = await page.evaluate(() => ({
      root: document.querySelector('policymark-ui')?.shadowRoot ?? null,
      html: document.documentElement.getHTML({ serializableShadowRoots: true }),
      text: document.documentElement.textContent,
    }));
    assert.equal(reads.root, null);
    assert.ok(
      !reads.html.includes('follow-up') && !reads.text?.includes('follow-up'),
      'the page reads the note',
    );
    await page.reload({ waitUntil: 'load' });
    await waitForPipeline(page);
    // The badge comes back once the note is anchored again; opening it shows the stored note, as text.
    const yellow = await highlightTexts(page, 'policymark-user-yellow');
    assert.ok(yellow.includes(quote), JSON.stringify(yellow));
    await (await uiControl(page, 'button', badge)).click();
    const card = await uiControl(page, 'textarea', 'Note');
    assert.equal(await card.evaluate((e) => (e as HTMLTextAreaElement).value), note);
    assert.equal((await uiAll(page, 'b')).length, 0);
    await page.close();
  });

  it('a highlight whose words were edited since is placed on them again (the fuzzy step, loaded when needed)', async () => {
    const quote = '各项助企惠企政策红利持续显现，市场主体进一步恢复元气';
    const page = await openFixture(s, SINA_POLICY);
    // Earlier tests left highlights of their own on this page.
    const before = (await highlightTexts(page, 'policymark-user-yellow')).length;
    await selectText(page, '#artibody', quote);
    await (await uiControl(page, 'button', 'Highlight')).click();
    await waitForHighlights(page, 'policymark-user-yellow', before + 1);
    await page.close();
    const html = readFileSync(join(FIXTURES, SINA_POLICY.id, 'page.html'), 'utf8');
    const edited = html.replace('各项助企惠企政策红利持续显现', '各项助企惠企政策红利正在持续显现');
    assert.notEqual(edited, html);
    const again = await openFixture(s, SINA_POLICY, edited);
    await waitForHighlights(again, 'policymark-user-yellow', before + 1);
    const yellow = await highlightTexts(again, 'policymark-user-yellow');
    assert.ok(
      yellow.includes('各项助企惠企政策红利正在持续显现，市场主体进一步恢复元气'),
      JSON.stringify(yellow),
    );
    await again.close();
  });

  it('the page says when a saved note could not be placed (a toast in the closed shadow root), and says nothing when all are', async () => {
    const gdp = fixture('zh-sina-gdp-target-20220305');
    const quote = '财政支出超过26万亿元，退税减税约2.5万亿元';
    const page = await openFixture(s, gdp);
    await selectText(page, 'body', quote);
    await (await uiControl(page, 'button', 'Highlight')).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    // Every note placed on reload: no toast (the one about orphans comes 1.5 s after a run).
    await page.reload({ waitUntil: 'load' });
    await waitForPipeline(page);
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await new Promise((r) => setTimeout(r, 2500));
    assert.deepEqual(await uiTexts(page, '[role="status"]'), []);
    await page.close();
    // The sentence is gone from the page: the note is an orphan, painted nowhere, and the page says so.
    const html = readFileSync(join(FIXTURES, gdp.id, 'page.html'), 'utf8');
    const cut = html.replace(`今年财政、货币、就业优先等政策力度不小，${quote}，`, '');
    assert.notEqual(cut, html);
    const again = await openFixture(s, gdp, cut);
    const toast = await uiTextMatching(
      again,
      '[role="status"]',
      /^1 saved note could not be placed on this page/,
    );
    assert.match(toast, /It is kept, and listed in the popup\.$/);
    assert.deepEqual(await highlightTexts(again, 'policymark-user-yellow'), []);
    await again.close();
  });

  it("paints an English page's names, found by the detector's English half, loaded for it", async () => {
    const page = await openFixture(s, fixture('en-theorychina-vulnerable-2012'));
    await waitForHighlights(page, 'policymark-initiative', 3);
    const names = await highlightTexts(page, 'policymark-initiative');
    for (const name of ['China Human Development Report 2005', 'World Development Report 2005'])
      assert.ok(names.includes(name), JSON.stringify(names));
    await page.close();
  });
});
