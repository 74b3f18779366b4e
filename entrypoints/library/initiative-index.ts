/** The initiative index of the library, as pure data: initiatives of the pages that have notes. */

import { toSimplified } from '../../lib/detect/simplify';
import { curlQuotes } from '../../lib/detect/text';
import type { PageRecord } from '../../lib/store/db';

export interface InitiativeEntry {
  text: string;
  type: string;
  pages: PageRecord[];
}

/**
 * Initiatives of the pages that have notes, most widely seen first. A name printed in Traditional or in
 * simplified characters, with straight or curly quotes, is one entry, shown as first seen.
 */
export function buildInitiativeIndex(
  pages: readonly PageRecord[],
  noted: ReadonlySet<string>,
): InitiativeEntry[] {
  const entries = new Map<string, InitiativeEntry>();
  for (const page of pages) {
    if (!noted.has(page.url)) continue;
    for (const it of page.initiatives ?? []) {
      const key = toSimplified(curlQuotes(it.text));
      const e = entries.get(key) ?? { text: it.text, type: it.type, pages: [] };
      if (!e.pages.includes(page)) e.pages.push(page);
      entries.set(key, e);
    }
  }
  return [...entries.values()].sort(
    (a, b) => b.pages.length - a.pages.length || a.text.localeCompare(b.text),
  );
}
