/**
 * Tells the content scripts of the open tabs that notes of some pages changed, so a second tab on the
 * same article repaints (and stops painting a deleted note) instead of acting on its stale copy. Each tab
 * hears only of the addresses of its own site: a page on one site is not told which pages of another
 * site the reader annotates.
 */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages';
import { sameSite } from '../../lib/page/profiles';
import { hostOf } from '../../lib/page/site';

/**
 * The addresses of `byHost` (addresses grouped by host) on the site of a tab showing `tabUrl`: the same
 * rule as the scope of a content script's requests (scope.ts), so a tab is told of every address its
 * page files notes under (canonical addresses are on the page's site) and of no other. None for a tab
 * whose address the browser does not show us (a site we have no permission on: no content script of ours).
 */
export function addressesForTab(byHost: ReadonlyMap<string, string[]>, tabUrl: string | undefined): string[] {
  const tabHost = hostOf(tabUrl);
  if (tabHost === '') return [];
  const own: string[] = [];
  for (const [host, urls] of byHost) if (host !== '' && sameSite(host, tabHost)) own.push(...urls);
  return own;
}

/**
 * Send `tab:changed` with the distinct `urls` of its site to every tab but `except` (the sender, which
 * has updated itself); a tab with none of them is sent nothing. Tabs without our content script refuse the
 * message; that and any other failure is ignored: this is a courtesy after the write, which has already
 * succeeded.
 */
export async function notifyTabs(urls: string[], except?: number): Promise<void> {
  if (urls.length === 0) return;
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = hostOf(url);
    const same = byHost.get(host);
    if (same) same.push(url);
    else byHost.set(host, [url]);
  }
  try {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) => {
        if (tab.id === undefined || tab.id === except) return undefined;
        const own = addressesForTab(byHost, tab.url);
        if (own.length === 0) return undefined;
        const message: TabRequest = { type: 'tab:changed', urls: own };
        return browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }),
    );
  } catch {
    // No tabs API here (tests' fake browser): nobody to tell.
  }
}
