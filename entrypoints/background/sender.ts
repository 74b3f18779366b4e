/** Decides whether a message comes from one of our own content scripts or extension pages. */
import type { Browser } from 'wxt/browser';
import type { RequestType } from '../../lib/messages';

export type SenderKind = 'page' | 'content-script';

/** Our extension pages (popup, library), our content scripts in an http(s) tab, or neither (null). */
export function senderKind(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return 'page';
  return sender.tab !== undefined && /^https?:/.test(sender.url ?? '') ? 'content-script' : null;
}

/**
 * What a content script sends. The bulk requests (delete many, restore, import) and opening tabs come
 * only from our pages, so a content script in a compromised renderer cannot wipe, restore or import in
 * one request (it can still save, read and delete its own site's notes one at a time: scope.ts).
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'annotation:save',
  'annotation:update',
  'annotation:delete',
  'annotations:for-page',
  'annotations:placed',
  'page:seen',
  'text:simplify',
  'ui:load',
  'script:load',
]);

export function mayRequest(kind: SenderKind, type: RequestType): boolean {
  return kind === 'page' || CONTENT_SCRIPT_REQUESTS.has(type);
}
