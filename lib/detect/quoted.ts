/**
 * Initiatives named by a quotation alone: well-known names (“一带一路”), ways of working
 * (通过“揭榜挂帅”等方式, “河长制”), and colloquial document numbers (43号文件). Other quoted slogans and
 * metaphors (“挑大梁”, “潮品”) are not initiatives.
 */
import { KNOWN_QUOTED_INITIATIVES, MECHANISM_AFTER, NOT_MECHANISM_BEFORE } from './lexicon';
import { lastIndexIn } from './name-edge';
import { type Initiative, initiative } from './types';

const MAX_QUOTE = 16;

/**
 * One plan, file or decision per unit (“一楼一策”, “一企一策”, “一事一议”, “一户一档”): a way of working by
 * its shape, not “一老一小” (the old and the young) or “一带一路”.
 */
const ONE_PER_ONE = /^一[\u4e00-\u9fff]一[策议档]$/;

/**
 * A document's nickname by its count of articles (“国十条”, “水十条”, “大气十条”, “新国八条”, “支持实体经济新
 * 十条”, “金融三十条”, “民营经济31条”): one to eight characters and a count of 条 from 二 to 九十九 (or 2 to
 * 99); not an article's number (“第三条”) nor a quoted clause (“讲了十条”, “一定要做到这三条”, “必须遵守以下五条”).
 */
const ARTICLES =
  /^(?!第)(?![^条]*(?:[了过着的这那要须]|以下|如下|上述|做到|遵守|坚持))[\u4e00-\u9fff]{1,8}(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九]|[1-9][0-9]?)条$/;
/^(?!第)(?![^条]*[了过着的])[\u4e00-\u9fff]{1,8}(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])条$/;

/**
 * True when a quotation names a way of working by its rule in a few characters (“一单制”, “河长制”), not
 * the common words in 制 (体制, 控制) nor a quoted sentence (“资本无序扩张必须得到有效抑制”), or by its
 * shape (“一楼一策”).
 */
function namesRule(inner: string): boolean {
  return (
    (inner.length >= 3 &&
      inner.length <= 5 &&
      inner.endsWith('制') &&
      !NOT_MECHANISM_BEFORE.includes(inner.at(-2) as string)) ||
    ONE_PER_ONE.test(inner)
  );
}

/** End of a quotation listed right before the one opening at `open` (“A”“B”, “A”、“B”), or -1. */
function listedBefore(text: string, open: number): number {
  const end = text[open - 1] === '、' ? open - 1 : open;
  return text[end - 1] === '”' ? end : -1;
}

/** Quoted initiatives: known names and mechanisms introduced as a way of working. */
export function findQuotedInitiatives(text: string): Initiative[] {
  const out: Initiative[] = [];
  let close = -1;
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
    if (close < i) close = text.indexOf('”', i + 1);
    if (close < 0) break;
    const nextOpen = text.indexOf('“', i + 1);
    if ((nextOpen >= 0 && nextOpen < close) || close - i - 1 > MAX_QUOTE) continue;
    const inner = text.slice(i + 1, close);
    if (inner.includes('\n')) continue;
    // “两新”组织 is the Party's term for new kinds of organisations, not the 2024 programme.
    const known = !text.startsWith('组织', close + 1) && KNOWN_QUOTED_INITIATIVES.get(inner);
    if (known) out.push(initiative(text, known, i, close + 1));
    else if (inner.length >= 2 && MECHANISM_AFTER.some((w) => text.startsWith(w, close + 1))) {
      // The quotations listed right before it (“揭榜挂帅”“赛马”等机制, “A”、“B”等方式) are ways of working too.
      const at = out.length;
      for (let open = i, end = listedBefore(text, open); end > 0; end = listedBefore(text, open)) {
        open = lastIndexIn(text, '“', end - 2, Math.max(0, end - MAX_QUOTE - 2));
        const name = text.slice(open + 1, end - 1);
        // A name, not a quoted sentence or exclamation (他说“好！”“赛马”等机制).
        if (open < 0 || name.length < 2 || /[\n！？。，：；!?]/.test(name)) break;
        if (out.some((o) => o.start === open)) break;
        out.splice(at, 0, initiative(text, 'mechanism', open, end));
      }
      out.push(initiative(text, 'mechanism', i, close + 1));
    } else if (namesRule(inner)) out.push(initiative(text, 'mechanism', i, close + 1));
    else if (ARTICLES.test(inner)) out.push(initiative(text, 'document', i, close + 1));
  }
  return out;
}

/** Colloquial references to a numbered document: 43号文件, 43号文 (not the 国发〔2014〕43号 number). */
export function findNumberedDocuments(text: string): Initiative[] {
  const out: Initiative[] = [];
  // Most pages have no 号文 at all: a search for it skips through the text, the pattern tries each digit.
  if (!text.includes('号文')) return out;
  const re = /[0-9]{1,4}号文件?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1] ?? '';
    if (/[〕\]0-9]/.test(before)) continue;
    out.push(initiative(text, 'document', m.index, m.index + m[0].length));
  }
  return out;
}
