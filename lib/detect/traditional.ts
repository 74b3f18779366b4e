/**
 * Traditional Chinese pages (gov.cn's big5 gateway, Hong Kong finance sites, Traditional editions of
 * mainland news) read in simplified characters, as the lexicon and the suffix rules are simplified.
 * chinese-conv's table maps each code unit on its own, so the reading has the text's length and every
 * offset holds; it also turns 「」『』 into “”‘’, the quotation marks the rules read. Not in the content script (the
 * table is 50 KB): the background reads a page's text on request, the command-line analyser directly.
 */
import { analyze } from './index';
import { toSimplified } from './simplify';
import { looksTraditional } from './text';
import type { Analysis, AnalyzeOptions } from './types';

/**
 * `toSimplified` paragraph by paragraph, remembering the paragraphs it read (newest last, at most
 * `maxChars` characters of them): a page that rewrites part of its article (a live ticker) and is read
 * again costs only its changed paragraphs. The mapping is code unit for code unit, so the text read a
 * line at a time is the text read whole (a line whose reading would change its length stays as printed,
 * as `toSimplified` leaves a whole text). `convert` is for tests.
 */
export function lineSimplifier(
  maxChars = 400_000,
  convert: (text: string) => string = toSimplified,
): (text: string) => string {
  const read = new Map<string, string>();
  let chars = 0;
  return (text) =>
    text
      .split('\n')
      .map((line) => {
        let out = read.get(line);
        if (out === undefined) {
          out = convert(line);
          chars += line.length;
        } else read.delete(line);
        read.set(line, out);
        for (const [old] of read) {
          if (chars <= maxChars) break;
          read.delete(old);
          chars -= old.length;
        }
        return out;
      })
      .join('\n');
}

/** `analyze`, reading a Traditional Chinese text in simplified characters as the extension does. */
export function analyzeAnyScript(text: string, opts: AnalyzeOptions = {}): Analysis {
  if (!looksTraditional(text, opts.title)) return analyze(text, opts);
  const title = opts.title === undefined ? undefined : toSimplified(opts.title);
  return analyze(text, { ...opts, simplified: { text: toSimplified(text), title } });
}
