/** English patterns tried only at Latin words on Chinese pages find what a scan of the whole text finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_SUFFIX, QUOTED_TITLE } from '../../../lib/detect/english-names';
import { EnglishPattern, latinWordStarts } from '../../../lib/detect/latin';
import { EN_SUFFIXES } from '../../../lib/detect/lexicon';
import { ENGLISH_SEQUENCE } from '../../../lib/detect/markers';

const found = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

/** Chinese stretches (long enough for the text to count as having few Latin words) and English pieces. */
const mixed = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '国务院印发了《关于推进工作的意见》，要求各地加快落实。'.repeat(5),
        '一是加强领导；二是完善机制。'.repeat(6),
      ),
      fc
        .array(
          fc.constantFrom(
            'First',
            'firstly',
            'Secondly',
            'lastly',
            ' of all',
            'Plan',
            'Report',
            'Act',
            'Action',
            'National',
            'Export Controls on Semiconductor Items',
            '“',
            '”',
            '"',
            "'",
            ',',
            ':',
            ' ',
            '_',
            '9',
            '-',
            'x',
            '计划',
          ),
          { maxLength: 8 },
        )
        .map((a) => a.join('')),
    ),
    { maxLength: 12 },
  )
  .map((a) => a.join(''));

describe('EnglishPattern', () => {
  const patterns: Array<[string, EnglishPattern]> = [
    ['sequence words', ENGLISH_SEQUENCE],
    ['initiative suffixes', EN_SUFFIX],
    ['quoted titles', QUOTED_TITLE],
  ];

  it.each(patterns)('finds the matches of a scan of the whole text (%s)', (_, pattern) => {
    let tried = 0;
    fc.assert(
      fc.property(mixed, (text) => {
        if (latinWordStarts(text) !== null) tried++;
        expect(found(pattern.matches(text))).toEqual(found(pattern.scan(text)));
      }),
      { numRuns: 1500 },
    );
    // Most generated texts are Chinese enough to be tried at their words.
    expect(tried).toBeGreaterThan(750);
  });

  it('is given only suffix words that start with a letter (a match must start at a Latin word)', () => {
    for (const suffix of EN_SUFFIXES.keys()) expect(suffix).toMatch(/^[A-Za-z]/);
  });

  it('tries a pattern at the words of a text with few of them, and scans any other text', () => {
    const zh = `${'国务院印发了《关于推进工作的意见》。'.repeat(40)}Firstly, the Plan_9 x-ray “Export Controls Act” 计划`;
    expect(latinWordStarts(zh)?.map((i) => zh.slice(i, i + 3))).toEqual([
      'Fir',
      'the',
      'Pla',
      'x-r',
      'ray',
      'Exp',
      'Con',
      'Act',
    ]);
    expect(latinWordStarts('Firstly, the Plan. '.repeat(20))).toBeNull();
    // A pattern that may start before a word's letter is not tried there: the contract is the pattern's.
    const early = new EnglishPattern(/[0-9]+Plan/, 0);
    expect(found(early.matches(zh.replace('Plan_9', '12Plan')))).toEqual([]);
    expect(found(early.scan(zh.replace('Plan_9', '12Plan')))).toEqual([[zh.indexOf('Plan_9'), '12Plan']]);
  });
});
