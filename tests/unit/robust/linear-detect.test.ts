/**
 * lib/detect on hostile text runs in linear time: adversarial runs (markers, quotes, brackets,
 * 一是一是…, unmatched 《 and “) and random motifs repeated to any length never throw, keep
 * offsets inside the text, cost a bounded multiple of a linear scan per character, and take at
 * most ~3× the time when the input doubles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import type { Analysis } from '../../../lib/detect/types';
import { RULE_PIECES } from '../detect/rule-pieces';
import { expectLinear } from './scaling';

/** Offsets inside the text and spans that say what they cover. */
function expectSane(text: string, a: Analysis): void {
  expect(a.score >= 0 && a.score <= 1).toBe(true);
  for (const d of a.directives) {
    expect(0 <= d.start && d.start <= d.end && d.end <= text.length).toBe(true);
    const span = text.slice(d.start, d.end);
    expect(span.endsWith(d.text)).toBe(true);
    expect(d.style === 'headword' || span.startsWith(d.marker)).toBe(true);
  }
  for (const i of a.initiatives) {
    expect(0 <= i.start && i.start < i.end && i.end <= text.length).toBe(true);
    expect(text.slice(i.start, i.end)).toBe(i.text);
  }
}

/** Repeat `unit` to about n code units. */
const fill = (unit: string) => (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

/** Adversarial inputs: each stresses one rule (marker runs, brackets, quotes, suffixes, headings). */
const HOSTILE: Array<[string, (n: number) => string]> = [
  ['one character (a)', fill('a')],
  ['one character (一)', fill('一')],
  ['一是 runs', fill('一是')],
  ['一是一是 with commas', fill('一是，二是，')],
  ['unmatched 《', fill('《')],
  ['unmatched 《 with text', fill('《关于')],
  ['unmatched “', fill('“')],
  ['unmatched ” before a suffix', (n) => `${fill('x”')(n)}行动`],
  ['one “ and a far ”', (n) => `“${'字'.repeat(n)}”`],
  ['one 《 and a far 》', (n) => `《${'字'.repeat(n)}》实施意见`],
  ['（一） pairs', fill('（一）甲（二）乙')],
  ['unmatched （', fill('（')],
  ['unmatched (', fill('(')],
  ['brackets 【【', fill('【')],
  ['ASCII quotes', fill('"')],
  ['ASCII-quoted Chinese names', fill('"放管服"改革，')],
  ['ASCII quotes around English, then Chinese', fill('"a" 和 ')],
  ['one ASCII quote and a far one', (n) => `"${'字'.repeat(n)}"行动`],
  ['“”“” pairs', fill('“”')],
  ['a long word before a suffix', (n) => `${'的'.repeat(n)}示范区`],
  ['paragraph headings', fill('一、标题\n')],
  ['第一，第二，', fill('第一，第二，')],
  ['circled numbers', fill('①②③')],
  ['dash lines', fill('——甲，乙。\n')],
  ['English ordinals', fill('First, a; second, b. ')],
  ['English capitalised names', fill('Made in China Plan ')],
  ['numbered list 1. 2.', fill('1. 2. ')],
  ['newlines only', fill('\n')],
  ['space and newline', fill(' \n')],
  ['quoted initiative runs', fill('“放管服”改革')],
  ['document numbers', fill('国办发〔2019〕6号')],
  // An untitled page is titled by its first line: the statistics lede reads it (a review found it quadratic).
  ['a statistics source, then one line of digits', (n) => `海关总署公布数据同比增长${'1'.repeat(n)}`],
  [
    'an English statistics source, then one line of figures',
    (n) => `Census Bureau data show prices rose. ${'1,'.repeat(n / 2)}`,
  ],
  [
    'long paragraph of policy text',
    fill('国务院关于加快推进“人工智能+”行动的实施意见，一是加强统筹，二是强化监管。'),
  ],
];

describe('lib/detect is linear on hostile text', () => {
  it.each(HOSTILE)('%s', (name, make) => {
    expectSane(make(3000), analyze(make(3000)));
    expectLinear(`analyze: ${name}`, make, (t) => analyze(t), { n: 20_000 });
  });

  it('a run of one suffix (工程工程…) stays linear (known hot spot: 95–370× the baseline)', () => {
    // named.ts scans a 32-character window around every suffix match: linear, but heavy. A
    // regression to super-linear fails the growth bound; the ratio bound allows today's cost.
    expectLinear('analyze: 工程 runs', fill('工程'), (t) => analyze(t), { n: 2_000, maxRatio: 1000 });
  });

  it('random motifs of rule fragments repeated to any length are linear', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RULE_PIECES), { minLength: 1, maxLength: 8 }), (motif) => {
        const unit = motif.join('');
        expectSane(fill(unit)(2000), analyze(fill(unit)(2000)));
        expectLinear(`analyze: motif ${JSON.stringify(unit)}`, fill(unit), (t) => analyze(t), {
          n: 10_000,
          maxN: 80_000,
          maxRatio: 1000,
        });
      }),
      { numRuns: 12 },
    );
  });

  it('a megabyte of one character is analysed without error', () => {
    for (const ch of ['a', '一', '《', '“', '\n']) expectSane('', analyze(ch.repeat(1_000_000)));
  });
});
