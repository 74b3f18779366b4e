/**
 * CSV export for spreadsheets: one row per annotation, UTF-8 with BOM (so Excel reads Chinese), CRLF,
 * RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised with a leading `'`.
 */
import type { AnnotationRecord } from '../annotation';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'page_title',
  'url',
  'site',
  'kind',
  'type',
  'quote',
  'note',
  'tags',
  'colour',
  'created',
] as const;

/** Separator between tags inside the `tags` cell. */
export const CSV_TAG_SEPARATOR = '; ';

/** Characters that start a formula (or a DDE payload) in Excel, LibreOffice or Google Sheets; full-width too. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell safe against formula injection: risky leading characters get a `'` in front. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row(cells: string[]): string {
  return cells.map((c) => quoteCell(neutraliseCell(c))).join(',');
}

/** The CSV file text: BOM, header, one row per record (in the given order), CRLF after every row. */
export function toCsv(records: AnnotationRecord[]): string {
  const lines = [row([...CSV_COLUMNS])];
  for (const r of records) {
    lines.push(
      row([
        r.pageTitle,
        r.url,
        r.site,
        r.kind,
        r.detectedType ?? '',
        r.quote.exact,
        r.note,
        r.tags.join(CSV_TAG_SEPARATOR),
        r.colour,
        new Date(r.created).toISOString(),
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
