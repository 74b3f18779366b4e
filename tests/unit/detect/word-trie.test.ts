import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTrie } from '../../../lib/detect/word-trie';

const latin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z-]/.test(c);

/**
 * The definition: per word, non-overlapping `indexOf` matches from left to right; a word that starts
 * (ends) with a Latin letter counts only where no letter or hyphen comes before (after) it, a plural -s
 * allowed.
 */
function naive(text: string, words: readonly string[]): { total: number; hits: Map<string, number> } {
  const hits = new Map<string, number>();
  let total = 0;
  for (const w of new Set(words)) {
    if (!w) continue;
    let n = 0;
    for (let i = text.indexOf(w); i >= 0; ) {
      const end = i + w.length;
      const after = text[end] === 's' ? text[end + 1] : text[end];
      const whole = !(latin(w[0]) && latin(text[i - 1])) && !(latin(w[w.length - 1]) && latin(after));
      if (whole) n++;
      i = text.indexOf(w, whole ? end : i + 1);
    }
    if (n > 0) {
      hits.set(w, n);
      total += n;
    }
  }
  return { total, hits };
}

describe('WordTrie', () => {
  it('counts like indexOf per word, for each list, in one pass', () => {
    const counter = new WordTrie([['国务院', '国务院办公厅', '办公'], ['国务院'], ['aa', 'a']]);
    const [zh, again, en] = counter.count('国务院办公厅印发，国务院国务院。aa a as aaa-a');
    expect(zh).toEqual({
      total: 5,
      hits: new Map([
        ['国务院', 3],
        ['国务院办公厅', 1],
        ['办公', 1],
      ]),
    });
    expect(again).toEqual({ total: 3, hits: new Map([['国务院', 3]]) });
    // Latin words count as whole words (a plural -s allowed): not inside `aaa` or `aaa-a`.
    expect(en).toEqual({
      total: 3,
      hits: new Map([
        ['aa', 1],
        ['a', 2],
      ]),
    });
  });

  it('agrees with the definition on random text and words (overlaps, repeats, surrogates)', () => {
    const alphabet = fc.constantFrom('一', '是', '二', 'a', 'b', 's', '-', ' ', '😀', '“', '”');
    const text = fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        (t, lists) => {
          const counter = new WordTrie(lists);
          // Twice on one trie: a count leaves nothing behind for the next.
          counter.count(`${t}${t}`);
          const got = counter.count(t);
          lists.forEach((words, k) => {
            const want = naive(t, words);
            expect(got[k]?.total).toBe(want.total);
            expect(new Map([...(got[k]?.hits ?? [])].sort())).toEqual(new Map([...want.hits].sort()));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts the lists from outsideFrom on as over the text with each region cut out for a space', () => {
    // Regions as policy.ts gives them: quotations, “…” (their edges no Latin letters), words without spaces.
    const alphabet = fc.constantFrom('一', '是', 'a', 's', '-', ' ', '😀', '“', '”');
    const wordAlphabet = fc.constantFrom('一', '是', 'a', 's', '-', '😀', '“', '”');
    const plain = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    const segment = fc.record({ quoted: fc.boolean(), text: plain });
    const word = fc.array(wordAlphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 16 }),
        fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.nat(4),
        (segments, lists, from) => {
          let text = '';
          let cut = '';
          const regions: number[] = [];
          for (const { quoted, text: t } of segments) {
            if (quoted) {
              regions.push(text.length, text.length + t.length + 2);
              text += `“${t}”`;
              cut += ' ';
            } else {
              text += t;
              cut += t;
            }
          }
          const got = new WordTrie(lists).count(text, from, regions);
          lists.forEach((words, k) => {
            const want = naive(k < from ? text : cut, words);
            expect(got[k]?.total).toBe(want.total);
            expect(new Map([...(got[k]?.hits ?? [])].sort())).toEqual(new Map([...want.hits].sort()));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('scans like a global RegExp alternation of the words, longest first', () => {
    const alphabet = fc.constantFrom('行', '动', '计', '划', 'a', '😀');
    const text = fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''));
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 8 }), (t, words) => {
        const re = new RegExp(
          [...new Set(words)]
            .sort((a, b) => b.length - a.length)
            .map(literal)
            .join('|'),
          'g',
        );
        const want = [...t.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
        expect([...new WordTrie([words]).scan(t)]).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('scan stops at its limit (hostile pages full of suffixes)', () => {
    expect(new WordTrie([['行动']]).scan('行动'.repeat(100_000), 3)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
  });

  it('finds every word of a large lexicon (32,000 one-character words)', () => {
    const words = Array.from({ length: 32000 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const text = words.filter((_, i) => i % 97 === 0).join('');
    const [count] = new WordTrie([words]).count(text);
    expect(count?.total).toBe(Math.ceil(32000 / 97));
  });
});
