/**
 * The baseline re-anchorer: a Hypothesis-style quote search (the approach of hypothesis/client's
 * match-quote: exact occurrences, else approx-string-match over the whole text with up to half the quote
 * length in errors, candidates ranked by quote, prefix, suffix and position similarity). Written here for
 * the benchmark only.
 */
import approxSearch, { type Match } from 'approx-string-match';

/** A placement of the quote and its score in [0, 1]. */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** Where `pattern` occurs exactly; only when it does not, approximate matches with up to `maxErrors` errors. */
function occurrences(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** Similarity of `actual` to `expected` in [0, 1]: one minus the best match's errors per expected character. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const best = occurrences(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** The best-scoring placement of `quote.exact` in `text`, or null when nothing is within the error budget. */
export function quoteSearch(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
  hint?: number,
): QuoteMatch | null {
  const { exact, prefix = '', suffix = '' } = quote;
  if (exact.length === 0) return null;
  const candidates = occurrences(text, exact, Math.min(256, exact.length / 2));
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix)
      : 1;
    const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / text.length;
    const raw =
      WEIGHTS.quote * (1 - c.errors / exact.length) +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    const score = raw / TOTAL;
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best;
}
