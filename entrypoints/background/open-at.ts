/**
 * Opens an annotation's page at the annotation: in the tab that already shows the page, brought to the
 * front, or else in a new tab; once the content script is up, it scrolls to the annotation (or says that
 * its words are no longer on the page).
 */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages';
import { cleanAddress } from '../../lib/page/canonical-url';

/** A tab showing the page filed under `pageUrl` (tabs of sites we may read: their addresses are visible). */
async function tabShowing(pageUrl: string): Promise<{ id: number; windowId?: number } | undefined> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const tab = tabs.find((t) => t.id !== undefined && t.url !== undefined && cleanAddress(t.url) === pageUrl);
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId };
}

/** `url` is where a new tab opens (the page with a text fragment), `pageUrl` the address notes are filed under. */
export async function openAtAnnotation(url: string, pageUrl: string, annotationId: string): Promise<void> {
  const open = await tabShowing(pageUrl);
  let tabId: number | undefined;
  if (open) {
    tabId = open.id;
    await browser.tabs.update(tabId, { active: true });
    if (open.windowId !== undefined)
      await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
  } else tabId = (await browser.tabs.create({ url })).id;
  if (tabId === undefined) return;
  const message: TabRequest = { type: 'tab:scroll-to', target: { annotationId }, sayGone: true };
  // The content script starts at document_idle and anchors asynchronously: ask a few times.
  for (let i = 0; i < 40; i++) {
    if (!open || i > 0) await new Promise((r) => setTimeout(r, 250));
    const done = await browser.tabs.sendMessage(tabId, message).catch(() => false);
    if (done === true) return;
    // A tab that was open already and does not answer (its site paused, or its script left behind by an
    // update of the extension) goes to the note's address: the browser finds the words by the address's
    // text fragment, and a new script answers.
    if (open && i === 3) await browser.tabs.update(tabId, { url }).catch(() => {});
  }
}
