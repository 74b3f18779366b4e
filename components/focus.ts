/** Keyboard focus for elements that are not controls (a note's item, the view's main element). */

/** Focus `el` from script; it becomes focusable from script only (a click in its text does not focus it). */
export function focusFromScript(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
}

/** Focus the view (its `main`), where focus goes when the control that held it is gone. */
export function focusView(): void {
  focusFromScript(document.querySelector<HTMLElement>('main'));
}
