/**
 * Real Chromium with the built extension loaded (TOOLCHAIN.md recipe), and
 * fixture pages served under their real addresses with no network.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { blockNetwork, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { revealClosedRoots } from './closed-root';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The unpacked extension; PM_EXT_DIR lets a run use its own copy of the build. */
export const EXT_DIR = process.env.PM_EXT_DIR ?? join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');

export interface FixturePage {
  id: string;
  url: string;
  charset: string;
}

/** Fixture pages with their real addresses (tests/fixtures/fixtures.json) plus the Sina composite. */
export function fixturePages(): FixturePage[] {
  const list = JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as FixturePage[];
  return [
    ...list,
    {
      id: 'zh-sina-composite-miit-app',
      url: 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml',
      charset: 'utf-8',
    },
  ];
}

export function fixture(id: string): FixturePage {
  const f = fixturePages().find((p) => p.id === id);
  if (!f) throw new Error(`no fixture ${id}`);
  return f;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  errors: string[];
  close(): Promise<void>;
}

export async function launch(
  options: { lang?: string; profile?: string; headless?: boolean; extDir?: string } = {},
): Promise<Session> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pm-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.lang ?? 'en-US',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${options.extDir ?? EXT_DIR}`,
      `--load-extension=${options.extDir ?? EXT_DIR}`,
      `--lang=${options.lang ?? 'en-US'}`,
      ...CHROMIUM_ARGS,
    ],
  });
  // No network: anything not routed by a test is refused.
  await blockNetwork(context);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  // Errors of our extension only (pages probe chrome-extension://invalid/ and fail on their own).
  const ours = (text: string): boolean =>
    text.includes(`chrome-extension://${extensionId}`) || /policymark/i.test(text);
  const watch = (page: Page): void => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' && ours(`${msg.text()} ${msg.location().url}`)) {
        errors.push(`${msg.text()} @ ${msg.location().url}`);
      }
    });
    page.on('pageerror', (err) => {
      if (ours(`${err.message} ${err.stack ?? ''}`)) errors.push(err.message);
    });
  };
  // Our UI's shadow root is closed: the harness lets Playwright's locators (not the page) into it.
  const reveal = (page: Page): void => void revealClosedRoots(context, page).catch(() => undefined);
  context.on('page', watch);
  context.on('page', reveal);
  for (const p of context.pages()) {
    watch(p);
    reveal(p);
  }
  return {
    context,
    extensionId,
    worker,
    profile,
    errors,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serve a fixture's page bytes (any charset) at its real address. */
export async function serveFixture(
  context: BrowserContext,
  f: FixturePage,
  body?: Buffer | string,
): Promise<void> {
  const bytes = body ?? readFileSync(join(FIXTURES, f.id, 'page.html'));
  await context.route(f.url, (route) =>
    route.fulfill({ status: 200, body: bytes, contentType: `text/html; charset=${f.charset}` }),
  );
}

/** Open a fixture page and wait until the content script has painted (or decided not to). */
export async function openFixture(session: Session, f: FixturePage, body?: Buffer | string): Promise<Page> {
  await serveFixture(session.context, f, body);
  const page = await session.context.newPage();
  await page.goto(f.url, { waitUntil: 'load' });
  await waitForPipeline(page);
  return page;
}

/** Runs finished by the content script: the priority of the empty `policymark-status` highlight (no DOM change). */
/**
 * The paths of our scripts the page's renderer parses from now on (content scripts and the scripts the
 * background runs in it live in an isolated world; CDP sees them all), in order, kept up to date.
 */
export async function ourScripts(session: Session, page: Page): Promise<string[]> {
  const cdp = await session.context.newCDPSession(page);
  const ours: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) ours.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  return ours;
}

export async function pipelineRuns(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('policymark-status')?.priority ?? 0);
}

/** In the page: whether the content script has finished more than `after` runs (shared with the Firefox harness). */
export function pipelineRunsOver(after: number): boolean {
  return (CSS.highlights.get('policymark-status')?.priority ?? 0) > after;
}

/** Wait until the content script has finished more than `after` runs. */
export async function waitForPipeline(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(pipelineRunsOver, after, { timeout: 15000 });
}

/** In the page: whether the highlight `name` holds exactly `size` ranges (shared with the Firefox harness). */
export function highlightHasSize(arg: { name: string; size: number }): boolean {
  return (CSS.highlights.get(arg.name)?.size ?? 0) === arg.size;
}

/** Wait until the highlight `name` (policymark-user-yellow, …) holds exactly `size` ranges. */
export async function waitForHighlights(page: Page, name: string, size: number): Promise<void> {
  await page.waitForFunction(highlightHasSize, { name, size });
}

/** In the page: names and sizes of the policymark-* highlights (shared with the Firefox harness). */
export function highlightSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('policymark-')) out[name] = h.size;
  return out;
}

/** Names and sizes of the policymark-* highlights registered on the page. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(highlightSizes);
}

/**
 * In the page: scroll the first occurrence of `needle` inside `selector` into view and return where a
 * mouse drag over it starts and ends (shared with the Firefox harness; no inner functions, as the
 * page gets its source text).
 */
export function dragBox(arg: { selector: string; needle: string; scroll: 'center' | 'bottom' }): {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
} {
  const root = document.querySelector(arg.selector);
  if (!root) throw new Error(`no ${arg.selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent?.indexOf(arg.needle) ?? -1;
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + arg.needle.length);
    if (arg.scroll === 'center') r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    else window.scrollBy(0, r.getBoundingClientRect().bottom - (window.innerHeight - 6));
    const rects = [...r.getClientRects()];
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) throw new Error('no rects');
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }
  throw new Error(`text not found: ${arg.needle}`);
}

/** Select text[start..] of the first occurrence of `needle` inside `selector` using real mouse drag. */
export async function selectText(
  page: Page,
  selector: string,
  needle: string,
  /** `center` (default) scrolls the text to mid-viewport; `bottom` puts it on the viewport's last line. */
  options: { scroll?: 'center' | 'bottom' } = {},
): Promise<void> {
  const box = await page.evaluate(dragBox, { selector, needle, scroll: options.scroll ?? 'center' });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Viewport point at the `at`-th character of the first occurrence of `needle` inside `selector` (scrolled into view). */
export async function textPoint(
  page: Page,
  selector: string,
  needle: string,
  at = 1,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, needle, at }) => {
      const walker = document.createTreeWalker(
        document.querySelector(selector) ?? document.body,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent?.indexOf(needle) ?? -1;
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + at);
        r.setEnd(n, i + at + 1);
        n.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${needle}`);
    },
    { selector, needle, at },
  );
}

/**
 * `fn` of the first element matching `selector` inside our in-page UI, or null when there is none (at
 * once, without waiting). Its shadow root is closed: `page.evaluate` (the page's world) gets no way in,
 * and neither do `locator.evaluateAll` and `$$eval`, which query there; a locator's element handles are
 * found where the harness lets Playwright in (tests/e2e/closed-root.ts).
 */
export async function uiEvaluate<R>(page: Page, selector: string, fn: (el: Element) => R): Promise<R | null> {
  const found = await page.locator('policymark-ui').locator(selector).elementHandles();
  try {
    return found[0] ? await found[0].evaluate(fn) : null;
  } finally {
    for (const el of found) await el.dispose();
  }
}

/** Open the library page in a new tab. */
export async function openLibrary(session: Session): Promise<Page> {
  const library = await session.context.newPage();
  await library.goto(`chrome-extension://${session.extensionId}/library.html`);
  return library;
}

/** Open the popup in a tab, pointed at the given page's tab. */
export async function openPopup(session: Session, forPage?: Page): Promise<Page> {
  let query = '';
  if (forPage) {
    const url = forPage.url();
    const tabId = await session.worker.evaluate(async (u) => {
      type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      return (await tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, url);
    if (tabId) query = `?tab=${tabId}`;
  }
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return popup;
}
