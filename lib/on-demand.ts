/**
 * Scripts of code the content script does not carry, which the background runs in its frame on first need
 * (`script:load` and `ui:load`; docs/design.md, "Code on first need"), and where each leaves its one
 * function. Imports nothing: the scripts themselves import it.
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
  english: `__policymarkEnglish@${VERSION}`,
};

/** Where the in-page UI's script (entrypoints/page-ui.ts, run by `ui:load`) leaves `mountUi`. */
export const MOUNT_UI_GLOBAL = `__policymarkMountUi@${VERSION}`;

/**
 * The function a script left under `name` in this world: an own property of the global holding a function.
 * An element of the page with that id is a named property of the window's prototype chain, never an own
 * one, so a page cannot stand in for a script that has not run.
 */
export function ownFunction<F>(name: string): F | null {
  const f = Object.hasOwn(globalThis, name) ? (globalThis as Record<string, unknown>)[name] : undefined;
  return typeof f === 'function' ? (f as F) : null;
}
