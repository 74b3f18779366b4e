import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../lib/messages';
import { sampleRecord } from '../sample-record';

describe('parseRequest', () => {
  it('accepts a valid save', () => {
    const r = parseRequest({ type: 'annotation:save', payload: { record: sampleRecord() } });
    expect(r.ok).toBe(true);
  });

  it('accepts an import from a blob: address or as text, and nothing else', () => {
    const url = 'blob:chrome-extension://abc/1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(parseRequest({ type: 'annotations:import-file', payload: { url } }).ok).toBe(true);
    expect(parseRequest({ type: 'annotations:import-file', payload: { text: '[]' } }).ok).toBe(true);
    for (const payload of [
      { url: 'https://example.com/notes.json' },
      { url: `blob:${'x'.repeat(200)}` },
      { url, extra: 1 },
      { url, text: '[]' },
      { url: 42 },
      { text: 42 },
      { records: [sampleRecord()] },
    ]) {
      expect(parseRequest({ type: 'annotations:import-file', payload }).ok, JSON.stringify(payload)).toBe(
        false,
      );
    }
  });

  it('rejects unknown types, wrong payload types and extra keys with a one-line reason', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      ['annotation:save', /not an object/],
      [{ type: 'db:drop', payload: {} }, /unknown message type/],
      [{ type: 'annotation:save', payload: { record: { ...sampleRecord(), id: 'x' } } }, /record\.id/],
      [{ type: 'annotation:save', payload: { record: { ...sampleRecord(), colour: 'red' } } }, /colour/],
      [{ type: 'annotation:save', payload: { record: sampleRecord(), extra: 1 } }, /annotation:save/],
      [{ type: 'annotation:delete', payload: { id: 42 } }, /id/],
      [{ type: 'annotations:for-page', payload: { url: 'javascript:alert(1)' } }, /url/],
      [
        { type: 'annotation:save', payload: { record: { ...sampleRecord(), note: 'x'.repeat(50001) } } },
        /note/,
      ],
    ];
    for (const [raw, reason] of cases) {
      const r = parseRequest(raw);
      expect(r.ok, JSON.stringify(raw)?.slice(0, 80)).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(reason);
        expect(r.error).not.toContain('\n');
      }
    }
  });

  it('rejects a thousand random messages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            type: fc.constantFrom('annotation:save', 'annotation:delete', 'annotations:import-file'),
            payload: fc.anything(),
          }),
        ),
        (raw) => {
          expect(parseRequest(raw).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
