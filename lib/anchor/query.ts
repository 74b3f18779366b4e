/** A saved quote in folded form, ready to be searched for in a folded text. */
import { foldString } from './normalize';
import type { AnchorSelectors } from './types';

/** Folded quote, context and expected folded position of one annotation. */
export interface Query {
  quote: string;
  prefix: string;
  suffix: string;
  /** The parts of prefix and suffix inside the quote's own paragraph (up to a "\n"). */
  prefixInside: string;
  suffixInside: string;
  /** Folded offset where the quote started before the page changed, when known. */
  expected: number | null;
}

/** A placement candidate in folded coordinates with its context agreement. */
export interface Candidate {
  start: number;
  end: number;
  /** Mean agreement of prefix and suffix, in [0, 1]. */
  context: number;
  /** Agreement of each side, null when the side carries no evidence. */
  prefix: number | null;
  suffix: number | null;
  score: number;
  /** Edits between the stored quote and the text at the candidate (0 for exact copies). */
  errors: number;
}

/**
 * Fold the selectors (cleaned by anchor.ts: prefix and suffix are strings); `toNorm` maps the stored
 * position into the folded text.
 */
export function buildQuery(sel: AnchorSelectors, toNorm: Int32Array): Query {
  const pos = sel.position;
  let expected: number | null = null;
  // clean (anchor.ts) kept the position only with a finite start and end.
  if (pos) {
    const r = Math.max(0, Math.min(toNorm.length - 1, Math.floor(pos.start)));
    expected = toNorm[r] as number;
  }
  const { prefix, suffix } = sel.quote;
  const cut = suffix.indexOf('\n');
  return {
    quote: foldString(sel.quote.exact),
    prefix: foldString(prefix),
    suffix: foldString(suffix),
    prefixInside: foldString(prefix.slice(prefix.lastIndexOf('\n') + 1)),
    suffixInside: foldString(cut === -1 ? suffix : suffix.slice(0, cut)),
    expected,
  };
}

/** Distance of a folded offset from where the quote used to be (0 when unknown). */
export function distance(q: Query, at: number): number {
  return q.expected === null ? 0 : Math.abs(at - q.expected);
}
