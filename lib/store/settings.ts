/**
 * Per-site settings in `storage.local`, each a sorted list of strings:
 * - `policymark:paused`: hosts where the reader paused PolicyMark;
 * - `policymark:enabled-sites`: origin patterns (`https://host/*`) of sites outside the built-in news
 *   hosts that the reader enabled (the optional host permission granted at "Enable on this site").
 */
import { browser } from 'wxt/browser';
import { isBuiltInHost } from '../hosts';

export const PAUSED_KEY = 'policymark:paused';
export const ENABLED_KEY = 'policymark:enabled-sites';

type ListKey = typeof PAUSED_KEY | typeof ENABLED_KEY;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];

/** The list under `key` in values read from storage (several keys can be read at once). */
export function listIn(stored: Record<string, unknown>, key: ListKey): string[] {
  return strings(stored[key]);
}

export async function readList(key: ListKey): Promise<string[]> {
  return listIn(await browser.storage.local.get(key), key);
}

/** Add or remove entries; writes only when the list changes. */
export async function setInList(
  key: ListKey,
  entries: string | readonly string[],
  present: boolean,
): Promise<void> {
  const before = await readList(key);
  const list = new Set(before);
  for (const entry of typeof entries === 'string' ? [entries] : entries) {
    if (present) list.add(entry);
    else list.delete(entry);
  }
  const after = [...list].sort();
  if (after.join('\n') !== [...before].sort().join('\n')) await browser.storage.local.set({ [key]: after });
}

/** Call `listener` when the list changes; returns an unsubscribe function. */
export function onListChange(key: ListKey, listener: (list: string[]) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && key in changes) listener(strings(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * A site's settings from one read of both lists (`storage.local.get([PAUSED_KEY, ENABLED_KEY])`):
 * whether it is built in, chosen (built in, or enabled by the reader) and paused. Whether the browser
 * still grants the site is a separate question (`permissions.contains`).
 */
export function siteState(
  stored: Record<string, unknown>,
  host: string,
  origin: string,
): { builtIn: boolean; chosen: boolean; paused: boolean } {
  const builtIn = isBuiltInHost(host);
  return {
    builtIn,
    chosen: builtIn || listIn(stored, ENABLED_KEY).includes(origin),
    paused: listIn(stored, PAUSED_KEY).includes(host),
  };
}

export const setPaused = (host: string, paused: boolean): Promise<void> =>
  setInList(PAUSED_KEY, host, paused);

/** The origin pattern "Enable on this site" asks for: `https://host/*`. */
export function sitePattern(url: string): string | null {
  const u = URL.canParse(url) ? new URL(url) : null;
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? `${u.protocol}//${u.hostname}/*` : null;
}
