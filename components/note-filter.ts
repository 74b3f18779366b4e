/**
 * What a list's filter is (search words, kind, colour, site, status on the page), without the search
 * itself: the lists render with this, and load the search (components/filter.ts, with chinese-conv's
 * table) only when the reader reaches for the search box or a filter (components/use-live-query.ts).
 */
import type { AnnotationKind, Colour } from '../lib/annotation';

/** Where the notes stood on their pages when last opened: changed words, not found, or either. */
export const STATUS_FILTERS = ['either', 'changed', 'orphan'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface NoteFilter {
  query: string;
  kind: AnnotationKind | 'any';
  colour: Colour | 'any';
  site: string | 'any';
  status: StatusFilter | 'any';
}

export const NO_FILTER: NoteFilter = { query: '', kind: 'any', colour: 'any', site: 'any', status: 'any' };

/** Whether the filter keeps every record. */
export function isEmptyFilter(f: NoteFilter): boolean {
  return (
    f.query.trim() === '' && f.kind === 'any' && f.colour === 'any' && f.site === 'any' && f.status === 'any'
  );
}
