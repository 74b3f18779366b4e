/**
 * Lexicon words found in one pass over the text: a trie of the words (UTF-16 code units) walked from each
 * position, behind two bitsets: the code units that start a word, and (hashed) the pairs of code units
 * that start a word of two or more. Most positions of a text fail one of them. Two readings:
 * - `count`: every list of words at once, each word counted as `indexOf` from its last match's end would
 *   count it (non-overlapping, left to right), independently of the other words; a word that starts or
 *   ends with a Latin letter counts only as a whole word there (a plural -s allowed);
 * - `scan`: leftmost-longest matches, each search resuming at the previous match's end, as a global
 *   RegExp alternation of the words (longest first) finds them.
 *
 * The trie is integers only: node ids, one Map from (node, code unit) to the next node, and a typed array
 * of the word ending at each node. Node objects whose fields start as null and later hold a Map made V8
 * deoptimise `count` hundreds of times while the page's first runs were still warming up.
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

export class WordTrie {
  /** (node, code unit) → next node; the root is node 0. */
  private readonly next = new Map<number, number>();
  /** Per node: index of the word ending there, or -1. */
  private readonly wordAt: Int32Array;
  /** Per word: its text, and the lists (indexes into `lists`) it belongs to. */
  private readonly texts: string[] = [];
  private readonly listsOf: number[][] = [];
  /** A bit per UTF-16 code unit that starts a word (8 KB). */
  private readonly starts = new Uint32Array(2048);
  /** A bit per hashed pair of code units that starts a word of two or more (8 KB). */
  private readonly pairs = new Uint32Array(2048);
  /** Whether some word is one code unit long (then the pair filter cannot be used). */
  private readonly singles: boolean;

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
    this.singles = this.texts.some((w) => w.length === 1);
    const ends: number[] = [NO_NODE];
    this.texts.forEach((text, w) => {
      const first = text.charCodeAt(0);
      set(this.starts, first);
      if (text.length > 1) set(this.pairs, pair(first, text.charCodeAt(1)));
      let at = 0;
      for (let i = 0; i < text.length; i++) {
        const key = edge(at, text.charCodeAt(i));
        let to = this.next.get(key);
        if (to === undefined) {
          to = ends.length;
          ends.push(NO_NODE);
          this.next.set(key, to);
        }
        at = to;
      }
      ends[at] = w;
    });
    this.wordAt = Int32Array.from(ends);
  }

  /** One count per list, in the order the lists were given. */
  count(text: string): WordCount[] {
    // Matches per word, and where each word may match next (its last match's end): matches of one word
    // do not overlap. Integers while scanning; the per-list maps are built once at the end, in the order
    // the words first matched.
    const size = this.texts.length;
    const matches = new Int32Array(size);
    const nextFree = new Int32Array(size);
    const found: number[] = [];
    const { next, wordAt } = this;
    const n = text.length;
    for (let i = this.nextStart(text, 0, n); i < n; i = this.nextStart(text, i + 1, n)) {
      // A word in Latin letters counts as a whole word, plural -s allowed: `dow` is not in `down`,
      // `stock` not in `joint-stock`, `quarter` not in `headquarters`. No word starting inside one counts.
      const c = text.charCodeAt(i);
      let at = isLatin(c) && isLatin(text.charCodeAt(i - 1)) ? undefined : next.get(edge(0, c));
      for (let j = i + 1; at !== undefined; j++) {
        const w = wordAt[at] as number;
        // (The match's last code unit is the word's.)
        if (
          w !== NO_NODE &&
          (nextFree[w] as number) <= i &&
          !(
            isLatin(text.charCodeAt(j - 1)) &&
            isLatin(text.charCodeAt(text.charCodeAt(j) === 115 ? j + 1 : j))
          )
        ) {
          nextFree[w] = j;
          if (matches[w] === 0) found.push(w);
          matches[w] = (matches[w] as number) + 1;
        }
        at = j < n ? next.get(edge(at, text.charCodeAt(j))) : undefined;
      }
    }
    const out: WordCount[] = [];
    for (let k = 0; k < this.lists.length; k++) out.push({ total: 0, hits: new Map<string, number>() });
    // Indexed loops: array iterators here made V8 deoptimise this function on every call while warming up.
    for (let f = 0; f < found.length; f++) {
      const w = found[f] as number;
      const m = matches[w] as number;
      const lists = this.listsOf[w] as number[];
      for (let l = 0; l < lists.length; l++) {
        const count = out[lists[l] as number] as WordCount;
        count.total += m;
        count.hits.set(this.texts[w] as string, m);
      }
    }
    return out;
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
   * The first position from `i` where a word may start (its code unit starts a word, and so does its pair
   * of code units), or `n`. Most of the text goes through this tight loop; the filter is written out in
   * it, as cold code pays for a call per character.
   */
  private nextStart(text: string, from: number, n: number): number {
    const { starts, pairs, singles } = this;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if ((((starts[c >>> 5] as number) >>> (c & 31)) & 1) === 0) continue;
      if (singles || (i + 1 < n && has(pairs, pair(c, text.charCodeAt(i + 1))))) return i;
    }
    return n;
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
