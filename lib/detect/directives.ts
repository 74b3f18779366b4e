/**
 * Enumerated directives (LABELING.md §2): marker candidates → ordered lists → headlines →
 * spans and nesting → table-of-contents copies. Offsets are into the article text.
 */
import { cutHeadline } from './headline';
import type { Item } from './item';
import { NOTES_HEADINGS } from './lexicon';
import { assembleLists, type MarkerList } from './lists';
import { type Candidate, type Family, findCandidates, HEADING_RANK } from './markers';
import { nestItems } from './nesting';
import { findParagraphSeries } from './paragraph-series';
import { type Paragraph, splitParagraphs } from './text';
import { markToc } from './toc';
import type { Directive, DirectiveStyle } from './types';

/** Shortest headline (characters) that makes an item a directive. */
const MIN_HEADLINE = 2;

/** Style of an item by family (LABELING.md §2 `style`). */
function styleOf(list: MarkerList): DirectiveStyle {
  if (list.family === 'headword') return 'headword';
  if (list.family === 'dash') return 'dash-bullet';
  if (list.family === 'chapter' || list.family === 'cn-heading') return 'heading';
  return 'ordinal';
}

/**
 * Words in a list's lead-in that make the list someone's view, forecast, wish or reasons (王青认为，一是…;
 * 在业内人士看来; 主要原因：一是…; 希望从两个方面着手，一是…; 接受记者采访时称，首先是…), not what a body
 * decided. Held-out sets 24 and 25: analysts' and companies' lists tipped market and company news to policy.
 */
const REPORTED_LEAD = /认为|看来|原因|预计|采访|希望/;

/** How far back (characters) a list's lead-in is read. */
const MAX_LEAD = 120;

/** Families whose lists can be given in someone's words (not numbered headings, headwords or dashes). */
const SPOKEN_FAMILIES: ReadonlySet<Family> = new Set(['shi', 'yao', 'seq', 'en']);

/**
 * The lead-in of a list: its first item's sentence up to the marker, or for an item that opens its paragraph
 * the last sentence of the paragraph before.
 */
function leadIn(text: string, paras: readonly Paragraph[], first: Candidate): string {
  const para = paras[first.para] as Paragraph;
  const from = first.paraStart ? (paras[first.para - 1] ?? null) : para;
  if (!from) return '';
  const end = first.paraStart ? from.end : first.start;
  // The sentence's start: after the last sentence end before `end` (a lead-in's own 。 closes it), at most
  // MAX_LEAD characters back, so a page of many lists in one long paragraph is still read in linear time.
  let start = Math.max(from.start, end - MAX_LEAD);
  for (let k = end - 2; k >= start; k--)
    if ('。！？!?'.includes(text[k] as string)) {
      start = k + 1;
      break;
    }
  return text.slice(start, end);
}

/** Turns a list's candidates into items with headlines; drops the list if fewer than two survive. */
function toItems(
  text: string,
  paras: readonly Paragraph[],
  list: MarkerList,
  listId: number,
  headEnds?: number[],
  minItems = 2,
): Item[] {
  const style = styleOf(list);
  const first = list.items[0];
  const reported =
    SPOKEN_FAMILIES.has(list.family) && first !== undefined && REPORTED_LEAD.test(leadIn(text, paras, first));
  const items = list.items.map((c: Candidate, k: number): Item => {
    const para = paras[c.para] as Paragraph;
    const next = list.items[k + 1];
    const nextInPara = next && next.para === c.para ? next.start : null;
    const end = cutHeadline(text, c.textStart, para.end, nextInPara);
    const markerEnd = headEnds ? (headEnds[k] as number) : c.markerEnd;
    return {
      family: list.family,
      listId,
      rank: c.paraStart ? HEADING_RANK[list.family] : undefined,
      style: c.paraStart || style !== 'heading' ? style : 'ordinal',
      start: c.start,
      marker: text.slice(c.start, markerEnd),
      textStart: c.textStart,
      textEnd: end,
      para: c.para,
      paraStart: c.paraStart,
      nextSibling: next ? next.start : null,
      spanEnd: end,
      parent: null,
      inToc: false,
      reported,
    };
  });
  const ok = items.filter((it) => it.textEnd - it.textStart >= MIN_HEADLINE);
  return ok.length >= minItems ? ok : [];
}

/** A paragraph introducing footnotes or references: the numbered lines after it are not directives. */
const NOTES = new Set(NOTES_HEADINGS);

/** True when the list starts right after a notes/references heading. */
function isNotesList(text: string, paras: readonly Paragraph[], list: MarkerList): boolean {
  const first = list.items[0];
  const prev = first ? paras[first.para - 1] : undefined;
  return (
    prev !== undefined &&
    prev.end - prev.start <= 16 &&
    NOTES.has(
      text
        .slice(prev.start, prev.end)
        .replace(/[:：\s]/g, '')
        .toLowerCase(),
    )
  );
}

/** Heading families whose lone item 1 is kept when the family forms lists elsewhere in the document. */
const OUTLINE_FAMILIES = new Set(['chapter', 'cn-heading', 'paren-cn', 'arabic-dot']);

/** Lone numbered headings (the page ends after （一）) that belong to the document's outline. */
function outlineSingles(lists: readonly MarkerList[], singles: readonly MarkerList[]): MarkerList[] {
  const families = new Set(lists.map((l) => l.family));
  return singles.filter(
    (l) => OUTLINE_FAMILIES.has(l.family) && families.has(l.family) && l.items[0]?.paraStart,
  );
}

/** Finds every enumerated directive in `text`, sorted by position, with parents and TOC flags. */
export function findDirectives(
  text: string,
  paras: readonly Paragraph[] = splitParagraphs(text),
): Directive[] {
  const cands = findCandidates(text, paras);
  const marked = new Set<number>();
  for (const c of cands) if (c.paraStart) marked.add(c.para);
  const assembled = assembleLists(cands, text);
  const lists = assembled.lists.filter((l) => !isNotesList(text, paras, l));
  const series = findParagraphSeries(text, paras, marked);
  const items = dropOverlaps([
    ...lists.flatMap((l, i) => toItems(text, paras, l, i)),
    ...outlineSingles(lists, assembled.singles).flatMap((l, i) =>
      toItems(text, paras, l, -1 - i, undefined, 1),
    ),
    ...series.flatMap((s, i) =>
      toItems(text, paras, s, lists.length + i, s.family === 'headword' ? s.headEnds : undefined),
    ),
  ]);
  for (const it of items) if (it.paraStart) marked.add(it.para);
  nestItems(text, paras, items, marked);
  markToc(text, paras, items);
  return items.map((it) => ({
    marker: it.marker,
    text: text.slice(it.textStart, it.textEnd),
    start: it.start,
    end: it.textEnd,
    parent: it.parent,
    style: it.style,
    ...(it.inToc ? { inToc: true } : {}),
    ...(it.reported ? { reported: true } : {}),
  }));
}

/** Sorts items by start and drops any item starting inside an earlier item's marker. */
function dropOverlaps(items: Item[]): Item[] {
  items.sort((a, b) => a.start - b.start || b.textEnd - a.textEnd);
  const out: Item[] = [];
  let lastMarkerEnd = -1;
  for (const it of items) {
    if (it.start < lastMarkerEnd) continue;
    out.push(it);
    lastMarkerEnd = it.textStart;
  }
  return out;
}
