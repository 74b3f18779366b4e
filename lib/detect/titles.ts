/**
 * Policy documents printed as titles in 《》: kept when the title ends like a document
 * (《…实施意见》, 《…统计公报》, short 《通知》) or its context says it was issued or published;
 * newspapers, magazines, columns, speeches, books and news headlines are left out.
 */
import {
  DOCUMENT_AFTER,
  DOCUMENT_BEFORE,
  DOCUMENT_ENDINGS,
  MEDIA_AFTER,
  MEDIA_BEFORE,
  MEDIA_TITLE_ENDINGS,
  MEDIA_TITLES,
  NON_DOCUMENT_WORDS,
} from './lexicon';
import { endsWithAny, startsWithAny } from './text';
import { type Initiative, initiative } from './types';

const MAX_TITLE = 120;

/** Why a 《》 title is or is not a policy document. */
export function classifyTitle(text: string, open: number, close: number): 'document' | 'media' | 'other' {
  const inner = text.slice(open + 1, close);
  const after = close + 1;
  if (inner.length === 0) return 'other';
  if (
    MEDIA_TITLES.includes(inner) ||
    startsWithAny(text, after, MEDIA_AFTER) ||
    endsWithAny(text, open, MEDIA_BEFORE)
  )
    return 'media';
  // 《…管理办法（试行）》, 《…意见（征求意见稿）》, 《…条例(公开征求意见稿)》: the ending before a status note
  // counts. A period (2024—2030年, 2024——2026年) dates a plan the same way, an edition (《…诊疗方案（第七版）》)
  // numbers it, and two may follow (…行动方案(2023—2027年)(送审稿)).
  // A year printed bare after the ending dates it too (《东盟互联互通总体规划2025》).
  const note =
    /([（(](试行|暂行|(修订)?(草案)?(公开)?(征求意见稿|送审稿|讨论稿)|(修订)?草案|修订|修订稿|修正|[0-9]{4}年?版?|[0-9]{4}年修订|[0-9]{4}年?(——|[-—–－~～至到])[0-9]{4}年?|第[一二三四五六七八九十0-9]{1,3}版)[）)]){1,2}$|(?<=[\u4e00-\u9fff])(19|20)[0-9]{2}年?$/.exec(
      inner,
    );
  const cut = note ? note[0].length : 0;
  // Speeches, books of excerpts, headlines: never documents, not even listed beside one. (Not the spirit of
  // a speech that a document carries out: 《关于认真贯彻落实…重要讲话精神…的实施意见》.)
  const words = inner.slice(0, inner.length - cut).replaceAll('讲话精神', '');
  if (NON_DOCUMENT_WORDS.some((w) => words.includes(w))) return 'media';
  if (endsWithAny(text, close - cut, DOCUMENT_ENDINGS)) return 'document';
  if (MEDIA_TITLE_ENDINGS.some((w) => inner.endsWith(w))) return 'media';
  if (startsWithAny(text, after, DOCUMENT_AFTER) || endsWithAny(text, open, DOCUMENT_BEFORE))
    return 'document';
  return 'other';
}

/** Every 《…》 title in the text that names a policy document. */
export function findDocumentTitles(text: string): Initiative[] {
  const out: Initiative[] = [];
  const n = text.length;
  const next = (ch: string, from: number): number => {
    const k = text.indexOf(ch, from);
    return k < 0 ? n : k;
  };
  // The next 》 and line break are searched again only once passed, so the text is read a bounded number
  // of times however many 《 it holds. A title closes at the first 》 before any 《 or line break.
  let close = -1;
  let br = -1;
  // The titles that wait for a neighbour, listed one after another (a taken one is the last of `out`).
  let pending: Initiative[] = [];
  for (let i = text.indexOf('《'); i >= 0 && i < n; ) {
    if (close <= i) close = next('》', i + 1);
    if (br <= i) br = next('\n', i + 1);
    const open = next('《', i + 1);
    if (close < open && close < br && close < i + MAX_TITLE) {
      const kind = classifyTitle(text, i, close);
      // Titles listed together (《…指标》《…指南》, 《…》和《…》) are of one kind: a title that says
      // nothing by itself is a document when its neighbour is one.
      const title = initiative(text, 'document', i, close + 1);
      const taken =
        kind === 'document' || (kind === 'other' && joined(text, i, out[out.length - 1]?.end ?? -1));
      const last = pending[pending.length - 1];
      if (taken) {
        out.push(title);
        // The ones before it that waited for this one (《…安排》、《…安排》、《…协议》: all three).
        if (last && joined(text, i, last.end)) out.splice(-1, 0, ...pending);
      }
      if (kind === 'other' && !taken)
        pending = last && joined(text, i, last.end) ? [...pending, title] : [title];
      else pending = [];
    }
    i = open;
  }
  return out;
}

/**
 * True when a title opening at `open` follows the title ending at `prevEnd` with only 、和与及, 以及 (after a
 * comma too: 《…》，以及《…》) or nothing between.
 */
function joined(text: string, open: number, prevEnd: number): boolean {
  if (prevEnd < 0 || open - prevEnd > 3) return false;
  const between = text.slice(prevEnd, open);
  return (
    between === '' || (between.length === 1 && '、和与及'.includes(between)) || /^[，,、]?以及$/.test(between)
  );
}
