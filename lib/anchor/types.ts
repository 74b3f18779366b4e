/** Result and option types of re-anchoring. */
import type { TextPositionSelector, TextQuoteSelector } from '../annotation';

/** Which step placed the annotation. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where an annotation sits in the current text; `score` is 1 for exact placements. */
export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}

/** The selectors of one saved annotation. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Tuning knobs; the defaults are the values the edit corpus was run with (docs/anchoring.md). */
export interface AnchorOptions {
  /** Minimum fuzzy score in [0, 1]; below it the annotation is an orphan. */
  minScore?: number;
  /** Minimum context agreement (mean of prefix and suffix) for any quote or fuzzy placement. */
  minContext?: number;
  /** Maximum edit errors of a fuzzy match, as a fraction of the quote length. */
  maxErrorRate?: number;
  /** Characters searched either side of the old position before searching the whole text. */
  window?: number;
  /** Farthest a placement may move from the old position when its context changed (folded characters). */
  maxDrift?: number;
}

/** Defaults of AnchorOptions. */
export const DEFAULT_ANCHOR_OPTIONS: Required<AnchorOptions> = {
  minScore: 0.8,
  minContext: 0.45,
  maxErrorRate: 0.34,
  window: 1024,
  maxDrift: 1024,
};

/** Quotes shorter than this (folded units) are only anchored exactly, with context. */
export const MIN_FUZZY_LENGTH = 4;
