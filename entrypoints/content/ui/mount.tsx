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
import { isBlank, type MountUi, type UiState } from './types';

/** The note an open card is for (a saved note's id, or the id a new note will be saved under), else null. */
const cardNote = (state: UiState): string | null => {
  const p = state.panel;
  if (p.mode !== 'card') return null;
  return p.target.kind === 'saved' ? p.target.record.id : p.recordId;
};

export const mountUi: MountUi = (doc, actions) => {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let container: HTMLElement | null = null;
  /** The note of the card last drawn, if a card was open. */
  let card: string | null = null;
  const ensure = (): HTMLElement => {
    if (container) return container;
    host = doc.createElement('policymark-ui');
    host.setAttribute('data-policymark-ui', '');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
    // Closed: `host.shadowRoot` is null in every world; only this closure holds the root.
    const root = host.attachShadow({ mode: 'closed' });
    shadow = root;
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    container = doc.createElement('div');
    // Events a page script synthesises (at an element it got hold of some other way) never reach our controls.
    for (const type of ['click', 'submit', 'keydown', 'input', 'change', 'pointerdown', 'mousedown']) {
      // true: the capture phase.
      root.addEventListener(
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
    root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') actions.close();
    });
    root.append(style, container);
    doc.documentElement.append(host);
    return container;
  };
  return {
    update(state, position) {
      if (!container && isBlank(state)) return;
      // A card closing (saved, cancelled, Escape) while focus was in it gives focus to its note's badge, as
      // a dialog returns it to what opened it, rather than to the page's <body>; a note without text has no
      // badge, and focus goes to the page as before.
      const closing =
        card !== null && cardNote(state) !== card && !!shadow?.activeElement?.closest('.pm-card');
      const was = card;
      card = cardNote(state);
      render(<App state={state} actions={actions} position={position} />, ensure());
      if (!closing || !container) return;
      for (const badge of container.querySelectorAll<HTMLElement>('.pm-badge'))
        if (badge.dataset.id === was) return badge.focus();
    },
    contains(node) {
      return host !== null && node instanceof Node && host.contains(node);
    },
    remove() {
      if (container) render(null, container);
      host?.remove();
      host = null;
      shadow = null;
      container = null;
    },
  };
};
