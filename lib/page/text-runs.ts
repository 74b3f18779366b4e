/**
 * The DOM walk behind the text index: one pass over the article root by the rules of
 * text-rules.ts, producing the article text and the runs that map it back to text nodes.
 */
import { BLOCK, elementBits, isBlockElement, isSpaceCode, SKIPPED } from './text-rules';

/** A stretch of the text copied 1:1 from one text node: text[textStart + i] comes from node.data[nodeOffset + i]. */
export interface Run {
  node: Text;
  nodeOffset: number;
  textStart: number;
  length: number;
}

/** The DOM walk: emits text chunks as runs, inserting one "\n" per paragraph boundary and one " " per space run. */
export function collectRuns(root: Element): { text: string; runs: Run[] } {
  const parts: string[] = [];
  const runs: Run[] = [];
  let length = 0;
  let atParagraphStart = true;
  let pendingBreak = false;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;

  const pushRun = (node: Text, nodeOffset: number, chunk: string): void => {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.node === node &&
      last.nodeOffset + last.length === nodeOffset &&
      last.textStart + last.length === length
    ) {
      last.length += chunk.length;
    } else runs.push({ node, nodeOffset, textStart: length, length: chunk.length });
    parts.push(chunk);
    length += chunk.length;
  };

  const emit = (node: Text, nodeOffset: number, chunk: string): void => {
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    } else if (spaceNode) pushRun(spaceNode, spaceOffset, ' ');
    pendingBreak = false;
    spaceNode = null;
    atParagraphStart = false;
    pushRun(node, nodeOffset, chunk);
  };

  const addText = (node: Text): void => {
    const data = node.data;
    const n = data.length;
    let i = 0;
    // Whitespace runs found by code unit (a RegExp with this non-Latin-1 class cannot skip ahead, and
    // costed more than the rest of the walk).
    for (let at = 0; at < n; at++) {
      if (!isSpaceCode(data.charCodeAt(at))) continue;
      let end = at + 1;
      while (end < n && isSpaceCode(data.charCodeAt(end))) end++;
      if (at > i) emit(node, i, data.slice(i, at));
      if (!atParagraphStart && !pendingBreak && !spaceNode) {
        spaceNode = node;
        spaceOffset = at;
      }
      i = end;
      at = end - 1;
    }
    if (i < n) emit(node, i, i === 0 ? data : data.slice(i));
  };

  const breakParagraph = (): void => {
    pendingBreak = true;
    atParagraphStart = true;
    spaceNode = null;
  };

  let n: Node | null = root.firstChild;
  walk: while (n) {
    const type = n.nodeType;
    // One reading of each element's tag name and attributes on the way down.
    const bits = type === 1 ? elementBits(n as Element) : SKIPPED;
    if (type === 3) addText(n as Text);
    else if (!(bits & SKIPPED)) {
      if (bits & BLOCK) breakParagraph();
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    }
    for (;;) {
      const next: Node | null = n.nextSibling;
      if (next) {
        n = next;
        continue walk;
      }
      const parent: Node | null = n.parentNode;
      if (!parent || parent === root) break walk;
      if (isBlockElement(parent as Element)) breakParagraph();
      n = parent;
    }
  }
  return { text: parts.join(''), runs };
}
