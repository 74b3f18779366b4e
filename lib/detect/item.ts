/** The working record of one list item while directives are assembled (internal to lib/detect). */

import type { Candidate } from './markers';
import type { DirectiveStyle } from './types';

/**
 * A list item with its headline, span and parent: its marker candidate (start, textStart, para, paraStart;
 * `family` is the list's, as a 第N item may continue a 是 list) and what the list makes of it.
 */
export interface Item extends Candidate {
  listId: number;
  /** Heading rank for numbered-heading families, else undefined. */
  rank: number | undefined;
  style: DirectiveStyle;
  /** The marker as printed (the headword without its punctuation for headword paragraphs). */
  marker: string;
  textEnd: number;
  /** Start of the next item of the same list, or null for the last one. */
  nextSibling: number | null;
  spanEnd: number;
  parent: number | null;
  inToc: boolean;
}
