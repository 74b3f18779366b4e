/**
 * Re-runs the pipeline when the article changes (lazy paragraphs, "read
 * more") or the page navigates in place (SPA). Debounced; ends with the context.
 * The observer follows the article root: it is re-targeted after each re-run
 * settles, and by `retarget` whenever the caller found a new root itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function watchPage(
  ctx: ContentScriptContext,
  root: () => Element | null,
  rerun: () => Promise<void>,
  delay = 400,
  maxWait = 2000,
): { retarget(): void } {
  let timer: number | undefined;
  /** When the oldest change not yet handled arrived: a page that never stops changing still gets re-runs. */
  let pendingSince: number | null = null;
  const run = (): void => {
    timer = undefined;
    pendingSince = null;
    // The re-run finds the (possibly new) root asynchronously: observe it once it has.
    void rerun().finally(() => observe());
  };
  const schedule = (): void => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(run, Math.max(0, Math.min(delay, pendingSince + maxWait - now)));
  };
  const observer = new MutationObserver((mutations) => {
    // Our own UI lives outside the article; ignore anything under it anyway.
    if (mutations.some((m) => !(m.target instanceof Element && m.target.closest('[data-policymark-ui]'))))
      schedule();
  });
  let observed: Element | null = null;
  const observe = (): void => {
    const el = root() ?? document.body;
    if (!el || el === observed) return;
    observer.disconnect();
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    observed = el;
  };
  observe();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    observed = null;
    schedule();
  });
  ctx.onInvalidated(() => observer.disconnect());
  return { retarget: observe };
}
