/** Summaries of timing samples and the shape of one row of bench/results.json. */

/** One row of bench/results.json (ratio = baseline median / PolicyMark median; above 1: PolicyMark is faster). */
export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  baseline: { name: string; median: number } | null;
  ratio: number | null;
}

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds to a few significant digits so results.json stays readable. */
export function round(x: number, digits = 4): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

/** A result row from PolicyMark's samples and, when there is one, the baseline's samples. */
export function summarize(
  name: string,
  unit: string,
  samples: readonly number[],
  baseline?: { name: string; samples: readonly number[] },
): BenchResult {
  const m = median(samples);
  const b = baseline ? median(baseline.samples) : null;
  return {
    name,
    unit,
    median: round(m),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    baseline: baseline && b !== null ? { name: baseline.name, median: round(b) } : null,
    ratio: b !== null && m > 0 ? round(b / m, 3) : null,
  };
}

/** A row for a count or a size (no spread, no speed ratio), optionally next to a baseline's count. */
export function single(
  name: string,
  unit: string,
  value: number,
  baseline?: { name: string; value: number },
): BenchResult {
  return {
    name,
    unit,
    median: round(value, 6),
    min: round(value, 6),
    max: round(value, 6),
    baseline: baseline ? { name: baseline.name, median: round(baseline.value, 6) } : null,
    ratio: null,
  };
}

/**
 * Runs `a` and `b` once each, `a` first when `i` is even and `b` first otherwise (so neither always runs
 * on a machine still busy with the other); returns their results as [a, b].
 */
export async function alternate<A, B>(i: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (i % 2 === 0) {
    const first = await a();
    return [first, await b()];
  }
  const first = await b();
  return [await a(), first];
}
