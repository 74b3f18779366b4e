/**
 * Helpers for the fuzzy search: Levenshtein distance, masking ranges out of a search text, and the
 * pigeonhole filter that narrows a whole-text search to the regions that can hold a match.
 */

/**
 * Last row of the Levenshtein table of `pat` against `w` units of `text` read from `from`: forwards,
 * or backwards from `from - 1` (the pattern then read from its end too) when `dir` is -1. Entry j is
 * the edit distance between the pattern and the first j units read. O(|pat|·w) time, O(w) memory.
 */
export function editRow(pat: string, text: string, from: number, dir: 1 | -1, w: number): Int32Array {
  const m = pat.length;
  // Unit i of the pattern (1-based) is at p0 + dir·i, unit j of the text at t0 + dir·j.
  const p0 = dir === 1 ? -1 : m;
  const t0 = dir === 1 ? from - 1 : from;
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pat.charCodeAt(p0 + dir * i);
    cur[0] = i;
    for (let j = 1; j <= w; j++) {
      const sub = (prev[j - 1] as number) + (pc === text.charCodeAt(t0 + dir * j) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/** Levenshtein distance, O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  return editRow(a, b, 0, 1, b.length)[b.length] as number;
}

/**
 * A control character that article text never holds. Not U+FFFF: Chrome refuses to load a content
 * script containing a Unicode noncharacter (the minifier inlines it as a literal).
 */
const MASK = '\u0001';

/** Copy norm[from,to) with the given ranges blanked out, so nothing can match there. */
export function masked(norm: string, from: number, to: number, ranges: Array<[number, number]>): string {
  const sorted = ranges.filter(([s, e]) => e > from && s < to).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = from;
  for (const [s, e] of sorted) {
    const a = Math.max(at, s);
    const b = Math.min(to, e);
    if (b <= a) continue;
    out += norm.slice(at, a) + MASK.repeat(b - a);
    at = b;
  }
  return out + norm.slice(at, to);
}

/** Shortest piece worth looking up: shorter pieces occur nearly everywhere. */
const MIN_PIECE = 2;

/**
 * Regions of `norm` that can hold a match of `quote` with at most `maxErrors` edits: split the quote
 * into maxErrors + 1 pieces, one of which must survive unedited. Null when the pieces are too short
 * or occur more than `limit` times in all (search everything then).
 */
export function candidateRegions(
  norm: string,
  quote: string,
  maxErrors: number,
  limit = 256,
): Array<[number, number]> | null {
  const pieces = maxErrors + 1;
  const len = Math.floor(quote.length / pieces);
  if (len < MIN_PIECE) return null;
  const found: Array<[number, number]> = [];
  for (let i = 0; i < pieces; i++) {
    const offset = i * len;
    const piece = quote.slice(offset, i === pieces - 1 ? quote.length : offset + len);
    for (let at = norm.indexOf(piece); at !== -1; at = norm.indexOf(piece, at + 1)) {
      if (found.length === limit) return null;
      const start = at - offset;
      found.push([Math.max(0, start - maxErrors), Math.min(norm.length, start + quote.length + maxErrors)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
