/**
 * Search and filters over annotations (quote, note, tags, page title), insensitive to case, width,
 * Traditional or simplified characters, and straight or curly quotes.
 */
import type { AnnotationRecord } from '../lib/annotation';
import { toSimplified } from '../lib/detect/simplify';
import type { NoteStatus } from '../lib/store/note-status';
import type { NoteFilter } from './note-filter';

const DOUBLE_QUOTES = /[“”„‟"＂]/g;
const SINGLE_QUOTES = /[‘’‚‛'＇]/g;

/**
 * Text as search compares it: width and case folded (NFKC), in simplified characters (經濟 is 经济), and
 * every double and every single quotation mark one character (“人工智能+” is "人工智能+").
 */
export function foldSearch(s: string): string {
  return toSimplified(s.normalize('NFKC').toLowerCase())
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'");
}

/** A record's folded search text and tags, and the text they were folded from. */
interface Folded {
  from: AnnotationRecord;
  hay: string;
  tags: string[];
}

/** Folded text per record object: every keystroke over the same list finds it at once. */
const byRecord = new WeakMap<AnnotationRecord, Folded>();
/**
 * Folded text per note id: a live list hands over new record objects at every change of any note, and
 * folding 10,000 notes again would cost a keystroke ~100 ms. Reused when the note's text is the same.
 */
const byId = new Map<string, Folded>();

const sameText = (a: AnnotationRecord, b: AnnotationRecord): boolean =>
  a.quote.exact === b.quote.exact &&
  a.note === b.note &&
  a.pageTitle === b.pageTitle &&
  a.tags.length === b.tags.length &&
  a.tags.every((t, i) => t === b.tags[i]);

function foldedOf(r: AnnotationRecord): Folded {
  let f = byRecord.get(r);
  if (f !== undefined) return f;
  f = byId.get(r.id);
  if (f === undefined || !sameText(f.from, r)) {
    const tags = r.tags.map(foldSearch);
    const hay = foldSearch(`${r.quote.exact}\n${r.note}\n${r.pageTitle}`);
    // Tags as the lists show them (#财政), so a search typed as shown finds them.
    f = { from: r, hay: `${hay}\n${tags.map((t) => `#${t}`).join(' ')}`, tags };
    byId.set(r.id, f);
  }
  byRecord.set(r, f);
  return f;
}

/**
 * Fold the records' search text ahead of the first keystroke, a slice at a time so the page stays
 * responsive; returns a function that stops it.
 */
export function prepareSearch(records: readonly AnnotationRecord[], slice = 500): () => void {
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (): void => {
    const end = Math.min(at + slice, records.length);
    for (; at < end; at++) foldedOf(records[at] as AnnotationRecord);
    if (at < records.length) timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}

/** `tag:` before a word asks for a tag equal to it (tag:财政), as in Hypothesis's search. */
const TAG_PREFIX = 'tag:';

/**
 * Records matching every word of the query and the chosen filters; `statuses` (by note id) are where the
 * notes stood on their pages, for the status filter (a note without one was placed as saved, or not seen).
 */
export function filterRecords(
  records: readonly AnnotationRecord[],
  f: NoteFilter,
  statuses: ReadonlyMap<string, NoteStatus> = new Map(),
): AnnotationRecord[] {
  const all = foldSearch(f.query).split(/\s+/).filter(Boolean);
  const tags = all.filter((w) => w.startsWith(TAG_PREFIX) && w.length > TAG_PREFIX.length);
  const words = all.filter((w) => !tags.includes(w));
  const wanted = tags.map((t) => t.slice(TAG_PREFIX.length).replace(/^#/, ''));
  return records.filter((r) => {
    if (f.kind !== 'any' && r.kind !== f.kind) return false;
    if (f.colour !== 'any' && r.colour !== f.colour) return false;
    if (f.site !== 'any' && r.site !== f.site) return false;
    if (f.status !== 'any') {
      const state = statuses.get(r.id)?.state;
      if (!state || (f.status !== 'either' && state !== f.status)) return false;
    }
    if (wanted.length === 0 && words.length === 0) return true;
    const { hay, tags: own } = foldedOf(r);
    if (!wanted.every((t) => own.includes(t))) return false;
    return words.every((w) => hay.includes(w));
  });
}
