/** Preact binding for Dexie's liveQuery: re-renders when the queried tables change (also from other tabs). */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { notesNewestFirst } from '../lib/store/annotations';
import { getDb } from '../lib/store/db';
import { filterRecords, type NoteFilter } from './filter';

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/**
 * Every note, newest first by `order`, for searching: read once the reader reaches for the search box or
 * a filter (`armed`) and kept live while the view is open, so each keystroke filters in memory.
 * `undefined` until the first read has arrived (not armed yet, or still reading).
 */
export function useSearchableNotes(
  order: 'created' | 'modified',
  armed: boolean,
): AnnotationRecord[] | undefined {
  return useLiveQuery(
    () => (armed ? notesNewestFirst(getDb(), order) : undefined),
    [armed, order],
    undefined as AnnotationRecord[] | undefined,
  );
}

/** Every note matching `filter`, from the notes already read for searching or, while they are on their way, from the database. */
export async function everyMatching(
  order: 'created' | 'modified',
  filter: NoteFilter,
  all: AnnotationRecord[] | undefined,
): Promise<AnnotationRecord[]> {
  return filterRecords(all ?? (await notesNewestFirst(getDb(), order)), filter);
}
