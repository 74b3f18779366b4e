/**
 * Re-anchoring of saved annotations: position → exact quote (folded, nearest with context) →
 * fuzzy quote (windowed) → orphan. Never places a note where the evidence is weak.
 *
 * The fuzzy step (fuzzy.ts, with approx-string-match) is passed in, not imported: the content script
 * loads it only when a note needs it (entrypoints/content/anchoring.ts). index.ts gives everyone else
 * `anchorAll` and `anchorSelectors` with it.
 */
import { findExact } from './exact';
import type { FuzzySettings } from './fuzzy';
import { Haystack } from './haystack';
import { INTACT } from './judge';
import { type NormalizedText, normalizeText, rawRange } from './normalize';
import { buildQuery, type Candidate, type Query } from './query';
import {
  type Anchored,
  type AnchorOptions,
  type AnchorSelectors,
  DEFAULT_ANCHOR_OPTIONS,
  MIN_FUZZY_LENGTH,
} from './types';

/** A text prepared once for many anchorings; the folded form is built on first need. */
export interface PreparedText {
  text: string;
  folded(): NormalizedText;
  haystack(): Haystack;
}

/** Wrap a text so that anchoring many annotations folds it only once. */
export function prepareText(text: string): PreparedText {
  let nt: NormalizedText | null = null;
  let hs: Haystack | null = null;
  const folded = () => {
    nt ??= normalizeText(text);
    return nt;
  };
  return {
    text,
    folded,
    haystack: () => {
      hs ??= new Haystack(folded().norm);
      return hs;
    },
  };
}

/** Selectors as stored may come from an import: keep strings and finite numbers, drop the rest. */
function clean(sel: AnchorSelectors | null | undefined): AnchorSelectors | null {
  const q = sel?.quote;
  if (!q || typeof q.exact !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const quote = {
    type: 'TextQuoteSelector' as const,
    exact: q.exact,
    prefix: str(q.prefix),
    suffix: str(q.suffix),
  };
  const p = sel?.position;
  // Kept as stored when usable: only its start and end are read.
  const position = p && Number.isFinite(p.start) && Number.isFinite(p.end) ? p : undefined;
  // An undefined position reads as none (byPosition and buildQuery test it).
  return { quote, position };
}

/** Step 1: the stored position, accepted only when the quote and its context are unchanged there. */
function byPosition(text: string, sel: AnchorSelectors): Anchored | null {
  const pos = sel.position;
  if (!pos) return null;
  const { start, end } = pos;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return null;
  }
  const { exact, prefix, suffix } = sel.quote;
  // The prefix ends at start (endsWith's second argument is where the searched text ends); the suffix starts at end.
  return text.slice(start, end) === exact && text.endsWith(prefix, start) && text.startsWith(suffix, end)
    ? { start, end, method: 'position', score: 1 }
    : null;
}

function leadingSpace(s: string): number {
  return s.length - s.trimStart().length;
}

function trailingSpace(s: string): number {
  return s.length - s.trimEnd().length;
}

/** Map a folded candidate to the real text, giving back whitespace the quote began or ended with. */
function toRaw(text: string, nt: NormalizedText, c: Candidate, exact: string) {
  let { start, end } = rawRange(nt, c.start, c.end);
  // Past either end of the text the character is undefined, which /\s/ reads as "undefined": no space.
  for (let k = leadingSpace(exact); k > 0 && /\s/.test(text[start - 1] as string); k--) start--;
  for (let k = trailingSpace(exact); k > 0 && /\s/.test(text[end] as string); k--) end++;
  return { start, end };
}

/** Edits small enough for an edited copy in place to beat an exact copy whose surroundings changed. */
function slightEdit(length: number): number {
  return Math.max(3, Math.floor(length / 10));
}

/** The fuzzy step (fuzzy.ts's `findFuzzy`). */
export type FuzzyStep = (
  h: Haystack,
  q: Query,
  blocked: Array<[number, number]>,
  cfg: FuzzySettings,
) => Candidate | null;

/**
 * What anchoring without the fuzzy step answers when that step is needed: `quoted` is the exact step's
 * placement (or null), the answer to keep if the fuzzy step cannot be had.
 */
export interface FuzzyWanted {
  fuzzyWanted: true;
  quoted: Anchored | null;
}

/** True for anchorPrepared's answer when the fuzzy step was wanted and not given. */
export const isFuzzyWanted = (r: Anchored | FuzzyWanted | null): r is FuzzyWanted =>
  r !== null && 'fuzzyWanted' in r;

/**
 * Anchor one annotation on a prepared text. With `fuzzy` null, an annotation that needs the fuzzy step
 * is answered with FuzzyWanted.
 */
export function anchorPrepared(
  pt: PreparedText,
  given: AnchorSelectors,
  opts: AnchorOptions,
  fuzzy: FuzzyStep,
): Anchored | null;
export function anchorPrepared(
  pt: PreparedText,
  given: AnchorSelectors,
  opts: AnchorOptions,
  fuzzy: FuzzyStep | null,
): Anchored | FuzzyWanted | null;
export function anchorPrepared(
  pt: PreparedText,
  given: AnchorSelectors,
  opts: AnchorOptions,
  fuzzy: FuzzyStep | null,
): Anchored | FuzzyWanted | null {
  const cfg = { ...DEFAULT_ANCHOR_OPTIONS, ...opts };
  const sel = clean(given);
  if (!sel) return null;
  const exact = sel.quote.exact;
  const direct = byPosition(pt.text, sel);
  if (direct) return direct;

  const nt = pt.folded();
  const q = buildQuery(sel, nt.toNorm);
  if (q.quote.length === 0) return null;
  const h = pt.haystack();
  const ex = findExact(h, q, cfg);
  const quoted = ex.hit ? { ...toRaw(pt.text, nt, ex.hit, exact), method: 'quote' as const, score: 1 } : null;
  if (ex.tooMany || q.quote.length < MIN_FUZZY_LENGTH || (ex.hit && ex.hit.context >= INTACT)) return quoted;

  // An exact copy with changed surroundings loses to a slightly edited copy with intact surroundings.
  if (!fuzzy) return { fuzzyWanted: true, quoted };
  const blocked = ex.occurrences.map((at): [number, number] => [at, at + q.quote.length]);
  const fz = fuzzy(h, q, blocked, cfg);
  if (!fz) return quoted;
  if (ex.hit && !(fz.context >= INTACT && fz.errors <= slightEdit(q.quote.length))) return quoted;
  return { ...toRaw(pt.text, nt, fz, exact), method: 'fuzzy', score: fz.score };
}
