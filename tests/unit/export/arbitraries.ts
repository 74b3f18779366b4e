/** fast-check generators of valid AnnotationRecords: arbitrary Unicode (lone surrogates too) and hostile payloads. */
import fc from 'fast-check';
import { type AnnotationRecord, COLOURS, KINDS } from '../../../lib/annotation';
import { RECORD_LIMITS } from '../../../lib/annotation-schema';

/** Strings that break naive HTML, CSV, Markdown or spreadsheet handling. */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '"quoted", and \'single\'',
  'comma, separated, values',
  'line one\nline two\r\nline three\rfour',
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,1)',
  '\tTabbed',
  '＝1+1',
  '# not a heading\n---\n```\n> not a quote',
  '[link](javascript:alert(1)) ![x](y) **bold** $x$ ==mark== %%hidden%%',
  '一是加快推进“人工智能+”行动，二是《关于深化改革的意见》',
  '\u0000\u0007\u2028\u2029\uFEFF',
  '\uD800 lone \uDFFF surrogates',
  '\\<script>alert(1)</script> \\\\<b> C:\\path\\ &amp; \\&lt;',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any text up to `maxLength` code units: full Unicode, lone surrogates and payload fragments mixed. */
export function text(maxLength: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(...PAYLOADS),
    loneSurrogate,
  );
  return fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('').slice(0, maxLength));
}

const tag = text(RECORD_LIMITS.tag).filter((t) => t !== '' && t === t.trim());

const time = fc.integer({ min: 0, max: RECORD_LIMITS.maxTime });

/** A valid record (as `annotationRecordSchema` outputs it). */
export const recordArb: fc.Arbitrary<AnnotationRecord> = fc
  .record({
    id: fc.uuid(),
    url: fc
      .oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.tuple(fc.webUrl(), text(30)).map(([u, t]) => `${u}/${t}`),
        fc.constantFrom(
          'https://例子.中国/政策/文件 1.html?q=人工智能+&x=[1]#第二节#b',
          'http://a.cn/100%/|^{}',
        ),
      )
      .filter((u) => u.length <= RECORD_LIMITS.url && /^https?:\/\//.test(u) && URL.canParse(u)),
    pageTitle: text(200),
    site: text(60),
    kind: fc.constantFrom(...KINDS),
    detectedType: fc.option(text(RECORD_LIMITS.detectedType), { nil: null }),
    colour: fc.constantFrom(...COLOURS),
    exact: text(300).filter((s) => s !== ''),
    prefix: text(RECORD_LIMITS.context),
    suffix: text(RECORD_LIMITS.context),
    start: fc.nat({ max: 1_000_000 }),
    length: fc.nat({ max: 10_000 }),
    note: text(500),
    tags: fc.array(tag, { maxLength: 8 }),
    created: time,
    modified: time,
  })
  .map((r) => ({
    id: r.id,
    url: r.url,
    pageTitle: r.pageTitle,
    site: r.site,
    kind: r.kind,
    detectedType: r.detectedType,
    colour: r.colour,
    quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    position: { type: 'TextPositionSelector', start: r.start, end: r.start + r.length },
    note: r.note,
    tags: r.tags,
    created: r.created,
    modified: r.modified,
  }));

/** Several records with distinct ids. */
export const recordsArb = fc.uniqueArray(recordArb, { maxLength: 12, selector: (r) => r.id });
