/** Download file names: `policymark-2026-11-29-all.json` (local date of `date`). */

/** Export formats and their file extensions. */
export type ExportFormat = 'json' | 'md' | 'csv';
/** Which notes an export holds. */
export type ExportScope = 'all' | 'page' | 'filtered';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of `date` in the runtime's own time zone. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The file name for an export made at `date` (in the local time zone); `part` names one file of an
 * export split in several (`policymark-2026-11-29-all-part-2-of-3.json`).
 */
export function exportFileName(
  format: ExportFormat,
  scope: ExportScope,
  date: Date,
  part?: { index: number; count: number },
): string {
  const of = part ? `-part-${part.index}-of-${part.count}` : '';
  return `policymark-${localDay(date)}-${scope}${of}.${format}`;
}
