/**
 * Table-of-contents copies: headings listed under a 目录 line, or a heading that reappears later
 * with the same marker and headline while its own paragraph is followed by another short line.
 */
import type { Item } from './item';
import { endsLikeSentence, type Paragraph } from './text';

const MAX_TOC_LINE = 60;

/** True when paragraph `i` is a short line that is not a sentence (a heading or a TOC entry). */
function isShortLine(text: string, paras: readonly Paragraph[], i: number): boolean {
  const p = paras[i];
  return p !== undefined && p.end - p.start <= MAX_TOC_LINE && !endsLikeSentence(text, p);
}

/** Folds a marker for comparison: no trailing punctuation, no spaces. */
function foldMarker(m: string): string {
  return m.replace(/[\s，,、：:.．]+$/u, '');
}

/** Sets `inToc` on items that are table-of-contents copies. */
export function markToc(text: string, paras: readonly Paragraph[], items: Item[]): void {
  const tocParas = new Set<number>();
  for (const p of paras) {
    if (p.end - p.start > 8) continue;
    const line = text.slice(p.start, p.end).replace(/[\s:：]/g, '');
    if (line !== '目录' && line !== 'Contents' && line !== 'CONTENTS') continue;
    // The block runs over short lines and ends where a line repeats (the body starts again).
    const seen = new Set<string>();
    for (let i = p.index + 1; i < paras.length && isShortLine(text, paras, i); i++) {
      const q = paras[i] as Paragraph;
      const line = text.slice(q.start, q.end);
      if (seen.has(line)) break;
      seen.add(line);
      tocParas.add(i);
    }
  }
  // Each item's marker and headline, to find its copies.
  const keys = items.map((it) => `${foldMarker(it.marker)}|${text.slice(it.textStart, it.textEnd).trim()}`);
  const lastByKey = new Map<string, number>();
  keys.forEach((key, i) => {
    lastByKey.set(key, i);
  });
  items.forEach((it, i) => {
    if (tocParas.has(it.para)) {
      it.inToc = true;
      return;
    }
    if (!it.paraStart || it.rank === undefined) return;
    const last = lastByKey.get(keys[i] as string);
    if (
      last !== undefined &&
      last > i &&
      isShortLine(text, paras, it.para + 1) &&
      isShortLine(text, paras, it.para)
    ) {
      it.inToc = true;
    }
  });
}
