/**
 * Lexicon words found in one pass over the text: a trie of the words (UTF-16 code units) walked from each
 * position, behind two bitsets: the code units that start a word, and (hashed) the pairs of code units
 * that start a word of two or more. Most positions of a text fail one of them. Two readings:
 * - `count`: every list of words at once, each word counted as `indexOf` from its last match's end would
 *   count it (non-overlapping, left to right), independently of the other words;
 * - `scan`: leftmost-longest matches, each search resuming at the previous match's end, as a global
 *   RegExp alternation of the words (longest first) finds them.
 */

export interface WordCount {
  total: number;
  hits: Map<string, number>;
}

interface Word {
  text: string;
  lists: number[];
  index: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** The word ending at this node, if any. */
  word: Word | null;
}

const node = (): TrieNode => ({ next: null, word: null });

/** Bit `k` of a bitset. */
const has = (bits: Uint32Array, k: number): boolean => (((bits[k >>> 5] as number) >>> (k & 31)) & 1) === 1;
const set = (bits: Uint32Array, k: number): void => {
  bits[k >>> 5] = (bits[k >>> 5] as number) | (1 << (k & 31));
};
/** A 16-bit hash of two code units. */
const pair = (a: number, b: number): number => ((a * 40503) ^ b) & 0xffff;

export class WordTrie {
  private readonly root = new Map<number, TrieNode>();
  /** A bit per UTF-16 code unit that starts a word (8 KB). */
  private readonly starts = new Uint32Array(2048);
  /** A bit per hashed pair of code units that starts a word of two or more (8 KB). */
  private readonly pairs = new Uint32Array(2048);
  /** Whether some word is one code unit long (then the pair filter cannot be used). */
  private readonly singles: boolean;
  private readonly size: number;

  constructor(private readonly lists: ReadonlyArray<readonly string[]>) {
    const words = new Map<string, Word>();
    lists.forEach((list, k) => {
      for (const text of list) {
        if (text === '') continue;
        const w = words.get(text) ?? { text, lists: [], index: words.size };
        if (!w.lists.includes(k)) w.lists.push(k);
        words.set(text, w);
      }
    });
    this.size = words.size;
    this.singles = [...words.keys()].some((w) => w.length === 1);
    for (const w of words.values()) {
      const first = w.text.charCodeAt(0);
      set(this.starts, first);
      if (w.text.length > 1) set(this.pairs, pair(first, w.text.charCodeAt(1)));
      let level = this.root;
      let at: TrieNode | undefined;
      for (let i = 0; i < w.text.length; i++) {
        const c = w.text.charCodeAt(i);
        at = level.get(c);
        if (!at) {
          at = node();
          level.set(c, at);
        }
        if (i < w.text.length - 1) level = at.next ??= new Map();
      }
      (at as TrieNode).word = w;
    }
  }

  /** One count per list, in the order the lists were given. */
  count(text: string): WordCount[] {
    // Matches per word, and where each word may match next (its last match's end): matches of one word
    // do not overlap. Integers while scanning; the per-list maps are built once at the end, in the order
    // the words first matched.
    const matches = new Int32Array(this.size);
    const found: Word[] = [];
    const nextFree = new Int32Array(this.size);
    const root = this.root;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.mayStart(text, i, n)) continue;
      let at = root.get(text.charCodeAt(i));
      for (let j = i + 1; at; j++) {
        const w = at.word;
        if (w && (nextFree[w.index] as number) <= i) {
          nextFree[w.index] = j;
          if (matches[w.index] === 0) found.push(w);
          matches[w.index] = (matches[w.index] as number) + 1;
        }
        at = j < n && at.next ? at.next.get(text.charCodeAt(j)) : undefined;
      }
    }
    const out = this.lists.map(() => ({ total: 0, hits: new Map<string, number>() }));
    for (const w of found) {
      const m = matches[w.index] as number;
      for (const k of w.lists) {
        const count = out[k] as WordCount;
        count.total += m;
        count.hits.set(w.text, m);
      }
    }
    return out;
  }

  /** Leftmost-longest matches of any list's words, non-overlapping, as [start, end) pairs; at most `limit`. */
  scan(text: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const n = text.length;
    for (let i = 0; i < n && out.length < limit; i++) {
      if (!this.mayStart(text, i, n)) continue;
      let end = i;
      let at = this.root.get(text.charCodeAt(i));
      for (let j = i + 1; at; j++) {
        if (at.word) end = j;
        at = j < n && at.next ? at.next.get(text.charCodeAt(j)) : undefined;
      }
      if (end > i) {
        out.push([i, end]);
        i = end - 1;
      }
    }
    return out;
  }

  /** False when no word can start at `i` (its code unit, or its first two, start none). */
  private mayStart(text: string, i: number, n: number): boolean {
    const c = text.charCodeAt(i);
    if (!has(this.starts, c)) return false;
    return this.singles || (i + 1 < n && has(this.pairs, pair(c, text.charCodeAt(i + 1))));
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
