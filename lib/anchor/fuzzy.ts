/**
 * Fuzzy step: approximate matches of the folded quote (Myers' bit-parallel search), first in a
 * window around the old position, then in the whole text, scored on quote, context and distance.
 */
import search from 'approx-string-match';
import type { Haystack } from './haystack';
import { acceptable, INTACT, type JudgeSettings, sides } from './judge';
import { type Candidate, distance, type Query } from './query';

/** Weights of the score, as in Hypothesis's match-quote: quote, prefix, suffix, position. */
const W_QUOTE = 50;
const W_SIDE = 20;
const W_POS = 2;
/** Search rounds per region: matches rejected in one round are masked for the next. */
const ROUNDS = 3;
/** Matches scored per round; the rest (farthest from the old position) are only masked. */
const MAX_SCORED = 64;
/**
 * A control character that article text never holds. Not U+FFFF: Chrome refuses to load a content
 * script containing a Unicode noncharacter (the minifier inlines it as a literal).
 */
const MASK = '\u0001';

/** Settings the fuzzy step needs. */
export interface FuzzySettings extends JudgeSettings {
  minScore: number;
  maxErrorRate: number;
  window: number;
}

/** Levenshtein distance, O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (ac === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Score a folded range holding the quote with `errors` edits: quote, context and position. */
export function score(norm: string, q: Query, start: number, end: number, errors: number): Candidate {
  const sd = sides(norm, q, start, end);
  const pos = q.expected === null ? 1 : 1 - Math.min(1, distance(q, start) / Math.max(1, norm.length));
  const quote = Math.max(0, 1 - errors / q.quote.length);
  const num = W_QUOTE * quote + W_SIDE * (sd.prefix ?? 0) + W_SIDE * (sd.suffix ?? 0) + W_POS * pos;
  const den = W_QUOTE + (sd.prefix === null ? 0 : W_SIDE) + (sd.suffix === null ? 0 : W_SIDE) + W_POS;
  return { start, end, ...sd, score: num / den };
}

/** Context characters that must agree exactly for a boundary to count as pinned. */
const PIN = 8;
/** How far from a reported boundary a better-pinned one is looked for, beyond the error budget. */
const REACH = 16;

/** Offset in [from, to] where the most of `side` agrees exactly, read outward; ties go to `near`. */
function pinned(norm: string, side: string, from: number, to: number, near: number, before: boolean) {
  // No stored context on this side: the quote began (or ended) the text, so pin to the text's edge.
  if (side.length === 0) return before ? (from === 0 ? 0 : near) : to === norm.length ? to : near;
  let best = near;
  let bestLen = -1;
  for (let at = from; at <= to; at++) {
    let k = 0;
    if (before) while (k < side.length && at - k > 0 && norm[at - k - 1] === side[side.length - k - 1]) k++;
    else while (k < side.length && at + k < norm.length && norm[at + k] === side[k]) k++;
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
  const r = maxErrors + REACH;
  const s = pinned(norm, q.prefix, Math.max(0, c.start - r), Math.min(c.end - 1, c.start + r), c.start, true);
  const e = pinned(norm, q.suffix, Math.max(s + 1, c.end - r), Math.min(norm.length, c.end + r), c.end, false);
  if (s === c.start && e === c.end) return c;
  if (Math.abs(e - s - q.quote.length) > maxErrors) return null;
  const errors = editDistance(q.quote, norm.slice(s, e));
  return errors > maxErrors ? null : score(norm, q, s, e, errors);
}

/** Copy norm[from,to) with the given folded ranges blanked out, so they cannot match again. */
function masked(norm: string, from: number, to: number, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return norm.slice(from, to);
  const sorted = ranges.filter(([s, e]) => e > from && s < to).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = from;
  for (const [s, e] of sorted) {
    const a = Math.max(at, s);
    const b = Math.min(to, e);
    if (b <= a) continue;
    out += norm.slice(at, a) + MASK.repeat(b - a);
    at = b;
  }
  return out + norm.slice(at, to);
}

function better(a: Candidate, b: Candidate, q: Query): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = Math.abs(a.end - a.start - q.quote.length);
  const lb = Math.abs(b.end - b.start - q.quote.length);
  if (la !== lb) return la < lb;
  return distance(q, a.start) < distance(q, b.start);
}

function searchRegion(
  h: Haystack,
  q: Query,
  from: number,
  to: number,
  blocked: Array<[number, number]>,
  cfg: FuzzySettings,
): Candidate | null {
  const norm = h.norm;
  const maxErrors = Math.max(1, Math.floor(q.quote.length * cfg.maxErrorRate));
  const mask = [...blocked];
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
      const c = refine(norm, q, score(norm, q, from + m.start, from + m.end, m.errors), maxErrors);
      if (!c || c.score < cfg.minScore || (best && !better(c, best, q))) continue;
      if (acceptable(h, q, c, cfg)) best = c;
    }
    if (best && best.context >= INTACT) break;
  }
  return best;
}

/** Run the fuzzy step; `blocked` are folded ranges already rejected by the exact step. */
export function findFuzzy(
  h: Haystack,
  q: Query,
  blocked: Array<[number, number]>,
  cfg: FuzzySettings,
): Candidate | null {
  const n = h.norm.length;
  if (q.expected !== null) {
    const from = Math.max(0, q.expected - cfg.window);
    const to = Math.min(n, q.expected + q.quote.length + cfg.window);
    const hit = searchRegion(h, q, from, to, blocked, cfg);
    if (hit || (from === 0 && to === n)) return hit;
  }
  return searchRegion(h, q, 0, n, blocked, cfg);
}
