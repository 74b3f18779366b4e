/**
 * Core of the anchoring benchmark, reusable in Node and in a page: saved notes on one text, re-anchored
 * by lib/anchor and by a Hypothesis-style quote search, on the unchanged text and with every quote edited.
 */
import approxSearch from 'approx-string-match';
import { type AnchorSelectors, anchorAll, describeRange } from '../../lib/anchor';

/** A span of text offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Placements of one anchorer against the true spans: exact, off by at most 2 characters per boundary, elsewhere, none. */
export interface Placement {
  correct: number;
  near: number;
  wrong: number;
  orphans: number;
}

/** Timings (milliseconds for all notes, one entry per run) and placements of one anchorer in one case. */
export interface AnchorerResult {
  ms: number[];
  medianMs: number;
  placement: Placement;
}

/** One case: the text the notes are re-anchored on, and both anchorers' results. */
export interface BenchCase {
  name: string;
  policymark: AnchorerResult;
  hypothesis: AnchorerResult;
}

/** Everything the benchmark measured. */
export interface AnchorBenchResult {
  notes: number;
  chars: number;
  cases: BenchCase[];
}

/** Options of runAnchorBench. */
export interface AnchorBenchOptions {
  notes?: number;
  runs?: number;
  /** Runs of the (slow) quote search; defaults to `runs`. */
  baselineRuns?: number;
  seed?: number;
  now?: () => number;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/** `count` non-overlapping spans of 8–40 characters, one per equal slot, not starting or ending on a space. */
export function pickSpans(text: string, count: number, rand: () => number): Span[] {
  const slot = Math.floor(text.length / count);
  if (slot < 12) throw new Error(`text of ${text.length} characters is too short for ${count} notes`);
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const length = 8 + Math.floor(rand() * (Math.min(40, slot - 2) - 8));
      const start = i * slot + Math.floor(rand() * (slot - length - 1));
      const end = start + length;
      if (isSpace(text[start]) || isSpace(text[end - 1]) || text.slice(start, end).includes('\n')) continue;
      spans.push({ start, end });
      break;
    }
  }
  return spans;
}

/** One edit inside every span (substitution, insertion between two characters, or deletion); new text and spans. */
export function editEachSpan(
  text: string,
  spans: readonly Span[],
  rand: () => number,
): { text: string; spans: Span[] } {
  const parts: string[] = [];
  const moved: Span[] = [];
  let cursor = 0;
  let shift = 0;
  for (const s of spans) {
    const kind = Math.floor(rand() * 3);
    const p =
      kind === 1
        ? s.start + 1 + Math.floor(rand() * (s.end - s.start - 1))
        : s.start + Math.floor(rand() * (s.end - s.start));
    const ch = text[p] as string;
    const other = /[\u3400-\u9fff]/.test(ch) ? (ch === '的' ? '了' : '的') : ch === 'x' ? 'q' : 'x';
    parts.push(text.slice(cursor, p));
    let delta = 0;
    if (kind === 0) parts.push(other);
    else if (kind === 1) {
      parts.push(other, ch);
      delta = 1;
    } else delta = -1;
    cursor = p + 1;
    moved.push({ start: s.start + shift, end: s.end + shift + delta });
    shift += delta;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), spans: moved };
}

/** Hypothesis's match-quote: exact occurrences, else approx-string-match over the whole text; best score wins. */
export function hypothesisMatchQuote(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
  hint?: number,
): Span | null {
  const find = (t: string, p: string, maxErrors: number) => {
    const exact = [];
    for (let at = t.indexOf(p); at !== -1; at = t.indexOf(p, at + 1))
      exact.push({ start: at, end: at + p.length, errors: 0 });
    return exact.length > 0 ? exact : approxSearch(t, p, maxErrors);
  };
  const similarity = (actual: string, expected: string) => {
    if (!expected || !actual) return 0;
    const best = find(actual, expected, expected.length)[0];
    return best ? 1 - best.errors / expected.length : 0;
  };
  const { exact, prefix = '', suffix = '' } = quote;
  if (!exact) return null;
  let best: (Span & { score: number }) | null = null;
  for (const c of find(text, exact, Math.min(256, exact.length / 2))) {
    const p = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
    const s = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
    const pos = hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / text.length;
    const score = (50 * (1 - c.errors / exact.length) + 20 * p + 20 * s + 2 * pos) / 92;
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best;
}

function tally(found: Array<Span | null>, truth: readonly Span[]): Placement {
  const out: Placement = { correct: 0, near: 0, wrong: 0, orphans: 0 };
  found.forEach((f, i) => {
    const t = truth[i] as Span;
    if (!f) out.orphans++;
    else if (f.start === t.start && f.end === t.end) out.correct++;
    else if (Math.abs(f.start - t.start) <= 2 && Math.abs(f.end - t.end) <= 2) out.near++;
    else out.wrong++;
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function measure(
  run: () => Array<Span | null>,
  runs: number,
  truth: Span[],
  now: () => number,
): AnchorerResult {
  const ms: number[] = [];
  let found: Array<Span | null> = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    found = run();
    ms.push(now() - t0);
  }
  return { ms, medianMs: median(ms), placement: tally(found, truth) };
}

/** Text inserted at the top of the page for the shifted case (every stored position is off). */
const LEAD = '编者按：本文为报告全文，转载请注明出处。\n相关阅读：国务院常务会议部署推动经济持续回升向好\n';

/**
 * Save `notes` notes on `text`, then re-anchor them on the unchanged text, on the text shifted by a
 * lead paragraph, and on the text with every quote edited once.
 */
export function runAnchorBench(text: string, opts: AnchorBenchOptions = {}): AnchorBenchResult {
  const { notes = 500, runs = 7, seed = 2024, now = () => performance.now() } = opts;
  const baselineRuns = opts.baselineRuns ?? runs;
  const rand = rng(seed);
  const spans = pickSpans(text, notes, rand);
  const sels: AnchorSelectors[] = spans.map((s) => describeRange(text, s.start, s.end));
  const edited = editEachSpan(text, spans, rand);
  const cases: Array<{ name: string; text: string; truth: Span[] }> = [
    { name: 'unchanged page', text, truth: spans },
    {
      name: 'paragraphs inserted at the top',
      text: LEAD + text,
      truth: spans.map((s) => ({ start: s.start + LEAD.length, end: s.end + LEAD.length })),
    },
    { name: 'every quote edited by one character', text: edited.text, truth: edited.spans },
  ];
  return {
    notes: spans.length,
    chars: text.length,
    cases: cases.map((c) => ({
      name: c.name,
      policymark: measure(() => anchorAll(c.text, sels), runs, c.truth, now),
      hypothesis: measure(
        () => sels.map((s) => hypothesisMatchQuote(c.text, s.quote, s.position?.start)),
        baselineRuns,
        c.truth,
        now,
      ),
    })),
  };
}
