/**
 * The content script's copy of webextension-polyfill with only the methods the script calls in its table
 * of async methods (wxt.config.ts). The polyfill wraps a callback-style method in a promise by that table
 * (`apiMetadata`, 6.4 KB of JSON for 25 namespaces); what the script never calls needs no entry. The
 * polyfill's code is unchanged, so what it calls is wrapped exactly as with the full table:
 * `runtime.sendMessage` and `runtime.onMessage` by the polyfill's own wrappers (which come before the
 * table), the storage reads and writes by their entries, and events, properties and synchronous methods
 * (`storage.onChanged`, `runtime.id`, `i18n.getMessage`) pass through as the full table leaves them.
 * tests/unit/content/polyfill-namespaces.test.ts checks the script's modules use nothing else.
 */

/** The table entries the content script needs, as paths of the polyfill's `apiMetadata`. */
export const CONTENT_SCRIPT_ASYNC_METHODS = [
  'runtime.sendMessage',
  'storage.local.get',
  'storage.local.set',
] as const;

const START = 'const apiMetadata = ';
const END = 'if (Object.keys(apiMetadata).length === 0)';

type Table = { [name: string]: Table | { minArgs: number; maxArgs: number } };

/**
 * The polyfill's source with its `apiMetadata` table cut to the entries at `keep`. Throws when the source
 * is not laid out as expected or lacks one of them (a new polyfill version): the build fails rather than
 * ship a table nobody checked.
 */
export function trimPolyfill(source: string, keep: readonly string[] = CONTENT_SCRIPT_ASYNC_METHODS): string {
  const start = source.indexOf(START);
  const end = source.indexOf(END);
  if (start < 0 || end < start || source.indexOf(START, start + 1) >= 0)
    throw new Error('trimPolyfill: apiMetadata not found once in webextension-polyfill');
  const all = JSON.parse(
    source
      .slice(start + START.length, end)
      .trim()
      .replace(/;$/, ''),
  ) as Table;
  const kept: Table = {};
  for (const path of keep) {
    const names = path.split('.');
    let from: Table = all;
    let to: Table = kept;
    names.forEach((name, i) => {
      const entry = from[name];
      const last = i === names.length - 1;
      if (!entry || last !== 'minArgs' in entry)
        throw new Error(`trimPolyfill: no ${path} in webextension-polyfill's apiMetadata`);
      if (last) to[name] = entry;
      else {
        from = entry as Table;
        to[name] ??= {};
        to = to[name] as Table;
      }
    });
  }
  return `${source.slice(0, start + START.length)}${JSON.stringify(kept)};\n${source.slice(end)}`;
}
