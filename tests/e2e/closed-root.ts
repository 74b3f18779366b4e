/**
 * Lets Playwright's locators into the in-page UI's closed shadow root, in Chromium, with the extension
 * as built. Locators walk `element.shadowRoot`, which is null for a closed root in every world. Over the
 * DevTools protocol the harness finds each `policymark-ui` host's root (`DOM.describeNode` with
 * `pierce`) and sets it as an own `shadowRoot` property of the host's wrapper in Playwright's utility
 * world only, the isolated world its locators run in. The page's main world, where `page.evaluate`
 * and the page's own scripts run, still gets null: what a page script can reach is unchanged.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Prefix of the name of the isolated world Playwright's Chromium driver runs locators in. */
const UTILITY_WORLD = '__playwright_utility_world_';

/**
 * In the utility world: resolves with the next `policymark-ui` element not handed over yet (at once,
 * or when one is added). No inner helpers outside the function: CDP gets its source text.
 */
const NEXT_HOST = `new Promise((resolve) => {
  const seen = (globalThis.__pmHosts ??= new WeakSet());
  const next = () => {
    for (const host of document.querySelectorAll('policymark-ui')) {
      if (!seen.has(host)) {
        seen.add(host);
        return host;
      }
    }
    return null;
  };
  const now = next();
  if (now) return resolve(now);
  const observer = new MutationObserver(() => {
    const host = next();
    if (!host) return;
    observer.disconnect();
    resolve(host);
  });
  observer.observe(document, { childList: true, subtree: true });
})`;

/** Sets `root` as the own `shadowRoot` of the host (`this`) in the world it was resolved in. */
const SET_ROOT = `function (root) {
  Object.defineProperty(this, 'shadowRoot', { value: root, configurable: true });
}`;

/** Hand `host`'s shadow root (closed or open) to the world `contextId` as the host's `shadowRoot`. */
async function handOver(cdp: CDPSession, contextId: number, hostId: string): Promise<void> {
  const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) return;
  const { object } = await cdp.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    executionContextId: contextId,
  });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: hostId,
    functionDeclaration: SET_ROOT,
    arguments: [{ objectId: object.objectId }],
  });
}

/** For the life of the world `contextId`: hand over every host that appears in it. */
async function watchWorld(cdp: CDPSession, contextId: number): Promise<void> {
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: NEXT_HOST,
      contextId,
      awaitPromise: true,
    });
    if (exceptionDetails || !result.objectId) return;
    await handOver(cdp, contextId, result.objectId);
  }
}

/** Reveal the closed roots of our UI to Playwright's locators on `page` (and every document it loads). */
export async function revealClosedRoots(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
    // The world goes with its document: the pending evaluation then fails, which ends the watch.
    if (world.name.startsWith(UTILITY_WORLD)) void watchWorld(cdp, world.id).catch(() => undefined);
  });
  await cdp.send('Runtime.enable');
}
