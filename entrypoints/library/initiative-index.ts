/** The initiative index of the library, as pure data: initiatives of the pages that have notes. */
import type { PageRecord } from '../../lib/store/db';

export interface InitiativeEntry {
  text: string;
  type: string;
  pages: PageRecord[];
}

/** Initiatives of the pages that have notes, most widely seen first. */
export function buildInitiativeIndex(
  pages: readonly PageRecord[],
  noted: ReadonlySet<string>,
): InitiativeEntry[] {
  const entries = new Map<string, InitiativeEntry>();
  for (const page of pages) {
    if (!noted.has(page.url)) continue;
    for (const it of page.initiatives ?? []) {
      const e = entries.get(it.text) ?? { text: it.text, type: it.type, pages: [] };
      e.pages.push(page);
      entries.set(it.text, e);
    }
  }
  return [...entries.values()].sort(
    (a, b) => b.pages.length - a.pages.length || a.text.localeCompare(b.text),
  );
}
