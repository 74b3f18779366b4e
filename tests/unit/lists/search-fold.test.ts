import { describe, expect, it } from 'vitest';
import { filterRecords, foldSearch } from '../../../components/filter';
import { NO_FILTER } from '../../../components/note-filter';
import { sampleRecord } from '../sample-record';

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const search = (records: ReturnType<typeof sampleRecord>[], query: string) =>
  filterRecords(records, { ...NO_FILTER, query });

describe('search folds Traditional to simplified characters and quotation marks (audit p06)', () => {
  const hk = sampleRecord({ quote: quote('穩增長、擴內需，深化經濟體制改革'), pageTitle: '香港經濟日報' });
  const ai = sampleRecord({ quote: quote('深入实施“人工智能+”行动'), note: 'AI plus' });
  const gdp = sampleRecord({ quote: quote('GDP增长5.0%左右'), note: '目标' });
  const all = [hk, ai, gdp];

  it('a simplified or a Traditional query finds a note quoting Traditional text, and the reverse', () => {
    for (const q of ['经济', '經濟', '稳增长', '穩增長', '香港经济日报'])
      expect(search(all, q), q).toEqual([hk]);
    expect(search(all, '實施')).toEqual([ai]);
  });

  it('straight, curly and full-width quotation marks are one', () => {
    for (const q of ['人工智能+', '“人工智能+”', '"人工智能+"', '＂人工智能＋＂', '„人工智能+‟'])
      expect(search(all, q), q).toEqual([ai]);
    const its = sampleRecord({ note: 'the ministry’s plan' });
    expect(search([its], "ministry's")).toEqual([its]);
    expect(search([its], 'ministry＇s')).toEqual([its]);
  });

  it('keeps width and case folding', () => {
    expect(search(all, '５．０％')).toEqual([gdp]);
    expect(search(all, 'gdp')).toEqual([gdp]);
  });

  it('tag: compares folded tags', () => {
    const tagged = sampleRecord({ tags: ['財政'] });
    expect(search([tagged], 'tag:财政')).toEqual([tagged]);
    expect(search([tagged], '#财政')).toEqual([tagged]);
  });

  it('foldSearch reads both ways alike', () => {
    expect(foldSearch('“經濟”')).toBe(foldSearch('"经济"'));
  });
});

describe('search text is folded once per note, not at every keystroke', () => {
  it('a new object of an unchanged note reuses the folded text; a changed note is folded again', () => {
    const r = sampleRecord({ note: '經濟' });
    expect(search([r], '经济')).toEqual([r]);
    // The same note read again from the database: new objects, same text.
    const again = { ...r, quote: { ...r.quote }, tags: [...r.tags] };
    expect(search([again], '经济')).toEqual([again]);
    // Edited: the old text no longer matches.
    const edited = { ...r, note: '货币', modified: r.modified + 1 };
    expect(search([edited], '经济')).toEqual([]);
    expect(search([edited], '貨幣')).toEqual([edited]);
    // Same id, same modified, other text (an import from another machine): not the old folding.
    const other = { ...r, note: '财政' };
    expect(search([other], '经济')).toEqual([]);
  });
});
