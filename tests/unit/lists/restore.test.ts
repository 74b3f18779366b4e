import { describe, expect, it } from 'vitest';
import { chunkRecords, RESTORE_LIMITS, restoreInChunks } from '../../../components/restore';
import type { AnnotationRecord } from '../../../lib/annotation';
import { utf8Length } from '../../../lib/utf8-length';
import { sampleRecord } from '../sample-record';

const size = (r: unknown) => utf8Length(JSON.stringify(r)) + 1;

describe('utf8Length', () => {
  it('counts bytes as TextEncoder does', () => {
    for (const s of ['', 'abc', 'é', '经济', '😀', 'a😀b', '\ud800', 'x\udc00y', '“人工智能+”'])
      expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).length);
  });
});

describe('chunkRecords: restore requests bounded by serialized size and count (audit p09)', () => {
  it('keeps every record once, in order, each chunk within the byte bound', () => {
    const records = Array.from({ length: 50 }, (_, i) => sampleRecord({ note: '财'.repeat(i * 37) }));
    const maxBytes = 20_000;
    const chunks = chunkRecords(records, { maxBytes, maxRecords: 1000 });
    expect(chunks.flat()).toEqual(records);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.reduce((n, r) => n + size(r), 0)).toBeLessThanOrEqual(maxBytes);
    // Greedy: a chunk ends only where the next record would not fit.
    for (let i = 0; i + 1 < chunks.length; i++) {
      const chunk = chunks[i] as AnnotationRecord[];
      const next = (chunks[i + 1] as AnnotationRecord[])[0];
      expect(chunk.reduce((n, r) => n + size(r), 0) + size(next)).toBeGreaterThan(maxBytes);
    }
  });

  it('bounds the count as well', () => {
    const records = Array.from({ length: 7 }, () => sampleRecord());
    expect(chunkRecords(records, { maxBytes: 1e9, maxRecords: 3 }).map((c) => c.length)).toEqual([3, 3, 1]);
  });

  it('a record bigger than the bound goes alone; nothing gives no chunk', () => {
    const big = sampleRecord({ note: 'x'.repeat(5000) });
    const small = sampleRecord();
    expect(chunkRecords([small, big, small], { maxBytes: 2000, maxRecords: 10 })).toEqual([
      [small],
      [big],
      [small],
    ]);
    expect(chunkRecords([], RESTORE_LIMITS)).toEqual([]);
  });

  it('the default bound keeps a request far under Chrome’s 64 MiB message limit', () => {
    expect(RESTORE_LIMITS.maxBytes).toBeLessThanOrEqual(8_000_000);
    // 100,000 records is the request schema's limit.
    expect(RESTORE_LIMITS.maxRecords).toBeLessThan(100_000);
  });
});

describe('restoreInChunks', () => {
  const records = Array.from({ length: 10 }, (_, i) => sampleRecord({ note: `n${i}` }));
  const limits = { maxBytes: 1e9, maxRecords: 3 };

  it('sends every chunk and restores all', async () => {
    const sent: AnnotationRecord[][] = [];
    const outcome = await restoreInChunks(
      records,
      async (chunk) => {
        sent.push(chunk);
        return { ok: true };
      },
      limits,
    );
    expect(sent.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect(outcome).toEqual({ restored: 10, left: [], error: null });
  });

  it('a refused chunk is kept (the others still go), and a retry with what is left restores the rest', async () => {
    const db = new Map<string, AnnotationRecord>();
    let refuse = true;
    const send = async (chunk: AnnotationRecord[]) => {
      if (refuse && chunk.includes(records[4] as AnnotationRecord))
        return { ok: false as const, error: 'Message exceeded maximum allowed size of 64MiB.' };
      for (const r of chunk) db.set(r.id, r);
      return { ok: true as const };
    };
    const first = await restoreInChunks(records, send, limits);
    expect(first.restored).toBe(7);
    expect(first.left).toEqual(records.slice(3, 6));
    expect(first.error).toMatch(/64MiB/);
    expect(db.size).toBe(7);
    refuse = false;
    const second = await restoreInChunks(first.left, send, limits);
    expect(second).toEqual({ restored: 3, left: [], error: null });
    expect([...db.keys()].sort()).toEqual(records.map((r) => r.id).sort());
  });
});
