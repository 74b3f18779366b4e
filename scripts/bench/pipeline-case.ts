/**
 * Case 1 (runs in the page): the content script's work — find the article, build the text index, analyze,
 * paint — against a floor of one TreeWalker pass over the article plus one regular-expression pass.
 */
import { paintAll } from '../../entrypoints/content/painter';
import { analyze } from '../../lib/detect';
import { clearAll } from '../../lib/highlight/paint';
import { canonicalUrl } from '../../lib/page/canonical-url';
import { findArticle } from '../../lib/page/find-article';
import { buildTextIndex } from '../../lib/page/text-index';
import { type Iterations, samplePhases, sink } from './sample';
import { median } from './stats';

/** What one pipeline run found (to check the run did real work). */
export interface PipelineOutcome {
  profile: string;
  chars: number;
  isPolicy: boolean;
  directives: number;
  initiatives: number;
  painted: number;
}

/** The content script's analysis and painting of `doc` (entrypoints/content/page-state.ts analysePage + painter). */
export function runPipeline(doc: Document, url: string): PipelineOutcome {
  const article = findArticle(doc, url);
  if (!article) throw new Error('no article found');
  const index = buildTextIndex(article.root);
  const analysis = analyze(index.text, { title: article.title, url });
  canonicalUrl(doc, url);
  const painted = paintAll(index, analysis, []).length;
  return {
    profile: article.profile,
    chars: index.text.length,
    isPolicy: analysis.isPolicy,
    directives: analysis.directives.length,
    initiatives: analysis.initiatives.length,
    painted,
  };
}

/** Markers and document names a naive highlighter would look for in one pass. */
const FLOOR_PATTERN =
  /[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，,、是]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|《[^《》\n]{1,100}》/g;

/** The floor: collect the text under `root` with one TreeWalker, then one regular-expression pass; returns the match count. */
export function runFloor(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  const text = parts.join('');
  let count = 0;
  FLOOR_PATTERN.lastIndex = 0;
  while (FLOOR_PATTERN.exec(text)) count++;
  return count;
}

/** Median ms of each pipeline stage over `runs` runs (a breakdown for diagnosis; the total is timed separately). */
export function stageTimes(doc: Document, url: string, runs: number): Record<string, number> {
  const stages: Record<string, number[]> = {
    findArticle: [],
    buildTextIndex: [],
    analyze: [],
    canonicalUrl: [],
    paintAll: [],
  };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const article = findArticle(doc, url);
    if (!article) throw new Error('no article found');
    const t1 = performance.now();
    const index = buildTextIndex(article.root);
    const t2 = performance.now();
    const analysis = analyze(index.text, { title: article.title, url });
    const t3 = performance.now();
    canonicalUrl(doc, url);
    const t4 = performance.now();
    paintAll(index, analysis, []);
    const t5 = performance.now();
    clearAll();
    stages.findArticle?.push(t1 - t0);
    stages.buildTextIndex?.push(t2 - t1);
    stages.analyze?.push(t3 - t2);
    stages.canonicalUrl?.push(t4 - t3);
    stages.paintAll?.push(t5 - t4);
  }
  return Object.fromEntries(Object.entries(stages).map(([k, xs]) => [k, median(xs)]));
}

/**
 * One cold run in a page that has run nothing yet: what the reader's page load pays, before V8 has
 * optimised anything. `floor` times the floor instead (its article root found first, untimed). Also
 * returns what was found (ranges painted, or the floor's matches), so a run that did nothing is caught.
 */
export function firstRun(kind: 'pipeline' | 'floor'): { ms: number; found: number } {
  const url = location.href;
  if (kind === 'floor') {
    const root = findArticle(document, url)?.root;
    if (!root) throw new Error('no article found');
    const t0 = performance.now();
    const found = runFloor(root);
    return { ms: performance.now() - t0, found };
  }
  const t0 = performance.now();
  const outcome = runPipeline(document, url);
  const ms = performance.now() - t0;
  sink.push(outcome);
  return { ms, found: outcome.painted };
}

/** Pipeline and floor timed alternately on the current page; the floor gets the article root found beforehand. */
export function benchPipeline(it: Iterations): {
  pipeline: number[];
  floor: number[];
  outcome: PipelineOutcome;
  floorMatches: number;
  stages: Record<string, number>;
  steady: { pipeline: number; floor: number; after: number };
} {
  const url = location.href;
  const root = findArticle(document, url)?.root;
  if (!root) throw new Error('no article found');
  const phases = [() => runPipeline(document, url), () => runFloor(root), () => clearAll()];
  const [pipeline = [], floor = []] = samplePhases(phases, it);
  const outcome = runPipeline(document, url);
  clearAll();
  const stages = stageTimes(document, url, Math.max(1, it.runs));
  // A diagnosis, no target: the same pair once V8 has had many more runs to optimise the pipeline's code
  // (the floor is native code from its first run), to tell the cost of warming up from the cost of the work.
  const extra = { warmup: 3 * it.runs, runs: it.runs };
  const [late = [], lateFloor = []] = samplePhases(phases, extra);
  const after = it.warmup + 2 * it.runs + extra.warmup;
  return {
    pipeline,
    floor,
    outcome,
    floorMatches: runFloor(root),
    stages,
    steady: { pipeline: median(late), floor: median(lateFloor), after },
  };
}
