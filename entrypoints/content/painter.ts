/**
 * Keeps what is painted on the page in step with the detected items and the
 * anchored annotations, and answers "what is under this point?".
 */
import type { AnnotationRecord, Colour } from '../../lib/annotation';
import { COLOURS } from '../../lib/annotation';
import type { Analysis } from '../../lib/detect/types';
import { DIRECTIVE, INITIATIVE, paint, userHighlightName } from '../../lib/highlight/paint';
import type { TextIndex } from '../../lib/page/text-index';

export type PaintedItem =
  | { kind: 'saved'; start: number; end: number; range: Range; record: AnnotationRecord }
  | { kind: 'directive' | 'initiative'; start: number; end: number; range: Range; detectedType: string };

export interface AnchoredRecord {
  record: AnnotationRecord;
  start: number;
  end: number;
}

/** Paint detected items (policy articles only) and saved highlights; returns the items for hit-testing, saved first. */
export function paintAll(
  index: TextIndex,
  analysis: Analysis | null,
  saved: AnchoredRecord[],
): PaintedItem[] {
  const items: PaintedItem[] = [];
  const byColour = new Map<Colour, Range[]>(COLOURS.map((c) => [c, []]));
  for (const a of saved) {
    const range = index.rangeFor(a.start, a.end);
    if (!range) continue;
    byColour.get(a.record.colour)?.push(range);
    items.push({ kind: 'saved', start: a.start, end: a.end, range, record: a.record });
  }
  for (const [colour, ranges] of byColour) paint(userHighlightName(colour), ranges, 2);

  const directives: Range[] = [];
  const initiatives: Range[] = [];
  if (analysis?.isPolicy) {
    for (const d of analysis.directives) {
      const range = index.rangeFor(d.start, d.end);
      if (!range) continue;
      directives.push(range);
      items.push({ kind: 'directive', start: d.start, end: d.end, range, detectedType: d.style });
    }
    for (const it of analysis.initiatives) {
      const range = index.rangeFor(it.start, it.end);
      if (!range) continue;
      initiatives.push(range);
      items.push({ kind: 'initiative', start: it.start, end: it.end, range, detectedType: it.type });
    }
  }
  paint(DIRECTIVE, directives, 0);
  paint(INITIATIVE, initiatives, 1);
  // Initiatives lie inside directives: prefer the narrower item when hit-testing.
  // +(kind === 'saved') is 1 for a saved item, 0 for a detected one.
  return items.sort(
    (a, b) => +(b.kind === 'saved') - +(a.kind === 'saved') || a.end - a.start - (b.end - b.start),
  );
}
