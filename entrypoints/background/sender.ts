/** Decides whether a message comes from one of our own content scripts or extension pages. */
import type { Browser } from 'wxt/browser';

export function isTrustedSender(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  // Our extension pages (popup, library).
  if (sender.url?.startsWith(extensionOrigin)) return true;
  // Our content scripts run in a tab, in a top-level http(s) page.
  return sender.tab !== undefined && /^https?:/.test(sender.url ?? '');
}
