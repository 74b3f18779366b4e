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

/** Records matching every word of the query and the chosen filters. */
export function filterRecords(records: readonly AnnotationRecord[], f: NoteFilter): AnnotationRecord[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return records.filter((r) => {
    if (f.kind !== 'any' && r.kind !== f.kind) return false;
    if (f.colour !== 'any' && r.colour !== f.colour) return false;
    if (f.site !== 'any' && r.site !== f.site) return false;
    if (words.length === 0) return true;
    const hay = fold(`${r.quote.exact}\n${r.note}\n${r.tags.join(' ')}\n${r.pageTitle}`);
    return words.every((w) => hay.includes(w));
  });
}
