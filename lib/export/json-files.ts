/**
 * The JSON export as files the import takes back whole: one file when the notes fit the import's limits
 * (MAX_IMPORT_ITEMS annotations, MAX_IMPORT_CHARS characters), else as many parts as needed, each a
 * complete AnnotationCollection that imports on its own. Importing every part restores every note (the
 * merge is by id, so the order does not matter and a part imported twice changes nothing).
 */
import type { AnnotationRecord } from '../annotation';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ITEMS } from './import-json';
import { toAnnotationCollection } from './web-annotation';

/** How big one file may be for the import to take it (tests pass smaller ones). */
export interface JsonFileLimits {
  maxItems: number;
  maxChars: number;
}

export const IMPORT_LIMITS: JsonFileLimits = { maxItems: MAX_IMPORT_ITEMS, maxChars: MAX_IMPORT_CHARS };

/** The text of one export file, as the JSON export writes it (two-space indentation). */
function collectionText(records: AnnotationRecord[], generated: Date, label?: string): string | null {
  try {
    return JSON.stringify(toAnnotationCollection(records, { generated, label }), null, 2);
  } catch (error) {
    // Longer than the engine's longest string (about 512 Mi characters in V8): split further.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** `records` cut into `parts` runs of nearly equal length, in order. */
function runs(records: AnnotationRecord[], parts: number): AnnotationRecord[][] {
  const size = Math.ceil(records.length / parts);
  const out: AnnotationRecord[][] = [];
  for (let i = 0; i < records.length; i += size) out.push(records.slice(i, i + size));
  return out;
}

/** The runs of `records` whose files each fit `limits` (a single note always fits: at most ~0.5 MB). */
function fittingRuns(
  records: AnnotationRecord[],
  generated: Date,
  limits: JsonFileLimits,
  made?: string | null,
): AnnotationRecord[][] {
  const text =
    made !== undefined ? made : records.length <= limits.maxItems ? collectionText(records, generated) : null;
  if (records.length <= 1 || (text !== null && text.length <= limits.maxChars)) return [records];
  // As many parts as the larger overshoot asks, and a little more for the part labels.
  const parts = Math.max(
    2,
    Math.ceil(records.length / limits.maxItems),
    text === null ? 2 : Math.ceil((text.length * 1.02) / limits.maxChars),
  );
  return runs(records, parts).flatMap((run) => fittingRuns(run, generated, limits));
}

/**
 * The JSON export of `records`: one text when it fits `limits`, else one per part, labelled "part i of n"
 * (`label` of the collection), each within the limits.
 */
export function toJsonExportFiles(
  records: AnnotationRecord[],
  generated: Date,
  limits: JsonFileLimits = IMPORT_LIMITS,
): string[] {
  // The whole text is made once: a library that fits (nearly always) is serialised a single time.
  const whole = records.length <= limits.maxItems ? collectionText(records, generated) : null;
  if (whole !== null && (whole.length <= limits.maxChars || records.length <= 1)) return [whole];
  const parts = fittingRuns(records, generated, limits, whole);
  return parts.map(
    (part, i) =>
      collectionText(part, generated, `PolicyMark export, part ${i + 1} of ${parts.length}`) as string,
  );
}
