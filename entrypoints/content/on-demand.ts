/**
 * Code the content script does not carry, loaded on first need: the background runs its script
 * (entrypoints/page-fuzzy.ts, page-english.ts) in this frame, and the script leaves one function where
 * this module finds it, in the isolated world they share (docs/design.md, "Code on first need").
 */
import { type OnDemandScript, sendRequest } from '../../lib/send-request';

/** Where each script leaves its function. */
export const ON_DEMAND_GLOBALS = {
  fuzzy: '__policymarkFindFuzzy',
  english: '__policymarkEnglishNames',
} as const satisfies Record<OnDemandScript, string>;

/** The script's function when it has run in this frame. */
export function loaded<F>(script: OnDemandScript): F | null {
  const f = (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS[script]];
  return typeof f === 'function' ? (f as F) : null;
}

const loading = new Map<OnDemandScript, Promise<unknown>>();

/** The script's function, loaded once; null when it cannot be (the next call asks again). */
export function load<F>(script: OnDemandScript): Promise<F | null> {
  let p = loading.get(script) as Promise<F | null> | undefined;
  if (!p) {
    p = sendRequest('script:load', { script }).then((reply) => {
      const f = loaded<F>(script);
      if (!f) {
        loading.delete(script);
        console.warn(
          `PolicyMark: the ${script} script did not load (${reply.ok ? 'no function' : reply.error})`,
        );
      }
      return f;
    });
    loading.set(script, p);
  }
  return p;
}
