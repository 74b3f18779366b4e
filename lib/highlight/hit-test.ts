/**
 * Hit-testing for painted highlights: the Custom Highlight API has no events,
 * so a click is mapped to a caret position (`caretPositionFromPoint`, in every
 * browser the extension runs on: Chrome from 128, its minimum version, Firefox
 * from long before 140), its text offset, and compared with the ranges.
 */

/** Whether the point lies within one of the range's client rectangles (a caret can land beside a range). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The first item whose text span contains `offset` and whose range is under the point. */
export function hitTest<T extends { start: number; end: number; range: Range }>(
  items: readonly T[],
  offset: number,
  x: number,
  y: number,
): T | undefined {
  return items.find((it) => offset >= it.start && offset <= it.end && rangeContainsPoint(it.range, x, y));
}
