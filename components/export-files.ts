/**
 * The files of an export from a list: JSON (split when one file could not be imported back), Markdown in
 * the UI's language, CSV. Loaded when an export button is pressed (components/ExportBar.tsx), so the
 * export code is not in the script the popup and the library load for their first render.
 */
import type { AnnotationRecord } from '../lib/annotation';
import { exportFileName, markdownLabels, toCsv, toJsonExportFiles, toMarkdown } from '../lib/export';
import { type MessageKey, t } from '../lib/i18n';

export type ExportFormat = 'json' | 'md' | 'csv';

/** One file to save. */
export interface ExportFile {
  name: string;
  text: string;
  mime: string;
}

/** The files exporting `records` as `format` makes, named for `scope` and `now`. */
export function exportFiles(
  records: AnnotationRecord[],
  format: ExportFormat,
  scope: 'all' | 'page' | 'filtered',
  now: Date,
): ExportFile[] {
  const name = exportFileName(format, scope, now);
  if (format === 'json') {
    // More notes than one file can import back are saved as several files, each importable on its own.
    const files = toJsonExportFiles(records, now);
    if (files.length === 1) return [{ name, text: files[0] as string, mime: 'application/ld+json' }];
    return files.map((text, i) => ({
      name: exportFileName(format, scope, now, { index: i + 1, count: files.length }),
      text,
      mime: 'application/ld+json',
    }));
  }
  if (format === 'md') {
    // In the UI's language, as the rest of what the reader sees: the browser's own messages file
    // (zh_TW, zh_HK and zh_MO for a Traditional UI).
    const labels = markdownLabels((key, ...args) => t(key as MessageKey, ...args));
    return [{ name, text: toMarkdown(records, { generated: now, labels }), mime: 'text/markdown' }];
  }
  return [{ name, text: toCsv(records), mime: 'text/csv' }];
}
