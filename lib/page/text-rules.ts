/**
 * The tag-name rules that turn an article's DOM into its text (docs/page.md): which subtrees
 * are skipped, which elements break paragraphs, which characters are collapsible whitespace.
 */

// Space-separated strings, split once, like lib/detect's word lists: the minifier writes a list of strings
// as one string split at '.', and spaces compress better (gzip) among the content script's other lists.

/** Elements whose whole subtree contributes no text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'script style noscript template textarea select option iframe object embed svg canvas button input video ' +
    'audio head title'
  ).split(' '),
);

/**
 * Elements that start and end a paragraph; decided by tag name only, never by computed style. `br` ends a
 * line, which is the same thing.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'html body p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table ' +
    'thead tbody tfoot tr td th caption blockquote pre figure figcaption form fieldset center address hr ' +
    'details summary br'
  ).split(' '),
);

/**
 * Collapsible whitespace: ASCII whitespace (tab, LF, FF, CR, space), U+00A0, U+3000 and the other
 * Unicode space separators (U+1680, U+2000–U+200A, U+202F, U+205F): Chinese pages indent with
 * 　　 (U+3000) or &emsp;&emsp; (U+2003) alike. Zero-width characters are not whitespace.
 */
export const SPACE_RUN = /[\t\n\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** The SPACE_RUN characters by code unit (U+3000 is the highest); every code unit above is not a space. */
const SPACE_CODES = (() => {
  const table = new Uint8Array(0x3001);
  for (const c of [9, 10, 12, 13, 32, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) table[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 1;
  return table;
})();

/** True for a code unit of collapsible whitespace (a SPACE_RUN character). */
export function isSpaceCode(c: number): boolean {
  return c <= 0x3000 && SPACE_CODES[c] === 1;
}

/** Tag-name bits of an element: it breaks paragraphs; it is left out with its subtree. */
export const BLOCK = 1;
export const SKIPPED = 2;
/** Tag-name bits by local name as the DOM gives it, cached (a page has a few dozen distinct names). */
const BITS_BY_NAME = new Map<string, number>();
/** More distinct names than this (a hostile page of made-up tags) are classified without the cache. */
const MAX_CACHED_NAMES = 1024;

/** BLOCK and SKIPPED bits of a local name (compared lowercase). */
function tagBits(localName: string): number {
  let bits = BITS_BY_NAME.get(localName);
  if (bits === undefined) {
    const name = localName.toLowerCase();
    bits = (BLOCK_TAGS.has(name) ? BLOCK : 0) | (SKIPPED_TAGS.has(name) ? SKIPPED : 0);
    if (BITS_BY_NAME.size < MAX_CACHED_NAMES) BITS_BY_NAME.set(localName, bits);
  }
  return bits;
}

/**
 * The walk's reading of an element: BLOCK when it starts and ends a paragraph, SKIPPED when it and its
 * subtree are left out of the article text (by tag name, or hidden, aria-hidden or PolicyMark's own UI).
 */
export function elementBits(el: Element): number {
  const bits = tagBits(el.localName);
  // Most elements of an article have no attributes at all: one call instead of three.
  if (bits & SKIPPED || !el.hasAttributes()) return bits;
  return el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('data-policymark-ui')
    ? bits | SKIPPED
    : bits;
}

/** True when an element and its subtree are left out of the article text. */
export function isSkippedElement(el: Element): boolean {
  return (elementBits(el) & SKIPPED) !== 0;
}

/** True when an element starts and ends a paragraph. */
export function isBlockElement(el: Element): boolean {
  return (tagBits(el.localName) & BLOCK) !== 0;
}

/**
 * Normalises plain text with the same rules as the DOM walk: each line is a paragraph,
 * whitespace runs collapse to one space, paragraphs are trimmed and empty ones dropped.
 */
export function normalizePlainText(raw: string): string {
  // One pass by code unit into a buffer: a global RegExp replace, or a string per word, with hundreds of
  // thousands of pieces grew faster than the text (5.5–6.5× the time from 200,000 to 400,000 characters).
  // Allocated at the first character to keep (a text of whitespace only allocates nothing).
  let buf: Uint16Array | null = null;
  let n = 0;
  let lineHasText = false;
  let space = false;
  let lineBreak = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineBreak ||= lineHasText;
      lineHasText = false;
      space = false;
    } else if (isSpaceCode(c)) space = lineHasText;
    else {
      // Each unit out comes from a distinct unit in: a kept one, or the whitespace its separator replaces.
      buf ??= new Uint16Array(raw.length - i);
      if (lineBreak) buf[n++] = 10;
      else if (space) buf[n++] = 32;
      buf[n++] = c;
      lineHasText = true;
      lineBreak = false;
      space = false;
    }
  }
  let out = '';
  for (let k = 0; buf && k < n; k += 8192)
    out += String.fromCharCode(...buf.subarray(k, Math.min(n, k + 8192)));
  return out;
}
