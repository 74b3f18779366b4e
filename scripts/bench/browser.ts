/** Chromium without the extension (cases 1–3 and the heap baseline), offline, with pages served at their addresses. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { blockNetwork, CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import type { BenchPage } from './pages';

/** A headless Chromium with no extension; `close` removes its profile. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pm-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
  await blockNetwork(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Cross-origin isolation headers: they give `performance.now()` 5 µs resolution instead of 100 µs, which
 * sub-millisecond cases need. The pages load no subresources anyway (the network is blocked).
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Serve `page` at its address (cross-origin isolated) and open it in a new tab (load event reached). */
export async function openBenchPage(context: BrowserContext, page: BenchPage): Promise<Page> {
  await context.route(page.url, (route) =>
    route.fulfill({
      status: 200,
      body: page.body,
      contentType: `text/html; charset=${page.charset}`,
      headers: ISOLATION_HEADERS,
    }),
  );
  const tab = await context.newPage();
  await tab.goto(page.url, { waitUntil: 'load' });
  return tab;
}
