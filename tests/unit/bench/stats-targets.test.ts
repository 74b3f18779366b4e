import { describe, expect, it } from 'vitest';
import { innerRange } from '../../../scripts/bench/pages';
import { makeRng } from '../../../scripts/bench/rng';
import { type BenchResult, median, single, summarize } from '../../../scripts/bench/stats';
import { checkTargets } from '../../../scripts/bench/targets';

describe('summarize', () => {
  it('reports median, min, max and ratio = baseline median / PolicyMark median', () => {
    const r = summarize('x', 'ms', [3, 1, 2, 10], { name: 'base', samples: [40, 20, 30] });
    expect(r).toEqual({
      name: 'x',
      unit: 'ms',
      median: 2.5,
      min: 1,
      max: 10,
      baseline: { name: 'base', median: 30 },
      ratio: 12,
    });
  });

  it('has no ratio without a baseline, nor for counts', () => {
    expect(summarize('x', 'ms', [1]).ratio).toBeNull();
    expect(single('c', 'notes', 5, { name: 'b', value: 4 })).toMatchObject({
      median: 5,
      baseline: { median: 4 },
      ratio: null,
    });
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow();
  });
});

describe('checkTargets', () => {
  const row = (name: string, median: number, baseline?: number): BenchResult => ({
    name,
    unit: 'ms',
    median,
    min: median,
    max: median,
    baseline: baseline === undefined ? null : { name: 'b', median: baseline },
    ratio: baseline === undefined ? null : baseline / median,
  });

  it('judges the per-character flatness as a ±25% band around the middle of the range', () => {
    const flat = [0.3, 0.4, 0.45].map((x, i) =>
      row(`pipeline per 1,000 characters: ${['seed', '40k', '400k'][i]} page`, x),
    );
    const steep = [0.2, 0.4, 0.45].map((x, i) =>
      row(`pipeline per 1,000 characters: ${['seed', '40k', '400k'][i]} page`, x),
    );
    const find = (rows: BenchResult[]) =>
      checkTargets(rows, '10,000').find((c) => c.target.startsWith('cost per character'));
    expect(find(flat)?.met).toBe(true);
    expect(find(steep)?.met).toBe(false);
  });

  it('compares the pipeline with ten times the floor and marks missing rows as not measured', () => {
    const checks = checkTargets([row('pipeline: seed page', 2, 0.25)], '10,000');
    expect(checks.find((c) => c.target === 'pipeline ≤ 10× the floor, seed page')?.met).toBe(true);
    expect(checks.find((c) => c.target === 'pipeline ≤ 10 ms, seed page')?.met).toBe(true);
    expect(checks.find((c) => c.target === 'pipeline ≤ 10× the floor, 40k report')?.met).toBeNull();
    expect(checkTargets([row('pipeline: seed page', 3, 0.25)], '10,000')[0]?.met).toBe(false);
  });
});

describe('innerRange', () => {
  it('finds the inner HTML of an element across nested divs', () => {
    const html = '<body><div id="a"><div>x</div><p>y</p></div><div>z</div></body>';
    const { start, end } = innerRange(html, '<div id="a">');
    expect(html.slice(start, end)).toBe('<div>x</div><p>y</p>');
  });
});

describe('makeRng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = makeRng(5);
    const b = makeRng(5);
    const xs = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(3, 7)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
  });
});
