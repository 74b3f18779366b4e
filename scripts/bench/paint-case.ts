/**
 * Case 2 (runs in the page): paint the initiatives and directive headlines of the article with PolicyMark's
 * painter (CSS Custom Highlight API) and with mark.js (wraps matches in <mark>), then clear; style and layout
 * are forced inside each measured phase so deferred DOM work is counted.
 */
import Mark from 'mark.js';
import { paintAll } from '../../entrypoints/content/painter';
import { analyze } from '../../lib/detect';
import { clearAll } from '../../lib/highlight/paint';
import { findArticle } from '../../lib/page/find-article';
import { buildTextIndex } from '../../lib/page/text-index';
import { forceLayout, type Iterations, samplePhases } from './sample';

/** Timings of both painters plus what each painted. */
export interface PaintBench {
  strings: number;
  policymark: { paint: number[]; clear: number[]; ranges: number };
  markjs: { mark: number[]; unmark: number[]; marks: number };
}

/** Runs mark.js synchronously (it is, without iframes) and returns its `done` count. */
function markAll(marker: Mark, strings: string[]): number {
  let marks = -1;
  marker.mark(strings, { acrossElements: true, separateWordSearch: false, done: (n) => (marks = n) });
  if (marks < 0) throw new Error('mark.js did not finish synchronously');
  return marks;
}

/** PolicyMark first (index and analysis built beforehand, as in the content script), then mark.js on the same root. */
export function benchPaint(it: Iterations): PaintBench {
  const article = findArticle(document, location.href);
  if (!article) throw new Error('no article found');
  const index = buildTextIndex(article.root);
  const analysis = analyze(index.text, { title: article.title, url: location.href });
  if (!analysis.isPolicy) throw new Error('the page is not recognised as a policy article');
  const spans = [...analysis.directives, ...analysis.initiatives];
  const strings = [...new Set(spans.map((s) => index.text.slice(s.start, s.end)))];

  let ranges = 0;
  const [paint = [], clear = []] = samplePhases(
    [
      () => {
        ranges = paintAll(index, analysis, []).length;
        return forceLayout();
      },
      () => {
        clearAll();
        return forceLayout();
      },
    ],
    it,
  );

  const marker = new Mark(article.root);
  let marks = 0;
  const [mark = [], unmark = []] = samplePhases(
    [
      () => {
        marks = markAll(marker, strings);
        return forceLayout();
      },
      () => {
        marker.unmark();
        return forceLayout();
      },
    ],
    it,
  );
  return { strings: strings.length, policymark: { paint, clear, ranges }, markjs: { mark, unmark, marks } };
}
