/**
 * The English name finder's script (lib/detect/english-names.ts). The background runs it in a tab's frame
 * when the content script analyses a page that is not Chinese (entrypoints/content/page-state.ts); it hands
 * `findEnglishInitiatives` over through their shared isolated world. Run again, it only sets the same
 * function again.
 */
import { findEnglishInitiatives } from '../lib/detect/english-names';
import { ON_DEMAND_GLOBALS } from '../lib/on-demand';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS.english] = findEnglishInitiatives;
});
