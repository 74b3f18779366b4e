/** Public entry of lib/anchor: describe a range as selectors, re-anchor selectors on changed text. */
import { anchorPrepared, prepareText } from './anchor';
import { findFuzzy } from './fuzzy';
import type { Anchored, AnchorOptions, AnchorSelectors } from './types';

export { describeRange } from './describe';
export type { Anchored, AnchorOptions, AnchorSelectors } from './types';

/** Re-anchor; null means orphan (kept, never painted elsewhere). */
export function anchorSelectors(
  text: string,
  sel: AnchorSelectors,
  opts: AnchorOptions = {},
): Anchored | null {
  return anchorPrepared(prepareText(text), sel, opts, findFuzzy);
}

/** Anchor many annotations on one text efficiently (shared preprocessing). */
export function anchorAll(
  text: string,
  sels: AnchorSelectors[],
  opts: AnchorOptions = {},
): Array<Anchored | null> {
  const pt = prepareText(text);
  return sels.map((sel) => anchorPrepared(pt, sel, opts, findFuzzy));
}
