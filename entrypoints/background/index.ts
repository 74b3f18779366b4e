import { browser } from 'wxt/browser';
import { MAX_REQUEST_BYTES, parseRequest } from '../../lib/messages';
import { getDb } from '../../lib/store/db';
import { handleRequest, makeHandlers } from './handlers';
import { setUpMenusAndCommands } from './menus';
import { mayRequest, senderKind } from './sender';
import { watchUserSites } from './site-access';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  const handlers = makeHandlers(getDb(), `blob:${origin}/`);

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = senderKind(sender, browser.runtime.id, origin);
    if (kind === null) return Promise.resolve({ ok: false, error: 'sender not allowed' });
    // Cheap size guard before validation of very large payloads.
    if (JSON.stringify(raw ?? null).length > MAX_REQUEST_BYTES) {
      return Promise.resolve({ ok: false, error: 'message too large' });
    }
    const parsed = parseRequest(raw);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
    if (!mayRequest(kind, parsed.request.type)) {
      return Promise.resolve({
        ok: false,
        error: `${parsed.request.type}: only PolicyMark's own pages send this`,
      });
    }
    return handleRequest(handlers, parsed.request);
  });

  setUpMenusAndCommands();
  watchUserSites();
});
