/**
 * The walking skeleton in real Chromium with the built extension: detection
 * paints policy pages and leaves others alone; select → Highlight → reload;
 * Add note → Save → popup; Export JSON.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  fixture,
  highlightCounts,
  launch,
  openFixture,
  openPopup,
  ourScripts,
  pipelineRuns,
  pipelineRunsOver,
  type Session,
  selectText,
  serveFixture,
  textPoint,
  waitForHighlights,
  waitForPipeline,
} from './harness';
import { readTable } from './lib-robust';

const SINA_POLICY = fixture('zh-sina-composite-miit-app');

describe('walking skeleton', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  for (const id of [
    'zh-sina-composite-miit-app',
    'zh-163money-ndrc-bonds-2015',
    'zh-people-henan-20240510',
  ]) {
    it(`paints directives and initiatives on the policy page ${id}`, async () => {
      const page = await openFixture(s, fixture(id));
      const counts = await highlightCounts(page);
      assert.ok((counts['policymark-directive'] ?? 0) >= 2, JSON.stringify(counts));
      assert.ok((counts['policymark-initiative'] ?? 0) >= 1, JSON.stringify(counts));
      await page.close();
    });
  }

  for (const id of [
    'zh-sina-12306-20181228',
    'zh-sina-bond-bubble-20190909',
    'zh-163money-market-close-20150703',
  ]) {
    it(`paints nothing on the non-policy page ${id}`, async () => {
      const page = await openFixture(s, fixture(id));
      const counts = await highlightCounts(page);
      assert.equal(counts['policymark-directive'] ?? 0, 0, JSON.stringify(counts));
      assert.equal(counts['policymark-initiative'] ?? 0, 0, JSON.stringify(counts));
      await page.close();
    });
  }

  it("runs the in-page UI's script only once there is something to show, and only once", async () => {
    await serveFixture(s.context, SINA_POLICY);
    const page = await s.context.newPage();
    const ours = await ourScripts(s, page);
    await page.goto(SINA_POLICY.url, { waitUntil: 'load' });
    await waitForPipeline(page);
    const counts = await highlightCounts(page);
    assert.ok((counts['policymark-directive'] ?? 0) >= 2, JSON.stringify(counts));
    assert.deepEqual(ours, ['/content-scripts/content.js']);
    // A plain click in the text (no drag, no selection) loads nothing either.
    const point = await textPoint(page, '#artibody', '工业生产较快增长');
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(300);
    assert.deepEqual(ours, ['/content-scripts/content.js']);
    // The toolbar, then the card for another selection: nothing is saved (later tests count highlights).
    await selectText(page, '#artibody', '工业生产较快增长');
    await page.getByRole('button', { name: 'Highlight', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await selectText(page, '#artibody', '市场投资信心不断增强');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor();
    await page.keyboard.press('Escape');
    assert.deepEqual(ours, ['/content-scripts/content.js', '/page-ui.js']);
    await page.close();
  });

  it("loads the detector's English half on an English page only, once, and paints its names", async () => {
    const english = fixture('en-theorychina-vulnerable-2012');
    await serveFixture(s.context, english);
    const page = await s.context.newPage();
    const ours = await ourScripts(s, page);
    await page.goto(english.url, { waitUntil: 'load' });
    await waitForPipeline(page);
    const names = await page.evaluate(() => {
      const h = CSS.highlights.get('policymark-initiative');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    // Names only the English finder finds (labels.json of the fixture).
    for (const name of ['China Human Development Report 2005', 'World Development Report 2005'])
      assert.ok(names.includes(name), JSON.stringify(names));
    assert.deepEqual(ours, ['/content-scripts/content.js', '/page-english.js']);
    // Another run on the page (content that arrives later) uses it without loading it again.
    const runs = await pipelineRuns(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The government will publish the Rural Revitalization Plan next year.';
      const inArticle = [...document.querySelectorAll('p')].find((e) =>
        e.textContent?.includes('Development Report'),
      );
      inArticle?.after(p);
    });
    await waitForPipeline(page, runs);
    assert.deepEqual(ours, ['/content-scripts/content.js', '/page-english.js']);
    await page.close();
  });

  it('select → Highlight → reload keeps the highlight on the same text', async () => {
    const page = await openFixture(s, SINA_POLICY);
    const quote = '上半年工业经济持续稳定恢复';
    await selectText(page, '#artibody', quote);
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await page.reload({ waitUntil: 'load' });
    await waitForPipeline(page);
    const painted = await page.evaluate(() => {
      const h = CSS.highlights.get('policymark-user-yellow');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    assert.deepEqual(painted, [quote]);
    await page.close();
  });

  it('Add note → Save → the popup lists the quote and the note; Export JSON contains it', async () => {
    const page = await openFixture(s, SINA_POLICY);
    const quote = '强化关键责任链监管';
    const note = 'Check the follow-up <b>list</b> in Q3';
    await selectText(page, '#artibody', quote);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
    );

    const popup = await openPopup(s, page);
    const thisPage = popup.getByRole('list', { name: 'This page' });
    await thisPage.getByText(quote).waitFor();
    await thisPage.getByText(note).waitFor();

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(json['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    const text = JSON.stringify(json);
    assert.ok(
      text.includes(quote) && text.includes(JSON.stringify(note).slice(1, -1)),
      'export has quote and note',
    );
    await popup.close();
    await page.close();
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});

describe('a page read without the background’s help', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  it('is read again about 10 s later though it does not change, and the library gets what it adds', async () => {
    // The background's first run of the English half's script fails (a tab it cannot reach).
    // Patched before the worker ran any script, so the browser API it calls is this one.
    await s.worker.evaluate(() => {
      const api = (
        globalThis as unknown as {
          chrome: {
            scripting: { executeScript(o: { files?: string[] }): Promise<unknown>; __refused?: number };
          };
        }
      ).chrome.scripting;
      const original = api.executeScript.bind(api);
      api.__refused = 0;
      api.executeScript = (o) =>
        o.files?.includes('/page-english.js') && api.__refused === 0 && ++api.__refused
          ? Promise.reject(new Error('refused by the test'))
          : original(o);
    });
    const english = fixture('en-theorychina-vulnerable-2012');
    await serveFixture(s.context, english);
    const page = await s.context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(english.url, { waitUntil: 'load' });
    await waitForPipeline(page);
    const names = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('policymark-initiative');
        return h ? [...h].map((r) => r.toString()) : [];
      });
    const only = 'China Human Development Report 2005';
    assert.ok(!(await names()).includes(only));
    assert.ok(
      warnings.some((w) => w.includes('the english script did not load')),
      JSON.stringify(warnings),
    );
    const pageRecord = async () =>
      (await readTable<{ url: string; initiatives: Array<{ text: string }> }>(s, 'pages')).find(
        (p) => p.url === english.url,
      );
    await page.waitForTimeout(500);
    assert.ok(!(await pageRecord())?.initiatives.some((i) => i.text === only));
    // Nothing on the page changes; the content script reads it again after RETRY_MS (10 s).
    const runs = await pipelineRuns(page);
    await page.waitForFunction(pipelineRunsOver, runs, { timeout: 20000 });
    assert.ok((await names()).includes(only), JSON.stringify(await names()));
    await page.waitForTimeout(500);
    assert.ok((await pageRecord())?.initiatives.some((i) => i.text === only));
    await page.close();
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
