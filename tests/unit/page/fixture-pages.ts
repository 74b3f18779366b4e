/** Test helper: the fixture pages of tests/fixtures parsed like the analyser does, with their gold text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, findArticle, pageUrl } from '../../../lib/page/find-article';
import { normalizePlainText } from '../../../lib/page/text-rules';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { parseHtml } from '../../../scripts/lib/parse-html';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** One entry of tests/fixtures/fixtures.json. */
export interface FixtureEntry {
  id: string;
  url: string;
  charset: string;
}

/** The entries of fixtures.json. */
export function fixtureEntries(): FixtureEntry[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'fixtures.json'), 'utf8')) as FixtureEntry[];
}

/** Ids of the fixture directories that hold a page.html. */
export function fixturePageIds(): string[] {
  return readdirSync(FIXTURES)
    .filter((id) => existsSync(join(FIXTURES, id, 'page.html')))
    .sort();
}

/** The paragraphs of text.txt's article body (its title line dropped when a blank line follows it), or null. */
export function goldParagraphs(id: string): string[] | null {
  const path = join(FIXTURES, id, 'text.txt');
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const body = lines[1]?.trim() === '' ? lines.slice(2) : lines;
  return normalizePlainText(body.join('\n')).split('\n');
}

/** A fixture page parsed at its address (or at none), with the article findArticle picks. */
export async function loadFixturePage(
  id: string,
  options: { withUrl?: boolean } = {},
): Promise<{ document: Document; article: Article; url: string | undefined; close(): Promise<void> }> {
  const entry = fixtureEntries().find((e) => e.id === id);
  const url = options.withUrl === false ? undefined : entry?.url;
  const { html } = decodeHtml(readFileSync(join(FIXTURES, id, 'page.html')));
  const page = parseHtml(html, url);
  const article = findArticle(page.document, pageUrl(page.document, url));
  if (!article) {
    await page.close();
    throw new Error(`${id}: no article`);
  }
  return { document: page.document, article, url, close: page.close };
}
