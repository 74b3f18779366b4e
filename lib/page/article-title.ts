/**
 * The article's headline: the site profile's headline selector, else og:title, else the first
 * non-empty h1, else document.title without its site suffix (" _ 新浪财经", "--人民网").
 */
import type { SiteProfile } from './profiles';
import { SPACE_RUN } from './text-rules';

/** Separators between a headline and the site/channel names appended to document.title. */
const SUFFIX = /\s*(?:[_|｜—–]|--|\s-\s)\s*([^_|｜—–]{1,20})$/;

/** Longest document.title considered (characters). */
const MAX_TITLE = 500;

/** Collapses whitespace like the article text does. */
function clean(raw: string | null | undefined): string {
  return (raw ?? '').replace(SPACE_RUN, ' ').trim();
}

/** Text of an element, or the `content` of a meta element. */
function textOf(el: Element): string {
  return clean(el.localName === 'meta' ? el.getAttribute('content') : el.textContent);
}

/** First non-empty match of any selector, in selector order. */
function firstText(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of doc.querySelectorAll(selector)) {
      const text = textOf(el);
      if (text) return text;
    }
  }
  return '';
}

/** Removes trailing site and channel names: "标题|辟谣_新浪财经_新浪网" → "标题". */
export function stripSiteSuffix(title: string): string {
  // Real titles are short; bounding the length keeps the suffix loop linear on hostile titles.
  let t = clean(title.slice(0, MAX_TITLE));
  for (;;) {
    const m = SUFFIX.exec(t);
    // A doubled separator (gov.cn's "…决议__2007年第23号国务院公报_中国政府网") leaves one behind: dropped,
    // and nothing more is stripped (reading "__" as one separator took headline parts after "——" or "｜").
    if (!m || m.index < 4) return t.replace(/\s*[_|｜—–]+$/, '');
    t = t.slice(0, m.index).trim();
  }
}

/** The headline of the page, by the order in the module comment; '' when the page has none. */
export function findTitle(doc: Document, profile: SiteProfile | null): string {
  return (
    (profile ? firstText(doc, profile.title) : '') ||
    firstText(doc, ['meta[property="og:title"]', 'h1']) ||
    stripSiteSuffix(doc.title)
  );
}
