/**
 * Code the content script does not carry, loaded on first need: the background runs its script
 * (entrypoints/page-fuzzy.ts, page-english.ts) in this frame, and the script leaves one function where
 * this module finds it, in the isolated world they share (docs/design.md, "Code on first need").
 */
import { ON_DEMAND_GLOBALS, type OnDemandScript, ownFunction } from '../../lib/on-demand';
import { sendRequest } from '../../lib/send-request';
import { RETRY_MS } from './ui/load';

/** The script's function when it has run in this frame (`ownFunction`), or null. */
export function loaded<F>(script: OnDemandScript): F | null {
  return ownFunction<F>(ON_DEMAND_GLOBALS[script]);
}

const loading = new Map<OnDemandScript, Promise<unknown>>();
/** When each script last failed to load: it is asked for again only RETRY_MS later, not at every run. */
const failedAt = new Map<OnDemandScript, number>();

/** The script's function, loaded once; null when it cannot be (asked for again after RETRY_MS). */
export function load<F>(script: OnDemandScript): Promise<F | null> {
  let p = loading.get(script) as Promise<F | null> | undefined;
  if (p) return p;
  if (performance.now() - (failedAt.get(script) ?? Number.NEGATIVE_INFINITY) < RETRY_MS)
    return Promise.resolve(null);
  p = sendRequest('script:load', { script }).then((reply) => {
    const f = loaded<F>(script);
    if (!f) {
      loading.delete(script);
      failedAt.set(script, performance.now());
      console.warn(
        `PolicyMark: the ${script} script did not load (${reply.ok ? 'no function' : reply.error})`,
      );
    }
    return f;
  });
  loading.set(script, p);
  return p;
}
