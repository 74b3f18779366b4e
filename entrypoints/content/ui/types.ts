/** State of the in-page UI (toolbar, note card, badges), owned by the content controller. */
import {
  type AnnotationRecord,
  type Colour,
  type TextQuoteSelector,
  tagsText,
} from '../../../lib/annotation';
import type { CardAction, CardHost } from './card-actions';

/** Where the colour a new highlight takes is stored (browser.storage.local). */
export const COLOUR_KEY = 'policymark:colour';

/** An error reason without its final full stop, to sit inside a localised sentence. */
export const sentence = (reason: string): string => reason.replace(/[.。]+\s*$/, '');

/**
 * A span of the article text as it was when offered: its offsets then, its quote with context, and a live
 * DOM range over it. The text may change before it is saved, so it is found again then (`resolveSpan`).
 */
export interface Span {
  start: number;
  end: number;
  quote: TextQuoteSelector;
  range: Range;
}

/** What the toolbar or card acts on. */
export type Target =
  | ({ kind: 'selection' } & Span)
  | ({ kind: 'detected'; item: 'directive' | 'initiative'; detectedType: string } & Span)
  | { kind: 'saved'; record: AnnotationRecord };

/** A box in document coordinates (viewport rect + scroll). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Draft {
  note: string;
  tags: string;
}

export type Panel =
  | { mode: 'hidden' }
  | { mode: 'toolbar'; box: Box; target: Target }
  | {
      mode: 'card';
      box: Box;
      target: Target;
      draft: Draft;
      /**
       * What the boxes showed when the card opened (a saved note's note and tags, else empty): a field
       * still equal to it was not edited, and a save does not write it (components/note-edit.ts).
       */
      shown: Draft;
      error: string | null;
      saving: boolean;
      /** Id of the record this card creates, made when it opens so a retried Save never duplicates. */
      recordId: string;
    };

export interface Badge {
  id: string;
  left: number;
  top: number;
  note: string;
}

export interface UiState {
  panel: Panel;
  colour: Colour;
  badges: Badge[];
  /** A message shown near the panel (e.g. a failed highlight). */
  toast: string | null;
  /** The toast offers "Undo" (a note deleted on this page). */
  undoable: boolean;
  /**
   * What the pointer rests on, shown as a tooltip under it: a saved note (`text`: its note, or its quote
   * when it has none) or a detected item (`text`: its initiative type or directive style, which the UI
   * labels in the reader's language).
   */
  hover: { left: number; top: number; item: 'saved' | 'directive' | 'initiative'; text: string } | null;
}

/** The UI showing nothing, with the colour a first highlight takes. */
export const BLANK_UI: UiState = {
  panel: { mode: 'hidden' },
  colour: 'yellow',
  badges: [],
  toast: null,
  undoable: false,
  hover: null,
};

/** True when the UI shows nothing: no panel, badge, toast or tooltip. */
export function isBlank(state: UiState): boolean {
  return state.panel.mode === 'hidden' && state.badges.length === 0 && !state.toast && !state.hover;
}

/**
 * True when the panel is a note card holding a note or tags the reader typed and has not saved: a new
 * selection or click on the page does not replace it (only Save, Cancel or Escape close it).
 */
export function holdsDraft(panel: Panel): boolean {
  if (panel.mode !== 'card') return false;
  const { note, tags } = panel.draft;
  const t = panel.target;
  return t.kind === 'saved'
    ? note !== t.record.note || tags !== tagsText(t.record.tags)
    : !!(note.trim() || tags.trim());
}

/** The in-page UI's entry: draws the state into a shadow root it creates on first use. */
export interface UiMount {
  update(state: UiState, position: { left: number; top: number } | null): void;
  /** Whether an event target lies inside our UI. */
  contains(node: EventTarget | null): boolean;
  remove(): void;
}

export type MountUi = (doc: Document, actions: UiActions) => UiMount;

/** The actions the content script itself carries: the others come with the UI (ui/card-actions.ts). */
export type PageActions = Omit<UiActions, CardAction>;

/**
 * The function the UI's script leaves (entrypoints/page-ui.ts): `mountUi` with the content script's
 * actions and the card's, which act through `host`.
 */
export type UiScript = (doc: Document, actions: PageActions, host: CardHost) => UiMount;

export interface UiActions {
  highlight(): void;
  openCard(): void;
  setColour(colour: Colour): void;
  updateDraft(draft: Draft): void;
  save(): void;
  remove(): void;
  /** Put back the note this page deleted last (the toast's "Undo"). */
  undo(): void;
  close(): void;
  openBadge(id: string): void;
}
