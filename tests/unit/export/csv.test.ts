import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseCell, toCsv } from '../../../lib/export';
import { sampleRecord } from '../sample-record';
import { PAYLOADS, recordsArb } from './arbitraries';

/** A strict RFC 4180 parser (CRLF records, quoted fields with doubled quotes); throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /^[^",\r\n]*/.exec(text.slice(i))?.[0] ?? '';
      cell = m;
      i += m.length;
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`unexpected character at ${i}: ${JSON.stringify(text.slice(i, i + 5))}`);
  }
}

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF-terminated rows', () => {
    const csv = toCsv([
      sampleRecord({
        created: Date.UTC(2026, 10, 28, 9, 30),
        tags: ['AI', '产业'],
        kind: 'directive',
        detectedType: 'ordinal',
      }),
    ]);
    expect(csv.startsWith('\uFEFFpage_title,url,site,kind,type,quote,note,tags,colour,created\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      [...CSV_COLUMNS],
      [
        '工信部发布会回应这些关切',
        'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml',
        'finance.sina.com.cn',
        'directive',
        'ordinal',
        '强化关键责任链监管',
        '',
        'AI; 产业',
        'yellow',
        '2026-11-28T09:30:00.000Z',
      ],
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([sampleRecord({ note: 'a, "b"\r\nc\nd' })]);
    expect(csv).toContain(',"a, ""b""\r\nc\nd",');
    expect(parseCsv(csv.slice(1))[1]?.[6]).toBe('a, "b"\r\nc\nd');
  });

  it.each([
    ['=1+1'],
    ['=HYPERLINK("http://evil.example","click")'],
    ['+cmd'],
    ['-2+3'],
    ['@SUM(1,1)'],
    ['\tTab'],
    ['\rCR'],
    ['＝1+1'],
  ])('neutralises a cell starting like a formula: %j', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
    const csv = toCsv([sampleRecord({ note: value, pageTitle: value, tags: [value.trim() || 'x'] })]);
    const row = parseCsv(csv.slice(1))[1] ?? [];
    expect(row[0]).toBe(`'${value}`);
    expect(row[6]).toBe(`'${value}`);
  });

  it('leaves harmless cells alone', () => {
    for (const value of ['a=b', '一是', "'quoted", ' =1', '1+1']) expect(neutraliseCell(value)).toBe(value);
  });

  it('round-trips every cell through a strict RFC 4180 parser (neutralised cells gain one quote)', () => {
    const expected = (value: string) => neutraliseCell(value);
    fc.assert(
      fc.property(recordsArb, (records) => {
        const rows = parseCsv(toCsv(records).slice(1));
        expect(rows).toHaveLength(records.length + 1);
        records.forEach((r, n) => {
          expect(rows[n + 1]).toEqual(
            [
              r.pageTitle,
              r.url,
              r.site,
              r.kind,
              r.detectedType ?? '',
              r.quote.exact,
              r.note,
              r.tags.join('; '),
              r.colour,
              new Date(r.created).toISOString(),
            ].map(expected),
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('survives every hostile payload', () => {
    const records = PAYLOADS.map((p) => sampleRecord({ note: p, pageTitle: p }));
    const rows = parseCsv(toCsv(records).slice(1));
    expect(rows.slice(1).map((r) => r[6])).toEqual(PAYLOADS.map(neutraliseCell));
  });
});
