/**
 * "Nothing lost, nothing let in" — the pages. Every fixture page's DOM is exactly what a browser
 * without PolicyMark shows (page scripts off so pages cannot change themselves), also after the
 * reader highlights and notes; hostile pages (no body, frameset, iframes, SVG, contenteditable,
 * shadow roots, text in script/style/textarea, a megabyte of text, deep nesting, hostile titles,
 * a strict CSP, a page that squats our element name) raise no error and get nothing painted
 * where it should not be.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  fixture,
  fixturePages,
  highlightCounts,
  launch,
  type Session,
  selectText,
  serveFixture,
  uiEvaluate,
  waitForHighlights,
  waitForPipeline,
} from './harness';
import { hostileUrl, launchPlain, openStatic, pageDom, serveHtml, userHighlights } from './lib-robust';

const POLICY_P =
  '<p>国务院办公厅关于推进改革的实施意见。一是加强统筹协调，二是强化监管执法，三是开展“人工智能+”行动，实施产业基础再造工程。</p>';
const ARTICLE = `<h1>国务院办公厅关于推进改革的实施意见</h1><div id="artibody">${POLICY_P.repeat(4)}</div>`;
const SECRET = '一是秘密指令，二是隐藏指令，三是开展秘密专项行动。';

/** Where each painted policymark-* range sits: its text and the tags of its ancestors. */
async function paintedPlaces(
  page: Page,
): Promise<Array<{ name: string; text: string; path: string[]; inShadow: boolean }>> {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string; path: string[]; inShadow: boolean }> = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('policymark-')) continue;
      for (const r of h) {
        const range = r as Range;
        const path: string[] = [];
        for (let el = range.startContainer.parentElement; el; el = el.parentElement) path.push(el.localName);
        out.push({
          name,
          text: range.toString(),
          path,
          inShadow: range.startContainer.getRootNode() !== document,
        });
      }
    }
    return out;
  });
}

describe('the page is left as it was', () => {
  let s: Session;
  let plain: { browser: Browser; context: BrowserContext };
  before(async () => {
    s = await launch();
    plain = await launchPlain();
  });
  after(async () => {
    await s.close();
    await plain.browser.close();
  });

  async function reference(id: string): Promise<string> {
    const f = fixture(id);
    await serveFixture(plain.context, f);
    const page = await plain.context.newPage();
    await page.goto(f.url, { waitUntil: 'load' });
    const dom = await pageDom(page);
    await page.close();
    return dom;
  }

  async function withExtension(id: string): Promise<Page> {
    const f = fixture(id);
    await serveFixture(s.context, f);
    return openStatic(s.context, f.url);
  }

  const pages = fixturePages().filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i);
  for (const f of pages) {
    it(`${f.id}: the DOM after PolicyMark ran equals the DOM without it`, async () => {
      const expected = await reference(f.id);
      const page = await withExtension(f.id);
      const counts = await highlightCounts(page);
      assert.equal(await pageDom(page), expected, `DOM changed (painted: ${JSON.stringify(counts)})`);
      await page.close();
    });
  }

  it('after a highlight and a note with a badge, the page DOM is still unchanged (our UI lives in its own host)', async () => {
    const id = 'zh-sina-composite-miit-app';
    const expected = await reference(id);
    const page = await withExtension(id);
    await selectText(page, '#artibody', '上半年工业经济持续稳定恢复');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await selectText(page, '#artibody', '强化关键责任链监管');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('a badge next to the text');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });
    assert.equal((await userHighlights(page)).length, 2);
    assert.equal(await pageDom(page), expected);
    await page.close();
  });

  it('reports no console errors or unhandled rejections from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});

describe('hostile pages', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  /** Serve `html` under a news host, open it (page scripts on) and wait for the content script. */
  async function open(name: string, html: string, headers?: Record<string, string>): Promise<Page> {
    const url = hostileUrl(name);
    if (headers) {
      await s.context.route(url, (route) =>
        route.fulfill({
          status: 200,
          body: html,
          headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
        }),
      );
    } else await serveHtml(s.context, url, html);
    const page = await s.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPipeline(page);
    return page;
  }

  it('a page whose script removed <body>', async () => {
    const page = await open(
      'no-body',
      `<title>无正文</title><body>${ARTICLE}<script>document.body.remove()</script></body>`,
    );
    assert.equal(await page.evaluate(() => document.body), null);
    assert.deepEqual(await paintedPlaces(page), []);
    await page.close();
  });

  it('a frameset: nothing runs or paints inside the frames (top frame only)', async () => {
    await serveHtml(s.context, hostileUrl('frame-a'), `<body>${ARTICLE}</body>`);
    await serveHtml(
      s.context,
      hostileUrl('frameset'),
      `<frameset cols="50%,50%"><frame src="${hostileUrl('frame-a')}"><frame src="about:blank"></frameset>`,
    );
    const page = await s.context.newPage();
    await page.goto(hostileUrl('frameset'), { waitUntil: 'load' });
    await waitForPipeline(page);
    assert.deepEqual(await paintedPlaces(page), []);
    for (const frame of page.frames().slice(1)) {
      assert.equal(await frame.evaluate(() => CSS.highlights.size), 0, frame.url());
    }
    await page.close();
  });

  it('iframes: the article is painted, the iframe documents are not', async () => {
    await serveHtml(s.context, hostileUrl('frame-b'), `<body>${ARTICLE}</body>`);
    const page = await open(
      'iframes',
      `<body>${ARTICLE}<iframe src="${hostileUrl('frame-b')}"></iframe><iframe srcdoc="<p>${SECRET}</p>"></iframe></body>`,
    );
    const places = await paintedPlaces(page);
    assert.ok(
      places.some((p) => p.name === 'policymark-directive'),
      JSON.stringify(places),
    );
    assert.ok(places.every((p) => !p.text.includes('秘密')));
    for (const frame of page.frames().slice(1)) {
      assert.equal(await frame.evaluate(() => CSS.highlights.size), 0, frame.url());
    }
    await page.close();
  });

  it('SVG, script, style, textarea, noscript and template text is never painted', async () => {
    const page = await open(
      'hidden-text',
      `<body><h1>国务院办公厅关于推进改革的实施意见</h1><div id="artibody">${POLICY_P}
        <svg width="300" height="40"><text x="0" y="20">${SECRET}</text></svg>
        <script>var s = "${SECRET}";</script><style>/* ${SECRET} */</style>
        <textarea>${SECRET}</textarea><noscript>${SECRET}</noscript><template><p>${SECRET}</p></template>
        ${POLICY_P}</div></body>`,
    );
    const places = await paintedPlaces(page);
    assert.ok(places.length > 0);
    const forbidden = ['svg', 'script', 'style', 'textarea', 'noscript', 'template'];
    for (const p of places) {
      assert.ok(!p.text.includes('秘密') && !p.text.includes('隐藏'), JSON.stringify(p));
      assert.ok(!p.path.some((tag) => forbidden.includes(tag)), JSON.stringify(p));
    }
    assert.equal(await page.locator('textarea').inputValue(), SECRET);
    await page.close();
  });

  it('shadow roots (declarative): nothing is painted inside them', async () => {
    const page = await open(
      'shadow',
      `<body><div id="artibody">${POLICY_P}<div id="host"><template shadowrootmode="open"><p>${SECRET}</p></template></div>${POLICY_P}</div></body>`,
    );
    assert.equal(await page.evaluate(() => document.getElementById('host')?.shadowRoot?.textContent), SECRET);
    const places = await paintedPlaces(page);
    assert.ok(places.length > 0);
    assert.ok(
      places.every((p) => !p.inShadow && !p.text.includes('秘密')),
      JSON.stringify(places),
    );
    await page.close();
  });

  it('contenteditable article: typing still works and PolicyMark adds no nodes', async () => {
    const page = await open(
      'editable',
      `<body><div id="artibody" contenteditable="true">${POLICY_P.repeat(3)}</div></body>`,
    );
    const before = await page.evaluate(
      () => document.getElementById('artibody')?.querySelectorAll('*').length,
    );
    await page.click('#artibody p');
    await page.keyboard.press('End');
    await page.keyboard.type('补充一句。');
    await page.waitForTimeout(800); // let the watcher's debounced re-run happen
    assert.ok((await page.textContent('#artibody'))?.includes('补充一句。'));
    assert.equal(
      await page.evaluate(() => document.getElementById('artibody')?.querySelectorAll('*').length),
      before,
    );
    await page.close();
  });

  /** Longest gap between 20 ms heartbeats of the page's main thread since load (the content script shares it). */
  const HEARTBEAT = `<script>window.__gap = 0; let last = performance.now();
    setInterval(() => { const now = performance.now(); window.__gap = Math.max(window.__gap, now - last); last = now; }, 20);</script>`;
  const maxGap = (page: Page) =>
    page.evaluate(() => Math.round((window as unknown as { __gap: number }).__gap));

  it('a megabyte of article text: the pipeline finishes and a highlight at its very end works', async () => {
    const big = `<p>${'上半年工业经济持续稳定恢复，'.repeat(80_000)}</p>`;
    const t0 = Date.now();
    const page = await open(
      'megabyte',
      `<head>${HEARTBEAT}</head><body><h1>国务院办公厅关于推进改革的实施意见</h1><div id="artibody">${POLICY_P}${big}<p id="end">最后一段：稳住工业经济大盘。</p></div></body>`,
    );
    console.log(
      `# megabyte page: load + pipeline ${Date.now() - t0} ms, longest main-thread block ${await maxGap(page)} ms`,
    );
    assert.ok(
      (await page.evaluate(() => document.getElementById('artibody')?.textContent?.length ?? 0)) > 1_000_000,
    );
    await selectText(page, '#end', '稳住工业经济大盘');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    assert.deepEqual(await userHighlights(page), ['稳住工业经济大盘']);
    await page.close();
  });

  // 2000 levels: Chromium itself (without PolicyMark) crashes the tab at about 3000.
  it('deep nesting built by a script (2000 levels): the pipeline finishes', async () => {
    const t0 = Date.now();
    const page = await open(
      'deep',
      `<head>${HEARTBEAT}</head><body><h1>国务院办公厅关于推进改革的实施意见</h1><div id="root"></div><script>
        let el = document.getElementById('root');
        for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); if (i % 100 === 0) d.innerHTML = ${JSON.stringify(POLICY_P)}; el.append(d); el = d; }
      </script></body>`,
    );
    console.log(
      `# deep page: load + pipeline ${Date.now() - t0} ms, longest main-thread block ${await maxGap(page)} ms`,
    );
    // Every one of the 20 nested copies of the paragraph is analysed: 3 directives and 3 initiatives each.
    const counts = await highlightCounts(page);
    assert.equal(counts['policymark-directive'], 60, JSON.stringify(counts));
    assert.equal(counts['policymark-initiative'], 60, JSON.stringify(counts));
    await page.close();
  });

  it('a huge <title> full of separators and no headline element: the pipeline finishes', async () => {
    const title = `国务院办公厅关于推进改革的实施意见${'_频道'.repeat(8000)}`;
    const t0 = Date.now();
    const page = await open(
      'title',
      `<title>${title}</title>${HEARTBEAT}<body><div id="artibody">${POLICY_P.repeat(3)}</div></body>`,
    );
    console.log(
      `# title page: load + pipeline ${Date.now() - t0} ms, longest main-thread block ${await maxGap(page)} ms`,
    );
    // The article's three copies of the paragraph are analysed whatever the title: 3 + 3 items each.
    const counts = await highlightCounts(page);
    assert.equal(counts['policymark-directive'], 9, JSON.stringify(counts));
    assert.equal(counts['policymark-initiative'], 9, JSON.stringify(counts));
    await page.close();
  });

  it('a strict Content-Security-Policy: the toolbar still shows, styled and placed, and Highlight works', async () => {
    const page = await open('csp', `<body>${ARTICLE}</body>`, {
      'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'",
    });
    assert.ok(((await highlightCounts(page))['policymark-directive'] ?? 0) >= 2);
    await selectText(page, '#artibody', '加强统筹协调');
    const button = page.getByRole('button', { name: 'Highlight', exact: true });
    await button.waitFor();
    const position = await uiEvaluate(page, '.pm-toolbar', (toolbar) => getComputedStyle(toolbar).position);
    assert.equal(position, 'absolute', 'the shadow-root stylesheet applies under the page CSP');
    await button.click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await page.close();
  });

  it("a page's @property registrations of short custom-property names do not blank our colours", async () => {
    // The usual rotating-border snippet registers --a as an <angle>; a registration applies inside our
    // shadow root too, so a colour of ours under such a name would be invalid (a white Save button).
    const registered = ['a', 'b', 'f', 'l', 'm']
      .map((n) => `@property --${n} { syntax: '<angle>'; inherits: false; initial-value: 0deg; }`)
      .join(' ');
    const page = await open('registered', `<head><style>${registered}</style></head><body>${ARTICLE}</body>`);
    await selectText(page, '#artibody', '加强统筹协调');
    await page.getByRole('button', { name: 'Add note' }).click();
    const save = page.getByRole('button', { name: 'Save' });
    await save.waitFor();
    const colours = await save.evaluate((el) => {
      const card = el.closest('.pm-card') as Element;
      return { button: getComputedStyle(el).backgroundColor, card: getComputedStyle(card).backgroundColor };
    });
    assert.notEqual(colours.button, 'rgba(0, 0, 0, 0)', JSON.stringify(colours));
    assert.notEqual(colours.card, 'rgba(0, 0, 0, 0)', JSON.stringify(colours));
    assert.notEqual(colours.button, colours.card, JSON.stringify(colours));
    await page.close();
  });

  it('a page that squats <policymark-ui>, patches attachShadow and CSS.highlights in its own world', async () => {
    const page = await open(
      'squatter',
      `<head><script>
        customElements.define('policymark-ui', class extends HTMLElement { connectedCallback() { this.textContent = 'squatted'; } });
        Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
        CSS.highlights.set = function () { throw new Error('no highlights for you'); };
        window.Highlight = function () { throw new Error('no Highlight'); };
      </script></head><body>${ARTICLE}</body>`,
    );
    assert.ok(((await highlightCounts(page))['policymark-directive'] ?? 0) >= 2);
    await selectText(page, '#artibody', '加强统筹协调');
    await page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await page.close();
  });

  it('a live ticker inside the article (updates every 100 ms): late paragraphs still get analysed', async () => {
    const page = await open(
      'ticker',
      `<body><h1>行情</h1><div id="artibody"><p>上证指数 <span id="live">3000.00</span> 点。</p>${POLICY_P}<div id="late"></div></div><script>
        let i = 0;
        setInterval(() => { document.getElementById('live').textContent = (i++ % 2 ? '3.1' : '3456.78 (+1.23%)'); }, 100);
        setTimeout(() => { document.getElementById('late').innerHTML = ${JSON.stringify(
          '<p>四是实施中小企业数字化赋能专项行动，五是开展“携手行动”。</p>',
        )}; }, 1000);
      </script></body>`,
    );
    const painted = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('policymark-directive') ?? [])].map((r) => (r as Range).toString()),
      );
    await page.waitForFunction(() => document.getElementById('late')?.textContent !== '');
    // The watcher debounces re-runs by 400 ms; a page that never stops changing must not starve it.
    const deadline = Date.now() + 6000;
    while (Date.now() < deadline && !(await painted()).some((t) => t.startsWith('四是')))
      await page.waitForTimeout(200);
    assert.ok(
      (await painted()).some((t) => t.startsWith('四是')),
      `late directive painted: ${JSON.stringify(await painted())}`,
    );
    await page.close();
  });

  it('reports no console errors or unhandled rejections from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
