/**
 * Import: a JSON file (our W3C export, other Web Annotations, or a Hypothesis export) → validated records.
 * All or nothing: the first problem rejects the whole file with a message naming the item and field.
 */

import type { AnnotationRecord } from '../annotation';
import { errorText } from '../error-text';
import type { MessageKey } from '../i18n';
import { hypothesisToRecord } from './import-hypothesis';
import { type Converted, hasType, isObject } from './import-util';
import { webAnnotationToRecord } from './import-web-annotation';

/** Most annotations one file may hold. */
export const MAX_IMPORT_ITEMS = 100_000;
/** Largest file `parseImportText` reads, in UTF-16 code units (128 Mi). */
export const MAX_IMPORT_CHARS = 128 * 1024 * 1024;

/** Outcome of an import: every record, or the first problem. `ignored` counts Hypothesis replies/page notes. */
/**
 * A failed import: `error` in English (the command line, the tests), and for the UI the message key and
 * arguments that say it in the reader's language (whole-file errors; an item's field errors stay as
 * `error` says them, after a localized "item N:").
 */
export interface ImportFailure {
  ok: false;
  error: string;
  key?: MessageKey;
  args?: string[];
}

export type ImportResult =
  | { ok: true; records: AnnotationRecord[]; format: 'web-annotation' | 'hypothesis'; ignored: number }
  | ImportFailure;

type Items =
  | { items: unknown[]; format: 'web-annotation' | 'hypothesis' }
  | { error: string; key?: MessageKey; args?: string[] };

/** A malformed collection: said in the UI language as such, with the file's own terms after it. */
const malformed = (error: string): Items => ({ error, key: 'importMalformed', args: [error] });

const fail = (error: string, key?: MessageKey, ...args: string[]): ImportFailure =>
  key ? { ok: false, error, key, args } : { ok: false, error };

const NOT_RECOGNISED =
  'not a PolicyMark or Hypothesis export: expected an AnnotationCollection, an AnnotationPage, an Annotation, ' +
  'an array of Annotations or a Hypothesis export';

function looksLikeHypothesis(x: unknown): boolean {
  return isObject(x) && typeof x.uri === 'string' && x.type === undefined;
}

function pageItems(page: unknown, total: unknown): Items {
  if (typeof page === 'string')
    return malformed('first: the collection page is a link, not embedded; cannot fetch it');
  if (!isObject(page) || !hasType(page, 'AnnotationPage'))
    return malformed('first: must be an AnnotationPage');
  if (page.next !== undefined)
    return malformed('first.next: the collection continues on another page; cannot fetch it');
  if (!Array.isArray(page.items)) return malformed('first.items: must be an array');
  return checkTotal(page.items, total);
}

function checkTotal(items: unknown[], total: unknown): Items {
  if (total !== undefined && total !== items.length) {
    return {
      error: `total is ${JSON.stringify(total)} but the file holds ${items.length} annotations (truncated?)`,
      key: 'importTruncated',
      args: [JSON.stringify(total), String(items.length)],
    };
  }
  return { items, format: 'web-annotation' };
}

/** Find the list of items and their format in any accepted container. */
function findItems(json: unknown): Items {
  if (Array.isArray(json)) {
    return { items: json, format: looksLikeHypothesis(json[0]) ? 'hypothesis' : 'web-annotation' };
  }
  if (!isObject(json)) return { error: NOT_RECOGNISED, key: 'importNotRecognised' };
  if (Array.isArray(json.annotations) && json.type === undefined)
    return { items: json.annotations, format: 'hypothesis' };
  if (Array.isArray(json.rows) && json.type === undefined) return { items: json.rows, format: 'hypothesis' };
  if (hasType(json, 'AnnotationCollection')) {
    if (json.first === undefined) {
      if (Array.isArray(json.items)) return checkTotal(json.items, json.total);
      return json.total === 0 || json.total === undefined
        ? { items: [], format: 'web-annotation' }
        : malformed('first: missing');
    }
    return pageItems(json.first, json.total);
  }
  if (hasType(json, 'AnnotationPage')) return pageItems(json, undefined);
  if (hasType(json, 'Annotation')) return { items: [json], format: 'web-annotation' };
  if (looksLikeHypothesis(json)) return { items: [json], format: 'hypothesis' };
  return { error: NOT_RECOGNISED, key: 'importNotRecognised' };
}

/** Validate and convert parsed JSON. Identical repeats of an id collapse; differing repeats are an error. */
export function fromWebAnnotationJson(json: unknown): ImportResult {
  const found = findItems(json);
  if ('error' in found) return fail(found.error, found.key, ...(found.args ?? []));
  const { items, format } = found;
  if (items.length > MAX_IMPORT_ITEMS)
    return fail(
      `too many annotations: ${items.length} (at most ${MAX_IMPORT_ITEMS})`,
      'importTooMany',
      String(items.length),
      String(MAX_IMPORT_ITEMS),
    );
  const convert = format === 'hypothesis' ? hypothesisToRecord : webAnnotationToRecord;
  const records: AnnotationRecord[] = [];
  // Records by id; a repeat is compared as JSON only when it happens (rare), not every record up front.
  const seen = new Map<string, { item: number; record: AnnotationRecord }>();
  let ignored = 0;
  for (const [index, item] of items.entries()) {
    const converted: Converted = convert(item);
    if (converted.ok === 'ignored') {
      ignored++;
      continue;
    }
    if (!converted.ok)
      return fail(`item ${index + 1}: ${converted.error}`, 'importItem', String(index + 1), converted.error);
    const { record } = converted;
    const earlier = seen.get(record.id);
    if (earlier) {
      if (JSON.stringify(earlier.record) === JSON.stringify(record)) continue;
      const repeat = `id ${record.id} repeats item ${earlier.item} with different content`;
      return fail(`item ${index + 1}: ${repeat}`, 'importItem', String(index + 1), repeat);
    }
    seen.set(record.id, { item: index + 1, record });
    records.push(record);
  }
  return { ok: true, records, format, ignored };
}

export function tooLarge(maxChars: number): ImportFailure {
  const mi = String(maxChars / 1024 / 1024);
  return fail(`file too large: more than ${mi} Mi characters`, 'importTooLarge', mi);
}

/** Parse the text of an import file (BOM allowed) and validate it like `fromWebAnnotationJson`. */
export function parseImportText(text: string, maxChars = MAX_IMPORT_CHARS): ImportResult {
  if (text.length > maxChars) return tooLarge(maxChars);
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (start === '') return fail('the file is empty', 'importEmpty');
  if (start.startsWith('page_title,'))
    return fail('this is a CSV export; only JSON exports can be imported', 'importCsv');
  if (start.startsWith('#'))
    return fail('this looks like a Markdown export; only JSON exports can be imported', 'importMarkdown');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const detail = errorText(e);
    return fail(`not valid JSON (truncated or damaged file?): ${detail}`, 'importNotJson', detail);
  }
  return fromWebAnnotationJson(json);
}
