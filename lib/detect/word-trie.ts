/**
 * Lexicon words found in one pass over the text: a trie of the words (UTF-16 code units) walked from each
 * position, behind a bitset of the code units that start a word. Two readings:
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

export class WordTrie {
  private readonly root = new Map<number, TrieNode>();
  /** A bit per UTF-16 code unit that starts a word (8 KB). */
  private readonly starts = new Uint32Array(2048);
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
    for (const w of words.values()) {
      const first = w.text.charCodeAt(0);
      this.starts[first >>> 5] = (this.starts[first >>> 5] as number) | (1 << (first & 31));
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
    const out = this.lists.map(() => ({ total: 0, hits: new Map<string, number>() }));
    // Where each word may match next (its last match's end): matches of one word do not overlap.
    const nextFree = new Int32Array(this.size);
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((((starts[c >>> 5] as number) >>> (c & 31)) & 1) === 0) continue;
      let at = this.root.get(c);
      for (let j = i + 1; at; j++) {
        const w = at.word;
        if (w && (nextFree[w.index] as number) <= i) {
          nextFree[w.index] = j;
          for (const k of w.lists) {
            const count = out[k] as WordCount;
            count.total++;
            count.hits.set(w.text, (count.hits.get(w.text) ?? 0) + 1);
          }
        }
        at = j < text.length ? at.next?.get(text.charCodeAt(j)) : undefined;
      }
    }
    return out;
  }

  /** Leftmost-longest matches of any list's words, non-overlapping, as [start, end) pairs; at most `limit`. */
  scan(text: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const starts = this.starts;
    for (let i = 0; i < text.length && out.length < limit; ) {
      const c = text.charCodeAt(i);
      let end = i;
      let at = (((starts[c >>> 5] as number) >>> (c & 31)) & 1) === 0 ? undefined : this.root.get(c);
      for (let j = i + 1; at; j++) {
        if (at.word) end = j;
        at = j < text.length ? at.next?.get(text.charCodeAt(j)) : undefined;
      }
      if (end > i) out.push([i, end]);
      i = Math.max(end, i + 1);
    }
    return out;
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
