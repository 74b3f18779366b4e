/**
 * Scripts of code the content script does not carry, which the background runs in its frame on first need
 * (`script:load`; docs/design.md, "Code on first need"), and where each leaves its one function. Imports
 * nothing: the scripts themselves import it.
 */
export const ON_DEMAND_SCRIPTS = ['fuzzy', 'english'] as const;
export type OnDemandScript = (typeof ON_DEMAND_SCRIPTS)[number];

type WithRuntime = { chrome?: { runtime?: { getManifest?: () => { version?: string } } } };

/**
 * The extension's version, part of every name below: after an update, a content script of the new version
 * may run in the isolated world where the old one left its functions.
 */
const VERSION = ((): string => {
  try {
    return (globalThis as WithRuntime).chrome?.runtime?.getManifest?.().version ?? '';
  } catch {
    // Tests' fake browser has no manifest.
    return '';
  }
})();

/** Where each script leaves its function, in the isolated world it shares with the content script. */
export const ON_DEMAND_GLOBALS: Readonly<Record<OnDemandScript, string>> = {
  fuzzy: `__policymarkFindFuzzy@${VERSION}`,
  english: `__policymarkEnglishNames@${VERSION}`,
};
