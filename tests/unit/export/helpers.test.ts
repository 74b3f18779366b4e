import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../../lib/export/iso-time';
import { nameUuid } from '../../../lib/export/name-uuid';
import { toUri } from '../../../lib/export/uri';

describe('parseIsoTime', () => {
  it.each([
    ['2026-11-29T08:00:00.000Z', Date.UTC(2026, 10, 29, 8)],
    ['2026-11-29T08:00:00Z', Date.UTC(2026, 10, 29, 8)],
    ['2026-11-29T08:00Z', Date.UTC(2026, 10, 29, 8)],
    ['2026-11-29T16:00:00+08:00', Date.UTC(2026, 10, 29, 8)],
    ['2026-11-29T16:00:00+0800', Date.UTC(2026, 10, 29, 8)],
    ['2024-12-09T07:17:52.123456+00:00', Date.UTC(2024, 11, 9, 7, 17, 52, 123)],
    ['2024-12-09T07:17:52.5-01:30', Date.UTC(2024, 11, 9, 8, 47, 52, 500)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('%s', (text, ms) => {
    expect(parseIsoTime(text)).toBe(ms);
  });

  it.each([
    '2026-11-29',
    '2026-11-29T08:00:00',
    '2023-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-29T24:00:00Z',
    'soon',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoTime(text)).toBeNull();
  });
});

describe('nameUuid', () => {
  it('is stable, UUID-shaped (version 8) and differs between names', () => {
    const a = nameUuid('hypothesis:Vd3kTqN1Ee-QmVvWc2kXoA');
    expect(a).toBe(nameUuid('hypothesis:Vd3kTqN1Ee-QmVvWc2kXoA'));
    expect(a).toMatch(/^[\da-f]{8}-[\da-f]{4}-8[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    const many = new Set(Array.from({ length: 20000 }, (_, i) => nameUuid(`http://example.org/anno${i}`)));
    expect(many.size).toBe(20000);
  });
});

describe('toUri', () => {
  it('leaves a valid URI unchanged', () => {
    for (const u of [
      'https://www.gov.cn/zhengce/content_1.htm?a=1&b=%E4#x',
      'http://[::1]:8080/a',
      'https://a.cn/#',
    ]) {
      expect(toUri(u)).toBe(u);
    }
  });

  it('percent-encodes what a URI may not hold', () => {
    expect(toUri('https://例子.cn/a b|c?q=中#f#g')).toBe(
      'https://%E4%BE%8B%E5%AD%90.cn/a%20b%7Cc?q=%E4%B8%AD#f%23g',
    );
    expect(toUri('http://a.cn/100%/[x]')).toBe('http://a.cn/100%25/%5Bx%5D');
    expect(toUri('http://a.cn/\uD800')).toBe('http://a.cn/%EF%BF%BD');
  });
});
