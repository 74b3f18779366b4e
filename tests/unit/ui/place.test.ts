import { describe, expect, it } from 'vitest';
import { filterRecords } from '../../../components/filter';
import { NO_FILTER } from '../../../components/note-filter';
import { placePanel } from '../../../entrypoints/content/ui/place';
import { parseTags } from '../../../lib/annotation';
import { sampleRecord } from '../sample-record';

const viewport = { scrollX: 0, scrollY: 1000, innerWidth: 800, innerHeight: 600 };

describe('placePanel', () => {
  it('goes below the selection when it fits, never covering it', () => {
    const sel = { left: 100, top: 1100, width: 200, height: 20 };
    expect(placePanel(sel, { width: 300, height: 40 }, viewport)).toEqual({ left: 100, top: 1128 });
  });
  it('goes above when there is no room below, and stays inside the viewport horizontally', () => {
    const sel = { left: 700, top: 1560, width: 50, height: 20 };
    const p = placePanel(sel, { width: 300, height: 200 }, viewport);
    expect(p.top + 200).toBeLessThanOrEqual(sel.top);
    expect(p.left + 300).toBeLessThanOrEqual(800);
  });
  it('stays inside the viewport when the selection leaves no room above or below (a tall selection)', () => {
    // The reader selected from above the viewport to near its bottom edge.
    const sel = { left: 100, top: 400, width: 600, height: 1190 };
    const p = placePanel(sel, { width: 340, height: 40 }, viewport);
    expect(p.top).toBeGreaterThanOrEqual(1000);
    expect(p.top + 40).toBeLessThanOrEqual(1600);
    // Ending below the viewport: the panel sits at the viewport's bottom edge.
    const tall = placePanel(
      { left: 100, top: 900, width: 600, height: 1000 },
      { width: 340, height: 40 },
      viewport,
    );
    expect(tall).toEqual({ left: 100, top: 1552 });
  });
});

describe('parseTags', () => {
  it('splits on ASCII and full-width separators, trims, dedupes, drops #', () => {
    expect(parseTags(' 财政, #货币，财政; 产业 ')).toEqual(['财政', '货币', '产业']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('filterRecords', () => {
  it('matches every word across quote, note, tags and title, width-insensitively', () => {
    const a = sampleRecord({ note: 'Check Q3', tags: ['财政'] });
    const b = sampleRecord({ colour: 'green', kind: 'initiative' });
    expect(filterRecords([a, b], { ...NO_FILTER, query: 'ｑ3 财政' })).toEqual([a]);
    expect(filterRecords([a, b], { ...NO_FILTER, colour: 'green' })).toEqual([b]);
    expect(filterRecords([a, b], { ...NO_FILTER, kind: 'initiative' })).toEqual([b]);
    expect(filterRecords([a, b], NO_FILTER)).toEqual([a, b]);
  });
  it('finds tags typed as the lists show them (#Q3) and by tag: (a review)', () => {
    const a = sampleRecord({ note: 'rates', tags: ['Q3', '宏观'] });
    const b = sampleRecord({ note: 'Q3 outlook', tags: ['Q30'] });
    expect(filterRecords([a, b], { ...NO_FILTER, query: '#q3' })).toEqual([a, b]);
    expect(filterRecords([a, b], { ...NO_FILTER, query: '#宏观' })).toEqual([a]);
    // tag: asks for the whole tag: Q30 is not Q3, and a note saying Q3 is not a tag.
    expect(filterRecords([a, b], { ...NO_FILTER, query: 'tag:Q3' })).toEqual([a]);
    expect(filterRecords([a, b], { ...NO_FILTER, query: 'tag:#宏观 rates' })).toEqual([a]);
    expect(filterRecords([a, b], { ...NO_FILTER, query: 'tag:q3 outlook' })).toEqual([]);
  });
});
