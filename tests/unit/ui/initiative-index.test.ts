import { describe, expect, it } from 'vitest';
import { buildInitiativeIndex } from '../../../entrypoints/library/initiative-index';
import type { PageRecord } from '../../../lib/store/db';

const page = (url: string, initiatives: string[]): PageRecord => ({
  url,
  title: url,
  site: 'finance.sina.com.cn',
  isPolicy: true,
  score: 0.9,
  lastSeen: 0,
  initiatives: initiatives.map((text) => ({ text, type: 'campaign' })),
});

describe('buildInitiativeIndex', () => {
  const pages = [
    page('a', ['“人工智能+”行动', '产业基础再造工程']),
    page('b', ['产业基础再造工程']),
    page('c', ['“揭榜挂帅”']),
  ];

  it('lists only initiatives of pages with notes, most widely seen first', () => {
    const index = buildInitiativeIndex(pages, new Set(['a', 'b']));
    expect(index.map((e) => [e.text, e.pages.map((p) => p.url)])).toEqual([
      ['产业基础再造工程', ['a', 'b']],
      ['“人工智能+”行动', ['a']],
    ]);
  });

  it('is empty without notes', () => {
    expect(buildInitiativeIndex(pages, new Set())).toEqual([]);
  });

  it('makes one entry of a name printed in Traditional characters or with straight quotes', () => {
    const index = buildInitiativeIndex(
      [
        page('a', ['“人工智能+”行动', '產業基礎再造工程']),
        page('b', ['「人工智能+」行動', '"人工智能+"行动']),
        page('c', ['产业基础再造工程']),
      ],
      new Set(['a', 'b', 'c']),
    );
    expect(index.map((e) => [e.text, e.pages.map((p) => p.url)])).toEqual([
      ['“人工智能+”行动', ['a', 'b']],
      ['產業基礎再造工程', ['a', 'c']],
    ]);
  });
});
