/**
 * Fuzzy step: approximate matches of the folded quote (Myers' bit-parallel search), first in a
 * window around the old position, then in the whole text, scored on quote, context and distance.
 */
import search from 'approx-string-match';
import { commonRun } from './context';
import type { Haystack } from './haystack';
import { acceptable, INTACT, type JudgeSettings, sides } from './judge';
import { type Candidate, distance, type Query } from './query';
import { candidateRegions, editDistance, masked } from './regions';

/** Weights of the score, as in Hypothesis's match-quote: quote, prefix, suffix, position. */
const W_QUOTE = 50;
const W_SIDE = 20;
const W_POS = 2;
/** Search rounds per region: matches rejected in one round are masked for the next. */
const ROUNDS = 3;
/** Matches scored per round; the rest (farthest from the old position) are only masked. */
const MAX_SCORED = 64;

/** Settings the fuzzy step needs. */
export interface FuzzySettings extends JudgeSettings {
  minScore: number;
  maxErrorRate: number;
  window: number;
}

/** Score a folded range holding the quote with `errors` edits: quote, context and position. */
export function score(norm: string, q: Query, start: number, end: number, errors: number): Candidate {
  const sd = sides(norm, q, start, end);
  const pos = q.expected === null ? 1 : 1 - Math.min(1, distance(q, start) / Math.max(1, norm.length));
  const quote = Math.max(0, 1 - errors / q.quote.length);
  const num = W_QUOTE * quote + W_SIDE * (sd.prefix ?? 0) + W_SIDE * (sd.suffix ?? 0) + W_POS * pos;
  const den = W_QUOTE + (sd.prefix === null ? 0 : W_SIDE) + (sd.suffix === null ? 0 : W_SIDE) + W_POS;
  return { start, end, ...sd, score: num / den, errors };
}

/** Context characters that must agree exactly for a boundary to count as pinned. */
const PIN = 8;
/**
 * Farthest a boundary is moved to where the context agrees (an inserted word cut off by Myers); context
 * found farther off is displaced by an inserted block and leaves the boundary alone.
 */
const REACH = 16;

/**
 * Offset in [from, to] where the most of `side` agrees exactly, read outward (`dir` as in commonRun: -1
 * a prefix, 1 a suffix); ties go to `near`.
 */
function pinned(norm: string, side: string, from: number, to: number, near: number, dir: 1 | -1) {
  // No stored context on this side: the quote began (or ended) the text, so pin to the text's edge.
  if (side.length === 0) return dir === 1 ? (to === norm.length ? to : near) : from === 0 ? 0 : near;
  let best = near;
  let bestLen = -1;
  for (let at = from; at <= to; at++) {
    const k = commonRun(norm, at, side, dir);
    if (k > bestLen || (k === bestLen && Math.abs(at - near) < Math.abs(best - near))) {
      best = at;
      bestLen = k;
    }
  }
  return bestLen >= Math.min(PIN, side.length) ? best : near;
}

/**
 * Myers reports the cheapest alignment, which may cut an inserted word off the quote's edge. Where
 * the stored context agrees exactly a little way off, move the boundary there; if the quote then
 * needs more errors than allowed, the match is not this quote (null).
 */
function refine(norm: string, q: Query, c: Candidate, maxErrors: number): Candidate | null {
  const r = REACH;
  const s = pinned(norm, q.prefix, Math.max(0, c.start - r), Math.min(c.end - 1, c.start + r), c.start, -1);
  const e = pinned(norm, q.suffix, Math.max(s + 1, c.end - r), Math.min(norm.length, c.end + r), c.end, 1);
  if (s === c.start && e === c.end) return c;
  if (Math.abs(e - s - q.quote.length) > maxErrors) return null;
  const errors = editDistance(q.quote, norm.slice(s, e));
  return errors > maxErrors ? null : score(norm, q, s, e, errors);
}

function better(a: Candidate, b: Candidate, q: Query): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = Math.abs(a.end - a.start - q.quote.length);
  const lb = Math.abs(b.end - b.start - q.quote.length);
  if (la !== lb) return la < lb;
  return distance(q, a.start) < distance(q, b.start);
}

/** Highest score a match with more errors than `errors` could reach (perfect context, same place). */
function bound(q: Query, errors: number): number {
  const sidesWeight = (q.prefix ? W_SIDE : 0) + (q.suffix ? W_SIDE : 0);
  return (
    (W_QUOTE * (1 - (errors + 1) / q.quote.length) + sidesWeight + W_POS) / (W_QUOTE + sidesWeight + W_POS)
  );
}

function searchRegion(
  h: Haystack,
  q: Query,
  from: number,
  to: number,
  notches: Array<[number, number]>,
  cfg: FuzzySettings,
): Candidate | null {
  const norm = h.norm;
  const maxErrors = errorBudget(q, cfg);
  const mask = [...notches];
  let best: Candidate | null = null;
  // Later rounds find matches with more errors that may still score higher (intact context).
  for (let round = 0; round < ROUNDS; round++) {
    const matches = search(masked(norm, from, to, mask), q.quote, maxErrors);
    if (matches.length === 0) break;
    const near = (m: { start: number }) => distance(q, from + m.start);
    const ranked = matches.length > MAX_SCORED ? [...matches].sort((a, b) => near(a) - near(b)) : matches;
    for (const m of matches) mask.push([from + m.start, from + m.end]);
    for (const m of ranked.slice(0, MAX_SCORED)) {
      if (m.end <= m.start) continue;
      const start = from + m.start;
      const end = from + m.end;
      const notched = notches.some(([a]) => a >= start && a < end);
      const errors = notched ? editDistance(q.quote, norm.slice(start, end)) : m.errors;
      const c = refine(norm, q, score(norm, q, start, end, errors), maxErrors);
      // An exact copy (the exact step has judged those), unless its boundaries moved.
      if (!c || c.errors === 0 || c.score < cfg.minScore || (best && !better(c, best, q))) continue;
      if (acceptable(h, q, c, cfg)) best = c;
    }
    if (best && (best.context >= INTACT || best.score >= bound(q, matches[0]?.errors ?? 0))) break;
  }
  return best;
}

/** First window around the old position, in characters either side beyond the quote: most edits stay put. */
const NEAR = 64;

function errorBudget(q: Query, cfg: FuzzySettings): number {
  return Math.max(1, Math.floor(q.quote.length * cfg.maxErrorRate));
}

/** Run the fuzzy step; `blocked` are folded ranges already rejected by the exact step. */
export function findFuzzy(
  h: Haystack,
  q: Query,
  blocked: Array<[number, number]>,
  cfg: FuzzySettings,
): Candidate | null {
  const n = h.norm.length;
  // Exact copies the judge rejected lose one middle character, so they cannot win again but a
  // match that contains one with an insertion (the quote edited at its edge) can still be found.
  const notches = blocked.map(([s, e]): [number, number] => [(s + e) >> 1, ((s + e) >> 1) + 1]);
  if (q.expected !== null) {
    // Widening windows around the old position, then the whole text.
    for (const reach of [NEAR + q.quote.length, cfg.window]) {
      const from = Math.max(0, q.expected - reach);
      const to = Math.min(n, q.expected + q.quote.length + reach);
      const hit = searchRegion(h, q, from, to, notches, cfg);
      if (hit || (from === 0 && to === n)) return hit;
    }
  }
  const regions = candidateRegions(h.norm, q.quote, errorBudget(q, cfg)) ?? [[0, n]];
  let best: Candidate | null = null;
  for (const [from, to] of regions) {
    const hit = searchRegion(h, q, from, to, notches, cfg);
    if (hit && (!best || better(hit, best, q))) best = hit;
  }
  return best;
}
