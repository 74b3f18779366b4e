/**
 * The detector's entry point: `analyze(text)` returns the policy verdict, enumerated directives
 * and named initiatives of an article text (paragraphs joined by "\n"). Pure: no DOM, no browser.
 */
import { analyzeWith } from './analyze';
import { ENGLISH } from './english';
import { needsEnglishNames } from './initiatives';
import type { Analysis, AnalyzeOptions } from './types';

export { POLICY_THRESHOLD } from './policy';
export type { Analysis, AnalyzeOptions, Directive, English, Initiative } from './types';

/** Analyses an article text; offsets in the result index into `text`. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  return analyzeWith(text, opts, needsEnglishNames(text) ? ENGLISH : null);
}
