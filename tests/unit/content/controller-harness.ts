/**
 * Running the content script's controller (entrypoints/content/controller.ts) in happy-dom under fake
 * timers: a stand-in for the CSS Custom Highlight API and for WXT's content-script context. Each test file
 * mocks lib/send-request itself (vi.mock is hoisted per file).
 */
import { vi } from 'vitest';

/** What the controller reports to the library (`page:seen`), as the tests read it. */
export interface Seen {
  isPolicy: boolean;
  initiatives: unknown[];
}

/** Fake timers, and the highlight registry happy-dom lacks. */
export function controllerEnvironment(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  const g = globalThis as Record<string, unknown>;
  g.CSS = { highlights: new Map() };
  g.Highlight = class extends Set<unknown> {
    priority = 0;
    constructor(...ranges: unknown[]) {
      super(ranges);
    }
  };
}

/** Starts the controller on the current document, and lets its first run finish. */
export async function startController(): Promise<void> {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const controller = await import('../../../entrypoints/content/controller');
  const ctx = {
    isInvalid: false,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    addEventListener: (t: EventTarget, e: string, f: EventListener, o?: AddEventListenerOptions) =>
      t.addEventListener(e, f, o),
    onInvalidated: () => () => undefined,
  };
  void controller.startController(ctx as never);
  contexts.push(ctx);
  await vi.advanceTimersByTimeAsync(50);
}

/** The contexts of the controllers started, for `endControllers`. */
const contexts: Array<{ isInvalid: boolean; setTimeout: (f: () => void, ms: number) => unknown }> = [];

/**
 * End the controllers started so far, as far as a test needs: they run nothing more, so one started by
 * an earlier test (same document) does not act in the next. Their timers do nothing, their runs stop.
 */
export function endControllers(): void {
  for (const ctx of contexts.splice(0)) {
    ctx.isInvalid = true;
    ctx.setTimeout = () => 0;
  }
}
