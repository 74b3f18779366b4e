/** Preact binding for Dexie's liveQuery: re-renders when the queried tables change (also from other tabs). */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../lib/annotation';
import { getDb } from '../lib/store/db';

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
 */
export function useSearchableNotes(order: 'created' | 'modified', armed: boolean): AnnotationRecord[] {
  return useLiveQuery(
    () => (armed ? getDb().annotations.orderBy(order).reverse().toArray() : []),
    [armed, order],
    [] as AnnotationRecord[],
  );
}
