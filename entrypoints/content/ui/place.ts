/** Where a floating panel goes: below the selection if it fits, else above; always inside the viewport. */
import type { Box } from './types';

/** Estimated panel sizes, used to keep panels inside the viewport. */
export const PANEL_SIZE = { toolbar: { width: 340, height: 40 }, card: { width: 322, height: 230 } } as const;

export function placePanel(
  target: Box,
  panel: { width: number; height: number },
  /** The window, or any object with its scroll offsets and inner size. */
  viewport: { scrollX: number; scrollY: number; innerWidth: number; innerHeight: number },
  gap = 8,
): { left: number; top: number } {
  const below = target.top + target.height + gap;
  const above = target.top - gap - panel.height;
  const fitsBelow = below + panel.height <= viewport.scrollY + viewport.innerHeight;
  const fitsAbove = above >= viewport.scrollY;
  // A selection taller than the viewport leaves room on neither side: the panel then overlaps it at the
  // viewport's nearer edge rather than sit out of sight.
  const top =
    fitsBelow || fitsAbove
      ? fitsBelow
        ? below
        : above
      : Math.max(
          viewport.scrollY + gap,
          Math.min(below, viewport.scrollY + viewport.innerHeight - panel.height - gap),
        );
  const minLeft = viewport.scrollX + gap;
  const maxLeft = viewport.scrollX + viewport.innerWidth - panel.width - gap;
  const left = Math.max(minLeft, Math.min(target.left, maxLeft));
  return { left, top };
}
