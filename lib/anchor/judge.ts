/**
 * The evidence a placement needs besides the quote itself: enough context agreement (in place, or
 * found just beyond an inserted block), no long drift when the context changed, and no sign that the
 * stored context still exists elsewhere (which means the quoted text was removed from there).
 */
import { combineSides, commonRun, displacedSide, sideAgreement } from './context';
import { CHUNK, type Haystack } from './haystack';
import { distance, type Query } from './query';

/** Context agreement at which a placement counts as surrounded by unchanged text. */
export const INTACT = 0.95;
/** Quotes shorter than this (folded) identify nothing by themselves: stricter context rules. */
export const WEAK_LENGTH = 8;
/** Quotes shorter than this (phrases, names of initiatives) also need their own paragraph's context. */
export const PHRASE_LENGTH = 32;
/** A side agreeing at least this much next to the candidate counts as in place. */
const IN_PLACE = 0.5;
/** Weak quotes: each side must agree at least this much, or be found beyond an inserted block. */
const IN_PLACE_WEAK = 0.75;
/** Step between the context chunks looked up elsewhere in the text. */
const STEP = 4;
/**
 * A unique context chunk implies where the quote should be. Text inserted between context and quote
 * moves the quote away from the context by up to INSERTED; text deleted there, closer by up to DELETED.
 */
const INSERTED = 256;
const DELETED = 32;
/** Weak quotes carry no evidence of their own, so less inserted text is believed. */
const INSERTED_WEAK = 64;

/** Settings the judge needs. */
export interface JudgeSettings {
  minContext: number;
  maxDrift: number;
}

/** A candidate as the judge sees it: folded range and context agreement per side. */
export interface Judged {
  start: number;
  end: number;
  context: number;
  prefix: number | null;
  suffix: number | null;
}

/** Context agreement of a candidate [start, end) in folded text. */
export function sides(norm: string, q: Query, start: number, end: number) {
  const prefix = sideAgreement(norm, start, q.prefix, true, -1);
  const suffix = sideAgreement(norm, end, q.suffix, true, 1);
  return { prefix, suffix, context: combineSides(prefix, suffix) };
}

/** Each stored side agrees in place (at least `min`) or is found whole just beyond an inserted block. */
function sidesAccounted(norm: string, q: Query, c: Judged, min: number, gap: number): boolean {
  const p =
    c.prefix === null || c.prefix >= min || displacedSide(norm, c.start, q.prefix, q.prefixInside, true, gap);
  const s =
    c.suffix === null || c.suffix >= min || displacedSide(norm, c.end, q.suffix, q.suffixInside, false, gap);
  return p && s && (c.prefix !== null || c.suffix !== null);
}

/** The context inside the quote's own paragraph agrees, on each side where there is some. */
function insideAgrees(norm: string, q: Query, c: Judged): boolean {
  const p = q.prefixInside ? sideAgreement(norm, c.start, q.prefixInside, true, -1) : null;
  const s = q.suffixInside ? sideAgreement(norm, c.end, q.suffixInside, true, 1) : null;
  return (p === null || p >= IN_PLACE) && (s === null || s >= IN_PLACE);
}

/**
 * True when a piece of the stored context that does not agree in place is found, once, where it
 * puts the quote somewhere else: inside or past the candidate, or farther than an inserted block.
 */
export function contradicted(h: Haystack, q: Query, start: number, end: number, gap: number): boolean {
  const norm = h.norm;
  const ok = (d: number) => d >= -DELETED && d <= gap;
  const m = q.prefix.length;
  const rest = m - commonRun(norm, start, q.prefix, -1);
  for (let j = rest - CHUNK; j >= 0; j -= STEP) {
    const x = h.unique(q.prefix.slice(j, j + CHUNK));
    if (x !== -1 && (x + CHUNK > start || !ok(start - (x + (m - j))))) return true;
  }
  for (let j = commonRun(norm, end, q.suffix, 1); j + CHUNK <= q.suffix.length; j += STEP) {
    const x = h.unique(q.suffix.slice(j, j + CHUNK));
    if (x !== -1 && (x < end || !ok(x - j - end))) return true;
  }
  return false;
}

/** Whether a candidate may be placed. */
export function acceptable(h: Haystack, q: Query, c: Judged, cfg: JudgeSettings): boolean {
  const norm = h.norm;
  const weak = q.quote.length < WEAK_LENGTH;
  const gap = weak ? INSERTED_WEAK : INSERTED;
  if (c.context < cfg.minContext && !sidesAccounted(norm, q, c, IN_PLACE, gap)) return false;
  if (c.context >= INTACT) return true;
  if (q.expected !== null && distance(q, c.start) > cfg.maxDrift) return false;
  if (weak && !sidesAccounted(norm, q, c, IN_PLACE_WEAK, gap)) return false;
  if (q.quote.length < PHRASE_LENGTH && !insideAgrees(norm, q, c)) return false;
  return !contradicted(h, q, c.start, c.end, gap);
}
