/**
 * The in-page UI's script: toolbar, note card, badges and tooltips (Preact, in a shadow root). The
 * background runs it in a tab's frame when the content script first has something to show
 * (entrypoints/content/ui/load.ts); it hands `mountUi`, with the card's actions (ui/card-actions.ts), over
 * through their shared isolated world. Run again, it only sets the same function again.
 */

import { MOUNT_UI_GLOBAL } from '../lib/on-demand';
import { cardActions } from './content/ui/card-actions';
import { mountUi } from './content/ui/mount';
import type { UiScript } from './content/ui/types';

/** `mountUi` with the content script's actions and the card's own (ui/card-actions.ts). */
const mountWithCard: UiScript = (doc, actions, host) => mountUi(doc, { ...actions, ...cardActions(host) });

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MOUNT_UI_GLOBAL] = mountWithCard;
});
