/** Download file names: `policymark-2026-11-29-all.json` (local date of `date`). */

/** Export formats and their file extensions. */
export type ExportFormat = 'json' | 'md' | 'csv';
/** Which notes an export holds. */
export type ExportScope = 'all' | 'page' | 'filtered';

/** The file name for an export made at `date` (in the local time zone). */
export function exportFileName(format: ExportFormat, scope: ExportScope, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `policymark-${day}-${scope}.${format}`;
}
