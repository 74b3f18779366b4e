/**
 * Re-runs the pipeline when the article changes (lazy paragraphs, "read more"), when the article
 * element leaves the document (a site swaps it, possibly long after changing the address), or when
 * the page navigates in place (SPA). One observer on the whole body: a change counts when it is
 * inside the current article root (`root()`), or, when there is no root or it has left the
 * document, anywhere but in our own UI. Debounced; ends with the context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True when a mutation should re-run the pipeline, given the current article root. */
export function mutationCounts(m: MutationRecord, root: Element | null): boolean {
  if (root?.isConnected) return root.contains(m.target);
  const at = m.target instanceof Element ? m.target : m.target.parentElement;
  return !at?.closest('[data-policymark-ui]');
}

export function watchPage(
  ctx: ContentScriptContext,
  root: () => Element | null,
  rerun: () => void,
  delay = 400,
  maxWait = 2000,
): void {
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
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(run, Math.max(0, Math.min(delay, pendingSince + maxWait - now)));
  };
  const observer = new MutationObserver((mutations) => {
    const current = root();
    if (mutations.some((m) => mutationCounts(m, current))) schedule();
  });
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
}
