/** Headless Chromium settings shared by the E2E harness (tests/e2e/harness.ts) and the benchmark. */
import type { BrowserContext } from 'playwright-core';

/** The Chromium to launch: `CHROME_PATH`, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launch flags besides the extension and language ones. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Refuse every request that was not routed (no network); extension, data and blob URLs pass. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    return route.abort('blockedbyclient');
  });
}
