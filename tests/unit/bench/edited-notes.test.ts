import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editEachQuote, isCorrect, pickQuotes } from '../../../scripts/bench/edited-notes';
import { makeRng } from '../../../scripts/bench/rng';

const text = readFileSync(
  join(__dirname, '../../fixtures/zh-theorychina-modernization-2024/text.txt'),
  'utf8',
);

/** Levenshtein distance of two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

describe('pickQuotes', () => {
  it('gives sorted, non-overlapping quotes of 8–60 characters that do not start or end on a space', () => {
    const spans = pickQuotes(text, 500, makeRng(1));
    expect(spans).toHaveLength(500);
    spans.forEach((s, i) => {
      expect(s.end - s.start).toBeGreaterThanOrEqual(8);
      expect(s.end - s.start).toBeLessThanOrEqual(60);
      expect(text[s.start]).toMatch(/\S/);
      expect(text[s.end - 1]).toMatch(/\S/);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual((spans[i - 1] as { end: number }).end);
    });
  });

  it('is the same for the same seed', () => {
    expect(pickQuotes(text, 50, makeRng(9))).toEqual(pickQuotes(text, 50, makeRng(9)));
  });

  it('refuses a text too short for the notes', () => {
    expect(() => pickQuotes('短文本', 10, makeRng(1))).toThrow(/too short/);
  });
});

describe('editEachQuote', () => {
  it('edits every quote by exactly one character and reports where each quote now is', () => {
    const spans = pickQuotes(text, 500, makeRng(2));
    const edited = editEachQuote(text, spans, makeRng(3));
    expect(edited.text).not.toBe(text);
    spans.forEach((s, i) => {
      const before = text.slice(s.start, s.end);
      const moved = edited.spans[i] as { start: number; end: number };
      const after = edited.text.slice(moved.start, moved.end);
      expect(distance(before, after)).toBe(1);
    });
    // Text between the quotes is unchanged.
    const gapBefore = text.slice(spans[10]?.end, spans[11]?.start);
    expect(edited.text.slice(edited.spans[10]?.end, edited.spans[11]?.start)).toBe(gapBefore);
  });
});

describe('isCorrect', () => {
  it('accepts a placement within the tolerance on both boundaries and nothing else', () => {
    const truth = { start: 100, end: 120 };
    expect(isCorrect({ start: 100, end: 120 }, truth)).toBe(true);
    expect(isCorrect({ start: 98, end: 121 }, truth)).toBe(true);
    expect(isCorrect({ start: 97, end: 120 }, truth)).toBe(false);
    expect(isCorrect({ start: 300, end: 320 }, truth)).toBe(false);
    expect(isCorrect(null, truth)).toBe(false);
  });
});
