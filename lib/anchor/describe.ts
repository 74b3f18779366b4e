/** Describe a range of the article text as W3C quote and position selectors. */
import type { TextPositionSelector, TextQuoteSelector } from '../annotation';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A high (lead) surrogate: 0xd800–0xdbff, the units whose top six bits are 110110. */
function isHigh(code: number): boolean {
  return (code & 0xfc00) === 0xd800;
}

/** A low (trail) surrogate: 0xdc00–0xdfff, top six bits 110111. */
function isLow(code: number): boolean {
  return (code & 0xfc00) === 0xdc00;
}

/** Describe text[start,end) as selectors; prefix/suffix ~32 chars each side, never splitting a surrogate pair. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  // NaN clamps to 0 (|| 0; a clamped 0 stays 0).
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.floor(n))) || 0;
  const s = clamp(start);
  const e = Math.max(s, clamp(end));
  let p = Math.max(0, s - CONTEXT_LENGTH);
  if (p > 0 && isLow(text.charCodeAt(p))) p++;
  let q = Math.min(text.length, e + CONTEXT_LENGTH);
  if (q < text.length && isHigh(text.charCodeAt(q - 1))) q--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(p, s),
      suffix: text.slice(e, q),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
