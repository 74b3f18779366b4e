import { describe, expect, it } from 'vitest';
import { filterRecords, NO_FILTER } from '../../../components/filter';
import { parseTags } from '../../../entrypoints/content/records';
import { placePanel } from '../../../entrypoints/content/ui/place';
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
});
