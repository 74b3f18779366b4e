/**
 * The article text — the coordinate system of detection, stored selectors and painting — built
 * from one DOM walk by the tag-name rules of docs/page.md, with offsets ⇄ DOM points both ways.
 */
import { collectRuns, type Run } from './text-runs';

/** Which way a DOM point that maps to no character (collapsed space, skipped subtree) snaps. */
export type SnapBias = 'forward' | 'backward';

/** The article text of one root and the mapping between its offsets and DOM points. */
export interface TextIndex {
  readonly text: string;
  /** A live DOM Range covering text[start, end) — boundaries on text nodes; null when out of bounds or empty. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * Text offset of a DOM boundary point (e.g. from Selection.getRangeAt(0)); null if outside the indexed
   * root. Points inside collapsed whitespace or skipped subtrees snap to the nearest valid offset:
   * the next character by default (`forward`), the end of the previous one with `backward`.
   */
  offsetAt(node: Node, offset: number, bias?: SnapBias): number | null;
  /** Text offsets of a DOM range (start snaps forward, end backward, so no stray "\n" at either edge); null if outside. */
  offsetsOf(range: AbstractRange): { start: number; end: number } | null;
}

/** Walks `root` once and returns its article text with the offset mapping (stale after DOM changes: rebuild). */
export function buildTextIndex(root: Element): TextIndex {
  const { text, runs } = collectRuns(root);
  // The first and last run of each text node, built when a DOM point is first mapped (painting and
  // anchoring only go from offsets to DOM points).
  let byNode: Map<Node, [number, number]> | null = null;
  const spanOf = (node: Node): [number, number] | undefined => {
    if (!byNode) {
      const map = new Map<Node, [number, number]>();
      runs.forEach((run, i) => {
        const span = map.get(run.node);
        if (span) span[1] = i;
        else map.set(run.node, [i, i]);
      });
      byNode = map;
    }
    return byNode.get(node);
  };
  const doc = root.ownerDocument;

  /** Index of the last run for which `before` holds (it holds for a prefix of the runs); -1 if none. */
  const lastRun = (before: (run: Run) => boolean): number => {
    let lo = 0;
    let hi = runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (before(runs[mid] as Run)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  /** Snaps the gap between run `before` and run `before + 1` to a text offset. */
  const snapGap = (before: number, bias: SnapBias): number => {
    if (bias === 'forward') {
      const next = runs[before + 1];
      return next ? next.textStart : text.length;
    }
    const prev = runs[before];
    return prev ? prev.textStart + prev.length : 0;
  };

  /** Index of the last run that starts strictly before the DOM point (never inside an indexed text node). */
  const lastRunBeforePoint = (node: Node, offset: number): number | null => {
    const probe = doc.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    return lastRun((run) => probe.comparePoint(run.node, run.nodeOffset) < 0);
  };

  const offsetAt = (node: Node, offset: number, bias: SnapBias = 'forward'): number | null => {
    if (!root.contains(node)) return null;
    const span = spanOf(node);
    if (!span) {
      const before = lastRunBeforePoint(node, offset);
      return before === null ? null : snapGap(before, bias);
    }
    if (offset < 0 || offset > (node as Text).data.length) return null;
    for (let i = span[0]; i <= span[1]; i++) {
      const run = runs[i] as Run;
      if (offset < run.nodeOffset) return snapGap(i - 1, bias);
      if (offset <= run.nodeOffset + run.length) return run.textStart + offset - run.nodeOffset;
    }
    return snapGap(span[1], bias);
  };

  return {
    text,
    rangeFor(start, end) {
      if (
        !(Number.isInteger(start) && Number.isInteger(end)) ||
        start < 0 ||
        end > text.length ||
        start >= end
      ) {
        return null;
      }
      let first = lastRun((run) => run.textStart <= start);
      let startRun = runs[first] as Run;
      if (start >= startRun.textStart + startRun.length) {
        first += 1;
        startRun = runs[first] as Run;
        start = startRun.textStart;
      }
      const endRun = runs[lastRun((run) => run.textStart < end)] as Run;
      const endInRun = Math.min(end - endRun.textStart, endRun.length);
      const range = doc.createRange();
      // Collapse onto the start node first: setting a boundary far from (document, 0) is slow in some DOMs.
      try {
        range.selectNodeContents(startRun.node);
        range.setStart(startRun.node, startRun.nodeOffset + start - startRun.textStart);
        range.setEnd(endRun.node, endRun.nodeOffset + endInRun);
      } catch {
        // The page changed under the index (a text node shrank) before the debounced rebuild.
        return null;
      }
      return range;
    },
    offsetAt,
    offsetsOf(range) {
      const start = offsetAt(range.startContainer, range.startOffset, 'forward');
      const end = offsetAt(range.endContainer, range.endOffset, 'backward');
      if (start === null || end === null) return null;
      return { start, end: Math.max(start, end) };
    },
  };
}
