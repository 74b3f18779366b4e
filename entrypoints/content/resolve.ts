/**
 * Finds an offered span (a selection, a detected item) in the current article text when it is saved: the
 * page may have changed since it was offered (a live-update line, a re-render), and a record must cover
 * exactly the text the reader chose, never text that now sits at the old offsets.
 */
import { anchorPrepared, prepareText } from '../../lib/anchor/anchor';
import type { TextIndex } from '../../lib/page/text-index';
import type { Span } from './ui/types';

/**
 * The span's offsets in `index`: its live range while that still covers the quoted text, else the quote
 * found exactly (with its context, nearest to the old offsets); null when neither holds any more.
 */
export function resolveSpan(index: TextIndex, span: Span): { start: number; end: number } | null {
  const { text } = index;
  const { exact } = span.quote;
  const live = index.offsetsOf(span.range);
  if (live && text.slice(live.start, live.end) === exact) return live;
  const position = { type: 'TextPositionSelector' as const, start: span.start, end: span.end };
  // Without the fuzzy step, which the content script loads only to re-anchor saved notes: an edited copy
  // is refused here anyway, and an exact copy whose context changed stands where the judge accepted it.
  const placed = anchorPrepared(prepareText(text), { quote: span.quote, position }, {}, null);
  const found = placed && 'fuzzyWanted' in placed ? placed.quoted : placed;
  if (!found || text.slice(found.start, found.end) !== exact) return null;
  return { start: found.start, end: found.end };
}
