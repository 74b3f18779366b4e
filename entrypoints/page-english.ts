/**
 * The detector's English half (lib/detect/english.ts: English names and policy signals). The background runs
 * it in a tab's frame when the content script analyses a page that is not Chinese
 * (entrypoints/content/page-state.ts); it hands the half over through their shared isolated world, as a
 * function that returns it. Run again, it only sets the same function again.
 */
import { ENGLISH } from '../lib/detect/english';
import { ON_DEMAND_GLOBALS } from '../lib/on-demand';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS.english] = () => ENGLISH;
});
