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

/** The file name for an export made at `date` (in the local time zone). */
export function exportFileName(format: ExportFormat, scope: ExportScope, date: Date): string {
  return `policymark-${localDay(date)}-${scope}.${format}`;
}
