/**
 * Counting lexicon words in one pass over the text, for all of a page's word lists at once. Each word is
 * counted as `indexOf` from its last match's end would count it (non-overlapping, left to right), and
 * independently of the other words; a word in several lists counts in each.
 */

export interface WordCount {
  total: number;
  hits: Map<string, number>;
}

interface Entry {
  word: string;
  lists: number[];
}

export class WordCounter {
  /** Words by their first UTF-16 code unit. */
  private readonly byFirst = new Map<number, Entry[]>();

  constructor(private readonly lists: ReadonlyArray<readonly string[]>) {
    const entries = new Map<string, Entry>();
    lists.forEach((words, list) => {
      for (const word of words) {
        if (word === '') continue;
        const e = entries.get(word) ?? { word, lists: [] };
        if (!e.lists.includes(list)) e.lists.push(list);
        entries.set(word, e);
      }
    });
    for (const e of entries.values()) {
      const first = e.word.charCodeAt(0);
      const bucket = this.byFirst.get(first);
      if (bucket) bucket.push(e);
      else this.byFirst.set(first, [e]);
    }
  }

  /** One count per list, in the order the lists were given. */
  count(text: string): WordCount[] {
    const out = this.lists.map(() => ({ total: 0, hits: new Map<string, number>() }));
    const nextFree = new Map<Entry, number>();
    for (let i = 0; i < text.length; i++) {
      const bucket = this.byFirst.get(text.charCodeAt(i));
      if (!bucket) continue;
      for (const e of bucket) {
        if ((nextFree.get(e) ?? 0) > i || !text.startsWith(e.word, i)) continue;
        nextFree.set(e, i + e.word.length);
        for (const list of e.lists) {
          const c = out[list] as WordCount;
          c.total++;
          c.hits.set(e.word, (c.hits.get(e.word) ?? 0) + 1);
        }
      }
    }
    return out;
  }
}

const counters = new WeakMap<ReadonlyArray<readonly string[]>, WordCounter>();

/** A counter for these lists, built once per lists array (keep the array at module level). */
export function counterFor(lists: ReadonlyArray<readonly string[]>): WordCounter {
  let c = counters.get(lists);
  if (!c) {
    c = new WordCounter(lists);
    counters.set(lists, c);
  }
  return c;
}
