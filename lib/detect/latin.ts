/**
 * English patterns on Chinese pages. Each of them scanned the whole text for a few English words: on the
 * 40k report, three scans took a tenth of `analyze` to find nothing. When a text has few Latin words (at
 * most one per SPACING characters), a pattern is tried only where a Latin word starts (or right before,
 * for a quotation mark), which finds exactly the matches of the scan as long as every match of the
 * pattern starts there. On other texts (English ones) the patterns scan as before.
 */

/** The first letter of a Latin word: an ASCII letter after no letter, digit or underscore. */
const WORD_START = /\b[A-Za-z]/g;
/** Fewer Latin words than one per this many characters: the patterns are tried at the words. */
const SPACING = 64;

/** The last text read, and its Latin words' starts (null: too many). One text is analysed at a time. */
let memo: { text: string; starts: number[] | null } | null = null;

/** Starts of the Latin words of `text`, ascending; null when there are more than one per SPACING characters. */
export function latinWordStarts(text: string): readonly number[] | null {
  if (memo?.text === text) return memo.starts;
  const limit = Math.floor(text.length / SPACING);
  let starts: number[] | null = [];
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
    if (starts.length >= limit) {
      starts = null;
      WORD_START.lastIndex = 0;
      break;
    }
    starts.push(m.index);
  }
  memo = { text, starts };
  return starts;
}

/**
 * A pattern whose every match starts at a Latin word's first letter (`offset` 0: `\b(first|second…)`) or
 * `offset` code units before it (-1: a quotation mark, then a capital).
 */
export class EnglishPattern {
  private readonly global: RegExp;
  private readonly sticky: RegExp;

  /** `pattern` without the g or y flag. */
  constructor(
    pattern: RegExp,
    private readonly offset: 0 | -1,
  ) {
    this.global = new RegExp(pattern.source, `${pattern.flags}g`);
    this.sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  }

  /** The matches a global scan of `text` finds, in order. */
  matches(text: string): RegExpExecArray[] {
    const starts = latinWordStarts(text);
    return starts === null ? this.scan(text) : this.tryAt(text, starts);
  }

  /** The matches of a global scan. */
  scan(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const re = this.global;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
    return out;
  }

  /** The matches found by trying the pattern at `starts` (plus the offset), as a global scan resumes. */
  private tryAt(text: string, starts: readonly number[]): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const re = this.sticky;
    // Where a global scan would resume: past the last match (the patterns match no empty string).
    let resume = 0;
    for (let k = 0; k < starts.length; k++) {
      const at = (starts[k] as number) + this.offset;
      if (at < resume) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        out.push(m);
        resume = at + m[0].length;
      }
    }
    return out;
  }
}
