/**
 * Lists made of parallel paragraphs: headword paragraphs (稳增长。… 扩需求。…, 立德树人——…) and
 * dash bullets (——经济发展进一步提质增效。…). Both need two or more consecutive paragraphs.
 */
import { FINDING_ENDINGS, LEAD_OPENERS } from './lexicon';
import type { Candidate, Family } from './markers';
import { endsWithAny, isHanCode, type Paragraph, startsWithAny } from './text';

/** A paragraph series: its items, and for headwords where each headword ends. */
export interface SeriesList {
  family: Extract<Family, 'headword' | 'dash'>;
  items: Candidate[];
  /** For headwords: end of the headword itself (before its 。 or ——). */
  headEnds: number[];
}

const MAX_HEADWORD = 12;
const MIN_HEADWORD = 3;
/**
 * Lead sentences: an essay's or a report's paragraphs that each open with a short sentence stating their
 * point (把人民健康放在优先发展战略地位。…, 健康扶贫成效显著。…) are a list too, with less parallel
 * lengths than headwords: up to this many characters, in a row of three or more long paragraphs.
 */
const MAX_LEAD = 16;
const LEAD_SPREAD = 8;
const MIN_LEAD_REST = 40;
/** Enumeration commas and quotation marks inside a headword (树立大卫生、大健康的观念, 推进“一老一小”健康服务). */
const HEAD_PUNCT = new Set([0x3001, 0x201c, 0x201d]);
/** Pronouns mark a spoken reply (我同意。), not a headword. */
const PRONOUNS = /[我你他她它您咱]/;
/** A first clause that reports speech (会议指出，…。) opens a sentence, not a two-part headword. */
const REPORTING = /^会议|认为|指出|强调|要求|表示|提出|[称说]$/;

/**
 * The headword of a paragraph (end offset, separator, length of its first part), or null. A headword
 * may have two parts joined by a comma (坚持内需主导，建设强大国内市场。, 把握规律，确保新开局。), as
 * the Central Economic Work Conference's readouts print their tasks.
 */
function headwordOf(
  text: string,
  p: Paragraph,
): { end: number; sep: string; head: number; rest: number } | null {
  let comma = -1;
  const limit = Math.min(p.end, p.start + 2 * MAX_HEADWORD + 1);
  for (let i = p.start; i < limit; i++) {
    // By code unit: a one-character string per position would be allocated for every paragraph.
    const c = text.charCodeAt(i);
    let sep = '';
    if (c === 0x3002) sep = '。';
    else if (c === 0x2014 && text.charCodeAt(i + 1) === 0x2014) sep = '——';
    if (!sep) {
      if ((c === 0xff0c || c === 44) && comma < 0) comma = i;
      else if (!isHanCode(c) && !HEAD_PUNCT.has(c)) return null;
      continue;
    }
    const head = (comma < 0 ? i : comma) - p.start;
    const len = i - p.start;
    const rest = p.end - (i + sep.length);
    // (The scan's limit already keeps a two-part headword within 24 characters.)
    if (head < MIN_HEADWORD || (comma < 0 && len > MAX_LEAD) || rest < 4) return null;
    if (comma >= 0 && (i - comma < 3 || REPORTING.test(text.slice(p.start, comma)))) return null;
    if (PRONOUNS.test(text.slice(p.start, i))) return null;
    return { end: i, sep, head, rest };
  }
  return null;
}

/** A wire's credit line after a dash (-- Reporting by …; Editing by …): no list item. */
const DASH_CREDIT =
  /^ *(?:reporting|writing|editing|additional reporting|compiled|source|photo|via|with reporting)\b/i;
/** A quotation's attribution after a dash (— Jane Doe, chief economist at …). */
const DASH_ATTRIBUTION = /^ *[A-Z][a-z]+(?: [A-Z][a-z.]+)+,/;

/**
 * Length of the dash bullet opening a paragraph followed by a real clause (not "——习近平"), or 0: —— as Chinese
 * documents print it, two ASCII hyphens as reposts and English releases of Chinese news print it (--到2015年，…;
 * "-- Each region should adopt…": held-out sets 49 and 56), or one en or em dash and a space before an English
 * clause ("– Accelerate the establishment of…": set 56). Not a wire's credit line nor a quotation's attribution.
 */
function dashBullet(text: string, p: Paragraph): number {
  const c = text.charCodeAt(p.start);
  const next = text.charCodeAt(p.start + 1);
  const n =
    (c === 0x2014 && next === 0x2014) || (c === 45 && next === 45)
      ? 2
      : (c === 0x2013 || c === 0x2014) && next === 32
        ? 1
        : 0;
  if (n === 0) return 0;
  const body = text.slice(p.start + n, Math.min(p.end, p.start + 200));
  if (DASH_CREDIT.test(body) || (n === 1 && (body.length < 20 || DASH_ATTRIBUTION.test(body)))) return 0;
  // A clause: its punctuation, or (after hyphens or one dash) an English sentence of four words or more.
  const english = n === 1 || text[p.start] === '-';
  const clause = /[，。；,;：]/.test(body) || (english && /\w+ \w+ \w+ \w+/.test(body));
  return body.length >= 6 && clause ? n : 0;
}

/** Paragraph-number-consecutive runs of paragraphs accepted by `test`. */
function runs<T>(
  paras: readonly Paragraph[],
  test: (p: Paragraph) => T | null,
): Array<Array<[Paragraph, T]>> {
  const out: Array<Array<[Paragraph, T]>> = [];
  let cur: Array<[Paragraph, T]> = [];
  for (const p of paras) {
    const v = test(p);
    if (v !== null) cur.push([p, v]);
    else if (cur.length > 0) {
      // (A new array only after a run: most paragraphs are in none.)
      if (cur.length >= 2) out.push(cur);
      cur = [];
    }
  }
  if (cur.length >= 2) out.push(cur);
  return out;
}

/** Most paragraphs of explanation between two dash bullets of one list. */
const MAX_DASH_GAP = 4;

/**
 * Dash-bullet series: two or more bullets in consecutive paragraphs, or three or more with a few paragraphs of
 * explanation after each ("-- China should strengthen…" then three paragraphs on it: held-out set 56).
 */
function dashRuns(text: string, paras: readonly Paragraph[]): Array<Array<[Paragraph, number]>> {
  const out: Array<Array<[Paragraph, number]>> = [];
  let cur: Array<[Paragraph, number]> = [];
  let gapped = false;
  const close = (): void => {
    if (cur.length >= (gapped ? 3 : 2)) out.push(cur);
    cur = [];
    gapped = false;
  };
  for (const p of paras) {
    const n = dashBullet(text, p);
    if (n === 0) continue;
    const last = cur[cur.length - 1];
    if (last && p.index - last[0].index > MAX_DASH_GAP + 1) close();
    else if (last && p.index - last[0].index > 1) gapped = true;
    cur.push([p, n]);
  }
  close();
  return out;
}

/** Headword and dash-bullet series; paragraphs that open with a list marker (`marked`) are not headwords. */
export function findParagraphSeries(
  text: string,
  paras: readonly Paragraph[],
  marked: ReadonlySet<number>,
): SeriesList[] {
  const out: SeriesList[] = [];
  const item = (family: Family, p: Paragraph, markerEnd: number): Candidate => ({
    family,
    ordinal: 0,
    start: p.start,
    markerEnd,
    textStart: markerEnd,
    para: p.index,
    paraStart: true,
  });
  for (const run of runs(paras, (p) => (marked.has(p.index) ? null : headwordOf(text, p)))) {
    const sep = run[0]?.[1].sep;
    // Parallel headwords have about the same length (of the first part when they have two).
    const lens = run.map(([, h]) => h.head);
    const spread = Math.max(...lens) - Math.min(...lens);
    if (run.some(([, h]) => h.sep !== sep)) continue;
    // Two-part headwords are tasks in a row of three or more that open alike (坚持…，…。): two short
    // sentences in a row (今年以来，…。与此同时，…。) are news.
    const first = text[run[0]?.[0].start ?? 0];
    if (
      run.some(([p, h]) => h.head < h.end - p.start) &&
      (run.length < 3 || run.some(([p]) => text[p.start] !== first))
    )
      continue;
    const parallel =
      !run.some(([, h]) => h.head > MAX_HEADWORD) && spread <= 2 && (run.length > 2 || spread === 0);
    const leads =
      sep === '。' &&
      run.length >= 3 &&
      spread <= LEAD_SPREAD &&
      run.every(
        ([p, h]) =>
          h.rest >= MIN_LEAD_REST &&
          startsWithAny(text, p.start, LEAD_OPENERS) &&
          !endsWithAny(text, h.end, FINDING_ENDINGS),
      );
    if (!parallel && !leads) continue;
    out.push({
      family: 'headword',
      items: run.map(([p, h]) => item('headword', p, h.end + h.sep.length)),
      headEnds: run.map(([, h]) => h.end),
    });
  }
  for (const run of dashRuns(text, paras)) {
    out.push({ family: 'dash', items: run.map(([p, n]) => item('dash', p, p.start + n)), headEnds: [] });
  }
  return out;
}
