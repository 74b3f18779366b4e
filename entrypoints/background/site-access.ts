/**
 * Sites the reader enabled beyond the built-in news hosts. "Enable on this site" in the popup asks for
 * the optional host permission and records the origin (`policymark:enabled-sites`); a site granted in the
 * browser's own UI (Firefox's add-on panel, Chrome's site access) is recorded here when the grant
 * arrives. The content script is registered on every recorded origin whose permission is still granted,
 * and follows both the list and the permission.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../lib/hosts';
import { ENABLED_KEY, onListChange, readList, setInList } from '../../lib/store/settings';

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
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Host patterns that mean every site: never adopted as one enabled site. */
const EVERY_SITE = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/** Record granted origins the manifest does not declare: the reader enabled them. */
export async function adoptGranted(origins: readonly string[] = []): Promise<void> {
  const declared = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const adopted = origins.filter((o) => !declared.has(o) && !EVERY_SITE.has(o));
  if (adopted.length > 0) await setInList(ENABLED_KEY, adopted, true);
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
  const warn = (error: unknown): void => console.warn('PolicyMark: enabled sites not recorded', error);
  onListChange(ENABLED_KEY, sync);
  // A grant adds to the list (whose change syncs); a removal only syncs, the list keeps the reader's choice.
  browser.permissions.onAdded.addListener((added) => {
    void adoptGranted(added.origins).catch(warn).finally(sync);
  });
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(() => {
    void browser.permissions
      .getAll()
      .then((all) => adoptGranted(all.origins))
      .catch(warn)
      .finally(sync);
  });
}
