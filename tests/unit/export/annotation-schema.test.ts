import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnnotationRecord, RECORD_LIMITS } from '../../../lib/annotation-schema';
import { sampleRecord } from '../sample-record';
import { recordArb } from './arbitraries';

const errorOf = (x: unknown) => {
  const r = parseAnnotationRecord(x);
  return r.ok ? null : r.error;
};

describe('parseAnnotationRecord', () => {
  it('accepts a valid record unchanged', () => {
    const record = sampleRecord({ note: '笔记', tags: ['政策', 'AI'] });
    expect(parseAnnotationRecord(record)).toEqual({ ok: true, value: record });
  });

  it('accepts every generated valid record', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(parseAnnotationRecord(r)).toEqual({ ok: true, value: r });
      }),
    );
  });

  it('trims tags', () => {
    const r = parseAnnotationRecord(sampleRecord({ tags: ['  政策 ', '\u3000AI'] }));
    expect(r.ok && r.value.tags).toEqual(['政策', 'AI']);
  });

  it.each([
    ['not an object', null, 'must be an object'],
    ['an array', [], 'must be an object'],
    ['id not a UUID', { id: 'abc' }, 'id: must be a UUID'],
    ['javascript: URL', { url: 'javascript:alert(1)' }, 'url: must be an http(s) URL'],
    ['relative URL', { url: '/a/b' }, 'url: must be an http(s) URL'],
    ['URL too long', { url: `https://a.cn/${'x'.repeat(2048)}` }, 'url: longer than 2048 characters (2061)'],
    ['title too long', { pageTitle: 'x'.repeat(1001) }, 'pageTitle: longer than 1000 characters (1001)'],
    ['unknown kind', { kind: 'other' }, 'kind: must be one of own, directive, initiative'],
    ['unknown colour', { colour: 'red' }, 'colour: must be one of yellow, green, blue, pink, purple'],
    [
      'empty quote',
      { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } },
      'quote.exact: must not be empty',
    ],
    [
      'quote too long',
      { quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(10001), prefix: '', suffix: '' } },
      'quote.exact: longer than 10000 characters (10001)',
    ],
    [
      'prefix too long',
      { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: 'p'.repeat(201), suffix: '' } },
      'quote.prefix: longer than 200 characters (201)',
    ],
    [
      'quote missing suffix',
      { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '' } },
      'quote.suffix: missing',
    ],
    [
      'end before start',
      { position: { type: 'TextPositionSelector', start: 5, end: 4 } },
      'position: end must be ≥ start',
    ],
    [
      'negative start',
      { position: { type: 'TextPositionSelector', start: -1, end: 4 } },
      'position.start: must be ≥ 0',
    ],
    [
      'fractional end',
      { position: { type: 'TextPositionSelector', start: 1, end: 4.5 } },
      'position.end: must be an integer',
    ],
    ['note too long', { note: 'x'.repeat(50001) }, 'note: longer than 50000 characters (50001)'],
    ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'tags: more than 50 tags'],
    ['blank tag', { tags: ['ok', '  '] }, 'tags.1: must not be blank'],
    ['tag too long', { tags: ['x'.repeat(101)] }, 'tags.0: longer than 100 characters (101)'],
    [
      'created not finite',
      { created: Number.POSITIVE_INFINITY },
      'created: must be an integer number of milliseconds',
    ],
    ['created as a string', { created: '2024-01-01' }, 'created: must be a number'],
    ['modified after 9999', { modified: RECORD_LIMITS.maxTime + 1 }, 'modified: must not be after year 9999'],
    ['an unknown field', { extra: 1 }, 'extra: unknown field'],
  ])('rejects %s', (_, over, message) => {
    const input = over === null || Array.isArray(over) ? over : { ...sampleRecord(), ...over };
    expect(errorOf(input)).toBe(message);
  });

  it('names a missing field', () => {
    const { note: _, ...rest } = sampleRecord();
    expect(errorOf(rest)).toBe('note: missing');
  });
});
