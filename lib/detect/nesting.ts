/**
 * Spans and parents of list items (LABELING.md §2 `parent_index`). An item spans up to its next
 * sibling; a numbered heading up to the next heading of the same or a higher rank; the last item
 * of an ordinal list to its paragraph end, or, when its paragraph is only the headline, to the next
 * unmarked heading. A list item's parent is the innermost item of another list whose span holds it.
 */

import type { Item } from './item';
import { HEADING_RANK } from './markers';
import { endsLikeSentence, type Paragraph } from './text';

/** Paragraphs after a headline-only last item that can still belong to it. */
const MAX_ELABORATION = 3;

/** Longest paragraph that can be an unmarked sub-heading (贯彻落实十九届四中全会精神，抓好3件事). */
const MAX_HEADING = 40;

/** For each paragraph, the start of the next unmarked heading paragraph after it (or text length). */
function nextHeadingStarts(text: string, paras: readonly Paragraph[], marked: ReadonlySet<number>): number[] {
  const out = new Array<number>(paras.length);
  let next = text.length;
  for (let i = paras.length - 1; i >= 0; i--) {
    out[i] = next;
    const p = paras[i] as Paragraph;
    const isHeading =
      !marked.has(i) &&
      p.end - p.start <= MAX_HEADING &&
      !endsLikeSentence(text, p) &&
      !'—['.includes(text[p.start] as string);
    if (isHeading) next = p.start;
  }
  return out;
}

/** Sets `spanEnd` and `parent` on items (sorted by start); parents are indices into `items`. */
export function nestItems(
  text: string,
  paras: readonly Paragraph[],
  items: Item[],
  marked: ReadonlySet<number>,
): void {
  const headingAfter = nextHeadingStarts(text, paras, marked);
  // Next start of a paragraph-level heading item of rank <= r, scanning backwards. A heading line (the
  // item is its whole paragraph, with no sentence end: 2. The macro-prudential policy framework) ends at
  // the next heading line of its rank, not at a list of sentences numbered the same way under it.
  const RANKS = 8;
  const nextByRank = new Array<number>(RANKS).fill(text.length);
  const nextLineByRank = new Array<number>(RANKS).fill(text.length);
  const nextHigherOrEqual = new Array<number>(items.length);
  const nextAnyHeading = new Array<number>(items.length);
  const lines = new Array<boolean>(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as Item;
    const r = it.rank;
    const para = paras[it.para] as Paragraph;
    const line = it.paraStart && it.textEnd >= para.end && !endsLikeSentence(text, para);
    lines[i] = line;
    nextHigherOrEqual[i] =
      r === undefined
        ? text.length
        : Math.min(...nextByRank.slice(0, r), (line ? nextLineByRank : nextByRank)[r] as number);
    nextAnyHeading[i] = Math.min(...nextByRank);
    if (r !== undefined && it.paraStart) {
      nextByRank[r] = Math.min(nextByRank[r] as number, it.start);
      if (line) nextLineByRank[r] = Math.min(nextLineByRank[r] as number, it.start);
    }
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const para = paras[it.para] as Paragraph;
    const sibling = it.nextSibling;
    if (it.rank !== undefined && it.paraStart) {
      it.spanEnd = Math.min(sibling ?? text.length, nextHigherOrEqual[i] as number);
    } else if (sibling !== null) {
      it.spanEnd = sibling;
    } else if (
      it.paraStart &&
      it.textEnd >= para.end &&
      HEADING_RANK[it.family] === undefined &&
      it.family !== 'headword' &&
      it.family !== 'dash'
    ) {
      // …but not over more than a few paragraphs of elaboration: a later list is a new topic.
      const reach = paras[Math.min(paras.length - 1, it.para + MAX_ELABORATION)] as Paragraph;
      it.spanEnd = Math.min(headingAfter[it.para] as number, nextAnyHeading[i] as number, reach.end);
    } else {
      it.spanEnd = para.end;
    }
  }
  assignParents(items, lines);
}

/**
 * Innermost containing item of another list, with heading ranks respected; clips spans to the parent.
 * Items come with parent null and are visited once.
 */
function assignParents(items: Item[], lines: readonly boolean[]): void {
  const stack: number[] = [];
  const MAX_LOOKBACK = 12;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    while (stack.length > 0 && (items[stack[stack.length - 1] as number] as Item).spanEnd <= it.start)
      stack.pop();
    for (let k = stack.length - 1, seen = 0; k >= 0 && seen < MAX_LOOKBACK; k--, seen++) {
      const cand = items[stack[k] as number] as Item;
      if (cand.spanEnd <= it.start || cand.listId === it.listId) continue;
      // A heading line holds sentences numbered as it is (2. The … framework / 1. The goal ….).
      if (
        cand.rank !== undefined &&
        it.rank !== undefined &&
        it.paraStart &&
        (cand.rank > it.rank || (cand.rank === it.rank && !(lines[stack[k] as number] && !lines[i])))
      )
        continue;
      it.parent = stack[k] as number;
      it.spanEnd = Math.min(it.spanEnd, cand.spanEnd);
      break;
    }
    stack.push(i);
  }
}
