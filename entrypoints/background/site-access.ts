/**
 * Sites the reader enabled beyond the built-in news hosts. "Enable on this site" in the popup asks for
 * the optional host permission and records the origin (`policymark:enabled-sites`); the content script
 * is registered on every recorded origin whose permission is still granted, and follows both the list
 * and the permission (removed in the browser's settings, for instance).
 */
import { browser } from 'wxt/browser';
import { ENABLED_KEY, onListChange, readList } from '../../lib/store/settings';

const SCRIPT_ID = 'policymark-user-sites';

/** Register the content script on every enabled origin that is still granted. */
export async function syncUserSites(): Promise<void> {
  const enabled = await readList(ENABLED_KEY);
  const granted: string[] = [];
  for (const origin of enabled)
    if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: granted,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Keep the registration in step; calls made while one is running are folded into one more run. */
export function watchUserSites(): void {
  let running: Promise<void> | null = null;
  let again = false;
  const sync = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = syncUserSites()
      .catch((error: unknown) => console.warn('PolicyMark: site registration failed', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          sync();
        }
      });
  };
  onListChange(ENABLED_KEY, sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
