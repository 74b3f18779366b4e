/**
 * The Chinese UI strings of every Chinese browser, made from the simplified ones (public/_locales/zh_CN).
 * Chrome, Firefox and Safari look for the UI language's own folder (zh_TW), then its language's (zh), then
 * the default (en), and Chrome does not look in zh for zh_SG: with zh_CN alone, a browser in zh-TW,
 * zh-HK, zh-MO or zh-SG got the English UI. Traditional (zh_TW, zh_HK, zh_MO): chinese-conv's character
 * table, then the words a reader in Taiwan or Hong Kong sees in their browser's own UI (匯出, 檔案,
 * 分頁…). zh_SG and zh (a bare zh): the simplified text. A unit test fails when a committed file is not what this script writes (so an edit of zh_CN
 * needs a run). Run: `npx tsx scripts/make-zh-locales.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tify } from 'chinese-conv';

/** The folders written with the Traditional text, each the same. */
export const ZH_HANT_LOCALES = ['zh_TW', 'zh_HK', 'zh_MO'] as const;

/**
 * The folders written with the simplified text (zh_CN's): Singapore, and the language as a whole (a
 * browser set to a bare zh). Chrome does not fall back from zh_SG to zh (measured: Chromium 156 with
 * --lang=zh-SG shows the English UI with a zh folder, the Chinese one with a zh_SG folder).
 */
export const ZH_HANS_LOCALES = ['zh', 'zh_SG'] as const;

/** Where the locale folders are. */
export const LOCALES_DIR = join(import.meta.dirname, '../public/_locales');

/**
 * Words after the character table: its slips (簽 for 籤, 范 for 範) and the terms of Traditional Chinese
 * software (what Chrome and Firefox say in zh-TW), longest first where one contains another.
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['標簽頁', '分頁'],
  ['標簽', '標籤'],
  ['示范', '示範'],
  ['彈出窗口', '彈出式視窗'],
  ['窗口', '視窗'],
  ['工具欄', '工具列'],
  ['導出', '匯出'],
  ['導入', '匯入'],
  ['文件', '檔案'],
  ['搜索', '搜尋'],
  ['數據', '資料'],
  ['數組', '陣列'],
  ['字符', '字元'],
  ['擴展', '擴充功能'],
  ['訪問', '存取'],
  ['刷新', '重新整理'],
  ['打開', '開啟'],
  ['保存', '儲存'],
  ['撤銷', '復原'],
  ['注釋', '註解'],
  ['文本', '文字'],
  ['添加', '新增'],
  ['回復', '回覆'],
  ['點擊', '按一下'],
];

/** Keys whose simplified text means something else than the word table assumes (文件: a policy document). */
const KEEP_WORDS: ReadonlySet<string> = new Set(['type_document']);

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

/** One message in Traditional characters; placeholders ($N$) and Latin text are left as they are. */
export function toTraditional(key: string, text: string): string {
  let out = tify(text);
  if (!KEEP_WORDS.has(key)) for (const [from, to] of WORDS) out = out.split(from).join(to);
  return out;
}

/** A messages file as text (two-space JSON, final newline: as zh_CN's is written). */
const fileText = (messages: Messages): string => `${JSON.stringify(messages, null, 2)}\n`;

/** The Traditional messages file for `zhCn`, the simplified one, as text. */
export function traditionalMessages(zhCn: Messages): string {
  const out: Messages = {};
  for (const [key, entry] of Object.entries(zhCn))
    out[key] = { ...entry, message: toTraditional(key, entry.message) };
  return fileText(out);
}

/** Every file this script writes, by locale folder, from the simplified messages `zhCn`. */
export function zhLocaleFiles(zhCn: Messages): Record<string, string> {
  const traditional = traditionalMessages(zhCn);
  const files: Record<string, string> = {};
  for (const locale of ZH_HANS_LOCALES) files[locale] = fileText(zhCn);
  for (const locale of ZH_HANT_LOCALES) files[locale] = traditional;
  return files;
}

/** The simplified messages, as committed. */
export function simplifiedMessages(): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, 'zh_CN/messages.json'), 'utf8')) as Messages;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [locale, text] of Object.entries(zhLocaleFiles(simplifiedMessages()))) {
    mkdirSync(join(LOCALES_DIR, locale), { recursive: true });
    writeFileSync(join(LOCALES_DIR, locale, 'messages.json'), text);
    console.log(`wrote public/_locales/${locale}/messages.json`);
  }
}
