/**
 * The pages of the pipeline, painting, anchoring and heap cases, served under finance-news addresses:
 * the seed article in a real Sina page, the 40k-character report, and that report with its article
 * repeated to about 400k characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page body and the address it is served at. */
export interface BenchPage {
  /** Short label used in result names ("seed", "40k", "400k"). */
  label: string;
  url: string;
  charset: string;
  body: string;
}

/** Start and end (exclusive) of the inner HTML of the element opened by `openTag` (matching nested divs). */
export function innerRange(html: string, openTag: string): { start: number; end: number } {
  const at = html.indexOf(openTag);
  if (at < 0) throw new Error(`no ${openTag} in the page`);
  const tag = /<\/?div\b[^>]*>/gi;
  tag.lastIndex = at + openTag.length;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return { start: at + openTag.length, end: m.index };
  }
  throw new Error(`unbalanced ${openTag}`);
}

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The seed article (text only in the fixtures) as the body of the real Sina page of zh-sina-12306-20181228. */
export function seedPage(root: string): BenchPage {
  const dir = join(root, 'tests/fixtures');
  const host = readFileSync(join(dir, 'zh-sina-12306-20181228/page.html'), 'utf8');
  const lines = readFileSync(join(dir, 'sina-miit-2024-03-29/text.txt'), 'utf8').split('\n');
  const title = (lines[0] ?? '').trim();
  // Lines 0–3 are the page's headline twice and its date line; the article starts after them.
  const body = lines
    .slice(4)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  const { start, end } = innerRange(host, '<div class="article" id="artibody">');
  const html = `${host.slice(0, start)}\n${body}\n${host.slice(end)}`
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}_新浪财经_新浪网</title>`)
    .replace(/(<h1 class="main-title">)[^<]*(<\/h1>)/, `$1${escapeHtml(title)}$2`);
  return {
    label: 'seed',
    url: 'https://finance.sina.com.cn/china/2024-03-29/doc-policymark-bench-seed.shtml',
    charset: 'utf-8',
    body: html,
  };
}

const REPORT_ID = 'zh-theorychina-modernization-2024';
const REPORT_URL = 'https://www.theorychina.org.cn/c/2024-05-05/1499615.shtml';
const REPORT_ROOT = '<div id="font_area" style="font-size:16px">';

/** The 40k-character report 《中国式现代化发展之路》 as saved. */
export function reportPage(root: string): BenchPage {
  const body = readFileSync(join(root, 'tests/fixtures', REPORT_ID, 'page.html'), 'utf8');
  return { label: '40k', url: REPORT_URL, charset: 'utf-8', body };
}

/** The report with its article body (#font_area) repeated `times` times: real paragraphs, ~400k characters. */
export function bigPage(root: string, times = 10): BenchPage {
  const html = reportPage(root).body;
  const { start, end } = innerRange(html, REPORT_ROOT);
  const inner = html.slice(start, end);
  return {
    label: '400k',
    url: REPORT_URL.replace('1499615', '1499615-x10'),
    charset: 'utf-8',
    body: `${html.slice(0, start)}${inner.repeat(times)}${html.slice(end)}`,
  };
}
