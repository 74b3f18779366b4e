/** Export and import of annotations: W3C Web Annotation JSON, Markdown, CSV, text-fragment links, merge. */
export { CSV_COLUMNS, CSV_TAG_SEPARATOR, neutraliseCell, quoteCell, toCsv } from './csv';
export { type ExportFormat, type ExportScope, exportFileName } from './file-name';
export { readImportFile, UNREADABLE } from './import-file';
export {
  fromWebAnnotationJson,
  type ImportResult,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ITEMS,
  parseImportText,
  tooLarge,
} from './import-json';
export { IMPORT_LIMITS, type JsonFileLimits, toJsonExportFiles } from './json-files';
export { type MarkdownOptions, toMarkdown } from './markdown';
export { type MarkdownLabels, markdownLabels, messagesLookup } from './markdown-labels';
export { type MergePlan, planMerge } from './merge';
export { textDirective, textFragmentUrl } from './text-fragment';
export {
  type AnnotationCollection,
  type CollectionOptions,
  EXPORT_CONTEXT,
  PM_NAMESPACE,
  toAnnotationCollection,
  toWebAnnotation,
  type WebAnnotation,
} from './web-annotation';
