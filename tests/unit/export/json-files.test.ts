// @vitest-environment node
/**
 * The JSON export of a library bigger than one import file takes (MAX_IMPORT_ITEMS annotations or
 * MAX_IMPORT_CHARS characters) is saved as parts that each import whole; together they restore every note.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../lib/annotation';
import {
  exportFileName,
  MAX_IMPORT_ITEMS,
  parseImportText,
  toAnnotationCollection,
  toJsonExportFiles,
} from '../../../lib/export';
import { sampleRecord } from '../sample-record';

const generated = new Date(Date.UTC(2026, 10, 29, 8));
const many = (n: number, over: Partial<AnnotationRecord> = {}): AnnotationRecord[] => {
  const base = sampleRecord(over);
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    created: base.created + i,
    modified: base.modified + i,
  }));
};

/** Every part imported, as the reader would: the records of all of them. */
function importAll(files: string[], maxChars?: number): AnnotationRecord[] {
  return files.flatMap((text) => {
    const back = parseImportText(text, maxChars);
    if (!back.ok) throw new Error(back.error);
    return back.records;
  });
}

describe('toJsonExportFiles', () => {
  it('writes one file, as before, when the notes fit one import', () => {
    const records = many(3);
    // The same collection, two-space indented, but for its id (new at every export).
    const shape = (text: string) => {
      const json = JSON.parse(text) as { first: object };
      return { ...json, id: 'x', first: { ...json.first, id: 'x' } };
    };
    const files = toJsonExportFiles(records, generated);
    expect(files).toHaveLength(1);
    expect(shape(files[0] as string)).toEqual(
      shape(JSON.stringify(toAnnotationCollection(records, { generated }), null, 2)),
    );
    expect(files[0]).toMatch(/^\{\n {2}"@context"/);
    expect(toJsonExportFiles([], generated)).toHaveLength(1);
  });

  it('an export of 100,001 notes imports back: two files, every note once', () => {
    const records = many(MAX_IMPORT_ITEMS + 1);
    const files = toJsonExportFiles(records, generated);
    expect(files).toHaveLength(2);
    const back = importAll(files);
    expect(back.length).toBe(records.length);
    expect(back.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(back[MAX_IMPORT_ITEMS]).toEqual(records[MAX_IMPORT_ITEMS]);
  }, 120_000);

  it('splits by characters too; each part is within both limits, labelled, in order, and loses nothing', () => {
    const records = many(200, { note: '财政政策'.repeat(300) });
    const limits = { maxItems: 150, maxChars: 60_000 };
    const files = toJsonExportFiles(records, generated, limits);
    expect(files.length).toBeGreaterThan(4);
    for (const [i, text] of files.entries()) {
      expect(text.length).toBeLessThanOrEqual(limits.maxChars);
      const json = JSON.parse(text) as { label: string; total: number };
      expect(json.label).toBe(`PolicyMark export, part ${i + 1} of ${files.length}`);
      expect(json.total).toBeLessThanOrEqual(limits.maxItems);
    }
    expect(importAll(files, limits.maxChars)).toEqual(records);
  });

  it('a note bigger than the character limit still goes out, alone', () => {
    const records = [sampleRecord(), sampleRecord({ note: 'x'.repeat(5_000) }), sampleRecord()];
    const files = toJsonExportFiles(records, generated, { maxItems: 10, maxChars: 3_000 });
    expect(files.map((text) => (JSON.parse(text) as { total: number }).total)).toEqual([1, 1, 1]);
  });

  it('names the parts', () => {
    expect(exportFileName('json', 'all', new Date(2026, 10, 29), { index: 2, count: 3 })).toBe(
      'policymark-2026-11-29-all-part-2-of-3.json',
    );
  });
});
