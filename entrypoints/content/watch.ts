/**
 * Re-runs the pipeline when the article changes (lazy paragraphs, "read more"), when the article
 * element leaves the document (a site swaps it or the whole body, possibly long after changing the
 * address), or when the page navigates in place (SPA). Debounced; ends with the context.
 *
 * One observer on the whole document (a body swapped by Turbo or pjax included): a change counts when
 * it is inside the article root of the latest analysis, or, when there is none or it has left the
 * document, anywhere but in our own UI.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True when a mutation should re-run the pipeline, given the current article root. */
export function mutationCounts(m: MutationRecord, root: Element | null): boolean {
  if (root?.isConnected) return root.contains(m.target);
  const at = m.target instanceof Element ? m.target : m.target.parentElement;
  return !at?.closest('[data-policymark-ui]');
}

/** Quiet time after a change before the re-run (ms). */
const DELAY = 400;
/** Longest a change waits for its re-run while the page keeps changing (ms). */
const MAX_WAIT = 2000;

export function watchPage(ctx: ContentScriptContext, root: () => Element | null, rerun: () => void): void {
  let timer: number | undefined;
  /** When the oldest change not yet handled arrived: a page that never stops changing still gets re-runs. */
  let pendingSince: number | null = null;
  const run = (): void => {
    timer = undefined;
    pendingSince = null;
    rerun();
  };
  const schedule = (): void => {
    const now = Date.now();
    pendingSince ??= now;
    // (clearTimeout(undefined) does nothing.)
    clearTimeout(timer);
    timer = ctx.setTimeout(run, Math.max(0, Math.min(DELAY, pendingSince + MAX_WAIT - now)));
  };
  const observer = new MutationObserver((mutations) => {
    const current = root();
    if (mutations.some((m) => mutationCounts(m, current))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
}

/**
 * Resolves once the page's load event has run (right away if it already has), or after 3 s for a page
 * whose load never ends: the first analysis then stays off the page's own load.
 */
export const afterPageLoad = (ctx: ContentScriptContext): Promise<void> =>
  new Promise((resolve) => {
    if (document.readyState === 'complete') return resolve();
    // Resolved in the listener itself, not through a timer after it: with page scripts switched off (as
    // the DOM tests do) that timer apparently never fired and the first analysis never ran (seen once in
    // CI). The page's listeners, added before ours at document_idle, still run first.
    ctx.addEventListener(window, 'load', () => resolve(), { once: true });
    ctx.setTimeout(resolve, 3000);
  });
