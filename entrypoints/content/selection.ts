/** Reads the reader's selection as offsets into the article text, and boxes in document coordinates. */
import { describeRange } from '../../lib/anchor/describe';
import type { TextIndex } from '../../lib/page/text-index';
import type { Box, Span } from './ui/types';

export function boxOf(range: Range, win: Window): Box {
  const r = range.getBoundingClientRect();
  return { left: r.left + win.scrollX, top: r.top + win.scrollY, width: r.width, height: r.height };
}

/**
 * The current selection inside the article, clipped to the article root and trimmed of surrounding
 * whitespace, as a toolbar target (a span with its own live range) with its box; null when empty or
 * wholly outside.
 */
export function readSelection(
  win: Window,
  root: Element,
  index: TextIndex,
): ({ kind: 'selection'; box: Box } & Span) | null {
  const sel = win.getSelection();
  // isCollapsed is also true when there is no range (Selection API).
  if (!sel || sel.isCollapsed) return null;
  // A selection running past the article (a drag or triple-click beyond its last paragraph) is clipped to
  // the root, as Hypothesis does; one wholly outside gets nothing.
  const range = sel.getRangeAt(0).cloneRange();
  if (!range.intersectsNode(root)) return null;
  if (!root.contains(range.startContainer)) range.setStart(root, 0);
  if (!root.contains(range.endContainer)) range.setEnd(root, root.childNodes.length);
  const span = index.offsetsOf(range);
  if (!span) return null;
  let { start, end } = span;
  const text = index.text;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  // Null when the trimmed span is empty.
  const live = index.rangeFor(start, end);
  if (!live) return null;
  const { quote } = describeRange(text, start, end);
  return { kind: 'selection', start, end, quote, range: live, box: boxOf(range, win) };
}
