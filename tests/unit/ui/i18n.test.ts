import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatDate, t } from '../../../lib/i18n';

afterEach(() => vi.restoreAllMocks());

describe('t', () => {
  it('asks the extension API once for a string without substitutions', () => {
    const get = vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    expect(t('showMore')).toBe('«showMore»');
    expect(t('showMore')).toBe('«showMore»');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('never answers a call with substitutions from what it kept', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      [key, ...(subs ?? [])].join(':'),
    );
    expect(t('deletedCount')).toBe('deletedCount');
    expect(t('deletedCount', '3')).toBe('deletedCount:3');
    expect(t('deletedCount', '4')).toBe('deletedCount:4');
  });

  it('falls back to the key when the API has no message', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => '');
    expect(t('undo')).toBe('undo');
  });
});

describe('formatDate', () => {
  it('formats as the shared formatter does, once per time shown', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockImplementation(() => 'zh-CN');
    const at = Date.UTC(2025, 4, 6, 7, 8, 9);
    const format = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
    const expected = [0, 30_000, 60_000].map((d) => format.format(at + d));
    // `format` is a getter: each use of the formatter reads it once.
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: object };
    const spy = vi.spyOn(proto, 'format', 'get');
    expect(formatDate(at)).toBe(expected[0]);
    // The same time again gives the same text without formatting again; another time is formatted.
    const calls = spy.mock.calls.length;
    expect(formatDate(at)).toBe(expected[0]);
    expect(spy.mock.calls.length).toBe(calls);
    expect(formatDate(at + 30_000)).toBe(expected[1]);
    expect(formatDate(at + 60_000)).toBe(expected[2]);
    expect(spy.mock.calls.length).toBe(calls + 2);
    expect(expected[2]).not.toBe(expected[0]);
  });
});
