/** The library's filter read from its address (the popup's "See all in the library" link). */
import { describe, expect, it } from 'vitest';
import { filterFromSearch } from '../../../entrypoints/library/App';

describe('filterFromSearch', () => {
  it('reads the search and the filters, and drops values the selects do not offer', () => {
    expect(filterFromSearch('?q=%E5%AE%8F%E8%A7%82&kind=directive&colour=green&site=www.gov.cn')).toEqual({
      query: '宏观',
      kind: 'directive',
      colour: 'green',
      site: 'www.gov.cn',
      status: 'any',
    });
    expect(filterFromSearch('?status=changed').status).toBe('changed');
    expect(filterFromSearch('?status=either').status).toBe('either');
    expect(filterFromSearch('?kind=evil&colour=%3Cb%3E&status=lost')).toEqual({
      query: '',
      kind: 'any',
      colour: 'any',
      site: 'any',
      status: 'any',
    });
  });
});
