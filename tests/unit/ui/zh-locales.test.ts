// @vitest-environment node
/**
 * Every Chinese browser gets a Chinese UI: the locale folders scripts/make-zh-locales.ts writes from zh_CN
 * are committed as it writes them, and hold every message of the English file with its placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOCALES_DIR,
  simplifiedMessages,
  toTraditional,
  ZH_HANT_LOCALES,
  zhLocaleFiles,
} from '../../../scripts/make-zh-locales';

const read = (locale: string): string => readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8');
const placeholders = (text: string): string[] => (text.match(/\$[A-Z_]+\$/g) ?? []).sort();

describe('Chinese locale folders', () => {
  it('are what the script writes from zh_CN (run `npx tsx scripts/make-zh-locales.ts` after editing zh_CN)', () => {
    const files = zhLocaleFiles(simplifiedMessages());
    expect(Object.keys(files).sort()).toEqual(['zh', 'zh_HK', 'zh_MO', 'zh_SG', 'zh_TW']);
    for (const [locale, text] of Object.entries(files)) expect(read(locale), locale).toBe(text);
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([
      'en',
      'zh',
      'zh_CN',
      'zh_HK',
      'zh_MO',
      'zh_SG',
      'zh_TW',
    ]);
  });

  it('hold every English message, with the same placeholders', () => {
    const en = JSON.parse(read('en')) as Record<string, { message: string }>;
    for (const locale of ['zh_CN', ...ZH_HANT_LOCALES]) {
      const messages = JSON.parse(read(locale)) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(messages))
        expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(en[key]?.message ?? ''));
    }
  });

  it('read in Traditional characters and words, and keep a policy document a 文件', () => {
    const tw = JSON.parse(read('zh_TW')) as Record<string, { message: string }>;
    expect(tw.exportJson?.message).toBe('匯出 JSON');
    expect(tw.import?.message).toBe('匯入');
    expect(tw.tags?.message).toBe('標籤');
    expect(tw.undo?.message).toBe('復原');
    expect(tw.type_document?.message).toBe('文件');
    expect(toTraditional('importEmpty', '文件是空的')).toBe('檔案是空的');
    // No simplified-only character is left (the table's simplified forms of a few common ones).
    for (const { message } of Object.values(tw)) expect(message).not.toMatch(/[们这为导删条项签笔]/);
  });
});
