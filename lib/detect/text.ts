/**
 * Paragraphs and character classes of the article text. Everything here is a single linear
 * pass or a binary search, so the detector stays linear on megabyte pages.
 */

/** One paragraph: text[start, end) with no "\n" inside. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** Splits the text at "\n" into non-empty paragraphs (blank lines are skipped). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const i = nl < 0 ? text.length : nl;
    let s = start;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
    start = i + 1;
  }
  return out;
}

/** Index of the paragraph containing offset `pos` (or the last one starting before it). */
export function paragraphAt(paras: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((paras[mid] as Paragraph).start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True for ASCII whitespace, NBSP and the ideographic space. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0x3000;
}

/** True for the UTF-16 code unit of a CJK ideograph. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** “ and ” as UTF-16 code units. */
export const OPEN_QUOTE = 0x201c;
export const CLOSE_QUOTE = 0x201d;

/**
 * `text` with ASCII double quotes around Chinese words ("人工智能+制造"专项行动) turned into “ ”, so the
 * rules for quotations apply to pages typed with straight quotes. Same length, so offsets hold. Only in
 * a paragraph with an even number of `"` and no “ ”: its quotes pair in order, and a pair at most 300
 * apart with an ideograph between is curled (English quotations are left alone). `text` itself when
 * nothing changes.
 */
export function curlQuotes(text: string): string {
  let out = '';
  let from = 0;
  for (let q = text.indexOf('"'); q >= 0; ) {
    const start = text.lastIndexOf('\n', q) + 1;
    let end = text.indexOf('\n', q);
    if (end < 0) end = text.length;
    const quotes: number[] = [];
    for (let i = q; i >= 0 && i < end; i = text.indexOf('"', i + 1)) quotes.push(i);
    const line = text.slice(start, end);
    if (quotes.length % 2 === 0 && !/[“”]/.test(line)) {
      for (let k = 0; k < quotes.length; k += 2) {
        const open = quotes[k] as number;
        const close = quotes[k + 1] as number;
        const inner = text.slice(open + 1, close);
        if (close - open > 300 || !/[\u4e00-\u9fff]/.test(inner)) continue;
        out += `${text.slice(from, open)}“${inner}”`;
        from = close + 1;
      }
    }
    q = text.indexOf('"', end);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Common Traditional Chinese characters that simplified Chinese does not use. */
const TRADITIONAL = /[這們國會發經與對說來為時業個關實調開]/g;

/**
 * True when at least 2 of those are in the title and the first 3,000 characters of the text: a short
 * Traditional flash item (央行：下調存款準備金率…) is caught. A simplified page quoting Traditional names
 * (國泰航空) or a Japanese one may pass too; that costs only the background's reading, which changes
 * none of the characters the rules read in simplified text.
 */
export function looksTraditional(text: string, title = ''): boolean {
  return ((title + text.slice(0, 3000)).match(TRADITIONAL)?.length ?? 0) >= 2;
}

/** The UTF-16 code units of `chars`, for lookups by `charCodeAt` (no one-character strings). */
export function codes(chars: string): ReadonlySet<number> {
  return new Set(chars.split('').map((c) => c.charCodeAt(0)));
}

/** Punctuation after which a list marker may start (clause and sentence boundaries, brackets, quotes). */
const BOUNDARY_BEFORE = codes('\n，。；：！？、,.;:!?（(【[“"‘\'》」』）)]】”’—…·');

/** True when a marker at `pos` starts a clause: paragraph start or after boundary punctuation. */
export function atClauseStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  return BOUNDARY_BEFORE.has(text.charCodeAt(i));
}

/** True when `pos` is the first non-space character of its paragraph. */
export function atParagraphStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

const CLOSERS = codes('”’」』）)"\'');

/**
 * Offset just after the first sentence end in text[from, limit), closing quotes included;
 * an ASCII "." counts when a space or the limit follows it (English). Returns -1 when none.
 */
export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    // 。！？；;!? — compared as char codes: this loop runs over every headline.
    let hit =
      c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 59 || c === 33 || c === 63;
    if (!hit && c === 46) {
      const next = i + 1 < limit ? text.charCodeAt(i + 1) : 32;
      const prev = i > from ? text.charCodeAt(i - 1) : 32;
      const prevIsDigit = prev >= 48 && prev <= 57;
      // Not after a Chinese character: a page that prints its Chinese with ASCII punctuation ends sentences
      // with "." but LABELING.md's sentence ends are 。！？； and ;!? (held-out set 43: 一是发用电情况. 从发电看…).
      hit = isSpace(next) && !(prevIsDigit && i - from < 3) && !isHanCode(prev);
    }
    if (hit) {
      let j = i + 1;
      while (j < limit && CLOSERS.has(text.charCodeAt(j))) j++;
      return j;
    }
  }
  return -1;
}

/** True when the character is terminal punctuation of a paragraph that reads as a sentence. */
export function endsLikeSentence(text: string, para: Paragraph): boolean {
  let e = para.end - 1;
  while (e > para.start && CLOSERS.has(text.charCodeAt(e))) e--;
  // Sentence ends of LABELING.md §2 (full-width and ASCII), an ellipsis, or a colon.
  return '。！？；;!?.…：:'.includes(text[e] as string);
}

/** Trims spaces and the given trailing characters from text[start, end); returns the new end. */
export function trimEnd(text: string, start: number, end: number, chars: string): number {
  let e = end;
  while (e > start && (isSpace(text.charCodeAt(e - 1)) || chars.includes(text[e - 1] as string))) e--;
  return e;
}

/** True when `words` has an entry ending exactly at `end` in `text`. */
export function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  return words.some((w) => text.endsWith(w, end));
}

/** True when `words` has an entry starting exactly at `pos` in `text`. */
export function startsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, pos));
}

/** The quotations (“…”, up to 300 characters each) of `text`, as flattened [start, end) pairs; one linear pass. */
export function quotations(text: string): number[] {
  const regions: number[] = [];
  let from = 0;
  let close = -1;
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', from)) {
    // The next ” after i only moves forward, so it is searched again only once i has passed it.
    if (close <= i) close = text.indexOf('”', i + 1);
    // No ” left: the rest of the text has no quotation.
    if (close < 0) break;
    if (close - i > 300) {
      from = i + 1;
      continue;
    }
    regions.push(i, close + 1);
    from = close + 1;
  }
  return regions;
}

/** The source phrase when the first paragraphs (at most 400 characters) report a statistics release, else ''. */
export function dataLede(lede: string, source: RegExp, figure: RegExp, change: RegExp): string {
  const m = source.exec(lede);
  if (!m || !change.test(lede)) return '';
  return (lede.match(figure)?.length ?? 0) >= 2 ? m[0] : '';
}

/** The first three paragraphs of `head`, at most 400 characters. */
export function ledeOf(head: string): string {
  let end = -1;
  for (let k = 0; k < 3 && end < 400; k++) {
    end = head.indexOf('\n', end + 1);
    if (end < 0) break;
  }
  return head.slice(0, end < 0 || end > 400 ? 400 : end);
}
