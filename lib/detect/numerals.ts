/** Ordinal values of list markers: Chinese numerals (一 … 九十九), circled digits, English ordinals. */

/** Value of a digit 一 … 九, or 0 for any other string. */
const digit = (s: string): number => (s.length === 1 ? '一二三四五六七八九'.indexOf(s) + 1 : 0);

/** Chinese numeral characters that may appear in an ordinal. */
export const CN_NUMERAL_CHARS = '一二三四五六七八九十';

/** Value of a Chinese numeral from 一 to 九十九, or 0 when it is not a well-formed numeral. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0 || s.length > 3) return 0;
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  if (s.indexOf('十', ten + 1) >= 0) return 0;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  // digit() is 0 for an empty or longer part: 十一 and 二十 are numerals, 十一一 and 一一十 are not.
  const tens = head === '' ? 1 : digit(head);
  const ones = digit(tail);
  if (tens === 0 || (tail !== '' && ones === 0)) return 0;
  return tens * 10 + ones;
}

/** Value of a circled digit ① … ⑳ or a parenthesized one ⑴ … ⒇, or 0. */
export function parseCircled(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : 0;
}

const ROMAN = 'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx'.split(' ');

/** Value of a lower-case Roman numeral from i to xx, or 0 when it is none (iiii, vx). */
export function parseRoman(s: string): number {
  return ROMAN.indexOf(s) + 1;
}

const EN_ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');

/** Ordinal value of an English sequence word (First, Secondly); -1 for "the last one" (Finally, Lastly); 0 otherwise. */
export function englishOrdinal(word: string): number {
  const w = word.toLowerCase();
  return w === 'finally' || w === 'lastly' ? -1 : EN_ORDINALS.indexOf(w.replace(/ly$/, '')) + 1;
}

/** Ordinal value of a Chinese sequence word; -1 stands for 最后. */
export const SEQUENCE_WORDS: Readonly<Record<string, number>> = {
  首先: 1,
  其次: 2,
  再次: 3,
  再者: 3,
  最后: -1,
};
