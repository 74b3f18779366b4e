/**
 * Context agreement: how well the stored prefix and suffix match the text beside a candidate,
 * in [0, 1], with chance-level similarity of unrelated text mapped to 0.
 */
import { editRow } from './regions';

/**
 * How many units of a stored side agree with the text, read outward from folded offset `at`: the side's
 * end against the text before `at` (`dir` -1, a prefix), or its start against the text from `at` (1, a suffix).
 */
export function commonRun(norm: string, at: number, side: string, dir: 1 | -1): number {
  const m = side.length;
  const s0 = dir === 1 ? 0 : m - 1;
  const t0 = dir === 1 ? at : at - 1;
  let k = 0;
  // Past either end charCodeAt gives NaN, which equals nothing: the run stops there.
  while (k < m && side.charCodeAt(s0 + dir * k) === norm.charCodeAt(t0 + dir * k)) k++;
  return k;
}

/**
 * Edit distance between `pat` read outward from the candidate and the text read outward from
 * `from` (backwards when `dir` is -1); the far end of the text is free. O(m·(m+slack)).
 */
function anchoredDistance(pat: string, text: string, from: number, dir: 1 | -1): number {
  const m = pat.length;
  const avail = dir === 1 ? text.length - from : from;
  let best = m;
  for (const d of editRow(pat, text, from, dir, Math.min(avail, m + Math.ceil(m / 4) + 2)))
    if (d < best) best = d;
  return best;
}

/** Map an edit similarity to evidence: 0.5 (what unrelated text reaches) → 0, 1 → 1. */
function evidence(sim: number): number {
  return sim <= 0.5 ? 0 : (sim - 0.5) / 0.5;
}

/** Characters next to the quote that must agree for similar context to count in full. */
const EDGE = 4;

/**
 * Evidence from context that is only similar, weighed by how much agrees right next to the quote:
 * similar passages (list items, numbered references) usually differ exactly there.
 */
function fuzzyEvidence(sim: number, adjacent: number): number {
  return evidence(sim) * Math.min(1, (adjacent + EDGE) / (2 * EDGE));
}

/**
 * Agreement of a stored side with the text beside folded offset `at`: the prefix with the text before it
 * (`dir` -1), the suffix with the text after it (1). Null when the note was saved at that end of the text
 * (an empty side) and the candidate is not there (no evidence).
 */
export function sideAgreement(
  norm: string,
  at: number,
  side: string,
  fuzzy: boolean,
  dir: 1 | -1,
): number | null {
  const m = side.length;
  if (m === 0) return at === (dir === 1 ? norm.length : 0) ? 1 : null;
  const k = commonRun(norm, at, side, dir);
  if (k === m || !fuzzy) return k / m;
  return Math.max(k / m, fuzzyEvidence(1 - anchoredDistance(side, norm, at, dir) / m, k));
}

/**
 * Whether a stored side is accounted for with a block inserted at a paragraph break: the part inside
 * the quote's paragraph (`inside`) agrees next to the candidate and the rest of the side (at least 8
 * characters) occurs whole within `gap` characters beyond it.
 */
export function displacedSide(
  norm: string,
  at: number,
  side: string,
  inside: string,
  before: boolean,
  gap: number,
) {
  const outside = before ? side.slice(0, side.length - inside.length) : side.slice(inside.length);
  if (outside.length < 8) return false;
  if (before) {
    const edge = at - inside.length;
    if (!norm.endsWith(inside, at)) return false;
    return norm.slice(Math.max(0, edge - gap - outside.length), edge).includes(outside);
  }
  const edge = at + inside.length;
  if (!norm.startsWith(inside, at)) return false;
  return norm.slice(edge, edge + gap + outside.length).includes(outside);
}

/** Mean of the sides that carry evidence; 0.5 (undecided) when neither does. */
export function combineSides(p: number | null, s: number | null): number {
  if (p === null) return s ?? 0.5;
  return s === null ? p : (p + s) / 2;
}
