/** Where a floating panel goes: below the selection if it fits, else above; always inside the viewport. */
import type { Box } from './types';

export function placePanel(
  target: Box,
  panel: { width: number; height: number },
  viewport: { scrollX: number; scrollY: number; width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const below = target.top + target.height + gap;
  const above = target.top - gap - panel.height;
  const fitsBelow = below + panel.height <= viewport.scrollY + viewport.height;
  const fitsAbove = above >= viewport.scrollY;
  const top = fitsBelow || !fitsAbove ? below : above;
  const minLeft = viewport.scrollX + gap;
  const maxLeft = viewport.scrollX + viewport.width - panel.width - gap;
  const left = Math.max(minLeft, Math.min(target.left, maxLeft));
  return { left, top };
}
