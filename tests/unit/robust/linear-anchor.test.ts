/**
 * lib/anchor on hostile text runs in linear time and never places a note outside the text:
 * repeated characters (every position a candidate), near misses that force the fuzzy step over
 * the whole text, ignorable and surrogate characters, and random edits of random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorSelectors, describeRange } from '../../../lib/anchor/index';
import type { AnchorSelectors } from '../../../lib/anchor/types';
import { expectLinear } from './scaling';

function quote(exact: string, prefix = '', suffix = ''): AnchorSelectors['quote'] {
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

/** Anchoring result is null or a non-empty-or-empty span inside the text. */
function expectInside(text: string, r: ReturnType<typeof anchorSelectors>): void {
  if (r === null) return;
  expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
  expect(0 <= r.start && r.start <= r.end && r.end <= text.length).toBe(true);
  expect(r.score >= 0 && r.score <= 1).toBe(true);
}

/** One hostile case: text of size ~n and the selectors anchored on it. */
type Case = [string, (n: number) => string, (text: string) => AnchorSelectors];

const repeat = (unit: string) => (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));
const stale = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

const CASES: Case[] = [
  [
    'quote occurs at every position',
    repeat('a'),
    () => ({ quote: quote('a'.repeat(20), 'a'.repeat(32), 'a'.repeat(32)) }),
  ],
  [
    'near miss everywhere (fuzzy over the whole text)',
    repeat('a'),
    () => ({ quote: quote(`${'a'.repeat(40)}b`, 'x', 'y') }),
  ],
  [
    'near miss with a stale position',
    repeat('ab'),
    (t) => ({ quote: quote('abababababXbababab'), position: stale(t.length - 5, t.length + 20) }),
  ],
  [
    '一是 runs and a 一是 quote',
    repeat('一是'),
    () => ({ quote: quote('一是一是一是二是', '一是', '一是') }),
  ],
  [
    'quote at the far end, position at the start',
    (n) => `${'的'.repeat(n)}强化关键责任链监管`,
    () => ({ quote: quote('强化关键责任链监管', '的的的', ''), position: stale(0, 9) }),
  ],
  [
    'a long quote (1000 chars) that is gone',
    repeat('字'),
    () => ({ quote: quote('词'.repeat(1000), '字', '字') }),
  ],
  ['only ignorable characters', repeat('\u200b \u3000'), () => ({ quote: quote('一是加强监管') })],
  ['surrogate pairs', repeat('😀'), () => ({ quote: quote('😀😀😀😀x😀') })],
  ['lone surrogates', repeat('\ud800'), () => ({ quote: quote('\ud800\ud800\udc00\ud800') })],
  ['quotes and dashes that fold', repeat('“—”'), () => ({ quote: quote('"-"“—”"x') })],
];

/**
 * Per-character bound for anchoring. On these texts the fuzzy step (Myers' bit-parallel search)
 * reports a match at every position and masks them round by round: linear, but measured at up to
 * ~400× the baseline scan (real articles with 50 notes: 30–190×, docs/robustness.md).
 */
const ANCHOR_MAX_RATIO = 1000;

describe('lib/anchor is linear on hostile text', () => {
  it.each(CASES)('%s', (name, make, sel) => {
    const small = make(2000);
    expectInside(small, anchorSelectors(small, sel(small)));
    expectLinear(`anchor: ${name}`, make, (t) => anchorSelectors(t, sel(t)), {
      n: 20_000,
      maxRatio: ANCHOR_MAX_RATIO,
    });
  });

  it('many annotations on one long text cost time linear in the text', () => {
    const unit = '国务院关于加快推进“人工智能+”行动的实施意见，一是加强统筹，二是强化监管。\n';
    const make = (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));
    const sels = (t: string): AnchorSelectors[] =>
      Array.from({ length: 50 }, (_, i) => {
        const start = Math.floor((i * t.length) / 50);
        const d = describeRange(t, start, start + 12);
        // Every fifth quote was edited and every other position is stale: all three steps run.
        const exact = i % 5 === 0 ? `${d.quote.exact.slice(0, 6)}X${d.quote.exact.slice(7)}` : d.quote.exact;
        return {
          quote: { ...d.quote, exact },
          position: i % 2 ? stale(d.position.start + 7, d.position.end + 7) : d.position,
        };
      });
    expectLinear('anchorAll: 50 notes on repeated policy text', make, (t) => anchorAll(t, sels(t)), {
      n: 20_000,
      maxRatio: ANCHOR_MAX_RATIO,
    });
  });

  it('random text, random edits: no exception and every placement inside the text', () => {
    const alphabet = fc.constantFrom(
      '一',
      '是',
      '，',
      '。',
      '“',
      '”',
      '的',
      'a',
      ' ',
      '\n',
      '\u200b',
      '😀',
      '\ud800',
      '－',
      '-',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 400 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', '一', '“', ' ')), { maxLength: 5 }),
        fc.integer({ min: -5, max: 500 }),
        (text, at, len, edits, shift) => {
          const start = at % text.length;
          const d = describeRange(text, start, start + len);
          expect(d.position.start <= d.position.end && d.position.end <= text.length).toBe(true);
          let edited = text;
          for (const [where, ins] of edits) {
            const p = where % (edited.length + 1);
            edited = edited.slice(0, p) + ins + edited.slice(p + 1);
          }
          const sel = {
            quote: d.quote,
            position: stale(Math.max(0, d.position.start + shift), Math.max(0, d.position.end + shift)),
          };
          if (d.quote.exact === '') return;
          const r = anchorSelectors(edited, sel);
          expectInside(edited, r);
          // Unchanged text: the note goes back exactly where it was.
          if (edits.length === 0 && shift === 0)
            expect(anchorSelectors(text, d)).toMatchObject({ start: d.position.start, end: d.position.end });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('selectors with hostile numbers never throw or escape the text', () => {
    const text = '一是加强统筹，二是强化监管。'.repeat(10);
    const bad = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 2 ** 53, -0];
    for (const start of bad) {
      for (const end of bad) {
        expectInside(
          text,
          anchorSelectors(text, { quote: quote('强化监管', '二是', '。'), position: stale(start, end) }),
        );
      }
    }
    expect(anchorSelectors('', { quote: quote('x') })).toBeNull();
    expectInside(
      text,
      anchorSelectors(text, { quote: quote('强化监管', 'p'.repeat(10_000), 's'.repeat(10_000)) }),
    );
  });

  it('a megabyte of one character with a quote of it is an orphan or a span inside the text', () => {
    const text = 'a'.repeat(1_000_000);
    expectInside(text, anchorSelectors(text, { quote: quote('aaaa', 'aaa', 'aaa') }));
    expectInside(
      text,
      anchorSelectors(text, { quote: quote('aaaab', 'aaa', 'aaa'), position: stale(500_000, 500_005) }),
    );
  });
});
