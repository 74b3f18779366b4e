/** The working record of one list item while directives are assembled (internal to lib/detect). */

import type { Family } from './markers';
import type { DirectiveStyle } from './types';

/** A list item with its headline, span and parent. */
export interface Item {
  family: Family;
  listId: number;
  /** Heading rank for numbered-heading families, else undefined. */
  rank: number | undefined;
  style: DirectiveStyle;
  /** Start of the marker (of the headword for headword paragraphs). */
  start: number;
  /** The marker as printed (the headword without its punctuation for headword paragraphs). */
  marker: string;
  textStart: number;
  textEnd: number;
  para: number;
  paraStart: boolean;
  /** Start of the next item of the same list, or null for the last one. */
  nextSibling: number | null;
  spanEnd: number;
  parent: number | null;
  inToc: boolean;
  /** The list is someone's view or reasons (王青认为，一是…): a directive still, but no evidence of policy. */
  reported: boolean;
}
