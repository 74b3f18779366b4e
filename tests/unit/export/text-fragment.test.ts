import { describe, expect, it } from 'vitest';
import type { TextQuoteSelector } from '../../../lib/annotation';
import { exportFileName, textDirective, textFragmentUrl } from '../../../lib/export';

const q = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});
const decoded = (quote: TextQuoteSelector) => {
  const d = textDirective(quote);
  return d === null
    ? null
    : d
        .split(/(-,|,-|,)/)
        .map((part) => (/^(-,|,-|,)$/.test(part) ? part : decodeURIComponent(part)))
        .join('');
};

describe('textFragmentUrl', () => {
  it('adds prefix and suffix context cut at word boundaries', () => {
    expect(decoded(q('强化关键责任链监管', '会议指出，二是', '。三是加强'))).toBe(
      '指出，二是-,强化关键责任链监管,-。三是',
    );
  });

  it('percent-encodes "-", ",", "&" and spaces inside terms', () => {
    const url = textFragmentUrl(
      'https://a.cn/p',
      q('economic-policy, news & more', 'We read ', ' every day.'),
    );
    expect(url).toBe('https://a.cn/p#:~:text=read-,economic%2Dpolicy%2C%20news%20%26%20more,-every');
  });

  it('keeps an existing fragment and replaces an earlier directive', () => {
    expect(textFragmentUrl('https://a.cn/p?x=1#sec', q('x'))).toBe('https://a.cn/p?x=1#sec:~:text=x');
    expect(textFragmentUrl('https://a.cn/p#:~:text=old', q('new'))).toBe('https://a.cn/p#:~:text=new');
  });

  it('uses start,end for a long quote, each term ending or starting at a word boundary', () => {
    const exact =
      '一是加快推进科学研究、技术研发、产业发展、消费提质、民生福祉、治理能力等重点领域的人工智能+行动，形成人机协同、跨界融合、共创分享的智能经济和智能社会新形态，到2027年率先实现广泛深度融合';
    const d = decoded(q(exact)) ?? '';
    const [start, end] = d.split(',');
    expect(exact.startsWith(start ?? '')).toBe(true);
    expect(exact.endsWith(end ?? '')).toBe(true);
    expect((start ?? '').length).toBeGreaterThanOrEqual(24);
    expect((end ?? '').length).toBeGreaterThanOrEqual(24);
    expect(exact.length).toBeGreaterThan(80);
    const boundaries = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(exact)].map(
      (s) => s.index,
    );
    expect(boundaries).toContain((start ?? '').length);
    expect(boundaries).toContain(exact.length - (end ?? '').length);
    expect((start ?? '').length + (end ?? '').length).toBeLessThan(exact.length);
  });

  it('splits a quote across paragraphs into start,end and never lets context cross a line break', () => {
    expect(decoded(q('第一段结尾。\n第二段开始，继续', 'xx\n前文', '后文\n下一段'))).toBe(
      '前文-,第一段结尾。,第二段开始，继续,-后文',
    );
  });

  it('drops context that cannot start or end on a known word boundary', () => {
    // "abcdefghij" is one word whose start is unknown (the stored prefix may begin mid-word).
    expect(decoded(q('x', 'abcdefghij', 'klmnop'))).toBe('x');
    expect(decoded(q('AI', 'the ', ' era'))).toBe('AI');
  });

  it('trims and collapses white space in the quote', () => {
    expect(decoded(q('  open   data \t policy  '))).toBe('open data policy');
  });

  it('returns the page address alone for a quote with no visible text', () => {
    expect(textFragmentUrl('https://a.cn/p', q(' \n '))).toBe('https://a.cn/p');
    expect(textFragmentUrl('https://a.cn/p#top', q('\t'))).toBe('https://a.cn/p#top');
  });

  it('does not throw on lone surrogates', () => {
    expect(textFragmentUrl('https://a.cn/', q('a\uD800b'))).toBe('https://a.cn/#:~:text=a%EF%BF%BDb');
  });
});

describe('exportFileName', () => {
  it('names files by format, scope and local date', () => {
    const date = new Date(2026, 10, 29, 23, 59);
    expect(exportFileName('json', 'all', date)).toBe('policymark-2026-11-29-all.json');
    expect(exportFileName('md', 'page', date)).toBe('policymark-2026-11-29-page.md');
    expect(exportFileName('csv', 'filtered', new Date(2027, 0, 5))).toBe(
      'policymark-2027-01-05-filtered.csv',
    );
  });
});
