/**
 * Sites the reader enabled beyond the built-in news hosts: an optional host
 * permission granted at the popup's "Enable on this site", plus a dynamic
 * content-script registration that follows the permission.
 */
import { browser } from 'wxt/browser';
import { NEWS_HOST_PATTERNS } from '../../lib/hosts';

const SCRIPT_ID = 'policymark-user-sites';

/** Register the content script on every optional origin currently granted. */
export async function syncUserSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const builtIn = new Set<string>(NEWS_HOST_PATTERNS);
  const extra = origins.filter((o) => !builtIn.has(o) && o !== '*://*/*');
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (extra.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: extra,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export function watchUserSites(): void {
  browser.permissions.onAdded.addListener(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
}
