/**
 * The annotation record: what the database stores and every module exchanges.
 * Selectors follow the W3C Web Annotation Data Model.
 */

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

export const KINDS = ['own', 'directive', 'initiative'] as const;
/** `own` is the reader's own highlight; the others were saved from a detected item. */
export type AnnotationKind = (typeof KINDS)[number];

/** Limits enforced by `annotationRecordSchema` (lib/annotation-schema.ts) (lengths in UTF-16 code units). */
export const RECORD_LIMITS = {
  url: 2048,
  pageTitle: 1000,
  site: 253,
  detectedType: 100,
  exact: 10000,
  context: 200,
  note: 50000,
  tags: 50,
  tag: 100,
  /** Latest instant whose ISO 8601 form has a four-digit year (9999-12-31T23:59:59.999Z). */
  maxTime: 253402300799999,
} as const;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationRecord {
  /** A UUID made where the annotation is created (the content script), so saves are idempotent. */
  id: string;
  /** Canonical page URL. */
  url: string;
  pageTitle: string;
  /** Host name of the page, for filters. */
  site: string;
  kind: AnnotationKind;
  /** Initiative type or directive style when `kind` is not `own`. */
  detectedType: string | null;
  colour: Colour;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  note: string;
  tags: string[];
  /** Milliseconds since the epoch. */
  created: number;
  modified: number;
}

/**
 * Tags separated by commas, semicolons (either width) or new lines: each trimmed, less a leading #, cut to
 * 100 characters; distinct; at most 50.
 */
/** Tags as the reader edits them in a text box (what parseTags reads back). */
export const tagsText = (tags: readonly string[]): string => tags.join(', ');

export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const tag of typedTags(input)) seen.add(tag.slice(0, RECORD_LIMITS.tag));
  return [...seen].slice(0, RECORD_LIMITS.tags);
}

/** The tags typed in a tags text, each trimmed and less a leading #, blanks left out (not yet cut). */
function typedTags(input: string): string[] {
  return input
    .split(/[,，;；\n]/)
    .map((raw) => raw.trim().replace(/^#/, ''))
    .filter((tag) => tag !== '');
}

/** A limit a typed note or tags text goes over, which the editor says instead of saving a cut copy. */
export type DraftLimit = { key: 'noteTooLong' | 'tooManyTags' | 'tagTooLong'; limit: number };

/** The first limit that the note or the tags text (as `parseTags` reads it) goes over, or null. */
export function draftLimit(note: string, tags: string): DraftLimit | null {
  if (note.trim().length > RECORD_LIMITS.note) return { key: 'noteTooLong', limit: RECORD_LIMITS.note };
  const typed = typedTags(tags);
  if (typed.some((tag) => tag.length > RECORD_LIMITS.tag))
    return { key: 'tagTooLong', limit: RECORD_LIMITS.tag };
  return new Set(typed).size > RECORD_LIMITS.tags ? { key: 'tooManyTags', limit: RECORD_LIMITS.tags } : null;
}
