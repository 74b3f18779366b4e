/**
 * The shadow-root host of the in-page UI. Created lazily on first use and
 * marked `data-policymark-ui` so the text index skips it; removed when the
 * content script's context ends. The shadow root is closed and its only
 * reference stays in this closure: page scripts cannot read the notes shown
 * in it or change a draft before it is saved.
 */
import { render } from 'preact';
import { App } from './App';
import { UI_CSS } from './styles';
import { isBlank, type MountUi } from './types';

export const mountUi: MountUi = (doc, actions) => {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  const ensure = (): HTMLElement => {
    if (container) return container;
    host = doc.createElement('policymark-ui');
    host.setAttribute('data-policymark-ui', '');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
    // Closed: `host.shadowRoot` is null in every world; only this closure holds the root.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    container = doc.createElement('div');
    // Events a page script synthesises (at an element it got hold of some other way) never reach our controls.
    for (const type of ['click', 'submit', 'keydown', 'input', 'change', 'pointerdown', 'mousedown']) {
      // true: the capture phase.
      shadow.addEventListener(
        type,
        (e) => {
          if (!e.isTrusted) {
            e.stopImmediatePropagation();
            e.preventDefault();
          }
        },
        true,
      );
    }
    shadow.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') actions.close();
    });
    shadow.append(style, container);
    doc.documentElement.append(host);
    return container;
  };
  return {
    update(state, position) {
      if (!container && isBlank(state)) return;
      render(<App state={state} actions={actions} position={position} />, ensure());
    },
    contains(node) {
      return host !== null && node instanceof Node && host.contains(node);
    },
    remove() {
      if (container) render(null, container);
      host?.remove();
      host = null;
      container = null;
    },
  };
};
