/**
 * Assembles marker candidates into ordered lists: within one family, item n follows item n-1
 * (最后/Finally close a list), a list has at least two items, and 1 always opens a new list.
 */
import type { Candidate, Family } from './markers';

/** An ordered list of two or more items of one family. */
export interface MarkerList {
  family: Family;
  items: Candidate[];
}

/** Largest distance (characters) between consecutive items of an inline ordinal list. */
const MAX_GAP = 4000;
/** Largest distance before a closing 最后/Finally joins the list. */
const MAX_LAST_GAP = 1500;
/** Families whose items are paragraph headings and may be far apart. */
const UNBOUNDED: ReadonlySet<Family> = new Set(['chapter', 'cn-heading', 'arabic-dot']);

/** Groups candidates (sorted by start) into ordered lists; lists of one item are returned apart. */
export function assembleLists(cands: readonly Candidate[]): { lists: MarkerList[]; singles: MarkerList[] } {
  const open = new Map<Family, MarkerList>();
  const all: MarkerList[] = [];
  for (const c of cands) {
    const list = open.get(c.family);
    const last = list?.items[list.items.length - 1];
    if (c.ordinal === 1) {
      const fresh: MarkerList = { family: c.family, items: [c] };
      open.set(c.family, fresh);
      all.push(fresh);
      continue;
    }
    if (!list || !last || last.ordinal === -1) continue;
    const gap = c.start - last.start;
    if (c.ordinal === last.ordinal + 1) {
      if (UNBOUNDED.has(c.family) || gap <= MAX_GAP || (c.paraStart && last.paraStart)) list.items.push(c);
    } else if (c.ordinal === -1 && gap <= MAX_LAST_GAP && c.paraStart === last.paraStart) {
      // Kept as -1: the list is closed, no later item can follow 最后.
      list.items.push(c);
    }
  }
  return { lists: all.filter((l) => l.items.length >= 2), singles: all.filter((l) => l.items.length === 1) };
}
