/**
 * The annotation record: what the database stores and every module exchanges.
 * Selectors follow the W3C Web Annotation Data Model.
 */

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

export const KINDS = ['own', 'directive', 'initiative'] as const;
/** `own` is the reader's own highlight; the others were saved from a detected item. */
export type AnnotationKind = (typeof KINDS)[number];

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
  for (const raw of input.split(/[,，;；\n]/)) {
    const tag = raw.trim().replace(/^#/, '').slice(0, 100);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}
