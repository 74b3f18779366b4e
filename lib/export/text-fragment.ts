/**
 * Text Fragment links (`url#:~:text=[prefix-,]start[,end][,-suffix]`) that open a page scrolled to a
 * highlight. Browsers require word boundaries at the outer edges of the match (and inside start,end), so
 * terms are cut next to punctuation or spaces where possible (a boundary in any context), else at an
 * Intl.Segmenter word boundary. Terms never cross a line break (a block boundary on the page).
 */
import type { TextQuoteSelector } from '../annotation';

/** Quotes up to this many characters on one line are given whole; longer ones as start,end. */
const WHOLE_QUOTE_MAX = 80;
/** Wanted length of the start/end terms of long quotes, and of the prefix/suffix context. */
const TERM_TARGET = 24;
const CONTEXT_TARGET = 12;
/** Punctuation-cut context shorter than this is not preferred over a word-boundary cut. */
const CONTEXT_MIN = 4;

/** Separators next to which there is a word boundary whatever the context: spaces, CJK punctuation, brackets, quotes. */
const SEPARATOR =
  /[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u;

let segmenter: Intl.Segmenter | undefined;

/** Start and end of the word-level segment of `text` holding index `i` (one ICU look-up, not a full pass). */
function segmentAt(text: string, i: number): [number, number] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const s = segmenter.segment(text).containing(i);
  return s ? [s.index, s.index + s.segment.length] : [text.length, text.length];
}

/** True when a separator touches offset `p` of `text`, so a boundary is there in any context. */
function isSeparatorCut(text: string, p: number): boolean {
  return p > 0 && p < text.length && (SEPARATOR.test(text.charAt(p - 1)) || SEPARATOR.test(text.charAt(p)));
}

/** The first separator cut in [from, to], or undefined. */
function firstCut(text: string, from: number, to: number): number | undefined {
  for (let p = Math.max(from, 1); p <= Math.min(to, text.length - 1); p++)
    if (isSeparatorCut(text, p)) return p;
  return undefined;
}

/** The last separator cut in [from, to], or undefined. */
function lastCut(text: string, from: number, to: number): number | undefined {
  for (let p = Math.min(to, text.length - 1); p >= Math.max(from, 1); p--)
    if (isSeparatorCut(text, p)) return p;
  return undefined;
}

/** Percent-encode a term: everything encodeURIComponent does, plus `-` (the directive syntax uses it). */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function tidy(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ');
}

/** A start of `text` about `target` long ending on a boundary (or all of it). */
function head(text: string, target: number): string {
  if (text.length <= target) return text;
  const end = firstCut(text, target, 2 * target) ?? segmentAt(text, target - 1)[1];
  return text.slice(0, end).trimEnd();
}

/** An end of `text` about `target` long starting on a boundary (or all of it). */
function tail(text: string, target: number): string {
  if (text.length <= target) return text;
  const start =
    lastCut(text, text.length - 2 * target, text.length - target) ?? segmentAt(text, text.length - target)[0];
  return text.slice(start).trimStart();
}

/**
 * Context before the quote, starting on a boundary. The stored prefix may begin mid-word, so its first
 * character counts as a boundary only right after a line break.
 */
function prefixTerm(prefix: string): string {
  const lines = tidy(prefix).split('\n');
  const line = (lines.at(-1) ?? '').trimEnd();
  const n = line.length;
  if (lines.length > 1 && n <= 2 * CONTEXT_TARGET) return line.trimStart();
  let start =
    lastCut(line, n - 2 * CONTEXT_TARGET, n - CONTEXT_TARGET) ??
    firstCut(line, n - CONTEXT_TARGET, n - CONTEXT_MIN);
  if (start === undefined) {
    const [segmentStart, next] = segmentAt(line, Math.max(0, n - CONTEXT_TARGET));
    start = segmentStart === 0 ? next : segmentStart;
  }
  return line.slice(start).trimStart();
}

/** Context after the quote, ending on a boundary; the stored suffix's end is one only before a line break. */
function suffixTerm(suffix: string): string {
  const lines = tidy(suffix).split('\n');
  const line = (lines[0] ?? '').trimStart();
  const n = line.length;
  if (lines.length > 1 && n <= 2 * CONTEXT_TARGET) return line.trimEnd();
  let end = firstCut(line, CONTEXT_TARGET, 2 * CONTEXT_TARGET) ?? lastCut(line, CONTEXT_MIN, CONTEXT_TARGET);
  if (end === undefined && n > 0) {
    const [previous, segmentEnd] = segmentAt(line, Math.min(n, CONTEXT_TARGET) - 1);
    end = segmentEnd === n ? previous : segmentEnd;
  }
  return line.slice(0, end ?? 0).trimEnd();
}

/** The text directive for a quote, without `:~:text=`; null when the quote has no visible text. */
export function textDirective(quote: TextQuoteSelector): string | null {
  const blocks = tidy(quote.exact)
    .split('\n')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const first = blocks[0];
  const last = blocks.at(-1);
  if (first === undefined || last === undefined) return null;
  let start = first;
  let end: string | null = null;
  if (blocks.length > 1 || first.length > WHOLE_QUOTE_MAX) {
    start = head(first, TERM_TARGET);
    end = tail(last, TERM_TARGET);
    if (blocks.length === 1 && start.length + end.length >= first.length) [start, end] = [first, null];
  }
  const prefix = prefixTerm(quote.prefix);
  const suffix = suffixTerm(quote.suffix);
  return [
    prefix ? `${encodeTerm(prefix)}-,` : '',
    encodeTerm(start),
    end !== null ? `,${encodeTerm(end)}` : '',
    suffix ? `,-${encodeTerm(suffix)}` : '',
  ].join('');
}

/** `url` with a text fragment that scrolls to and marks the quote; any earlier directive is replaced. */
export function textFragmentUrl(url: string, quote: TextQuoteSelector): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : (url.slice(hash + 1).split(':~:')[0] ?? '');
  const directive = textDirective(quote);
  if (directive === null) return fragment ? `${base}#${fragment}` : base;
  return `${base}#${fragment}:~:text=${directive}`;
}
