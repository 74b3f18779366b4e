/**
 * Exact quote step: every occurrence of the folded quote, ranked by context agreement and then by
 * distance from the old position; the winner must still pass the judge.
 */
import { combineSides, sideAgreement } from './context';
import type { Haystack } from './haystack';
import { acceptable, type JudgeSettings, sides } from './judge';
import { type Candidate, distance, type Query } from './query';

/** More occurrences than this means the quote cannot be told apart: orphan. */
export const MAX_OCCURRENCES = 200_000;
/** Occurrences re-scored with fuzzy context after the cheap exact-context pass. */
const SHORTLIST = 8;
/** Contexts this close count as equal; the nearer occurrence then wins. */
const TIE = 0.05;

/** Outcome of the exact step: the accepted candidate, and every occurrence start (for masking). */
export interface ExactResult {
  hit: Candidate | null;
  occurrences: number[];
  tooMany: boolean;
}

/** Folded characters either side of the old position searched first for an untouched copy. */
const NEARBY = 4096;

/**
 * The occurrence nearest the old position, when it lies within NEARBY and both sides agree in full:
 * nothing can beat it (no better context, no nearer copy), so the whole text need not be scanned.
 */
function untouchedNearby(norm: string, q: Query): Candidate | null {
  if (q.expected === null) return null;
  const len = q.quote.length;
  const from = Math.max(0, q.expected - NEARBY);
  const to = Math.min(norm.length, q.expected + len + NEARBY);
  let at = -1;
  for (let i = norm.indexOf(q.quote, from); i !== -1 && i + len <= to; i = norm.indexOf(q.quote, i + 1)) {
    if (at === -1 || distance(q, i) < distance(q, at)) at = i;
    if (i > q.expected) break;
  }
  if (at === -1) return null;
  const prefix = sideAgreement(norm, at, q.prefix, false, -1);
  const suffix = sideAgreement(norm, at + len, q.suffix, false, 1);
  const context = combineSides(prefix, suffix);
  return context === 1 ? { start: at, end: at + len, context, prefix, suffix, score: 1, errors: 0 } : null;
}

/**
 * Run the exact step on a folded text. The quote is never empty (anchorPrepared returns before); with
 * no occurrence the ranking below finds no hit.
 */
export function findExact(h: Haystack, q: Query, cfg: JudgeSettings): ExactResult {
  const norm = h.norm;
  const len = q.quote.length;
  const occurrences: number[] = [];
  const nearby = untouchedNearby(norm, q);
  if (nearby) return { hit: nearby, occurrences: [nearby.start], tooMany: false };
  for (let i = norm.indexOf(q.quote); i !== -1; i = norm.indexOf(q.quote, i + 1)) {
    if (occurrences.length === MAX_OCCURRENCES) return { hit: null, occurrences: [], tooMany: true };
    occurrences.push(i);
  }

  const cheap = occurrences.map((at) => ({
    at,
    context: combineSides(
      sideAgreement(norm, at, q.prefix, false, -1),
      sideAgreement(norm, at + len, q.suffix, false, 1),
    ),
  }));
  cheap.sort((a, b) => b.context - a.context || distance(q, a.at) - distance(q, b.at));
  const shortlist = new Set(cheap.slice(0, SHORTLIST).map((c) => c.at));
  if (q.expected !== null) {
    const byDistance = [...occurrences].sort((a, b) => distance(q, a) - distance(q, b));
    for (const at of byDistance.slice(0, 2)) shortlist.add(at);
  }

  const scored: Candidate[] = [...shortlist].map((at) => ({
    start: at,
    end: at + len,
    score: 1,
    errors: 0,
    ...sides(norm, q, at, at + len),
  }));
  const best = Math.max(...scored.map((c) => c.context));
  const pool = scored.filter((c) => c.context >= best - TIE);
  pool.sort(
    (a, b) => distance(q, a.start) - distance(q, b.start) || b.context - a.context || a.start - b.start,
  );
  const hit = pool[0] ?? null;
  // Without a stored position, copies with the same context cannot be told apart.
  const tied = q.expected === null && pool.filter((c) => c.context === hit?.context).length > 1;
  const ok = hit !== null && !tied && acceptable(h, q, hit, cfg);
  return { hit: ok ? hit : null, occurrences, tooMany: false };
}
