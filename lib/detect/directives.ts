/**
 * Enumerated directives (LABELING.md §2): marker candidates → ordered lists → headlines →
 * spans and nesting → table-of-contents copies. Offsets are into the article text.
 */
import { cutHeadline } from './headline';
import type { Item } from './item';
import { ISSUING_BODIES_ZH, NOTES_HEADINGS } from './lexicon';
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
 * Who gives a list, read in its lead-in. A list is someone's view, forecast, wish or reasons, not what a
 * body decided, when its lead-in names an analyst or a firm, or gives a view (王青认为，一是…; 中金公司研究部
 * 表示，一是…; 主要包括三方面原因：一是…; 希望从两个方面着手，一是…) — unless it names an issuing body or an
 * official, or says what will be done (潘功胜在接受记者采访时表示，下一步将重点做好以下工作：一是…; 会议认为…;
 * 采取了以下措施：一是…). Held-out sets 24 and 25: analysts' and companies' lists tipped market and company
 * news to policy; a review found officials' lists in the same words.
 */
const REPORTED_LEAD =
  /认为|看来|原因|理由|预计|采访|希望|建议|分析|研报|首席|经济学家|研究员|研究院|研究部|证券|基金|券商|机构|业内人士|专家|集团|公司|\banalysts?\b|\beconomists?\b|\bstrategists?\b/i;
const OFFICIAL_LEAD =
  /会议|发言人|负责同志|部长|局长|司长|行长|署长|厅长|主任|书记|省长|市长|以下工作|重点做好|措施|举措|部署|要求|《[^》]{0,60}(?:意见|方案|规划|通知|办法|决定|纲要|计划|条例|报告|建议)》/;

/** How far back (characters) a list's lead-in is read. */
const MAX_LEAD = 120;

/** Families whose lists can be given in someone's words (not numbered headings, headwords or dashes). */
const SPOKEN_FAMILIES: ReadonlySet<Family> = new Set(['shi', 'yao', 'seq', 'en']);

/**
 * The lead-in of a list: its first item's sentence up to the marker; for an item that opens its paragraph,
 * the last sentence of the paragraph before when that paragraph introduces it (ends in a colon), else none.
 */
function leadIn(text: string, paras: readonly Paragraph[], first: Candidate): string {
  const from = first.paraStart ? paras[first.para - 1] : paras[first.para];
  if (!from) return '';
  const end = first.paraStart ? from.end : first.start;
  if (first.paraStart && !'：:'.includes(text[end - 1] as string)) return '';
  // The sentence's start: after the last sentence end before `end`, at most MAX_LEAD characters back, so a
  // page of many lists in one long paragraph is still read in linear time.
  let start = Math.max(from.start, end - MAX_LEAD);
  for (let k = end - 2; k >= start; k--)
    if ('。！？!?'.includes(text[k] as string)) {
      start = k + 1;
      break;
    }
  return text.slice(start, end);
}

/** True when the list is given in someone's words (see REPORTED_LEAD). */
function isReported(text: string, paras: readonly Paragraph[], list: MarkerList): boolean {
  const first = list.items[0];
  if (!first || !SPOKEN_FAMILIES.has(list.family)) return false;
  const lead = leadIn(text, paras, first);
  // A statistics office's officials explain its figures (国家统计局副局长…表示，第一，GDP增长5.3%是符合实际的: held-out
  // set 34); not a notice it issues with others (国家发展改革委、国家统计局联合印发通知，要求：一是…).
  return (
    /统计局(?!.*(?:印发|通知|要求|联合))/.test(lead) ||
    (REPORTED_LEAD.test(lead) &&
      !OFFICIAL_LEAD.test(lead) &&
      !ISSUING_BODIES_ZH.some((b) => lead.includes(b)))
  );
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
  const reported = isReported(text, paras, list);
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
