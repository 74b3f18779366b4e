/**
 * Firefox with the Firefox build loaded: Debian's firefox-esr driven over WebDriver BiDi by
 * puppeteer-core (Playwright drives only its own patched Firefox, which cannot load an unsigned
 * extension). Fixture pages are served at their real addresses by request interception; every other
 * request is aborted, so nothing leaves the machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { dragBox, type FixturePage, highlightHasSize, highlightSizes, pipelineRunsOver } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(import.meta.dirname, '../../.output/firefox-mv3');
const FIXTURES = join(import.meta.dirname, '../fixtures');

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Firefox with the built extension installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`no Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('no Firefox build: run npm run build:firefox first');
  }
  const profile = mkdtempSync(join(tmpdir(), 'pm-firefox-'));
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    try {
      await browser?.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
    });
    await browser.installExtension(EXTENSION_DIR);
    return { browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A new tab serving `f` at its address (the same page again on reload), loaded. */
export async function openFixture(s: FirefoxSession, f: FixturePage, html?: string): Promise<Page> {
  const body = html ?? readFileSync(join(FIXTURES, f.id, 'page.html'));
  const page = await s.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  // A request the page dropped meanwhile (a reload, the tab closed: an image of the page) cannot be
  // answered any more; Firefox says so, and that is no failure of the test.
  const ignore = (): void => undefined;
  page.on('request', (request) => {
    if (request.url() === f.url) {
      request.respond({ status: 200, contentType: `text/html; charset=${f.charset}`, body }).catch(ignore);
    } else request.abort().catch(ignore);
  });
  await page.goto(f.url, { waitUntil: 'load' });
  await waitForPipeline(page);
  return page;
}

/** Wait until the content script has analysed the page (its status highlight's priority counts runs). */
export async function waitForPipeline(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(pipelineRunsOver, { timeout: 15000 }, after);
}

/** Wait until the highlight `name` (policymark-user-yellow, …) holds exactly `size` ranges. */
export async function waitForHighlights(page: Page, name: string, size: number): Promise<void> {
  await page.waitForFunction(highlightHasSize, {}, { name, size });
}

/** Names and sizes of the policymark-* highlights registered on the page. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(highlightSizes);
}

/** The texts of the ranges of highlight `name`. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n: string) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Select the first occurrence of `needle` inside `selector` with a real mouse drag. */
export async function selectText(page: Page, selector: string, needle: string): Promise<void> {
  const box = await page.evaluate(dragBox, { selector, needle, scroll: 'center' as const });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/**
 * What the BiDi handles of puppeteer-core hold besides their public methods: the node as WebDriver BiDi
 * serialised it (with its shadow root, closed ones too) and the realm that makes handles of such values.
 */
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
  realm: { createHandle(value: unknown): ElementHandle<ShadowRoot> };
}

/**
 * The shadow roots of our in-page UI's hosts. The root is closed, so page scripts (and puppeteer's
 * `>>>`, which walks `shadowRoot`) get null; WebDriver BiDi serialises a host with its shadow root
 * whatever its mode, and the test takes it from there, with the extension as built.
 */
export async function uiRoots(page: Page): Promise<ElementHandle<ShadowRoot>[]> {
  const roots: ElementHandle<ShadowRoot>[] = [];
  for (const host of await page.$$('policymark-ui')) {
    const bidi = host as unknown as BidiHandle;
    const root = bidi.remoteValue().value?.shadowRoot;
    if (root) roots.push(bidi.realm.createHandle(root));
  }
  return roots;
}

/** The elements matching `selector` inside our in-page UI. */
export async function uiAll(page: Page, selector: string): Promise<ElementHandle[]> {
  const found: ElementHandle[] = [];
  for (const root of await uiRoots(page)) found.push(...(await root.$$(selector)));
  return found;
}

/** The control of our in-page UI (inside its shadow root) whose accessible label or text is `label`. */
export async function uiControl(page: Page, selector: string, label: string): Promise<ElementHandle> {
  const deadline = Date.now() + 10000;
  for (;;) {
    for (const handle of await uiAll(page, selector)) {
      const name = await handle.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent?.trim() ?? '');
      if (name === label) return handle;
    }
    if (Date.now() > deadline) throw new Error(`no ${selector} "${label}" in our UI`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The texts of the elements of our in-page UI (inside its shadow root) matching `selector`. */
export async function uiTexts(page: Page, selector: string): Promise<string[]> {
  const texts: string[] = [];
  for (const handle of await uiAll(page, selector)) {
    texts.push(((await handle.evaluate((e) => e.textContent)) ?? '').trim());
    await handle.dispose();
  }
  return texts;
}

/** Wait (up to 10 s) for an element of our in-page UI matching `selector` whose text matches `pattern`; its text. */
export async function uiTextMatching(page: Page, selector: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const found = (await uiTexts(page, selector)).find((text) => pattern.test(text));
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${selector} matching ${pattern} in our UI`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
