/**
 * One analysis of the current page: the article, its text index, detection,
 * and the saved annotations anchored in it (or orphaned).
 */
import type { AnnotationRecord } from '../../lib/annotation';
import { analyzeWith } from '../../lib/detect/analyze';
import { needsEnglishNames } from '../../lib/detect/initiatives';
import { curlQuotes, looksTraditional } from '../../lib/detect/text';
import type { Analysis, English } from '../../lib/detect/types';
import { canonicalLinkHref, canonicalUrl, cleanAddress } from '../../lib/page/canonical-url';
import { type Article, findArticle } from '../../lib/page/find-article';
import { buildTextIndex, type TextIndex } from '../../lib/page/text-index';
import { MAX_SIMPLIFY_CHARS, sendRequest } from '../../lib/send-request';
import { load, loaded } from './on-demand';
import type { AnchoredRecord } from './painter';

export interface PageState {
  url: string;
  article: Article;
  index: TextIndex;
  analysis: Analysis;
  anchored: AnchoredRecord[];
  orphans: AnnotationRecord[];
  /** The fuzzy step was wanted and could not be loaded: the placement is not reported (controller.ts). */
  partial?: boolean;
}

/** The address the document was first read at (cleaned), its canonical link's href and its article's title then. */
let first: { address: string; href: string | null; title: string } | undefined;

/**
 * The address notes are filed under (`canonicalUrl`), unless the page went to another address in place
 * (history.pushState) showing another article (its title changed) and kept the canonical link it had: a
 * single-page site that never updates it would file every later article's notes under the first one's
 * address. Then the location is used. The same article at another address (its next page, a slug added
 * by a router) keeps the canonical link, as a direct visit there does.
 */
function pageUrl(doc: Document, location: string, title: string): string {
  // The link is read once a run, and the location cleaned only when the link may be left behind.
  const href = canonicalLinkHref(doc);
  first ??= { address: cleanAddress(location), href, title };
  if (href !== null && href === first.href && title !== first.title) {
    const address = cleanAddress(location);
    if (address !== first.address) return address;
  }
  return canonicalUrl(doc, location, href);
}

/**
 * Find and analyse the article; null when the page has none. The index is always rebuilt (its nodes may
 * be new); detection is reused from `previous` when the text and title are unchanged (a change outside
 * the article text: an ad, an image, a timestamp). A Traditional Chinese page waits for its simplified
 * reading from the background, and a page that is not Chinese for the detector's English half the first
 * time; any other page does not wait.
 */
export async function analysePage(
  doc: Document,
  location: string,
  previous?: PageState | null,
): Promise<Omit<PageState, 'anchored' | 'orphans'> | null> {
  const article = findArticle(doc, location);
  if (!article) return null;
  const index = buildTextIndex(article.root);
  const { text } = index;
  if (text.length === 0) return null;
  const { title } = article;
  // Read before any wait: an in-page navigation meanwhile must not file this text under the next address.
  const url = pageUrl(doc, location, title);
  const same =
    previous?.index.text === text && previous.article.title === title && !unread.has(previous.analysis);
  let analysis = same ? previous.analysis : undefined;
  if (!analysis) {
    let simplified: { text: string; title: string } | undefined;
    const traditional = looksTraditional(text, title);
    if (traditional) {
      // The background reads it in simplified characters (up to its limit; the rest as printed).
      const head = text.slice(0, MAX_SIMPLIFY_CHARS);
      const reply = await sendRequest('text:simplify', { text: head, title: title.slice(0, 1000) }, 2);
      if (reply.ok)
        simplified = { text: reply.value.text + text.slice(head.length), title: reply.value.title };
    }
    // A page that is not Chinese waits for the detector's English half, the first time (on-demand.ts).
    const wanted = needsEnglishNames(text);
    const english = wanted
      ? englishHalf(loaded<() => unknown>('english') ?? (await load<() => unknown>('english')))
      : null;
    analysis = analyzeWith(text, { title, simplified }, english);
    // Read as printed because the background did not answer, or without the English half because its
    // script did not load: the next run asks again.
    if ((traditional && !simplified) || (wanted && !english)) unread.add(analysis);
  }
  return { url, article, index, analysis };
}

/** The detector's English half from its script's function, or null if that fails or gives no half. */
function englishHalf(get: (() => unknown) | null): English | null {
  try {
    const half = get?.() as Partial<English> | undefined;
    return typeof half?.names === 'function' && typeof half.policy === 'function' ? (half as English) : null;
  } catch {
    return null;
  }
}

/** Analyses read without the background's help when it was needed (see analysePage): not reused. */
const unread = new WeakSet<Analysis>();

/** Whether the analysis had all the help it needed: not one read as printed or without the English half. */
export const readInFull = (analysis: Analysis): boolean => !unread.has(analysis);

/** How many times the records are read while this page's own writes keep landing. */
const READS = 3;

/**
 * Load this page's saved annotations from the background; `fallback` when it cannot answer. `writes`
 * counts this page's own writes that landed: one that lands while the records load may be missing from
 * them (the read can come before the write), so they are read again, up to READS times.
 */
export async function loadRecords(
  url: string,
  fallback: AnnotationRecord[],
  writes: () => number,
): Promise<AnnotationRecord[]> {
  let last = fallback;
  for (let read = 1; ; read++) {
    const seen = writes();
    const reply = await sendRequest('annotations:for-page', { url });
    // A later read that fails leaves the last one that worked.
    if (!reply.ok) return last;
    last = reply.value.records;
    if (writes() === seen || read === READS) return last;
  }
}

/** Distinct initiatives of a policy article (none for other pages), capped for the page record. */
export function distinctInitiatives(analysis: Analysis): Array<{ text: string; type: string }> {
  if (!analysis.isPolicy) return [];
  const seen = new Map<string, string>();
  for (const it of analysis.initiatives) {
    // One entry per name however its quotes were typed ("十五五"规划 and “十五五”规划).
    const key = curlQuotes(it.text).slice(0, 200);
    if (!seen.has(key)) seen.set(key, it.type);
  }
  return [...seen].slice(0, 500).map(([text, type]) => ({ text, type }));
}
