/**
 * Named initiatives (LABELING.md §3): 《》 documents, suffix-class names, quoted names and English
 * names, merged so that each occurrence is reported once (the longest name wins an overlap).
 *
 * English names are looked for on pages that are not Chinese. Their finder (english-names.ts) is passed
 * in, not imported: the content script loads it only for such a page (docs/design.md, "Code on first
 * need"); lib/detect/index.ts passes it for everyone else.
 */
import { findNamedInitiatives } from './named';
import { isChinese } from './policy';
import { findNumberedDocuments, findQuotedInitiatives } from './quoted';
import { findDocumentTitles } from './titles';
import type { Initiative } from './types';

/** The English name finder (english-names.ts's `findEnglishInitiatives`, the `names` of the English half). */
export type EnglishNames = (text: string) => Initiative[];

/** True when English names are looked for in `text`: it is not Chinese (policy.ts, on its first 20,000 characters). */
export function needsEnglishNames(text: string): boolean {
  return !isChinese(text.length > 20000 ? text.slice(0, 20000) : text);
}

/**
 * Every initiative occurrence in `text`, sorted by position, without overlaps. `english` is the finder
 * when the page needs English names (the caller asks `needsEnglishNames` once, before it analyses), null
 * when it does not or the finder could not be loaded.
 */
export function findInitiatives(text: string, english: EnglishNames | null): Initiative[] {
  const titles = findDocumentTitles(text);
  const found = titles.concat(
    findNamedInitiatives(text),
    findQuotedInitiatives(text),
    findNumberedDocuments(text),
    english ? english(text) : [],
  );
  return resolveOverlaps(found);
}

/**
 * True when `inner` is all of the 《》 title `title` but its brackets and a closing （…） (《“数据要素×”三年行动计划
 * (2024—2026年)》): the document itself, not a name inside it.
 */
function isWholeTitle(title: Initiative, inner: Initiative): boolean {
  const rest = title.text.slice(inner.end - title.start, -1);
  return inner.start === title.start + 1 && (rest === '' || /^[（(][^）)]*[）)]$/.test(rest));
}

/** Keeps the longest of overlapping names (one sweep by start); a known quoted name inside a 《》 title is kept too. */
function resolveOverlaps(found: Initiative[]): Initiative[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Initiative[] = [];
  const nested: Initiative[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (!last || it.start >= last.end) {
      out.push(it);
      continue;
    }
    if (
      it.text.startsWith('“') &&
      last.text.startsWith('《') &&
      it.end <= last.end &&
      it.type !== 'mechanism'
    ) {
      if (!isWholeTitle(last, it)) nested.push(it);
    } else if (it.end - it.start > last.end - last.start) {
      out[out.length - 1] = it;
    }
  }
  return nested.length === 0 ? out : out.concat(nested).sort((a, b) => a.start - b.start);
}
