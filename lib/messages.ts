/**
 * The one message protocol between content scripts, extension pages and the
 * background. Every request type, its payload schema and its reply type live
 * here; the background validates each request with `parseRequest` before it
 * touches the database. Senders use `sendRequest` (lib/send-request.ts), typed
 * by this module but without its schemas.
 */
import * as v from 'valibot';
import type { AnnotationRecord } from './annotation';
import { annotationRecordSchema } from './annotation-schema';
import { ON_DEMAND_SCRIPTS } from './on-demand';
import { MAX_SIMPLIFY_CHARS } from './send-request';
import { type NoteStatus, STATUS_TEXT_MAX } from './store/note-status';

const url = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) address'),
);
const id = v.pipe(v.string(), v.uuid());
/** The words a note covers now (a little longer than a quote may be: the fuzzy step can take more). */
const nowReads = v.pipe(v.string(), v.maxLength(2 * STATUS_TEXT_MAX));

/** A note's status on its page (lib/store/note-status.ts), as a delete returned it for an Undo. */
const noteStatusSchema = v.strictObject({
  id,
  url,
  state: v.picklist(['changed', 'orphan']),
  text: v.pipe(v.string(), v.maxLength(STATUS_TEXT_MAX)),
  since: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Request payload schemas, keyed by message type. */
export const requestSchemas = {
  /** Create or replace one annotation (idempotent: the id is made by the sender). */
  'annotation:save': v.strictObject({ record: annotationRecordSchema }),
  /**
   * Change a saved note's colour, or its note and tags, by id: the background applies only these fields
   * to the stored note, so another tab's change to the others is kept. Refused when the note no longer
   * exists (deleted elsewhere), and, with `base` (the note and tags the edit started from), when they were
   * changed elsewhere meanwhile.
   */
  'annotation:update': v.strictObject({
    id,
    changes: v.strictObject({
      colour: v.optional(annotationRecordSchema.entries.colour),
      note: v.optional(annotationRecordSchema.entries.note),
      tags: v.optional(annotationRecordSchema.entries.tags),
    }),
    base: v.optional(
      v.strictObject({
        note: annotationRecordSchema.entries.note,
        tags: annotationRecordSchema.entries.tags,
      }),
    ),
  }),
  'annotation:delete': v.strictObject({ id }),
  /**
   * Delete notes by id (the popup's and the library's Delete). The reply carries the deleted notes as they
   * were stored, for Undo, up to DELETE_REPLY_MAX_BYTES of them; the ids it did not reach come back as
   * `rest`, for the next request.
   */
  'annotations:delete-many': v.strictObject({ ids: v.pipe(v.array(id), v.maxLength(100000)) }),
  /** Restore annotations removed by a bulk delete (undo), with the statuses the delete removed with them. */
  'annotations:restore': v.strictObject({
    records: v.pipe(v.array(annotationRecordSchema), v.maxLength(100000)),
    statuses: v.optional(v.pipe(v.array(noteStatusSchema), v.maxLength(100000))),
  }),
  'annotations:for-page': v.strictObject({ url }),
  /**
   * Where the notes of the page `url` stand after the content script placed them (lib/store/note-status.ts):
   * the ids not found, and those placed on words that read differently now, with those words; every other
   * note of the page was placed as saved. The background writes only what changed. Like every content
   * script request it must fit MAX_CONTENT_SCRIPT_REQUEST_BYTES: a page with megabytes of changed quotes
   * is refused, and the lists keep what they last had for it.
   */
  'annotations:placed': v.strictObject({
    url,
    orphans: v.pipe(v.array(id), v.maxLength(10000)),
    changed: v.pipe(v.array(v.strictObject({ id, text: nowReads })), v.maxLength(10000)),
  }),
  /**
   * Import a file an extension page chose: handed over as a `blob:` address in the extension's origin,
   * which the background reads itself, or, when the background could not read that address (another
   * browsing context: Firefox's private windows and containers), as the file's text. The background
   * validates it and merges its records (newer `modified` wins) in one transaction.
   */
  'annotations:import-file': v.union([
    v.strictObject({ url: v.pipe(v.string(), v.maxLength(200), v.startsWith('blob:')) }),
    v.strictObject({ text: v.string() }),
  ]),
  /** Open a page in a new tab and scroll to (and flash) one of its annotations. */
  'annotation:open': v.strictObject({ id, url }),
  /**
   * A Traditional Chinese page's text and title in simplified characters, code unit for code unit
   * (lib/detect/traditional.ts): the content script has no room for the table.
   */
  'text:simplify': v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_SIMPLIFY_CHARS)),
    title: v.pipe(v.string(), v.maxLength(1000)),
  }),
  /**
   * The content script needs its toolbar, note card or badges for the first time: the background runs the
   * in-page UI's script (entrypoints/page-ui.ts) in the sender's frame, so pages nobody selects on never
   * load it (docs/design.md, "In-page UI on first use").
   */
  'ui:load': v.strictObject({}),
  /**
   * The content script needs code it does not carry: the background runs that script in the sender's
   * frame (docs/design.md, "Code on first need"). `fuzzy`: the fuzzy re-anchoring step
   * (entrypoints/page-fuzzy.ts), when a saved note's quote is not found exactly with its context;
   * `english`: the detector's English half, names and policy signals (entrypoints/page-english.ts), on a
   * page that is not Chinese.
   */
  'script:load': v.strictObject({ script: v.picklist(ON_DEMAND_SCRIPTS) }),
  /** The content script reports the page it analysed (for the library's page list). */
  'page:seen': v.strictObject({
    url,
    title: v.pipe(v.string(), v.maxLength(1000)),
    site: v.pipe(v.string(), v.maxLength(253)),
    isPolicy: v.boolean(),
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /** Distinct named initiatives found on the page (for the library's initiative index). */
    initiatives: v.pipe(
      v.array(
        v.strictObject({
          text: v.pipe(v.string(), v.maxLength(200)),
          type: v.pipe(v.string(), v.maxLength(20)),
        }),
      ),
      v.maxLength(500),
    ),
  }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = v.InferOutput<(typeof requestSchemas)[T]>;

/** Reply types, keyed by message type. */
export interface ReplyMap {
  'annotation:save': { saved: true };
  /** The note as stored after the change (with whatever other tabs changed). */
  'annotation:update': { record: AnnotationRecord };
  /** `record`: the note as it was stored when deleted (null when it was already gone). */
  'annotation:delete': { deleted: boolean; record: AnnotationRecord | null };
  /**
   * `records`: the notes deleted, as they were stored (ids already gone are skipped); `rest`: the ids not
   * reached because the reply was full (DELETE_REPLY_MAX_BYTES), still stored, to send again; `statuses`:
   * the deleted notes' statuses on their pages, deleted with them (for the Undo).
   */
  'annotations:delete-many': { records: AnnotationRecord[]; rest: string[]; statuses: NoteStatus[] };
  'annotations:restore': { restored: number };
  'annotations:for-page': { records: AnnotationRecord[] };
  /** `written`: rows written or deleted (0 when the page's outcome is what was stored). */
  'annotations:placed': { written: number };
  /** `ignored`: items of the file that are not notes on a quote (Hypothesis page notes and replies). */
  'annotations:import-file': { added: number; updated: number; skipped: number; ignored: number };
  'page:seen': { ok: true };
  'annotation:open': { opened: true };
  'text:simplify': { text: string; title: string };
  'ui:load': { loaded: true };
  'script:load': { loaded: true };
}

export type Reply<T extends RequestType> = { ok: true; value: ReplyMap[T] } | { ok: false; error: string };

export interface Request<T extends RequestType = RequestType> {
  type: T;
  payload: RequestPayload<T>;
}

/** Largest serialized request the background accepts from our pages (a restore of 100k notes fits). */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

/**
 * Most JSON (UTF-8 bytes) of deleted notes one `annotations:delete-many` reply carries: a reply is a
 * message too (at most 64 MiB in Chrome), and a library can delete 10,000 notes of 50,000 characters.
 * The same bound as one Undo request (components/restore.ts), so a reply's notes go back in one request.
 */
export const DELETE_REPLY_MAX_BYTES = 8_000_000;

/**
 * Largest serialized request it accepts from a content script. The largest valid one is a save at every
 * record limit, about 70,000 characters, or an update with its base, or a `page:seen` with 500 initiatives,
 * each about 110,000; even with every character escaped as \uXXXX in JSON they stay under 700,000, and
 * so does a `text:simplify` of 100,000 characters.
 */
export const MAX_CONTENT_SCRIPT_REQUEST_BYTES = 1024 * 1024;

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

/** Validate an untrusted message; returns the typed request or a one-line error. */
export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isRequestType(type)) return { ok: false, error: `unknown message type: ${String(type).slice(0, 60)}` };
  const schema = requestSchemas[type];
  const result = v.safeParse(schema, payload);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${type}: ${path ? `${path}: ` : ''}${issue.message}` };
  }
  return { ok: true, request: { type, payload: result.output } as Request };
}

/** Messages the background or popup sends to a content script in a tab. */
export type TabRequest =
  | { type: 'tab:command'; action: 'highlight' | 'note' }
  | { type: 'tab:info' }
  | {
      type: 'tab:scroll-to';
      target: { annotationId: string } | { start: number; end: number };
      /** The page itself says when the note's words are gone (the reader was sent there from the library). */
      sayGone?: boolean;
    }
  | { type: 'tab:refresh' }
  /** Notes filed under these addresses were saved, changed or deleted elsewhere (the background tells every tab). */
  | { type: 'tab:changed'; urls: string[] };

export interface TabInfo {
  url: string;
  title: string;
  site: string;
  enabled: boolean;
  analysis: import('./detect/types').Analysis | null;
  /** Ids of this page's annotations that could not be anchored. */
  orphanIds: string[];
  /**
   * This page's annotations placed on words that differ from their quote (the fuzzy step: a figure
   * revised), with the words they cover now. Absent from a content script older than this field.
   */
  changed?: Array<{ id: string; text: string }>;
}
