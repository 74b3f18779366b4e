/**
 * Hostile input: random and adversarial text (long runs of 一是, unmatched 《 and “, a megabyte of
 * one character) never throws and every offset stays inside the text. Speed is measured by
 * scripts/bench-detect.ts, not here; a regular expression that backtracks would still stall these.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import type { Analysis } from '../../../lib/detect/types';
import { RULE_PIECES } from './rule-pieces';

/** Checks the invariants every Analysis must hold for `text`. */
function checkInvariants(text: string, a: Analysis): void {
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  a.directives.forEach((d, i) => {
    expect(0 <= d.start && d.start <= d.end && d.end <= text.length).toBe(true);
    const span = text.slice(d.start, d.end);
    expect(span.endsWith(d.text)).toBe(true);
    expect(d.style === 'headword' || span.startsWith(d.marker)).toBe(true);
    if (d.parent !== null) {
      expect(d.parent).toBeGreaterThanOrEqual(0);
      expect(d.parent).toBeLessThan(i);
    }
  });
  for (const it of a.initiatives) {
    expect(0 <= it.start && it.start < it.end && it.end <= text.length).toBe(true);
    expect(text.slice(it.start, it.end)).toBe(it.text);
  }
}

describe('robustness', () => {
  it('holds its invariants on random text built from rule fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RULE_PIECES), { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('holds its invariants on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a megabyte of one character', 'a'.repeat(1_000_000)],
    ['a megabyte of 一', '一'.repeat(1_000_000)],
    ['long runs of 一是', '一是'.repeat(100_000)],
    ['alternating 一是 二是', '一是，二是，'.repeat(40_000)],
    ['unmatched 《', '《'.repeat(200_000)],
    ['unmatched “', '“'.repeat(200_000)],
    ['many ” with no opening', `${'x”'.repeat(100_000)}行动`],
    ['one “ and a far ”', `“${'字'.repeat(300_000)}”`],
    ['many “ and one far ”', `${'“'.repeat(200_000)}${'字'.repeat(1000)}”`],
    ['nested （一）（二） pairs', '（一）甲（二）乙'.repeat(30_000)],
    ['suffixes without names', '工程'.repeat(200_000)],
    ['a long word before a suffix', `${'的'.repeat(200_000)}示范区`],
    ['paragraph-initial headings', '一、标题\n'.repeat(50_000)],
    ['dash lines', '——甲，乙。\n'.repeat(50_000)],
    ['English ordinals', 'First, a; second, b. '.repeat(40_000)],
    // A review's case: the quoted-title cue was a RegExp of overlapping optional parts that backtracked
    // exponentially on a run of digits (28 digits: 23 s; this text would not end).
    [
      'digits and dates before quoted titles',
      `Order ${'1'.repeat(40)}x “Export Controls on Advanced Items” today. on 1 on 1 on 1 “Big Rule For All” `.repeat(
        5_000,
      ),
    ],
  ])('survives %s', (_name, text) => {
    checkInvariants(text, analyze(text));
  });
});
