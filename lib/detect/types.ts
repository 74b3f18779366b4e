/** Plain data returned by `analyze()`; the contract of DESIGN.md's command-line analyser. */
import type { WordCount } from './word-trie';

export type DirectiveStyle = 'ordinal' | 'heading' | 'headword' | 'dash-bullet';

export type InitiativeType =
  | 'document'
  | 'campaign'
  | 'project'
  | 'program'
  | 'plan'
  | 'zone'
  | 'mechanism'
  | 'other';

export interface Directive {
  /** The marker as printed (`一是`, `第二，`, `（三）`, `Firstly,`); for headword paragraphs the headword. */
  marker: string;
  /** The headline: after the marker up to and including the first sentence end (LABELING.md §2). */
  text: string;
  /** Offsets into the article text; the span covers marker plus headline. */
  start: number;
  end: number;
  /** Index into `directives` of the enclosing item, or null. */
  parent: number | null;
  style: DirectiveStyle;
  /** True for a heading copied into a table of contents. */
  inToc?: boolean;
  /**
   * True for an item of a list given as someone's view or reasons (王青认为，一是…; 原因有三：一是…): shown like
   * any directive, but not counted as evidence that the article is policy.
   */
  reported?: boolean;
}

export interface Initiative {
  /** Surface string exactly as printed, quotation marks and 《》 included. */
  text: string;
  type: InitiativeType;
  start: number;
  end: number;
}

/** The initiative printed at text[start, end). */
export const initiative = (text: string, type: InitiativeType, start: number, end: number): Initiative => ({
  text: text.slice(start, end),
  type,
  start,
  end,
});

export interface Analysis {
  isPolicy: boolean;
  /** Policy score in [0, 1]. */
  score: number;
  /** Human-readable reasons for and against. */
  reasons: string[];
  title: string;
  directives: Directive[];
  initiatives: Initiative[];
}

export interface AnalyzeOptions {
  /** The page title, when known (used as a signal and echoed in `title`). */
  title?: string;
  url?: string;
  /**
   * For a Traditional Chinese page: the text (and the title, if given) in simplified characters, code unit
   * for code unit (lib/detect/traditional.ts). The rules read these; what is reported is as printed.
   */
  simplified?: { text: string; title?: string };
}

/** What a page says for and against being policy, counted in its first 20,000 characters (policy.ts). */
export interface PolicySignals {
  /** The text counted, less the words that are no signal there. */
  body: string;
  bodies: WordCount;
  verbs: WordCount;
  market: WordCount;
  company: WordCount;
  normative: WordCount;
  opinion: WordCount;
  firstPerson: WordCount;
  /** Issuing bodies in the title. */
  titleBodies: number;
  /** The title's subject is a body deciding (English), or a Chinese title gives a body's own words (证监会：…). */
  decides: boolean;
  /** The title reports a market move (English). */
  moves: boolean;
  /** The title speculates on what may happen: a forecast, a poll, odds. */
  speculates: boolean;
  /**
   * The lede reports a statistics release: an office's or customs' figures, two or more of them, and their change
   * (policy.ts and policy-en.ts, DATA_LEDE_*). Absent where not read.
   */
  reportsData?: string;
  /** Marks of an opinion page (English: a Commentary label, a contributors' disclaimer, an argument's headline). */
  editorial?: WordCount;
}

/** The English half of the policy signals (policy-en.ts), loaded on pages that are not Chinese. */
export type ReadEnglishPolicy = (head: string, title: string) => PolicySignals;

/** What a page that is not Chinese needs of the detector beyond the content script (english.ts). */
export interface English {
  /** English initiative names (english-names.ts). */
  names: (text: string) => Initiative[];
  /** English policy signals (policy-en.ts). */
  policy: ReadEnglishPolicy;
}
