/**
 * Regression: the detector over the labelled fixtures (text.txt, normalised like the article
 * text), scored with scripts/lib/score.ts. Floors sit just under the figures reached.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { type GoldLabels, scoreArticle, summarize } from '../../../scripts/lib/score';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Same normalisation as the article text: trimmed lines, blank ones dropped. */
const normalize = (raw: string): string =>
  raw
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\t\f\v \u00a0\u3000]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');

const ids = readdirSync(FIXTURES, { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      existsSync(join(FIXTURES, d.name, 'labels.json')) &&
      existsSync(join(FIXTURES, d.name, 'text.txt')),
  )
  .map((d) => d.name)
  .sort();

const scores = ids.map((id) => {
  const gold = JSON.parse(readFileSync(join(FIXTURES, id, 'labels.json'), 'utf8')) as GoldLabels;
  const text = normalize(readFileSync(join(FIXTURES, id, 'text.txt'), 'utf8'));
  return scoreArticle(analyze(text), { ...gold, id });
});
const summary = summarize(scores);

describe('fixture evaluation (LABELING.md §4)', () => {
  it('covers the labelled fixtures', () => {
    expect(ids.length).toBeGreaterThanOrEqual(16);
  });

  it('classifies every fixture correctly', () => {
    const wrong = scores.filter((s) => s.goldPolicy !== s.predPolicy).map((s) => s.id);
    expect(wrong).toEqual([]);
    expect(summary.policyAccuracy).toBe(1);
  });

  it('finds directives with F1 >= 0.99 and nesting >= 0.99', () => {
    expect(summary.directives.f1).toBeGreaterThanOrEqual(0.99);
    expect(summary.directives.nesting).toBeGreaterThanOrEqual(0.99);
  });

  it('finds initiatives with lenient F1 >= 0.92, strict F1 >= 0.85 and type accuracy >= 0.95', () => {
    expect(summary.initiativesLenient.f1).toBeGreaterThanOrEqual(0.92);
    expect(summary.initiativesStrict.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.initiativeTypeAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
