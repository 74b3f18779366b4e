import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Anchored, anchorAll, anchorSelectors, describeRange } from '../../../lib/anchor';
import { foldString } from '../../../lib/anchor/normalize';
import { editDistance } from '../../../lib/anchor/regions';
import { DEFAULT_ANCHOR_OPTIONS } from '../../../lib/anchor/types';

/** Characters of the article texts: CJK, full- and half-width punctuation, digits, letters, spaces, breaks. */
const CHARS = [...'中国式现代化一是二是发展经济，。：；（）“”、,.:;()"0123456789０１２abcXYZ \n\u3000'];
const textArb = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 300 }).map((a) => a.join(''));
/** A text and a range inside it. */
const textWithRange = textArb.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
);

function inBounds(r: Anchored | null, text: string): boolean {
  return (
    r === null ||
    (Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      0 <= r.start &&
      r.start <= r.end &&
      r.end <= text.length)
  );
}

/** What any placement must satisfy: the text there is the quote (folded), or close to it for a fuzzy one. */
function resembles(r: Anchored, text: string, quote: string): boolean {
  const got = foldString(text.slice(r.start, r.end));
  const want = foldString(quote);
  if (r.method !== 'fuzzy') return got === want || (want === '' && r.method === 'position');
  return editDistance(got, want) <= Math.floor(want.length * DEFAULT_ANCHOR_OPTIONS.maxErrorRate);
}

describe('describe then anchor on the unchanged text', () => {
  it('returns exactly the described range', () => {
    fc.assert(
      fc.property(textWithRange, ({ text, start, end }) => {
        const sel = describeRange(text, start, end);
        expect(anchorSelectors(text, sel)).toEqual({ start, end, method: 'position', score: 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same range from the quote alone when its folded context is unique', () => {
    fc.assert(
      fc.property(textWithRange, ({ text, start, end }) => {
        const { quote } = describeRange(text, start, end);
        const whole = foldString(quote.prefix + quote.exact + quote.suffix);
        const folded = foldString(text);
        fc.pre(foldString(quote.exact).length > 0 && folded.indexOf(whole) === folded.lastIndexOf(whole));
        const r = anchorSelectors(text, { quote });
        expect(r).not.toBeNull();
        expect(foldString(text.slice(r?.start, r?.end))).toBe(foldString(quote.exact));
        expect(r?.start).toBe(
          start +
            (text.slice(start, end).length - text.slice(start, end).trimStart().length) -
            (quote.exact.length - quote.exact.trimStart().length),
        );
        expect(r?.end).toBe(end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('anchoring on edited and random texts', () => {
  const splice = fc.record({
    at: fc.nat(),
    del: fc.nat({ max: 40 }),
    ins: textArb.map((s) => s.slice(0, 40)),
  });

  it('never throws, stays inside the text and only places on text resembling the quote', () => {
    fc.assert(
      fc.property(textWithRange, fc.array(splice, { maxLength: 4 }), ({ text, start, end }, edits) => {
        let edited = text;
        for (const e of edits) {
          const at = e.at % (edited.length + 1);
          edited = edited.slice(0, at) + e.ins + edited.slice(at + e.del);
        }
        const sel = describeRange(text, start, end);
        const r = anchorSelectors(edited, sel);
        expect(inBounds(r, edited)).toBe(true);
        if (r) expect(resembles(r, edited, sel.quote.exact)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary selectors', () => {
    const anyString = fc.string({
      unit: fc.constantFrom(...CHARS, '\ud800', '\udc00', '\uffff'),
      maxLength: 60,
    });
    const anyNumber = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        textArb,
        anyString,
        anyString,
        anyString,
        anyNumber,
        anyNumber,
        (text, exact, prefix, suffix, s, e) => {
          const sel = {
            quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
            position: { type: 'TextPositionSelector' as const, start: s, end: e },
          };
          const [r] = anchorAll(text, [sel]);
          expect(inBounds(r ?? null, text)).toBe(true);
          if (r) expect(resembles(r, text, exact)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('adversarial texts', () => {
  it('handles 1 MB of one character', () => {
    const text = 'a'.repeat(1 << 20);
    const sel = describeRange(text, 500_000, 500_040);
    expect(anchorSelectors(text, sel)).toMatchObject({ start: 500_000, end: 500_040, method: 'position' });
    const shifted = `b${text}`;
    const r = anchorSelectors(shifted, sel);
    expect(inBounds(r, shifted)).toBe(true);
    const edited = `${text.slice(0, 500_020)}b${text.slice(500_021)}`;
    const sels = [sel, { quote: sel.quote }, describeRange(text, 10, 12)];
    anchorAll(edited, sels).forEach((x, i) => {
      expect(inBounds(x, edited)).toBe(true);
      if (x) expect(resembles(x, edited, sels[i]?.quote.exact ?? '')).toBe(true);
    });
  });

  it('handles many repeats of the quote', () => {
    const unit = '一是加快推进新型工业化。';
    const text = unit.repeat(20_000);
    const k = 12_345 * unit.length;
    const sel = describeRange(text, k, k + 2);
    expect(anchorSelectors(text, sel)).toMatchObject({ start: k, end: k + 2, method: 'position' });
    // Every copy has the same context: shifted, the nearest copy is taken.
    const shifted = `导语。${text}`;
    expect(anchorSelectors(shifted, sel)).toMatchObject({ start: k + 3, end: k + 5, method: 'quote' });
    // Without a position nothing tells the copies apart: orphan.
    expect(anchorSelectors(text, { quote: sel.quote })).toBeNull();
    const deleted = text.slice(0, k) + text.slice(k + unit.length);
    expect(inBounds(anchorSelectors(deleted, sel), deleted)).toBe(true);
  });
});
