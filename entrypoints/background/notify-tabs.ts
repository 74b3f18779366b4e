/**
 * Tells the content scripts of every open tab that notes of some pages changed, so a second tab on the
 * same article repaints (and stops painting a deleted note) instead of acting on its stale copy.
 */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages';

/**
 * Send `tab:changed` with the distinct `urls` to every tab but `except` (the sender, which has updated
 * itself). Tabs without our content script refuse the message; that and any other failure is ignored:
 * this is a courtesy after the write, which has already succeeded.
 */
export async function notifyTabs(urls: string[], except?: number): Promise<void> {
  if (urls.length === 0) return;
  const message: TabRequest = { type: 'tab:changed', urls: [...new Set(urls)] };
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined || tab.id === except
          ? undefined
          : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
      ),
    );
  } catch {
    // No tabs API here (tests' fake browser): nobody to tell.
  }
}
