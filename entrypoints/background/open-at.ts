/** Opens an annotation's page in a new tab and, once the content script is up, scrolls to the annotation. */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages';

export async function openAtAnnotation(url: string, annotationId: string): Promise<void> {
  const tab = await browser.tabs.create({ url });
  const tabId = tab.id;
  if (tabId === undefined) return;
  const message: TabRequest = { type: 'tab:scroll-to', target: { annotationId } };
  // The content script starts at document_idle and anchors asynchronously: ask a few times.
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const done = await browser.tabs.sendMessage(tabId, message).catch(() => false);
    if (done === true) return;
  }
}
