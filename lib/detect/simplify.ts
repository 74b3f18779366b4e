/**
 * Text in simplified characters with chinese-conv's table, code unit for code unit. Apart from the
 * detector (traditional.ts) so that what only folds text (the lists' search, the initiative index) does
 * not load the detector's word lists with it.
 */
import { sify } from 'chinese-conv';

/** 計畫 規畫 企畫 策畫 as Taiwan and Hong Kong print them: the table's 计画 规画 … are 计划 规划 … in simplified. */
const HUA = /([计规企策])画/g;

/** `text` in simplified characters, code unit for code unit (same length). */
export function toSimplified(text: string): string {
  const read = sify(text);
  // The table maps one code unit to one; should a newer table not, the text is left as it is.
  return read.length === text.length ? read.replace(HUA, '$1划') : text;
}
