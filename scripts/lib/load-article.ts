/**
 * Loads an article from a file for the command-line tools with the content script's own code:
 * `.html` → charset detection → parse5/happy-dom → findArticle → buildTextIndex; `.txt` → the same whitespace rules.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { findArticle, pageUrl } from '../../lib/page/find-article';
import { buildTextIndex } from '../../lib/page/text-index';
import { normalizePlainText } from '../../lib/page/text-rules';
import { decodeHtml } from './decode-html';
import { parseHtml } from './parse-html';

/** Bad input (missing, unreadable, binary or empty); `message` is one line meant for the user. */
export class InputError extends Error {
  override name = 'InputError';
}

/** What the analyser needs: the article text (the content script's coordinates), its title and the profile used. */
export interface LoadedArticle {
  title: string;
  text: string;
  profile: string;
  /** The page address used for profile selection (given, or the page's canonical/og:url). */
  url?: string;
  /** The charset the bytes were decoded with. */
  charset: string;
}

/** Reads the file's bytes, or throws InputError for a missing path, a directory or an unreadable file. */
function readBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, expected an .html or .txt file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: no such file`);
  }
  if (size === 0) throw new InputError(`${path}: file is empty`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Throws InputError when decoded content looks binary: NUL characters, or over 1% undecodable/control characters. */
function assertText(path: string, decoded: string): void {
  if (decoded.includes('\u0000'))
    throw new InputError(`${path}: binary content, expected an .html or .txt file`);
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) {
    const code = decoded.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d))
      bad++;
  }
  if (bad > 8 && bad > decoded.length / 100) {
    throw new InputError(`${path}: mostly undecodable content, expected an .html or .txt file`);
  }
}

/** `.html`/`.htm` files, and files with another extension (not `.txt`) whose content starts like HTML. */
function isHtml(path: string, content: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return /^\s*<(?:!doctype|html|head|body|meta|div|p|section|article|table)\b/i.test(content);
}

/** Loads `.html`/`.htm` (any declared charset) or plain text; `url` selects the site profile. Throws InputError. */
export async function loadArticleFromFile(path: string, url?: string): Promise<LoadedArticle> {
  const bytes = readBytes(path);
  const { html, charset } = decodeHtml(bytes);
  assertText(path, html);
  if (!isHtml(path, html)) {
    const text = normalizePlainText(html.replace(/^\ufeff/, ''));
    if (!text) throw new InputError(`${path}: no text`);
    return { title: text.split('\n', 1)[0] ?? '', text, profile: 'text', url, charset };
  }
  if (url !== undefined && !/^https?:\/\/[^/\s]+/i.test(url))
    throw new InputError(`--url ${url}: not an http(s) URL`);
  const page = parseHtml(html, url);
  try {
    const found = pageUrl(page.document, url);
    const article = findArticle(page.document, found);
    if (!article) throw new InputError(`${path}: the page has no text`);
    const { text } = buildTextIndex(article.root);
    if (!text) throw new InputError(`${path}: no article text found (profile ${article.profile})`);
    return { title: article.title, text, profile: article.profile, url: found, charset };
  } finally {
    await page.close();
  }
}
