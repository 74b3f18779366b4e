/**
 * Case 3 (runs in the page): re-anchor saved notes on the article text with PolicyMark (lib/anchor anchorAll)
 * and with the Hypothesis-style quote search, on the unchanged text and on a text where every quote was
 * edited by one character; counts correct placements, wrong placements and orphans.
 */
import { type AnchorSelectors, anchorAll, describeRange } from '../../lib/anchor';
import { findArticle } from '../../lib/page/find-article';
import { buildTextIndex } from '../../lib/page/text-index';
import { editEachQuote, isCorrect, pickQuotes, type Span } from './edited-notes';
import { quoteSearch } from './quote-search';
import { makeRng } from './rng';
import { type Iterations, samplePhases } from './sample';

/** How many notes an anchorer placed on the true span, elsewhere, or not at all. */
export interface Placement {
  correct: number;
  wrong: number;
  orphans: number;
}

/** One scenario's timings and placements for both anchorers. */
export interface AnchorScenario {
  policymark: { ms: number[]; placement: Placement };
  quoteSearch: { ms: number[]; placement: Placement };
}

function tally(found: Array<Span | null>, truth: readonly Span[]): Placement {
  const out: Placement = { correct: 0, wrong: 0, orphans: 0 };
  found.forEach((f, i) => {
    if (f === null) out.orphans++;
    else if (isCorrect(f, truth[i] as Span)) out.correct++;
    else out.wrong++;
  });
  return out;
}

function scenario(text: string, sels: AnchorSelectors[], truth: Span[], it: Iterations): AnchorScenario {
  const pm = () => anchorAll(text, sels);
  const qs = () => sels.map((s) => quoteSearch(text, s.quote, s.position?.start));
  const [pmMs = [], qsMs = []] = samplePhases([pm, qs], it);
  return {
    policymark: { ms: pmMs, placement: tally(pm(), truth) },
    quoteSearch: { ms: qsMs, placement: tally(qs(), truth) },
  };
}

/** Both scenarios on the current page's article text; `seed` fixes the notes and the edits. */
export function benchAnchor(
  it: Iterations,
  notes: number,
  seed: number,
): { chars: number; notes: number; unchanged: AnchorScenario; edited: AnchorScenario } {
  const article = findArticle(document, location.href);
  if (!article) throw new Error('no article found');
  const text = buildTextIndex(article.root).text;
  const rng = makeRng(seed);
  const spans = pickQuotes(text, notes, rng);
  const sels = spans.map((s) => describeRange(text, s.start, s.end));
  const edited = editEachQuote(text, spans, rng);
  return {
    chars: text.length,
    notes: spans.length,
    unchanged: scenario(text, sels, spans, it),
    edited: scenario(edited.text, sels, edited.spans, it),
  };
}
