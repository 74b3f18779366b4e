/**
 * Assembles marker candidates into ordered lists: within one family, item n follows item n-1
 * (最后/Finally close a list), a list has at least two items, and 1 always opens a new list (so does a
 * paragraph that opens with a later item and continues nothing, kept at three items). Two
 * crossings: a 第N continues an open 是 list (一是…二是…第三是…四是), and an N是 or N要 continues an
 * open sequence list that began in the 是 form (首先是…二是…三是).
 */
import type { Candidate, Family } from './markers';

/** An ordered list of two or more items of one family (a 是 list may hold a 第N item, a sequence list N是 items). */
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

/** True when `c` is the next item of `list` (never called for a 1: the caller opens a new list). */
function continues(list: MarkerList | undefined, c: Candidate): boolean {
  const last = list?.items[list.items.length - 1];
  if (!last || last.ordinal === -1) return false;
  const gap = c.start - last.start;
  if (c.ordinal === last.ordinal + 1) {
    // c's own family: the 是 list a 第N may continue is never unbounded.
    return UNBOUNDED.has(c.family) || gap <= MAX_GAP || (c.paraStart && last.paraStart);
  }
  // A closing 最后/Finally joins a nearby list and closes it (kept as -1: no later item can follow).
  return c.ordinal === -1 && gap <= MAX_LAST_GAP && c.paraStart === last.paraStart;
}

/** A 一是 that opens another list (其中一是); not inside a word (之一是, 统一是, 唯一是, 同一是). */
const ANOTHER_FIRST = /(?<![之统唯同单专])一是/;

/** Groups candidates (sorted by start) into ordered lists; lists of one item are returned apart. */
export function assembleLists(
  cands: readonly Candidate[],
  text: string,
): { lists: MarkerList[]; singles: MarkerList[] } {
  const open = new Map<Family, MarkerList>();
  const all: MarkerList[] = [];
  for (const c of cands) {
    if (c.ordinal === 1) {
      const fresh: MarkerList = { family: c.family, items: [c] };
      open.set(c.family, fresh);
      all.push(fresh);
      continue;
    }
    const own = open.get(c.family);
    // The open list of the other form: 要 for a 是 item, 是 for a 要 item.
    const twin = c.family === 'shi' ? open.get('yao') : c.family === 'yao' ? open.get('shi') : undefined;
    if (continues(own, c)) own?.items.push(c);
    // Writers switch forms inside one list: a 第N (not 其次, 再次) may continue an open 是 list.
    else if (c.family === 'seq' && text[c.start] === '第' && continues(open.get('shi'), c)) {
      open.get('shi')?.items.push(c);
    } else if (twin && continues(twin, c)) {
      // 一是…二是…三要…: the 是 and 要 forms mix in one list too, at the next number.
      twin.items.push(c);
    } else if (c.family === 'shi' || c.family === 'yao') {
      // And the other way: 首先是…二是…三是… goes on as the list it began, when that list opened in the
      // 是 form and no 一是 stands between (首先要看到，…其中一是…二是… is another list, whose 一是 is
      // not at a clause start).
      const seq = open.get('seq');
      const first = seq?.items[0];
      const last = seq?.items[seq.items.length - 1];
      if (
        first &&
        last &&
        text.slice(first.start, first.markerEnd).includes('是') &&
        !ANOTHER_FIRST.test(text.slice(last.markerEnd, c.start)) &&
        continues(seq, c)
      )
        seq?.items.push(c);
      else opensMidway(c);
    } else opensMidway(c);
  }
  // Placed nowhere: a paragraph that opens with a later item opens a list, kept at three items or more. Numbered
  // paragraphs whose first is left unnumbered (minutes and statutes: the opening paragraph, then 2. 3. 4.), a list
  // whose first items are on an earlier page (Third, … Fourth, … Fifth, …: held-out set 56; 三是… on an article's
  // second page).
  function opensMidway(c: Candidate): void {
    if (!c.paraStart || c.ordinal < 2) return;
    const fresh: MarkerList = { family: c.family, items: [c] };
    open.set(c.family, fresh);
    all.push(fresh);
  }
  const kept = (l: MarkerList): boolean =>
    l.items.length >= ((l.items[0] as Candidate).ordinal === 1 ? 2 : 3);
  return {
    lists: all.filter(kept),
    singles: all.filter((l) => l.items.length === 1 && l.items[0]?.ordinal === 1),
  };
}
