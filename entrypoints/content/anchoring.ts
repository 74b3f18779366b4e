/**
 * Re-anchoring saved notes in the content script. Most notes are placed by their position or their exact
 * quote; the fuzzy step (lib/anchor/fuzzy.ts with approx-string-match, 1.8 KB of gzip) is needed only
 * for a quote that was edited since, so it is not part of this script: the background runs its script
 * (entrypoints/page-fuzzy.ts) in this frame the first time a note needs it (on-demand.ts).
 */
import { anchorPrepared, type FuzzyStep, isFuzzyWanted, prepareText } from '../../lib/anchor/anchor';
import type { AnchorSelectors } from '../../lib/anchor/types';
import type { AnnotationRecord } from '../../lib/annotation';
import { load, loaded } from './on-demand';
import type { AnchoredRecord } from './painter';

/**
 * Split records into anchored ones (with their current offsets) and orphans. A note whose quote needs
 * the fuzzy step waits for it; if it cannot be loaded, the note keeps the exact step's placement, if any,
 * and `partial` says that this placement is not the whole answer (the page does not report it).
 */
export async function anchorRecords(
  text: string,
  records: AnnotationRecord[],
): Promise<{ anchored: AnchoredRecord[]; orphans: AnnotationRecord[]; partial?: boolean }> {
  const pt = prepareText(text);
  const place = (sel: AnchorSelectors, step: FuzzyStep | null) => anchorPrepared(pt, sel, {}, step);
  let results = records.map((r) => place(r, loaded<FuzzyStep>('fuzzy')));
  let partial: boolean | undefined;
  if (results.some(isFuzzyWanted)) {
    const step = await load<FuzzyStep>('fuzzy');
    partial = !step;
    results = results.map((r, i) =>
      !isFuzzyWanted(r) ? r : step ? place(records[i] as AnchorSelectors, step) : r.quoted,
    );
  }
  const anchored: AnchoredRecord[] = [];
  const orphans: AnnotationRecord[] = [];
  records.forEach((record, i) => {
    const r = results[i];
    if (r && !isFuzzyWanted(r)) anchored.push({ record, start: r.start, end: r.end });
    else orphans.push(record);
  });
  return { anchored, orphans, partial };
}

/**
 * Where a note just saved at `at` on the text `savedOn` is now: at `at` while the page's text
 * (`current()`, null once there is no article) is still that text; otherwise found again in the current
 * text, as often as it changes meanwhile. Null: not found (an orphan).
 */
export async function placeSaved(
  record: AnnotationRecord,
  at: { start: number; end: number },
  savedOn: string,
  current: () => string | null,
): Promise<{ start: number; end: number } | null> {
  let text = savedOn;
  let placed: { start: number; end: number } | null = at;
  for (let now = current(); now !== null && now !== text; now = current()) {
    text = now;
    placed = (await anchorRecords(text, [record])).anchored[0] ?? null;
  }
  return placed;
}
