/**
 * Re-runs the pipeline when the article changes (lazy paragraphs, "read
 * more") or the page navigates in place (SPA). Debounced; ends with the context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function watchPage(
  ctx: ContentScriptContext,
  root: () => Element | null,
  rerun: () => void,
  delay = 400,
): void {
  let timer: number | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      rerun();
      observe();
    }, delay);
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
}
