import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAnnotationCollection, toWebAnnotation } from '../../../lib/export';
import { sampleRecord } from '../sample-record';
import { recordsArb } from './arbitraries';
import { failedAssertions, loadAssertions, readSample, W3C_DIR } from './w3c-harness';

const generated = new Date('2026-11-29T08:00:00.000Z');
const annotationMusts = loadAssertions('annotations/annotationMusts.test');
const collectionMusts = loadAssertions('collections/collectionMusts.test');
const pageMusts = loadAssertions('collections/pages/pageMusts.test');

describe('toWebAnnotation', () => {
  it('maps a highlight with note and tags to W3C terms and pm: extension terms', () => {
    const record = sampleRecord({
      id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      kind: 'initiative',
      detectedType: 'campaign',
      colour: 'green',
      note: '关注落实',
      tags: ['AI', '产业政策'],
      created: Date.UTC(2026, 10, 28, 9, 30),
      modified: Date.UTC(2026, 10, 28, 10, 0, 0, 5),
    });
    expect(toWebAnnotation(record)).toEqual({
      id: 'urn:uuid:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      type: 'Annotation',
      motivation: ['commenting', 'tagging'],
      created: '2026-11-28T09:30:00.000Z',
      modified: '2026-11-28T10:00:00.005Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: '关注落实', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'AI' },
        { type: 'TextualBody', purpose: 'tagging', value: '产业政策' },
      ],
      target: {
        source: record.url,
        selector: [
          { type: 'TextQuoteSelector', exact: '强化关键责任链监管', prefix: '二是', suffix: '。三是' },
          { type: 'TextPositionSelector', start: 100, end: 109 },
        ],
      },
      'pm:kind': 'initiative',
      'pm:detectedType': 'campaign',
      'pm:colour': 'green',
      'pm:pageTitle': '工信部发布会回应这些关切',
      'pm:site': 'finance.sina.com.cn',
    });
  });

  it('uses highlighting and no body for a bare highlight', () => {
    const a = toWebAnnotation(
      sampleRecord({ quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } }),
    );
    expect(a.motivation).toBe('highlighting');
    expect(a.body).toBeUndefined();
    expect(a.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'x' });
    expect('pm:detectedType' in a).toBe(false);
  });

  it('percent-encodes a page address that is not a valid URI and keeps the original in pm:url', () => {
    const url = 'https://例子.中国/政策/文件 1.html?q=人工智能+#第二节';
    const a = toWebAnnotation(sampleRecord({ url }));
    expect(a.target.source).toBe(
      'https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/%E6%94%BF%E7%AD%96/%E6%96%87%E4%BB%B6%201.html?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD+#%E7%AC%AC%E4%BA%8C%E8%8A%82',
    );
    expect(a['pm:url']).toBe(url);
    expect('pm:url' in toWebAnnotation(sampleRecord())).toBe(false);
  });

  it('tags without a note: highlighting + tagging', () => {
    expect(toWebAnnotation(sampleRecord({ tags: ['a'] })).motivation).toEqual(['highlighting', 'tagging']);
  });
});

describe('toAnnotationCollection', () => {
  it('embeds one AnnotationPage and declares the pm: extension context', () => {
    const c = toAnnotationCollection([sampleRecord(), sampleRecord()], {
      generated,
      label: 'My notes',
      id: 'urn:uuid:0',
    });
    expect(c['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { pm: 'https://policymark.invalid/ns#' },
    ]);
    expect(c).toMatchObject({ id: 'urn:uuid:0', type: 'AnnotationCollection', label: 'My notes', total: 2 });
    expect(c.created).toBe('2026-11-29T08:00:00.000Z');
    expect(c.first).toMatchObject({ id: 'urn:uuid:0#page-1', type: 'AnnotationPage', startIndex: 0 });
    expect(c.first?.items).toHaveLength(2);
  });

  it('has no first page when empty, and a random urn:uuid id by default', () => {
    const c = toAnnotationCollection([], { generated });
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
    expect(c.id).toMatch(/^urn:uuid:[\da-f-]{36}$/);
    expect(toAnnotationCollection([], { generated }).id).not.toBe(c.id);
  });
});

describe('W3C Web Annotation data model: MUST assertions (WG test schemas)', () => {
  it('loads every MUST assertion listed by the WG test files', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
    expect(pageMusts.length).toBe(15);
  });

  it('every exported annotation, collection and page satisfies them', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const c = JSON.parse(JSON.stringify(toAnnotationCollection(records, { generated, label: 'Export' })));
        expect(failedAssertions(collectionMusts, c)).toEqual([]);
        if (records.length > 0) expect(failedAssertions(pageMusts, c)).toEqual([]);
        for (const item of c.first?.items ?? []) {
          // An embedded Annotation inherits the collection's @context (JSON-LD); validated standalone here.
          expect(failedAssertions(annotationMusts, { '@context': c['@context'], ...item })).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the harness rejects every incorrect sample of the WG', () => {
    const dir = join(W3C_DIR, 'tools/samples/incorrect');
    const files = readdirSync(dir);
    expect(files.length).toBe(39);
    for (const file of files) {
      let sample: unknown;
      try {
        sample = readSample(`tools/samples/incorrect/${file}`);
      } catch {
        expect(file).toBe('anno1.json'); // "this is not json"
        continue;
      }
      expect(failedAssertions(annotationMusts, sample), file).not.toEqual([]);
    }
  });

  it("the harness finds the labelled defect even when the samples' array ids are repaired", () => {
    // Defects below MUST level (format, language, creator...) or in the id itself are not expected to fail.
    const notMust = new Set([
      'anno1.json',
      'anno7.json',
      'anno14.json',
      'anno15.json',
      'anno23.json',
      'anno26.json',
      'anno27.json',
    ]);
    for (const file of readdirSync(join(W3C_DIR, 'tools/samples/incorrect'))) {
      if (notMust.has(file)) continue;
      const sample = readSample(`tools/samples/incorrect/${file}`) as Record<string, unknown>;
      if (Array.isArray(sample.id)) sample.id = 'http://example.org/anno';
      expect(failedAssertions(annotationMusts, sample), file).not.toEqual([]);
    }
  });

  it('the harness accepts the correct samples of the WG', () => {
    // anno11-13 use Composite/List/Independents targets, which the WG's `oneOf` schema matches twice.
    const schemaQuirk = new Set(['anno11.json', 'anno12.json', 'anno13.json']);
    const files = readdirSync(join(W3C_DIR, 'tools/samples/correct')).filter((f) => f.startsWith('anno'));
    expect(files.length).toBe(41);
    for (const file of files) {
      const failed = failedAssertions(annotationMusts, readSample(`tools/samples/correct/${file}`));
      expect(failed, file).toEqual(
        schemaQuirk.has(file) ? ['annotations/3.2-targetObjectsRecognized.json'] : [],
      );
    }
    expect(failedAssertions(collectionMusts, readSample('tools/samples/correct/collection1.json'))).toEqual(
      [],
    );
    expect(failedAssertions(pageMusts, readSample('tools/samples/correct/collection1.json'))).toEqual([]);
  });

  it('the harness notices a broken export (missing target, bad date, no @context)', () => {
    const item = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...toWebAnnotation(sampleRecord()) };
    const { target: _, ...noTarget } = item;
    expect(failedAssertions(annotationMusts, noTarget)).toContain('annotations/3.1-targetKeyFound.json');
    expect(failedAssertions(annotationMusts, { ...item, created: '28/11/2026' })).toContain(
      'annotations/3.3.1-annotationCreatedValidated.json',
    );
    const raw = { ...item, target: { ...item.target, source: 'https://例子.cn/政策 1' } };
    expect(failedAssertions(annotationMusts, raw)).toContain('annotations/3.2-targetObjectsRecognized.json');
    const { '@context': __, ...noContext } = item;
    expect(failedAssertions(annotationMusts, noContext)).toContain(
      'annotations/3.1-annotationContextValidated.json',
    );
  });
});
