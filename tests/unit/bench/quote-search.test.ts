import { describe, expect, it } from 'vitest';
import { quoteSearch } from '../../../scripts/bench/quote-search';

const text = '一是加快构建现代化产业体系。二是推进新型工业化。三是加快构建现代化产业体系的配套政策。';

describe('quoteSearch (the Hypothesis-style baseline)', () => {
  it('finds an exact quote and uses the context to choose between repeats', () => {
    const second = text.lastIndexOf('加快构建现代化产业体系');
    const found = quoteSearch(text, { exact: '加快构建现代化产业体系', prefix: '三是', suffix: '的配套' });
    expect(found).toMatchObject({ start: second, end: second + 11 });
  });

  it('places a quote edited by one character', () => {
    const found = quoteSearch(text, { exact: '推进新型工业华', prefix: '二是', suffix: '。三是' });
    const at = text.indexOf('推进新型工业化');
    expect(found).toMatchObject({ start: at, end: at + 7 });
    expect(found?.score).toBeLessThan(1);
  });

  it('finds nothing when the quote is beyond its error budget', () => {
    expect(quoteSearch(text, { exact: 'completely different words' })).toBeNull();
    expect(quoteSearch(text, { exact: '' })).toBeNull();
  });
});
