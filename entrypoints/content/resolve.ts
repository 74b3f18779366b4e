/**
 * Finds an offered span (a selection, a detected item) in the current article text when it is saved: the
 * page may have changed since it was offered (a live-update line, a re-render), and a record must cover
 * exactly the text the reader chose, never text that now sits at the old offsets.
 */
import { anchorPrepared, isFuzzyWanted, prepareText } from '../../lib/anchor/anchor';
import type { AnchorSelectors } from '../../lib/anchor/types';
import type { AnnotationRecord } from '../../lib/annotation';
import type { TextIndex } from '../../lib/page/text-index';
import type { Span } from './ui/types';

/**
 * The quote found exactly in `text` (with its context, nearest to the old offsets), or null. Without the
 * fuzzy step, which the content script loads only to re-anchor saved notes: an edited copy is refused here
 * anyway, and an exact copy whose context changed stands where the judge accepted it.
 */
function exactly(text: string, sel: AnchorSelectors): { start: number; end: number } | null {
  const placed = anchorPrepared(prepareText(text), sel, {}, null);
  const found = isFuzzyWanted(placed) ? placed.quoted : placed;
  return found && text.slice(found.start, found.end) === sel.quote.exact ? found : null;
}

/**
 * The span's offsets in `index`: its live range while that still covers the quoted text, else the quote
 * found exactly; null when neither holds any more.
 */
export function resolveSpan(index: TextIndex, span: Span): { start: number; end: number } | null {
  const live = index.offsetsOf(span.range);
  if (live && index.text.slice(live.start, live.end) === span.quote.exact) return live;
  const position = { type: 'TextPositionSelector' as const, start: span.start, end: span.end };
  const found = exactly(index.text, { quote: span.quote, position });
  return found && { start: found.start, end: found.end };
}

/**
 * A saved note's words in `index` as a span a new note can be saved on (a note deleted elsewhere while
 * its card was open); null when they are not there exactly.
 */
export function spanOfRecord(index: TextIndex, record: AnnotationRecord): Span | null {
  const found = exactly(index.text, record);
  const range = found && index.rangeFor(found.start, found.end);
  return found && range ? { start: found.start, end: found.end, quote: record.quote, range } : null;
}
