/**
 * Sending a request of the protocol in lib/messages.ts to the background. Typed by that module, but
 * apart from it so that a sender (the content script) does not load the request schemas.
 */
import { browser } from 'wxt/browser';
import { errorText } from './error-text';
import type { Reply, RequestPayload, RequestType } from './messages';

/**
 * Longest text a content script sends to be read in simplified characters (its JSON stays under 1 MiB).
 * The `text:simplify` schema in lib/messages.ts holds requests to it.
 */
export const MAX_SIMPLIFY_CHARS = 100_000;

/** How long one attempt of a quick request waits for the background (a worker can hang, e.g. on a blocked database). */
export const REPLY_TIMEOUT_MS = 4000;

/** Small, idempotent requests: an attempt the background does not answer in time is sent again. */
const RESEND_LATE: ReadonlySet<RequestType> = new Set<RequestType>([
  'annotation:save',
  // Applying the same change twice changes nothing (updateAnnotation lets a repeat of an edit pass).
  'annotation:update',
  'annotation:delete',
  'annotations:for-page',
  // A report says the whole outcome of a page: sending it twice writes nothing the second time.
  'annotations:placed',
  'page:seen',
  'text:simplify',
  // Running the UI's or another script again only sets the same function again.
  'ui:load',
  'script:load',
]);

/**
 * Send a typed request to the background and return its reply. Retries when the service worker was
 * asleep or restarted mid-request; a quick request (RESEND_LATE) is also sent again when an attempt
 * gets no answer within `timeoutMs`. Saves and deletes are idempotent, so a retry never duplicates a
 * note; imports, restores and "open" are never sent twice for lateness. After the last attempt the
 * reply is an error the caller shows.
 */
export async function sendRequest<T extends RequestType>(
  type: T,
  payload: RequestPayload<T>,
  attempts = 4,
  timeoutMs = RESEND_LATE.has(type) ? REPLY_TIMEOUT_MS : 0,
): Promise<Reply<T>> {
  let lastError = 'no reply';
  for (let i = 0; i < attempts || i === 0; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** i));
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const reply = await Promise.race([
        browser.runtime.sendMessage({ type, payload }),
        new Promise((_, no) => {
          if (timeoutMs > 0)
            timer = setTimeout(
              no,
              timeoutMs,
              new Error(`the background did not answer within ${timeoutMs / 1000} s`),
            );
        }),
      ]);
      if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Reply<T>;
      lastError = 'the background gave no reply';
    } catch (error) {
      lastError = errorText(error);
    } finally {
      clearTimeout(timer);
    }
  }
  return { ok: false, error: lastError };
}
