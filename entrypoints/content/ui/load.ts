/**
 * The in-page UI, loaded the first time there is something to show (a toolbar, a card, a badge, a
 * tooltip, a message): the background runs its script (entrypoints/page-ui.ts) in this frame, and it
 * leaves its `mountUi` where this module finds it. Pages nobody selects on, hovers over or has notes on
 * never load the UI's code (Preact and the components), and the content script stays small.
 */

import { MOUNT_UI_GLOBAL, ownFunction } from '../../../lib/on-demand';
import { sendRequest } from '../../../lib/send-request';
import type { CardHost } from './card-actions';
import { isBlank, type PageActions, type UiMount, type UiScript, type UiState } from './types';

/** How long after a failed load the next is tried. */
export const RETRY_MS = 10_000;

export function loadUi(doc: Document, actions: PageActions, host: CardHost): UiMount & { preload(): void } {
  let mount: UiMount | null = null;
  let loading = false;
  let removed = false;
  // When the last load failed: the next is tried only after RETRY_MS, not at every selection.
  let failedAt = Number.NEGATIVE_INFINITY;
  // The latest state asked for while the script was loading: drawn as soon as it is there.
  let latest: Parameters<UiMount['update']> | null = null;
  const load = (): void => {
    if (mount || loading || removed || performance.now() - failedAt < RETRY_MS) return;
    loading = true;
    void sendRequest('ui:load', {}).then((reply) => {
      loading = false;
      const mountUi = ownFunction<UiScript>(MOUNT_UI_GLOBAL);
      if (!reply.ok || !mountUi) {
        // The page cannot show it (the UI is what failed); the background marks the toolbar button.
        failedAt = performance.now();
        console.warn(`PolicyMark: the in-page UI did not load (${reply.ok ? 'no UI script' : reply.error})`);
        return;
      }
      if (removed || mount) return;
      mount = mountUi(doc, actions, host);
      if (latest) mount.update(...latest);
    });
  };
  return {
    update(state: UiState, position) {
      if (mount) return mount.update(state, position);
      latest = [state, position];
      if (!isBlank(state)) load();
    },
    // The reader started selecting: the toolbar will be wanted at the mouse-up.
    preload: load,
    contains: (node) => mount?.contains(node) ?? false,
    remove() {
      removed = true;
      mount?.remove();
    },
  };
}
