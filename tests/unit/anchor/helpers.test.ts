import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Haystack } from '../../../lib/anchor/haystack';
import { foldString, normalizeText, rawRange } from '../../../lib/anchor/normalize';
import { candidateRegions, editDistance, masked } from '../../../lib/anchor/regions';

describe('folding', () => {
  it('folds punctuation width, digits, letters, quotes and dashes, and drops whitespace', () => {
    expect(foldString('一是，二是：（三）')).toBe('一是,二是:(三)');
    expect(foldString('２０２４年ＡＢｃ')).toBe('2024年ABc');
    expect(foldString('“人工智能+”行动——全面')).toBe('"人工智能+"行动--全面');
    expect(foldString(' a\u3000b\n c\u200b')).toBe('abc');
  });

  it('maps folded offsets back to the real text', () => {
    const text = '第一， 加快\n建设 ２０２４';
    const nt = normalizeText(text);
    expect(nt.norm).toBe('第一,加快建设2024');
    expect(nt.toNorm.length).toBe(text.length + 1);
    const i = nt.norm.indexOf('加快建设');
    expect(rawRange(nt, i, i + 4)).toEqual({ start: text.indexOf('加快'), end: text.indexOf('设') + 1 });
    expect(nt.toNorm[text.indexOf('２')]).toBe(nt.norm.indexOf('2'));
  });
});

describe('Haystack.unique', () => {
  it('finds chunks that occur once, before and after building its index', () => {
    const norm = `${'甲乙丙丁戊己庚辛'.repeat(2)}独一无二的片段内容${'子丑寅卯辰巳午未'}`;
    const h = new Haystack(norm);
    for (let i = 0; i < 40; i++) {
      expect(h.unique('独一无二的片段内容'.slice(0, 8))).toBe(norm.indexOf('独一无二'));
      expect(h.unique('甲乙丙丁戊己庚辛')).toBe(-1);
      expect(h.unique('不存在的八个字符')).toBe(-1);
    }
  });
});

describe('regions', () => {
  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('一是加快', '一是加快')).toBe(0);
  });

  it('masks ranges out of a search text', () => {
    expect(
      masked('abcdef', 1, 5, [
        [2, 3],
        [0, 2],
      ]),
    ).toBe('\u0001\u0001de');
  });

  it('never misses a match within the error budget (pigeonhole)', () => {
    const chars = fc.constantFrom(...'中国式现代化一是发展经济，。abc');
    fc.assert(
      fc.property(
        fc.array(chars, { minLength: 20, maxLength: 400 }).map((a) => a.join('')),
        fc.array(chars, { minLength: 8, maxLength: 40 }).map((a) => a.join('')),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), chars), { maxLength: 3 }),
        (text, quote, where, edits) => {
          let copy = quote;
          for (const [p, c] of edits)
            copy = copy.slice(0, p % copy.length) + c + copy.slice((p % copy.length) + 1);
          const at = where % (text.length + 1);
          const norm = text.slice(0, at) + copy + text.slice(at);
          const maxErrors = Math.floor(quote.length * 0.34);
          const best = search(norm, quote, maxErrors)[0];
          const regions = candidateRegions(norm, quote, maxErrors);
          if (!best || regions === null) return;
          const inside = regions.some(([s, e]) => s <= best.start && best.end <= e);
          expect(inside).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
