/**
 * The in-page UI's script: toolbar, note card, badges and tooltips (Preact, in a shadow root). The
 * background runs it in a tab's frame when the content script first has something to show
 * (entrypoints/content/ui/load.ts); it hands `mountUi` over through their shared isolated world. Run
 * again, it only sets the same function again.
 */

import { MOUNT_UI_GLOBAL } from '../lib/on-demand';
import { mountUi } from './content/ui/mount';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MOUNT_UI_GLOBAL] = mountUi;
});
