/** Per-site settings in `storage.local`: sites where the reader paused PolicyMark. */
import { browser } from 'wxt/browser';

export const PAUSED_KEY = 'policymark:paused';

export async function pausedSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(PAUSED_KEY);
  const value = stored[PAUSED_KEY];
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

export async function isPaused(host: string): Promise<boolean> {
  return (await pausedSites()).includes(host);
}

export async function setPaused(host: string, paused: boolean): Promise<void> {
  const sites = new Set(await pausedSites());
  if (paused) sites.add(host);
  else sites.delete(host);
  await browser.storage.local.set({ [PAUSED_KEY]: [...sites].sort() });
}

/** Call `listener` when the paused list changes; returns an unsubscribe function. */
export function onPausedChange(listener: (sites: string[]) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(PAUSED_KEY in changes)) return;
    const next = changes[PAUSED_KEY]?.newValue;
    listener(Array.isArray(next) ? next.filter((h): h is string => typeof h === 'string') : []);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
