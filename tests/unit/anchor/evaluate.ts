/** Runs the edit corpus through the anchoring and classifies every outcome. */
import { describeRange } from '../../../lib/anchor';
import { anchorPrepared, type PreparedText, prepareText } from '../../../lib/anchor/anchor';
import { findFuzzy } from '../../../lib/anchor/fuzzy';
import type { Anchored, AnchorOptions } from '../../../lib/anchor/types';
import { loadCorpusTexts } from './corpus';
import { buildCases, type EditCase } from './edits';

/** How one case ended. */
export type Outcome = 'right' | 'orphan-expected' | 'orphan-missed' | 'ambiguous' | 'wrong';

/** One classified case. */
export interface Result {
  c: EditCase;
  got: Anchored | null;
  outcome: Outcome;
}

/** Quotes picked per text (the long report and the digest get more). */
export function quoteCount(textLength: number): number {
  return textLength > 20000 ? 90 : 24;
}

/** Build every case of the corpus. */
export function buildCorpus(salt = ''): EditCase[] {
  const texts = loadCorpusTexts();
  return texts.flatMap((t) => buildCases(t, texts, quoteCount(t.text.length), salt));
}

function count(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) n++;
  return n;
}

/**
 * A placement the saved selector cannot tell from the truth: the same quote, one whole stored side
 * (prefix or suffix) unchanged beside it, and that side plus the quote already occurred twice in the
 * page the note was saved on (a lead paragraph repeated in the body, say).
 */
export function indistinguishable(c: EditCase, got: Anchored): boolean {
  const { exact: quote, prefix, suffix } = describeRange(c.oldText, c.quote.start, c.quote.end).quote;
  if (c.newText.slice(got.start, got.end) !== quote) return false;
  const prefixSame = prefix.length > 0 && c.newText.slice(got.start - prefix.length, got.start) === prefix;
  const suffixSame = suffix.length > 0 && c.newText.slice(got.end, got.end + suffix.length) === suffix;
  return (
    (prefixSame && count(c.oldText, prefix + quote) > 1) ||
    (suffixSame && count(c.oldText, quote + suffix) > 1)
  );
}

/** Classify one anchoring result against the tracked expectation. */
export function classify(c: EditCase, got: Anchored | null): Outcome {
  if (!got) return c.expected ? 'orphan-missed' : 'orphan-expected';
  if (c.expected && got.start === c.expected.start && got.end === c.expected.end) return 'right';
  return indistinguishable(c, got) ? 'ambiguous' : 'wrong';
}

/** Anchor every case (texts shared between cases are folded once). */
export function runCorpus(cases: EditCase[], opts?: AnchorOptions): Result[] {
  const prepared = new Map<string, PreparedText>();
  return cases.map((c) => {
    let pt = prepared.get(c.newText);
    if (!pt) {
      if (prepared.size > 64) prepared.clear();
      pt = prepareText(c.newText);
      prepared.set(c.newText, pt);
    }
    const sel = describeRange(c.oldText, c.quote.start, c.quote.end);
    const got = anchorPrepared(pt, sel, opts ?? {}, findFuzzy);
    return { c, got, outcome: classify(c, got) };
  });
}

/** Counts over results. */
export function summarise(results: Result[]) {
  const anchorable = results.filter((r) => r.c.expected).length;
  const right = results.filter((r) => r.outcome === 'right').length;
  const wrong = results.filter((r) => r.outcome === 'wrong').length;
  const ambiguous = results.filter((r) => r.outcome === 'ambiguous').length;
  const orphansExpected = results.filter((r) => r.outcome === 'orphan-expected').length;
  const mustOrphan = results.filter((r) => !r.c.expected).length;
  return {
    cases: results.length,
    anchorable,
    right,
    wrong,
    ambiguous,
    orphansExpected,
    mustOrphan,
    rate: right / Math.max(1, anchorable),
  };
}
