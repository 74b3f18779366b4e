/**
 * The in-page UI's shadow root is closed (entrypoints/content/ui/mount.tsx; docs/robustness.md, finding
 * D): what a page script can reach from the document (the host, `shadowRoot`, the serialised page) holds
 * no note text and no draft, though the UI shows them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { mountUi } from '../../../entrypoints/content/ui/mount';
import { BLANK_UI, type UiActions, type UiState } from '../../../entrypoints/content/ui/types';
import { sampleRecord } from '../sample-record';

const noop = (): void => undefined;
const actions: UiActions = {
  highlight: noop,
  openCard: noop,
  setColour: noop,
  updateDraft: noop,
  save: noop,
  remove: noop,
  undo: noop,
  close: noop,
  openBadge: noop,
};
const NOTE = 'PRIVATE: short this stock before the announcement';
const DRAFT = 'draft not saved yet';

/** Badges of a saved note, its hover tooltip and an open card holding a draft. */
const state: UiState = {
  ...BLANK_UI,
  badges: [{ id: 'x', left: 0, top: 0, note: NOTE }],
  hover: { left: 0, top: 0, item: 'saved', text: NOTE },
  panel: {
    mode: 'card',
    box: { left: 0, top: 0, width: 10, height: 10 },
    target: { kind: 'saved', record: sampleRecord({ note: NOTE }) },
    draft: { note: DRAFT, tags: 'secret-tag' },
    shown: { note: NOTE, tags: '' },
    error: null,
    saving: false,
    recordId: 'r',
  },
};

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelector('policymark-ui')?.remove();
});

describe('the in-page UI keeps notes from the page', () => {
  it('a page script finds no shadow root and no note text, though the UI shows them', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => key);
    // The root as only our closure holds it, to check that the UI did show the note.
    const attach = Element.prototype.attachShadow;
    let root: ShadowRoot | null = null;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      root = attach.call(this, init);
      return root;
    });
    const mount = mountUi(document, actions);
    mount.update(state, { left: 0, top: 0 });
    const shown = root as ShadowRoot | null;
    expect(shown?.innerHTML).toContain(NOTE);
    expect(shown?.querySelector('textarea')?.value).toBe(DRAFT);

    // What any page script can do, without privileges:
    const hosts = [...document.querySelectorAll('policymark-ui, [data-policymark-ui]')];
    expect(hosts).toHaveLength(1);
    expect(hosts.map((h) => h.shadowRoot)).toEqual([null]);
    const page = document.documentElement.outerHTML;
    expect(page).not.toContain('PRIVATE');
    expect(page).not.toContain(DRAFT);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.documentElement.textContent).not.toContain('PRIVATE');
    mount.remove();
  });
});
