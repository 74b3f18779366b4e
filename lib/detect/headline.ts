/**
 * Headline cuts of LABELING.md §2: up to and including the first sentence end, else the end of
 * the paragraph; in a comma-joined inline list, just before the next marker of the same list.
 */
import { sentenceEnd, trimEnd } from './text';

/** Longest headline kept: a marker with no sentence end for this long heads no headline-sized text. */
export const MAX_HEADLINE = 400;

/** The end of the headline starting at `from` in a paragraph ending at `paraEnd`; `nextMarker` is the next item of the same list, if in the same paragraph. */
export function cutHeadline(text: string, from: number, paraEnd: number, nextMarker: number | null): number {
  const limit = nextMarker !== null && nextMarker < paraEnd ? nextMarker : paraEnd;
  const capped = Math.min(limit, from + MAX_HEADLINE);
  const s = sentenceEnd(text, from, capped);
  if (s > 0) return s;
  if (capped < limit) return capped;
  return limit < paraEnd ? trimEnd(text, from, limit, '，,、：:') : paraEnd;
}
