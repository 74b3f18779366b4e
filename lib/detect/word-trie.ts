/**
 * Lexicon words found in one pass over the text: a trie of the words (UTF-16 code units) walked from each
 * position, behind two bitsets: (hashed) the pairs of code units that start a word of two or more, and the
 * code units that are a word by themselves. Most positions of a text fail both. Two readings:
 * - `count`: every list of words at once, each word counted as `indexOf` from its last match's end would
 *   count it (non-overlapping, left to right), independently of the other words; a word that starts or
 *   ends with a Latin letter counts only as a whole word there (a plural -s allowed). Lists from a given
 *   one on may count only outside some regions (quotations), as over the text with each region cut out
 *   and replaced by a space, without a second pass;
 * - `scan`: leftmost-longest matches, each search resuming at the previous match's end, as a global
 *   RegExp alternation of the words (longest first) finds them.
 *
 * The trie is integers only: node ids, one Map from (node, code unit) to the next node, and a typed array
 * of the word ending at each node. Node objects whose fields start as null and later hold a Map made V8
 * deoptimise `count` hundreds of times while the page's first runs were still warming up. (An open-
 * addressing table in typed arrays instead of the Map: 3% faster once optimised, 3% slower in the
 * benchmark's warming runs, where `Map.get` is native code and the probe loop is not yet; not kept.)
 */

export interface WordCount {
  total: number;
  hits: Map<string, number>;
}

/** A Latin letter or a hyphen (a code unit inside an English word). */
const isLatin = (c: number): boolean => c === 45 || ((c | 32) - 97) >>> 0 < 26;

/** Bit `k` of a bitset. */
const has = (bits: Uint32Array, k: number): boolean => (((bits[k >>> 5] as number) >>> (k & 31)) & 1) === 1;
const set = (bits: Uint32Array, k: number): void => {
  bits[k >>> 5] = (bits[k >>> 5] as number) | (1 << (k & 31));
};
/** A 16-bit hash of two code units. */
const pair = (a: number, b: number): number => ((a * 40503) ^ b) & 0xffff;
/** The transition key of (node, code unit): a small integer while there are fewer than 2^14 nodes. */
const edge = (node: number, code: number): number => node * 0x10000 + code;
const NO_NODE = -1;
/**
 * `count`'s default regions. A `[]` default made Chromium's Maglev deoptimise `count` on nearly every call
 * while the page warmed up ("insufficient type feedback for array literal": the body's count passes
 * regions, the title's does not), 23–35 times in the first 40 runs on the 40k report.
 */
const NO_REGIONS: readonly number[] = [];
/** A word's groups of lists in `count`: those counted everywhere, those counted outside the regions. */
const ALL_LISTS = 1;
const OUTSIDE_LISTS = 2;

export class WordTrie {
  /** (node, code unit) → next node; the root is node 0. */
  private readonly next = new Map<number, number>();
  /** Per node: index of the word ending there, or -1. */
  private readonly wordAt: Int32Array;
  /** Per word: its text, and the lists (indexes into `lists`) it belongs to. */
  private readonly texts: string[] = [];
  private readonly listsOf: number[][] = [];
  /** A bit per hashed pair of code units that starts a word of two or more (8 KB). */
  private readonly pairs = new Uint32Array(2048);
  /** A bit per code unit that is a word by itself (past the pair filter: 你 among two-character words). */
  private readonly singles = new Uint32Array(2048);
  /** Per word, `count`'s matches and where it may match next, in all lists and outside the regions. */
  private readonly matches: Int32Array;
  private readonly nextFree: Int32Array;
  private readonly outMatches: Int32Array;
  private readonly outNextFree: Int32Array;
  /**
   * `groupsOf`'s results by `outsideFrom`. (One cached result alone was rebuilt on every call once the
   * title's count, with no regions, shared a trie with the body's: 4% of the seed page's pipeline.)
   */
  private readonly groups = new Map<number, Uint8Array>();

  constructor(private readonly lists: ReadonlyArray<readonly string[]>) {
    const index = new Map<string, number>();
    lists.forEach((list, k) => {
      for (const text of list) {
        if (text === '') continue;
        let w = index.get(text);
        if (w === undefined) {
          w = this.texts.length;
          index.set(text, w);
          this.texts.push(text);
          this.listsOf.push([]);
        }
        const of = this.listsOf[w] as number[];
        if (!of.includes(k)) of.push(k);
      }
    });
    const ends: number[] = [NO_NODE];
    const { next } = this;
    this.texts.forEach((text, w) => {
      const first = text.charCodeAt(0);
      if (text.length > 1) set(this.pairs, pair(first, text.charCodeAt(1)));
      else set(this.singles, first);
      let at = 0;
      for (let i = 0; i < text.length; i++) {
        const key = edge(at, text.charCodeAt(i));
        let to = next.get(key);
        if (to === undefined) {
          to = ends.length;
          ends.push(NO_NODE);
          next.set(key, to);
        }
        at = to;
      }
      ends[at] = w;
    });
    this.wordAt = Int32Array.from(ends);
    const size = this.texts.length;
    this.matches = new Int32Array(size);
    this.nextFree = new Int32Array(size);
    this.outMatches = new Int32Array(size);
    this.outNextFree = new Int32Array(size);
  }

  /**
   * One count per list, in the order the lists were given. The lists from `outsideFrom` on count only the
   * matches that overlap none of `regions` (sorted, disjoint [start, end) pairs, flattened): what `count`
   * of those lists returns for the text with each region replaced by one space, when none of their words
   * holds a space (the characters on either side of a region are no Latin letters either way).
   */
  count(text: string, outsideFrom = this.lists.length, regions: readonly number[] = NO_REGIONS): WordCount[] {
    // Matches per word, and where each word may match next (its last match's end): matches of one word
    // do not overlap. Integers while scanning; the per-list maps are built once at the end, in the order
    // the words first matched. The lists outside the regions keep their own (the second of each pair).
    // Zero at every call's start: each call sets back what it set (the words it found), which is cheaper
    // on short texts (a title) than four new arrays.
    const { matches, nextFree, outMatches, outNextFree, next, wordAt } = this;
    const found: number[] = [];
    const outFound: number[] = [];
    const groups = this.groupsOf(outsideFrom);
    const n = text.length;
    // The first region that ends after the current position (positions only grow).
    let r = 0;
    for (let i = this.nextStart(text, 0, n); i < n; i = this.nextStart(text, i + 1, n)) {
      while (r < regions.length && (regions[r + 1] as number) <= i) r += 2;
      // A word in Latin letters counts as a whole word, plural -s allowed: `dow` is not in `down`,
      // `stock` not in `joint-stock`, `quarter` not in `headquarters`. No word starting inside one counts.
      const c = text.charCodeAt(i);
      let at = isLatin(c) && isLatin(text.charCodeAt(i - 1)) ? undefined : next.get(edge(0, c));
      for (let j = i + 1; at !== undefined; j++) {
        const w = wordAt[at] as number;
        // (The match's last code unit is the word's.)
        if (
          w !== NO_NODE &&
          !(
            isLatin(text.charCodeAt(j - 1)) &&
            isLatin(text.charCodeAt(text.charCodeAt(j) === 115 ? j + 1 : j))
          )
        ) {
          const g = groups[w] as number;
          if (g & ALL_LISTS && (nextFree[w] as number) <= i) {
            nextFree[w] = j;
            if (matches[w] === 0) found.push(w);
            matches[w] = (matches[w] as number) + 1;
          }
          if (
            g & OUTSIDE_LISTS &&
            (outNextFree[w] as number) <= i &&
            (r >= regions.length || (regions[r] as number) >= j)
          ) {
            outNextFree[w] = j;
            if (outMatches[w] === 0) outFound.push(w);
            outMatches[w] = (outMatches[w] as number) + 1;
          }
        }
        at = j < n ? next.get(edge(at, text.charCodeAt(j))) : undefined;
      }
    }
    const out: WordCount[] = [];
    for (let k = 0; k < this.lists.length; k++) out.push({ total: 0, hits: new Map<string, number>() });
    this.tally(out, found, matches, 0, outsideFrom);
    this.tally(out, outFound, outMatches, outsideFrom, this.lists.length);
    for (let f = 0; f < found.length; f++) matches[found[f] as number] = nextFree[found[f] as number] = 0;
    for (let f = 0; f < outFound.length; f++)
      outMatches[outFound[f] as number] = outNextFree[outFound[f] as number] = 0;
    return out;
  }

  /** Adds the matches of the `found` words to the counts of the lists `from` ≤ k < `to` they belong to. */
  private tally(out: WordCount[], found: number[], matches: Int32Array, from: number, to: number): void {
    // Indexed loops: array iterators here made V8 deoptimise this function on every call while warming up.
    for (let f = 0; f < found.length; f++) {
      const w = found[f] as number;
      const m = matches[w] as number;
      const lists = this.listsOf[w] as number[];
      for (let l = 0; l < lists.length; l++) {
        const k = lists[l] as number;
        if (k < from || k >= to) continue;
        const count = out[k] as WordCount;
        count.total += m;
        count.hits.set(this.texts[w] as string, m);
      }
    }
  }

  /** Per word: ALL_LISTS if it is in a list before `outsideFrom`, OUTSIDE_LISTS if in one from it on. */
  private groupsOf(outsideFrom: number): Uint8Array {
    const cached = this.groups.get(outsideFrom);
    if (cached) return cached;
    const of = new Uint8Array(this.texts.length);
    this.listsOf.forEach((lists, w) => {
      for (const k of lists) of[w] = (of[w] as number) | (k < outsideFrom ? ALL_LISTS : OUTSIDE_LISTS);
    });
    this.groups.set(outsideFrom, of);
    return of;
  }

  /** Leftmost-longest matches of any list's words, non-overlapping, as [start, end) pairs; at most `limit`. */
  scan(text: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const { next, wordAt } = this;
    const n = text.length;
    for (let i = limit > 0 ? this.nextStart(text, 0, n) : n; i < n; ) {
      let end = i;
      let at = next.get(edge(0, text.charCodeAt(i)));
      for (let j = i + 1; at !== undefined; j++) {
        if (wordAt[at] !== NO_NODE) end = j;
        at = j < n ? next.get(edge(at, text.charCodeAt(j))) : undefined;
      }
      if (end > i && out.push([i, end]) >= limit) break;
      i = this.nextStart(text, Math.max(end, i + 1), n);
    }
    return out;
  }

  /**
   * The first position from `from` where a word may start (its pair of code units starts a word of two or
   * more, or its code unit is a word), or `n`. Most of the text goes through this tight loop; the filter
   * is written out in it, as cold code pays for a call per character. One test per position on a bitset
   * that few pairs are in: a test of the first code unit before it passed a quarter of a Chinese text's
   * positions in no pattern the processor could predict, and made the loop 1.5 times slower.
   */
  private nextStart(text: string, from: number, n: number): number {
    const { pairs, singles } = this;
    const last = n - 1;
    let c = text.charCodeAt(from);
    for (let i = from; i < last; i++) {
      const d = text.charCodeAt(i + 1);
      const k = pair(c, d);
      if (
        (((pairs[k >>> 5] as number) >>> (k & 31)) & 1) !== 0 ||
        (((singles[c >>> 5] as number) >>> (c & 31)) & 1) !== 0
      )
        return i;
      c = d;
    }
    return from <= last && has(singles, text.charCodeAt(last)) ? last : n;
  }
}

const counters = new WeakMap<ReadonlyArray<readonly string[]>, WordTrie>();

/** A counter for these lists, built once per lists array (keep the array at module level). */
export function trieFor(lists: ReadonlyArray<readonly string[]>): WordTrie {
  let c = counters.get(lists);
  if (!c) {
    c = new WordTrie(lists);
    counters.set(lists, c);
  }
  return c;
}

/** No word found. */
export const NO_WORDS: WordCount = { total: 0, hits: new Map() };

/** Counts of each list of the group in `text`. */
export function counts(text: string, lists: ReadonlyArray<readonly string[]>): WordCount[] {
  return trieFor(lists).count(text);
}
