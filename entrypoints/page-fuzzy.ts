/**
 * The fuzzy re-anchoring step's script (lib/anchor/fuzzy.ts with approx-string-match). The background runs
 * it in a tab's frame the first time a saved note's quote is not found exactly with its context
 * (entrypoints/content/anchoring.ts); it hands `findFuzzy` over through their shared isolated world. Run
 * again, it only sets the same function again.
 */
import { findFuzzy } from '../lib/anchor/fuzzy';
import { ON_DEMAND_GLOBALS } from '../lib/on-demand';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS.fuzzy] = findFuzzy;
});
