/** Search and filters over annotations (quote, note, tags, page title), case- and width-insensitive. */
import type { AnnotationKind, AnnotationRecord, Colour } from '../lib/annotation';

export interface NoteFilter {
  query: string;
  kind: AnnotationKind | 'any';
  colour: Colour | 'any';
  site: string | 'any';
}

export const NO_FILTER: NoteFilter = { query: '', kind: 'any', colour: 'any', site: 'any' };

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** Folded search text per record object (records from Dexie are new objects whenever they change). */
const haystacks = new WeakMap<AnnotationRecord, string>();
function haystack(r: AnnotationRecord): string {
  let hay = haystacks.get(r);
  if (hay === undefined) {
    // Tags as the lists show them (#财政), so a search typed as shown finds them.
    hay = fold(`${r.quote.exact}\n${r.note}\n${r.tags.map((t) => `#${t}`).join(' ')}\n${r.pageTitle}`);
    haystacks.set(r, hay);
  }
  return hay;
}

/** Whether the filter keeps every record. */
export function isEmptyFilter(f: NoteFilter): boolean {
  return f.query.trim() === '' && f.kind === 'any' && f.colour === 'any' && f.site === 'any';
}

/** `tag:` before a word asks for a tag equal to it (tag:财政), as in Hypothesis's search. */
const TAG_PREFIX = 'tag:';

/** Records matching every word of the query and the chosen filters. */
export function filterRecords(records: readonly AnnotationRecord[], f: NoteFilter): AnnotationRecord[] {
  const all = fold(f.query).split(/\s+/).filter(Boolean);
  const tags = all.filter((w) => w.startsWith(TAG_PREFIX) && w.length > TAG_PREFIX.length);
  const words = all.filter((w) => !tags.includes(w));
  return records.filter((r) => {
    if (f.kind !== 'any' && r.kind !== f.kind) return false;
    if (f.colour !== 'any' && r.colour !== f.colour) return false;
    if (f.site !== 'any' && r.site !== f.site) return false;
    if (tags.length > 0) {
      const own = r.tags.map(fold);
      if (!tags.every((t) => own.includes(t.slice(TAG_PREFIX.length).replace(/^#/, '')))) return false;
    }
    if (words.length === 0) return true;
    const hay = haystack(r);
    return words.every((w) => hay.includes(w));
  });
}
