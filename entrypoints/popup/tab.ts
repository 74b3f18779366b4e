/** The tab the popup speaks about: `?tab=<id>` when given (tests, library links), else the active tab. */
import { browser } from 'wxt/browser';
import type { TabInfo, TabRequest } from '../../lib/messages';

export async function currentTabId(search = location.search): Promise<number | null> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Ask the tab's content script what it found; null when PolicyMark is not running there. */
export async function tabInfo(tabId: number): Promise<TabInfo | null> {
  const message: TabRequest = { type: 'tab:info' };
  const reply = (await browser.tabs.sendMessage(tabId, message).catch(() => null)) as TabInfo | null;
  return reply && typeof reply.url === 'string' ? reply : null;
}

export async function scrollTab(
  tabId: number,
  target: Extract<TabRequest, { type: 'tab:scroll-to' }>['target'],
) {
  const message: TabRequest = { type: 'tab:scroll-to', target };
  // True when the page scrolled to it; false when it is not on the page (an orphan) or the page did not answer.
  return (await browser.tabs.sendMessage(tabId, message).catch(() => false)) === true;
}
