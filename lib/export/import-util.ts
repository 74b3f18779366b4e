/** Helpers shared by the import converters: type guards and the final record validation. */
import * as v from 'valibot';
import type { AnnotationRecord, TextQuoteSelector } from '../annotation';
import { annotationRecordSchema, describeIssue } from '../annotation-schema';
import { parseIsoTime } from './iso-time';

/** What converting one imported item gives: a record, a reason to leave it out, or the first problem. */
export type Converted =
  | { ok: true; record: AnnotationRecord }
  | { ok: false; error: string }
  | { ok: 'ignored'; reason: string };

/** A plain JSON object (not an array, not null). */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** True when a JSON-LD `type` value (string or array) contains `name`. */
export function hasType(x: Record<string, unknown>, name: string): boolean {
  const t = x.type;
  return t === name || (Array.isArray(t) && t.includes(name));
}

/** A single value or an array, as an array (JSON-LD allows both). */
export function asArray(x: unknown): unknown[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

/** The TextQuoteSelector and TextPositionSelector among `selectors`, after checking their value types. */
export function readSelectors(
  selectors: unknown[],
):
  | { ok: true; quote: TextQuoteSelector | null; start: unknown; end: unknown }
  | { ok: false; error: string } {
  const where = 'target.selector';
  const quote = selectors.find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Record<
    string,
    unknown
  >;
  const position = selectors.find((s) => isObject(s) && s.type === 'TextPositionSelector') as
    | Record<string, unknown>
    | undefined;
  if (!quote) return { ok: true, quote: null, start: 0, end: 0 };
  for (const key of ['exact', 'prefix', 'suffix'] as const) {
    if (key === 'exact' && quote.exact === undefined)
      return { ok: false, error: `${where}: TextQuoteSelector missing "exact"` };
    if (quote[key] !== undefined && typeof quote[key] !== 'string') {
      return { ok: false, error: `${where}: TextQuoteSelector "${key}" must be a string` };
    }
  }
  const text = (key: string) => (quote[key] as string | undefined) ?? '';
  const q: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text('exact'),
    prefix: text('prefix'),
    suffix: text('suffix'),
  };
  if (!position) return { ok: true, quote: q, start: 0, end: 0 };
  for (const key of ['start', 'end'] as const) {
    if (typeof position[key] !== 'number') {
      return { ok: false, error: `${where}: TextPositionSelector "${key}" must be a number` };
    }
  }
  return { ok: true, quote: q, start: position.start, end: position.end };
}

/** Run the record schema on a converted candidate; `field` names record fields as the source format does. */
export function finishRecord(candidate: unknown, field: (keys: string[]) => string): Converted {
  const result = v.safeParse(annotationRecordSchema, candidate);
  if (result.success) return { ok: true, record: result.output };
  return { ok: false, error: describeIssue(result.issues[0], field) };
}

/** Names for record fields inside a TextQuoteSelector / TextPositionSelector, shared by both formats. */
export function selectorField(keys: string[]): string | null {
  const [head, sub] = keys;
  if (head === 'quote') return `target.selector: TextQuoteSelector${sub ? ` "${sub}"` : ''}`;
  if (head === 'position') return `target.selector: TextPositionSelector${sub ? ` "${sub}"` : ''}`;
  return null;
}

/** `obj[key]` as epoch ms from an ISO 8601 date-time with a zone, or the problem as a message. */
export function readTime(obj: Record<string, unknown>, key: string): number | string {
  const value = obj[key];
  if (typeof value !== 'string') return `${key}: ${value === undefined ? 'missing' : 'must be a string'}`;
  return parseIsoTime(value) ?? `${key}: not an ISO 8601 date-time with a time zone`;
}
