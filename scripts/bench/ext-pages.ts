/** Helpers for the extension's own pages in the bench: open them, seed and clear notes through the background. */
import type { BrowserContext, Page } from 'playwright-core';
import type { AnnotationRecord } from '../../lib/annotation';

/** An open extension page and its address. */
export interface ExtPage {
  tab: Page;
  url: string;
}

/** Open `chrome-extension://<id>/<file>` in a new tab. */
export async function openExtPage(
  context: BrowserContext,
  extensionId: string,
  file: string,
): Promise<ExtPage> {
  const url = `chrome-extension://${extensionId}/${file}`;
  const tab = await context.newPage();
  await tab.goto(url);
  return { tab, url };
}

type Reply = { ok: true; value: Record<string, number> } | { ok: false; error: string };

/** Send one request to the background from an extension page, as the UI does. */
async function request(tab: Page, type: string, payload: unknown): Promise<Record<string, number>> {
  const reply = (await tab.evaluate(
    ({ type, payload }) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type,
        payload,
      }),
    { type, payload },
  )) as Reply;
  if (!reply?.ok) throw new Error(`${type}: ${reply ? reply.error : 'no reply'}`);
  return reply.value;
}

/** Store `records` through the background's `annotations:restore` (one bulk put); returns how many. */
export async function seedRecords(tab: Page, records: AnnotationRecord[]): Promise<number> {
  return (await request(tab, 'annotations:restore', { records })).restored ?? 0;
}

/** Ids of every stored annotation, read from IndexedDB in the extension origin (read-only). */
export async function storedIds(tab: Page): Promise<string[]> {
  return tab.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('policymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('annotations').objectStore('annotations').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result as string[]);
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

/**
 * Delete every stored annotation through the background's `annotations:delete-many`, which deletes as many
 * as its reply can carry back (the lists' Undo keeps them) and leaves the rest for the next request.
 */
export async function clearRecords(tab: Page): Promise<void> {
  for (let round = 0; round < 1000; round++) {
    const ids = await storedIds(tab);
    if (ids.length === 0) return;
    await request(tab, 'annotations:delete-many', { ids });
  }
  throw new Error('annotations:delete-many deleted nothing for 1000 requests');
}
