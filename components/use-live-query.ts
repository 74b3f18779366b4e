/** Preact binding for Dexie's liveQuery: re-renders when the queried tables change (also from other tabs). */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { notesNewestFirst } from '../lib/store/annotations';
import { getDb } from '../lib/store/db';
import type { NoteStatus } from '../lib/store/note-status';
import { filterRecords, isEmptyFilter, type NoteFilter, prepareSearch } from './filter';

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
  /** False until the notes to search have arrived. */
  ready: boolean;
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
  const all = useLiveQuery(
    () => (armed || filtered ? notesNewestFirst(getDb(), order) : undefined),
    [armed || filtered, order],
    undefined as AnnotationRecord[] | undefined,
  );
  // Folded while the reader starts typing, so the first keystroke does not fold every note.
  useEffect(() => (all ? prepareSearch(all) : undefined), [all]);
  const matching = useMemo(() => filterRecords(all ?? [], filter, statuses), [all, filter, statuses]);
  return {
    filtered,
    ready: all !== undefined,
    matching,
    arm: () => setArmed(true),
    every: async () =>
      all ? matching : filterRecords(await notesNewestFirst(getDb(), order), filter, statuses),
  };
}
