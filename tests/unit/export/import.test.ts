// @vitest-environment node
// Node, not happy-dom: happy-dom's fetch cannot read the blob: addresses an import file is handed over as.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { AnnotationRecord } from '../../../lib/annotation';
import {
  fromWebAnnotationJson,
  type ImportResult,
  MAX_IMPORT_CHARS,
  parseImportText,
  readImportFile,
  toAnnotationCollection,
  toCsv,
  toMarkdown,
  tooLarge,
  toWebAnnotation,
} from '../../../lib/export';
import { blobUrl, sampleRecord } from '../sample-record';
import { recordsArb } from './arbitraries';
import { labelsOf } from './labels';

const generated = new Date('2026-11-29T08:00:00.000Z');
const exportText = (records: AnnotationRecord[]) =>
  JSON.stringify(toAnnotationCollection(records, { generated }), null, 2);
/** A failed import's English message (null when it imported); its localized key has a test of its own. */
const failure = (r: ImportResult) => (r.ok ? null : r.error);
const errorOf = (json: unknown) => failure(fromWebAnnotationJson(json));
/** A collection of our own export, with item `index` (0-based) edited. */
const withItem = (edit: (item: Record<string, unknown>) => void, count = 1, index = 0) => {
  const c = JSON.parse(exportText(Array.from({ length: count }, () => sampleRecord())));
  edit(c.first.items[index]);
  return c;
};

describe('round trip', () => {
  it('parseImportText(export) deep-equals the records, for any valid records', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const result = parseImportText(exportText(records));
        expect(result).toEqual({ ok: true, records, format: 'web-annotation', ignored: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('fromWebAnnotationJson accepts the collection object itself', () => {
    const records = [
      sampleRecord({ note: '<img src=x onerror=alert(1)>', tags: ['a,b', '"q"'] }),
      sampleRecord(),
    ];
    const result = fromWebAnnotationJson(toAnnotationCollection(records, { generated }));
    expect(result.ok && result.records).toEqual(records);
  });
});

describe('accepted containers', () => {
  const records = [sampleRecord(), sampleRecord({ note: 'n' })];
  const items = records.map(toWebAnnotation);
  const context = ['http://www.w3.org/ns/anno.jsonld', { pm: 'https://policymark.invalid/ns#' }];

  it.each([
    [
      'a collection with items inline',
      { '@context': context, type: 'AnnotationCollection', total: 2, items },
    ],
    ['an AnnotationPage', { '@context': context, type: 'AnnotationPage', items }],
    ['a bare array of Annotations', items],
  ])('%s', (_, json) => {
    const result = fromWebAnnotationJson(json);
    expect(result.ok && result.records).toEqual(records);
  });

  it('a single Annotation', () => {
    const result = fromWebAnnotationJson({ '@context': context, ...items[0] });
    expect(result.ok && result.records).toEqual([records[0]]);
  });

  it('an empty export', () => {
    expect(parseImportText(exportText([]))).toEqual({
      ok: true,
      records: [],
      format: 'web-annotation',
      ignored: 0,
    });
  });

  it('a file starting with a byte-order mark', () => {
    const result = parseImportText(`\uFEFF${exportText(records)}`);
    expect(result.ok && result.records).toEqual(records);
  });

  it("another tool's Web Annotation: stable derived id, defaults for PolicyMark fields", () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno26',
      type: 'Annotation',
      created: '2015-10-13T13:00:00+08:00',
      bodyValue: 'Comment text',
      body: undefined,
      target: {
        source: 'http://example.org/page1',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'anotation',
          prefix: 'this is an ',
          suffix: ' that has some',
        },
      },
    };
    const first = fromWebAnnotationJson(foreign);
    expect(first).toEqual({
      ok: true,
      format: 'web-annotation',
      ignored: 0,
      records: [
        {
          id: expect.stringMatching(/^[\da-f]{8}-[\da-f]{4}-8[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/),
          url: 'http://example.org/page1',
          pageTitle: '',
          site: 'example.org',
          kind: 'own',
          detectedType: null,
          colour: 'yellow',
          quote: {
            type: 'TextQuoteSelector',
            exact: 'anotation',
            prefix: 'this is an ',
            suffix: ' that has some',
          },
          position: { type: 'TextPositionSelector', start: 0, end: 0 },
          note: 'Comment text',
          tags: [],
          created: Date.UTC(2015, 9, 13, 5, 0),
          modified: Date.UTC(2015, 9, 13, 5, 0),
        },
      ],
    });
    const again = fromWebAnnotationJson(foreign);
    expect(again.ok && again.records[0]?.id).toBe(first.ok && first.records[0]?.id);
  });
});

describe('addresses of imported notes', () => {
  const foreign = (source: string, pm: Record<string, unknown> = {}) => ({
    id: 'http://example.org/anno1',
    type: 'Annotation',
    created: '2024-05-01T10:00:00Z',
    target: { source, selector: { type: 'TextQuoteSelector', exact: 'x' } },
    ...pm,
  });

  it("cleans another tool's target.source as a page's address is cleaned", () => {
    const result = fromWebAnnotationJson(foreign('https://Example.org/a?utm_campaign=z&spm=1.2&p=2#section'));
    expect(result.ok && result.records[0]?.url).toBe('https://example.org/a?p=2');
  });

  it("keeps the address of PolicyMark's own export exactly (an import gives back what was exported)", () => {
    const ours = fromWebAnnotationJson(foreign('https://example.org/a?from=wap', { 'pm:kind': 'own' }));
    expect(ours.ok && ours.records[0]?.url).toBe('https://example.org/a?from=wap');
  });
});

describe('Hypothesis export', () => {
  const annotation = (over: Record<string, unknown>) => ({
    id: 'Vd3kTqN1Ee-QmVvWc2kXoA',
    created: '2024-12-09T07:17:52.123456+00:00',
    updated: '2024-12-10T08:00:00.5+00:00',
    user: 'acct:reader@hypothes.is',
    uri: 'https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm',
    text: '要点：**扩大内需**',
    tags: ['宏观', 'demand side'],
    group: '__world__',
    permissions: { read: ['group:__world__'], update: [], delete: [] },
    target: [
      {
        source: 'https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]',
            startOffset: 0,
            endContainer: '/div[1]',
            endOffset: 9,
          },
          { type: 'TextPositionSelector', start: 120, end: 129 },
          { type: 'TextQuoteSelector', exact: '坚定实施扩大内需战略', prefix: '一是', suffix: '，培育' },
        ],
      },
    ],
    document: { title: ['国务院关于扩大内需的意见'] },
    links: { html: 'https://hypothes.is/a/Vd3kTqN1Ee-QmVvWc2kXoA' },
    ...over,
  });
  const file = {
    export_date: '2024-12-11T00:00:00.000Z',
    export_userid: 'acct:reader@hypothes.is',
    client_version: '1.1500.0',
    annotations: [
      annotation({}),
      annotation({
        id: 'reply1',
        references: ['Vd3kTqN1Ee-QmVvWc2kXoA'],
        target: [{ source: 'https://x.cn/' }],
      }),
      annotation({ id: 'pagenote', target: [{ source: 'https://x.cn/' }] }),
      annotation({ id: 'pdf', uri: 'urn:x-pdf:6b1c' }),
      annotation({ id: 'second', text: '', tags: [], document: { title: 'Plain title' } }),
    ],
  };

  it('imports highlights and notes; ignores replies, page notes and non-web documents', () => {
    const result = parseImportText(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('hypothesis');
    expect(result.ignored).toBe(3);
    expect(result.records).toHaveLength(2);
    expect(result.records[0]).toMatchObject({
      url: 'https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm',
      pageTitle: '国务院关于扩大内需的意见',
      site: 'www.gov.cn',
      kind: 'own',
      colour: 'yellow',
      quote: { type: 'TextQuoteSelector', exact: '坚定实施扩大内需战略', prefix: '一是', suffix: '，培育' },
      position: { type: 'TextPositionSelector', start: 120, end: 129 },
      note: '要点：**扩大内需**',
      tags: ['宏观', 'demand side'],
      created: Date.UTC(2024, 11, 9, 7, 17, 52, 123),
      modified: Date.UTC(2024, 11, 10, 8, 0, 0, 500),
    });
    expect(result.records[1]?.pageTitle).toBe('Plain title');
    const again = parseImportText(JSON.stringify(file));
    expect(again.ok && again.records.map((r) => r.id)).toEqual(result.records.map((r) => r.id));
  });

  it('files a note under the address the page itself uses: no tracking parameters, no fragment', () => {
    const page = 'https://finance.sina.com.cn/tech/2021-07-16/doc-ikqcfnca7144419.shtml';
    const result = fromWebAnnotationJson([
      annotation({ uri: `${page}?from=wap&utm_source=weibo&id=7` }),
      annotation({ id: 'fragment', uri: `${page}#p3` }),
      annotation({ id: 'host', uri: 'HTTPS://Finance.Sina.com.cn/a.shtml?utm_medium=x' }),
    ]);
    expect(result.ok && result.records.map((r) => r.url)).toEqual([
      `${page}?id=7`,
      page,
      'https://finance.sina.com.cn/a.shtml',
    ]);
  });

  it('drops blank tags, which Hypothesis allows, instead of refusing the file', () => {
    const result = fromWebAnnotationJson({ annotations: [annotation({ tags: ['ok', ' ', ''] })] });
    expect(result.ok && result.records[0]?.tags).toEqual(['ok']);
  });

  it('accepts an API search response ({rows}) and a bare array', () => {
    const rows = fromWebAnnotationJson({ total: 1, rows: [annotation({})] });
    expect(rows.ok && rows.records).toHaveLength(1);
    const bare = fromWebAnnotationJson([annotation({})]);
    expect(bare.ok && bare.format).toBe('hypothesis');
  });

  it.each([
    ['no uri', { uri: undefined }, 'item 1: uri: missing'],
    ['a bad date', { created: 'yesterday' }, 'item 1: created: not an ISO 8601 date-time with a time zone'],
    ['a note too long', { text: 'x'.repeat(50001) }, 'item 1: text: longer than 50000 characters (50001)'],
    ['tags not an array', { tags: 'a,b' }, 'item 1: tags: must be an array'],
  ])('rejects an annotation with %s', (_, over, message) => {
    expect(errorOf({ annotations: [annotation(over)] })).toBe(message);
  });
});

describe('failures carry the message key that says them in the UI language', () => {
  const keyOf = (r: ImportResult) => (r.ok ? null : [r.key, ...(r.args ?? [])]);
  it.each([
    ['an empty file', ' ', ['importEmpty']],
    ['a CSV export', toCsv([sampleRecord()]), ['importCsv']],
    [
      'a Markdown export',
      toMarkdown([sampleRecord()], { generated, labels: labelsOf('en') }),
      ['importMarkdown'],
    ],
    ['no JSON', '{"a":', ['importNotJson', failure(parseImportText('{"a":'))?.split('?): ')[1]]],
    ['an unrelated object', '{"foo":1}', ['importNotRecognised']],
    ['a bad item', '{"rows":[{"id":"h1"}]}', ['importItem', '1', 'uri: missing']],
    [
      'a paged collection',
      '{"type":"AnnotationCollection","total":2,"first":"https://x.org/p1"}',
      ['importMalformed', 'first: the collection page is a link, not embedded; cannot fetch it'],
    ],
    [
      'a truncated collection',
      '{"type":"AnnotationCollection","total":3,"items":[]}',
      ['importTruncated', '3', '0'],
    ],
    [
      'too many items',
      JSON.stringify(Array.from({ length: 100_001 }, () => null)),
      ['importTooMany', '100001', '100000'],
    ],
  ])('%s', (_, text, key) => {
    expect(keyOf(parseImportText(text))).toEqual(key);
  });
  it('a file too large, or unreadable', async () => {
    expect(keyOf(parseImportText('x'.repeat(9), 8))).toEqual(['importTooLarge', String(8 / 1024 / 1024)]);
    const url = blobUrl('[]');
    URL.revokeObjectURL(url);
    expect(keyOf(await readImportFile(url))).toEqual(['importUnreadable']);
  });
});

describe('reading the file the library chose (readImportFile)', () => {
  it('reads a blob: address and validates it like parseImportText', async () => {
    const records = [sampleRecord({ note: '<b>bold?</b>' }), sampleRecord({ tags: ['财政'] })];
    const text = `\uFEFF${exportText(records)}`;
    expect(await readImportFile(blobUrl(text))).toEqual(parseImportText(text));
    expect(await readImportFile(blobUrl(text))).toMatchObject({ ok: true, records });
    expect(await readImportFile(blobUrl(text.slice(0, 300)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not valid JSON \(truncated or damaged file\?\): /),
    });
  });

  it('a file whose bytes alone exceed the limit is refused before it is read as text', async () => {
    const text = vi.spyOn(Blob.prototype, 'text');
    try {
      // 8 characters allow at most 3 bytes each plus a BOM: 27 bytes are read (and then refused on their
      // 27 characters), 28 bytes are refused unread.
      expect(failure(await readImportFile(blobUrl('x'.repeat(27)), 8))).toBe(failure(tooLarge(8)));
      expect(text).toHaveBeenCalledTimes(1);
      expect(failure(await readImportFile(blobUrl('x'.repeat(28)), 8))).toBe(failure(tooLarge(8)));
      expect(text).toHaveBeenCalledTimes(1);
      expect(failure(tooLarge(8))).toBe('file too large: more than 0.00000762939453125 Mi characters');
    } finally {
      text.mockRestore();
    }
  });

  it('an address that no longer holds a file (revoked, or from another browsing context)', async () => {
    const url = blobUrl('[]');
    URL.revokeObjectURL(url);
    expect(failure(await readImportFile(url))).toBe('could not read the chosen file; choose it again');
  });
});

describe('rejected input (nothing partial, first problem named)', () => {
  it.each([
    ['an empty file', '   \n', 'the file is empty'],
    ['a CSV export', toCsv([sampleRecord()]), 'this is a CSV export; only JSON exports can be imported'],
    [
      'a Markdown export',
      toMarkdown([sampleRecord()], { generated, labels: labelsOf('en') }),
      'this looks like a Markdown export; only JSON exports can be imported',
    ],
  ])('%s', (_, text, message) => {
    expect(failure(parseImportText(text))).toBe(message);
  });

  it('truncated JSON', () => {
    const text = exportText([sampleRecord(), sampleRecord()]);
    const result = parseImportText(text.slice(0, Math.floor(text.length / 2)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not valid JSON \(truncated or damaged file\?\): /);
  });

  it('a file above the size limit, before parsing it', () => {
    expect(failure(parseImportText(' '.repeat(MAX_IMPORT_CHARS + 1)))).toBe(
      'file too large: more than 128 Mi characters',
    );
  });

  const notRecognised =
    'not a PolicyMark or Hypothesis export: expected an AnnotationCollection, an AnnotationPage, an Annotation, ' +
    'an array of Annotations or a Hypothesis export';

  it.each([
    ['a number', 42, notRecognised],
    ['an unrelated object', { foo: 1 }, notRecognised],
    [
      'a paged collection',
      { type: 'AnnotationCollection', total: 2, first: 'https://x.org/p1' },
      'first: the collection page is a link, not embedded; cannot fetch it',
    ],
    [
      'a collection that continues',
      {
        type: 'AnnotationCollection',
        total: 2,
        first: { type: 'AnnotationPage', next: 'https://x.org/p2', items: [] },
      },
      'first.next: the collection continues on another page; cannot fetch it',
    ],
    ['a page without items', { type: 'AnnotationPage' }, 'first.items: must be an array'],
    ['a collection with total but no page', { type: 'AnnotationCollection', total: 3 }, 'first: missing'],
    [
      'more than 100,000 items',
      Array.from({ length: 100_001 }, () => null),
      'too many annotations: 100001 (at most 100000)',
    ],
    ['an item that is not an object', [null], 'item 1: not an object'],
  ])('%s', (_, json, message) => {
    expect(errorOf(json)).toBe(message);
  });

  it('a total that does not match the items (truncated)', () => {
    const c = withItem(() => {}, 2);
    c.total = 3;
    expect(errorOf(c)).toBe('total is 3 but the file holds 2 annotations (truncated?)');
  });

  type Edit = (item: Record<string, unknown>) => void;
  const selector = (item: Record<string, unknown>) =>
    (item.target as { selector: Record<string, unknown>[] }).selector as [
      Record<string, unknown>,
      Record<string, unknown>,
    ];

  it.each<[string, Edit, string]>([
    [
      'missing exact',
      (i) => delete selector(i)[0].exact,
      'item 3: target.selector: TextQuoteSelector missing "exact"',
    ],
    [
      'exact not a string',
      (i) => (selector(i)[0].exact = 5),
      'item 3: target.selector: TextQuoteSelector "exact" must be a string',
    ],
    [
      'empty exact',
      (i) => (selector(i)[0].exact = ''),
      'item 3: target.selector: TextQuoteSelector "exact": must not be empty',
    ],
    ['no TextQuoteSelector', (i) => selector(i).shift(), 'item 3: target.selector: no TextQuoteSelector'],
    [
      'a prefix too long',
      (i) => (selector(i)[0].prefix = 'p'.repeat(201)),
      'item 3: target.selector: TextQuoteSelector "prefix": longer than 200 characters (201)',
    ],
    [
      'start not a number',
      (i) => (selector(i)[1].start = '1'),
      'item 3: target.selector: TextPositionSelector "start" must be a number',
    ],
    [
      'end before start',
      (i) => (selector(i)[1].end = 1),
      'item 3: target.selector: TextPositionSelector: end must be ≥ start',
    ],
    ['a wrong type', (i) => (i.type = 'Note'), 'item 3: type: must be "Annotation"'],
    ['no id', (i) => delete i.id, 'item 3: id: missing'],
    ['a bad urn:uuid', (i) => (i.id = 'urn:uuid:1234'), 'item 3: id: not a valid urn:uuid'],
    ['no target', (i) => delete i.target, 'item 3: target: missing'],
    ['two targets', (i) => (i.target = [i.target, i.target]), 'item 3: target: only one target is supported'],
    [
      'a whole-page target',
      (i) => (i.target = 'https://x.cn/'),
      'item 3: target: has no selector (only text selections can be imported)',
    ],
    [
      'a javascript: source',
      (i) => ((i.target as Record<string, unknown>).source = 'javascript:alert(1)'),
      'item 3: target.source: must be an http(s) URL',
    ],
    ['a bad pm:url', (i) => (i['pm:url'] = 'ftp://x'), 'item 3: pm:url: must be an http(s) URL'],
    [
      'a bad date',
      (i) => (i.created = '29/11/2026'),
      'item 3: created: not an ISO 8601 date-time with a time zone',
    ],
    [
      'a date without zone',
      (i) => (i.modified = '2026-11-29T10:00:00'),
      'item 3: modified: not an ISO 8601 date-time with a time zone',
    ],
    [
      'a date before 1970',
      (i) => (i.created = '1969-12-31T23:59:59Z'),
      'item 3: created: must not be before 1970',
    ],
    [
      'an impossible date',
      (i) => (i.created = '2026-02-30T00:00:00Z'),
      'item 3: created: not an ISO 8601 date-time with a time zone',
    ],
    [
      'a note too long',
      (i) => (i.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(50001) }]),
      'item 3: body (commenting): longer than 50000 characters (50001)',
    ],
    [
      'a tag too long',
      (i) =>
        (i.body = ['a', 'x'.repeat(101)].map((value) => ({
          type: 'TextualBody',
          purpose: 'tagging',
          value,
        }))),
      'item 3: body (tagging) 2: longer than 100 characters (101)',
    ],
    [
      '51 tags',
      (i) =>
        (i.body = Array.from({ length: 51 }, (_, n) => ({
          type: 'TextualBody',
          purpose: 'tagging',
          value: `t${n}`,
        }))),
      'item 3: body (tagging): more than 50 tags',
    ],
    [
      'an IRI body',
      (i) => (i.body = 'https://example.org/comment'),
      'item 3: body: only text bodies (TextualBody) can be imported',
    ],
    [
      'a body value not a string',
      (i) =>
        (i.body = [
          { type: 'TextualBody', value: 1 },
          { type: 'TextualBody', value: 'b' },
        ]),
      'item 3: body 1: value must be a string',
    ],
    [
      'an unknown colour',
      (i) => (i['pm:colour'] = 'red'),
      'item 3: pm:colour: must be one of yellow, green, blue, pink, purple',
    ],
    [
      'an unknown kind',
      (i) => (i['pm:kind'] = 'mine'),
      'item 3: pm:kind: must be one of own, directive, initiative',
    ],
    [
      'a title too long',
      (i) => (i['pm:pageTitle'] = 't'.repeat(1001)),
      'item 3: pm:pageTitle: longer than 1000 characters (1001)',
    ],
    [
      'a title of the wrong type',
      (i) => (i['pm:pageTitle'] = ['a']),
      'item 3: pm:pageTitle: must be a string',
    ],
  ])('an item with %s', (_, edit, message) => {
    expect(errorOf(withItem(edit, 4, 2))).toBe(message);
  });

  it('names the first problem when several items are bad', () => {
    const c = withItem((i) => (i.created = 'bad'), 4, 3);
    c.first.items[1]['pm:colour'] = 'red';
    expect(errorOf(c)).toBe('item 2: pm:colour: must be one of yellow, green, blue, pink, purple');
  });
});

describe('repeated ids', () => {
  it('collapses an identical repeat', () => {
    const r = sampleRecord();
    const c = toAnnotationCollection([r, sampleRecord()], { generated });
    c.first?.items.push(toWebAnnotation(r));
    c.total = 3;
    const result = fromWebAnnotationJson(c);
    expect(result.ok && result.records.map((x) => x.id)).toEqual([r.id, c.first?.items[1]?.id.slice(9)]);
  });

  it('rejects the same id with different content', () => {
    const r = sampleRecord();
    const c = toAnnotationCollection([r, sampleRecord(), { ...r, note: 'changed' }], { generated });
    expect(errorOf(c)).toBe(`item 3: id ${r.id} repeats item 1 with different content`);
  });
});
