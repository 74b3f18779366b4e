/**
 * Which page a content script may report on (`annotations:placed`), and how often it is heard. A report is
 * taken only for the address the sending document last read the notes of (`annotations:for-page`), as this
 * worker remembers it, in memory, per tab (with the frame and, in Chrome, the document); a worker that
 * restarted remembers nothing and refuses until the page reads its notes again, which its next run does
 * (a load, `tab:changed`, an address change in place) before it reports. A tab's reports are applied at
 * most once every REPORT_INTERVAL_MS; one that comes sooner waits for the end of the interval, and a later
 * one replaces it (the latest wins), so a flood of reports costs one read, and at most one write, a tab
 * and interval.
 */
import type { From } from './handlers';

/** At most one report a tab is applied in this time. */
export const REPORT_INTERVAL_MS = 5000;

/** The document that last read a page's notes in a tab, and that page. */
interface Reader {
  frameId?: number;
  documentId?: string;
  url: string;
}

/** A tab's last applied report and the one waiting for the interval to end. */
interface Slot {
  last: number;
  pending?: () => Promise<unknown>;
  timer?: ReturnType<typeof setTimeout>;
}

export interface PlacementGate {
  /** The document `from` read the notes of `url` (content scripts only: our pages have no tab here). */
  read(from: From, url: string): void;
  /** True when `from` is the document that last read the notes of `url` in its tab. */
  mayReport(from: From, url: string): boolean;
  /** Apply `write` now, or later if the tab's last report was applied less than the interval ago (0 then). */
  throttle(tabId: number, write: () => Promise<number>): Promise<number>;
  /** A tab closed: what was kept for it goes, a waiting report with it. */
  forget(tabId: number): void;
}

export function placementGate(now: () => number = Date.now): PlacementGate {
  const readers = new Map<number, Reader>();
  const slots = new Map<number, Slot>();
  return {
    read({ tabId, frameId, documentId }, url) {
      if (tabId !== undefined) readers.set(tabId, { frameId, documentId, url });
    },
    mayReport({ tabId, frameId, documentId }, url) {
      const reader = tabId === undefined ? undefined : readers.get(tabId);
      return (
        reader !== undefined &&
        reader.url === url &&
        reader.frameId === frameId &&
        reader.documentId === documentId
      );
    },
    throttle(tabId, write) {
      const at = now();
      const slot = slots.get(tabId);
      // A report already waiting is replaced, never overtaken: it would be applied after this one.
      if (!slot || (slot.timer === undefined && at - slot.last >= REPORT_INTERVAL_MS)) {
        slots.set(tabId, { last: at });
        return write();
      }
      slot.pending = write;
      slot.timer ??= setTimeout(
        () => {
          const run = slot.pending;
          slot.pending = slot.timer = undefined;
          slot.last = now();
          // Nobody waits for its answer: a failed write is left to the page's next report.
          void run?.().catch(() => undefined);
        },
        Math.max(0, slot.last + REPORT_INTERVAL_MS - at),
      );
      return Promise.resolve(0);
    },
    forget(tabId) {
      readers.delete(tabId);
      clearTimeout(slots.get(tabId)?.timer);
      slots.delete(tabId);
    },
  };
}
