import { browser } from 'wxt/browser';
import {
  isRequestType,
  MAX_CONTENT_SCRIPT_REQUEST_BYTES,
  MAX_REQUEST_BYTES,
  parseRequest,
} from '../../lib/messages';
import { getDb } from '../../lib/store/db';
import { handleRequest, makeHandlers } from './handlers';
import { setUpMenusAndCommands } from './menus';
import { placementGate } from './placement-gate';
import { scopeOf, scopeRefusal } from './scope';
import { mayRequest, senderKind } from './sender';
import { watchUserSites } from './site-access';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  const db = getDb();
  const gate = placementGate();
  const handlers = makeHandlers(db, `blob:${origin}/`, gate);
  // Events need no `tabs` permission: what was kept for a closed tab goes with it.
  browser.tabs.onRemoved.addListener((tabId) => gate.forget(tabId));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = senderKind(sender, browser.runtime.id, origin);
    if (kind === null) return Promise.resolve({ ok: false, error: 'sender not allowed' });
    // A content script's bulk request is refused before its payload is serialised or validated.
    const type = (raw as { type?: unknown } | null)?.type;
    if (isRequestType(type) && !mayRequest(kind, type)) {
      return Promise.resolve({ ok: false, error: `${type}: only PolicyMark's own pages send this` });
    }
    // Cheap size guard before validation of very large payloads.
    const limit = kind === 'page' ? MAX_REQUEST_BYTES : MAX_CONTENT_SCRIPT_REQUEST_BYTES;
    if (JSON.stringify(raw ?? null).length > limit) {
      return Promise.resolve({ ok: false, error: 'message too large' });
    }
    const parsed = parseRequest(raw);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
    const scope = scopeOf(kind, sender.url);
    // Only a content script's tab is one to act in: our pages may sit in a tab too (the library).
    const from =
      kind === 'content-script'
        ? { tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId }
        : {};
    return handleRequest(handlers, parsed.request, (request) => scopeRefusal(db, request, scope), from);
  });

  setUpMenusAndCommands();
  watchUserSites();
});
