/** Merge plan for imported records: by id, the newer `modified` wins; equal or older is skipped. */
import type { AnnotationRecord } from '../annotation';

/** What to write: `add` new ids, `update` ids whose incoming copy is newer, `skip` the rest. */
export interface MergePlan {
  add: AnnotationRecord[];
  update: AnnotationRecord[];
  skip: AnnotationRecord[];
}

/**
 * Plan an import. When `incoming` repeats an id, only its newest copy (the first among equals) takes part;
 * the other copies are skipped.
 */
export function planMerge(
  existing: AnnotationRecord[] | Map<string, AnnotationRecord>,
  incoming: AnnotationRecord[],
): MergePlan {
  const stored = existing instanceof Map ? existing : new Map(existing.map((r) => [r.id, r]));
  const plan: MergePlan = { add: [], update: [], skip: [] };
  const best = new Map<string, AnnotationRecord>();
  for (const r of incoming) {
    const other = best.get(r.id);
    if (!other) best.set(r.id, r);
    else if (r.modified > other.modified) {
      plan.skip.push(other);
      best.set(r.id, r);
    } else plan.skip.push(r);
  }
  for (const r of best.values()) {
    const current = stored.get(r.id);
    if (!current) plan.add.push(r);
    else if (r.modified > current.modified) plan.update.push(r);
    else plan.skip.push(r);
  }
  return plan;
}
