/**
 * Valibot schema of `AnnotationRecord` with size limits: the one gate for records arriving by message
 * or import. Strict objects (unknown keys are rejected); tags are trimmed, everything else is kept as is.
 */
import * as v from 'valibot';
import { type AnnotationRecord, COLOURS, KINDS, RECORD_LIMITS } from './annotation';

export { RECORD_LIMITS };

const L = RECORD_LIMITS;

function isHttpUrl(s: string): boolean {
  return s.length <= L.url && /^https?:\/\//i.test(s) && URL.canParse(s);
}

const maxLen = (n: number) =>
  v.maxLength<string, number, (issue: v.MaxLengthIssue<string, number>) => string>(
    n,
    (issue) => `longer than ${n} characters (${issue.received})`,
  );

const time = v.pipe(
  v.number('must be a number'),
  v.safeInteger('must be an integer number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(L.maxTime, 'must not be after year 9999'),
);

const offset = v.pipe(
  v.number('must be a number'),
  v.safeInteger('must be an integer'),
  v.minValue(0, 'must be ≥ 0'),
);

/** Schema of one stored annotation; output equals input except that tags are trimmed. */
export const annotationRecordSchema = v.strictObject({
  id: v.pipe(v.string('must be a string'), v.uuid('must be a UUID')),
  url: v.pipe(v.string('must be a string'), maxLen(L.url), v.check(isHttpUrl, 'must be an http(s) URL')),
  pageTitle: v.pipe(v.string('must be a string'), maxLen(L.pageTitle)),
  site: v.pipe(v.string('must be a string'), maxLen(L.site)),
  kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
  detectedType: v.nullable(v.pipe(v.string('must be a string or null'), maxLen(L.detectedType))),
  colour: v.picklist(COLOURS, `must be one of ${COLOURS.join(', ')}`),
  quote: v.strictObject({
    type: v.literal('TextQuoteSelector', 'must be "TextQuoteSelector"'),
    exact: v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'), maxLen(L.exact)),
    prefix: v.pipe(v.string('must be a string'), maxLen(L.context)),
    suffix: v.pipe(v.string('must be a string'), maxLen(L.context)),
  }),
  position: v.pipe(
    v.strictObject({
      type: v.literal('TextPositionSelector', 'must be "TextPositionSelector"'),
      start: offset,
      end: offset,
    }),
    v.check((p) => p.end >= p.start, 'end must be ≥ start'),
  ),
  note: v.pipe(v.string('must be a string'), maxLen(L.note)),
  tags: v.pipe(
    v.array(
      v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be blank'), maxLen(L.tag)),
      'must be an array',
    ),
    v.maxLength(L.tags, `more than ${L.tags} tags`),
  ),
  created: time,
  modified: time,
});

/** Result of `parseAnnotationRecord`: the validated record or the first problem, naming its field. */
export type ParseRecordResult = { ok: true; value: AnnotationRecord } | { ok: false; error: string };

/** Validate untrusted data as an `AnnotationRecord`; the error reads like `quote.exact: must not be empty`. */
export function parseAnnotationRecord(x: unknown): ParseRecordResult {
  if (Array.isArray(x)) return { ok: false, error: 'must be an object' };
  const result = v.safeParse(annotationRecordSchema, x);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, error: describeIssue(result.issues[0]) };
}

/** One-line text for a valibot issue: the field (dotted path, or as `field` names it), then the message. */
export function describeIssue(
  issue: v.BaseIssue<unknown>,
  field: (keys: string[]) => string = (keys) => keys.join('.'),
): string {
  const path = field(issue.path?.map((p) => String(p.key)) ?? []);
  let message = issue.message;
  if (issue.kind === 'schema' && (issue.type === 'strict_object' || issue.type === 'object')) {
    if (issue.expected === 'never') message = 'unknown field';
    else if (issue.expected?.startsWith('"')) message = 'missing';
    else message = 'must be an object';
  }
  return path ? `${path}: ${message}` : message;
}
