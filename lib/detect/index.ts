/**
 * The detector's entry point: `analyze(text)` returns the policy verdict, enumerated directives
 * and named initiatives of an article text (paragraphs joined by "\n"). Pure: no DOM, no browser.
 */
import { findDirectives } from './directives';
import { findInitiatives } from './initiatives';
import { classifyPolicy } from './policy';
import { splitParagraphs } from './text';
import type { Analysis, AnalyzeOptions } from './types';

export { POLICY_THRESHOLD } from './policy';
export type { Analysis, AnalyzeOptions, Directive, Initiative } from './types';

/** Analyses an article text; offsets in the result index into `text`. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const paras = splitParagraphs(text);
  const first = paras[0];
  const firstLine = first ? text.slice(first.start, first.end) : '';
  const title = opts.title ?? firstLine;
  const directives = findDirectives(text, paras);
  const initiatives = findInitiatives(text);
  const verdict = classifyPolicy(text, title || firstLine, directives, initiatives);
  return { ...verdict, title, directives, initiatives };
}
