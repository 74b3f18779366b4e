/** Preact binding for Dexie's liveQuery: re-renders when the queried tables change (also from other tabs). */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { errorText } from '../lib/error-text';
import { notesNewestFirst } from '../lib/store/annotations';
import { getDb } from '../lib/store/db';
import type { NoteStatus } from '../lib/store/note-status';
import { isEmptyFilter, type NoteFilter } from './note-filter';

/** The search itself: folding (chinese-conv's table) and matching. */
type Search = typeof import('./filter');
let searchModule: Promise<Search> | undefined;

/**
 * The search, loaded on first use: the lists' first render does not need it (nor its 18 KB table), so it
 * is not in the script the popup and the library load first. Loaded again after a failure.
 */
export function loadSearch(): Promise<Search> {
  searchModule ??= import('./filter').catch((e: unknown) => {
    searchModule = undefined;
    throw e;
  });
  return searchModule;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/** What a view searches with: the filter's state, the matching notes, and when to start reading. */
export interface NoteSearch {
  /** The filter narrows the list (a query or a kind, colour or site). */
  filtered: boolean;
  /** False until the notes to search (and the search's code) have arrived. */
  ready: boolean;
  /** Why the search's code could not be loaded (shown to the reader; focusing the search again retries). */
  failed: string | null;
  /** The notes matching the filter, newest first by the view's order. */
  matching: AnnotationRecord[];
  /** Start reading the notes (focus on the search box or a filter), before the first keystroke. */
  arm(): void;
  /** Every matching note, read from the database if they have not arrived yet (export, bulk delete). */
  every(): Promise<AnnotationRecord[]>;
}

/**
 * Search over every note, newest first by `order`. The notes are read once the reader reaches for the
 * search box or a filter (or a filter is set) and stay live while the view is open, so each keystroke
 * filters in memory. `statuses`: where the notes stood on their pages, for the status filter.
 */
export function useNoteSearch(
  order: 'created' | 'modified',
  filter: NoteFilter,
  statuses?: ReadonlyMap<string, NoteStatus>,
): NoteSearch {
  const filtered = !isEmptyFilter(filter);
  const [armed, setArmed] = useState(false);
  const wanted = armed || filtered;
  const all = useLiveQuery(
    () => (wanted ? notesNewestFirst(getDb(), order) : undefined),
    [wanted, order],
    undefined as AnnotationRecord[] | undefined,
  );
  // The search's code arrives while the notes are read (a few ms against their hundreds).
  const [search, setSearch] = useState<Search | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (wanted && !search && failed === null)
      void loadSearch().then(setSearch, (e: unknown) => setFailed(errorText(e)));
  }, [wanted, search, failed]);
  // Folded while the reader starts typing, so the first keystroke does not fold every note.
  useEffect(() => (all && search ? search.prepareSearch(all) : undefined), [all, search]);
  const matching = useMemo(
    () => (search ? search.filterRecords(all ?? [], filter, statuses) : []),
    [search, all, filter, statuses],
  );
  return {
    filtered,
    ready: all !== undefined && search !== null,
    failed,
    matching,
    arm: () => {
      setArmed(true);
      setFailed(null);
    },
    every: async () => {
      if (all && search) return matching;
      const { filterRecords } = await loadSearch();
      return filterRecords(all ?? (await notesNewestFirst(getDb(), order)), filter, statuses);
    },
  };
}
