/**
 * The detector's core: `analyzeWith(text, opts, english)` returns the policy verdict, enumerated directives
 * and named initiatives of an article text (paragraphs joined by "\n"), with the detector's English half
 * (English names and policy signals, english.ts) passed in when the page needs it (initiatives.ts's
 * `needsEnglishNames`). Pure: no DOM, no browser. index.ts's `analyze` passes the half.
 */
import { findDirectives } from './directives';
import { findInitiatives } from './initiatives';
import { classifyPolicy } from './policy';
import { curlQuotes, splitParagraphs } from './text';
import type { Analysis, AnalyzeOptions, English } from './types';

/** Analyses an article text; offsets in the result index into `text`. */
export function analyzeWith(text: string, opts: AnalyzeOptions, english: English | null): Analysis {
  // The rules read simplified characters and “…”: a Traditional page is read in its simplified copy,
  // straight quotes around Chinese words as curly ones (the same offsets either way).
  const folded = opts.simplified?.text.length === text.length ? opts.simplified : undefined;
  const read = curlQuotes(folded?.text ?? text);
  const paras = splitParagraphs(read);
  const first = paras[0];
  const firstLine = first ? text.slice(first.start, first.end) : '';
  const title = opts.title ?? firstLine;
  const directives = findDirectives(read, paras);
  const initiatives = findInitiatives(read, english?.names ?? null);
  // The title the rules read (the first line of `read` is already curled); reasons quote it as printed.
  const readTitle = opts.title
    ? curlQuotes(folded?.title || opts.title)
    : first
      ? read.slice(first.start, first.end)
      : '';
  const verdict = classifyPolicy(
    read,
    readTitle,
    directives,
    initiatives,
    title || firstLine,
    english?.policy,
  );
  if (read !== text) {
    // Strings are reported as printed: the same span of the page's own text.
    const printed = (s: string, at: number) => (read.startsWith(s, at) ? text.slice(at, at + s.length) : s);
    for (const d of directives) {
      d.marker = printed(d.marker, d.start);
      d.text = printed(d.text, d.end - d.text.length);
    }
    for (const it of initiatives) it.text = printed(it.text, it.start);
  }
  return { ...verdict, title, directives, initiatives };
}
