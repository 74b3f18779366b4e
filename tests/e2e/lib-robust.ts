/**
 * Helpers for the robustness E2E tests (tests/e2e/robust-*.test.ts), on top of harness.ts:
 * hostile pages under a news host, the page's DOM without our UI host, a browser without the
 * extension, the database read from an extension page, and stopping the service worker.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { AnnotationRecord } from '../../lib/annotation';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { pipelineRuns, type Session } from './harness';

/** An address on a news host the content script runs on, for a made-up hostile page. */
export function hostileUrl(name: string): string {
  return `https://finance.sina.com.cn/x/hostile-${name}.shtml`;
}

/** Serve `html` (UTF-8) at `url` in `context`. */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }),
  );
}

/**
 * Open `url` with the page's own scripts off (content scripts still run: they live in an isolated
 * world), wait for the content script's first run, then turn scripts back on so Playwright's
 * waits work; the page's scripts were skipped while parsing and do not run later.
 */
export async function openStatic(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(url, { waitUntil: 'load' });
  // waitForFunction polls with requestAnimationFrame, which does not run while scripts are off.
  const deadline = Date.now() + 15000;
  while ((await pipelineRuns(page)) < 1) {
    if (Date.now() > deadline) throw new Error(`the content script did not run on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  await cdp.detach();
  return page;
}

/** The page's serialized DOM with our `policymark-ui` host taken out. */
export async function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    for (const host of clone.querySelectorAll('policymark-ui, [data-policymark-ui]')) host.remove();
    return clone.outerHTML;
  });
}

/** A Chromium with no extension and page scripts off: the reference rendering of a page. */
export async function launchPlain(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  return { browser, context };
}

/** All rows of a table of the extension's database, read from an extension page (fresh tab). */
export async function readTable<T = AnnotationRecord>(session: Session, table = 'annotations'): Promise<T[]> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    return await page.evaluate(
      (name) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('policymark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(name)) {
              db.close();
              resolve([]);
              return;
            }
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => {
              db.close();
              resolve(req.result as T[]);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      table,
    );
  } finally {
    await page.close();
  }
}

/** Stop every service worker (ours) as Chrome does when it idles one out or it crashes. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Resolves to `fallback` after `ms` unless `promise` settles first (a frozen worker never answers). */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((r) => setTimeout(() => r(fallback), ms)),
  ]);
}

/** The extension's running service worker; wakes one (a message from an extension page) if none answers. */
export async function currentWorker(session: Session): Promise<import('playwright-core').Worker> {
  const prefix = `chrome-extension://${session.extensionId}/`;
  for (let round = 0; round < 3; round++) {
    const workers = session.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
    for (const w of workers.reverse()) {
      if (
        await within(
          w.evaluate(() => true),
          1500,
          false,
        )
      )
        return w;
    }
    const next = session.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(prefix),
      timeout: 10000,
    });
    const page = await session.context.newPage();
    await page.goto(`${prefix}popup.html`);
    await within(
      page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'wake-up' }),
      ),
      3000,
      null,
    );
    await page.close();
    const woken = await within(next, 10000, null);
    if (
      woken &&
      (await within(
        woken.evaluate(() => true),
        1500,
        false,
      ))
    )
      return woken;
  }
  throw new Error('no running service worker');
}

/** Console errors and uncaught errors of our service worker(s), collected from now on. */
export function watchWorkerErrors(session: Session): string[] {
  const errors: string[] = [];
  const watch = (w: import('playwright-core').Worker): void => {
    if (!w.url().startsWith(`chrome-extension://${session.extensionId}/`)) return;
    w.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`[worker] ${msg.text()}`);
    });
  };
  for (const w of session.context.serviceWorkers()) watch(w);
  session.context.on('serviceworker', watch);
  return errors;
}

/** The note card's parts and the page's highlights, for save scenarios. */
export async function userHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('policymark-user-')) for (const r of h) out.push((r as Range).toString());
    }
    return out;
  });
}
