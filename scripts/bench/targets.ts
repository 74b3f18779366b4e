/** The targets of issue #7, checked against the result rows by name. */
import type { BenchResult } from './stats';

/** One target: what it says, the measured value shown, and whether it is met (null when a row is missing). */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const find = (rows: readonly BenchResult[], name: string): BenchResult | undefined =>
  rows.find((r) => r.name === name);
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toPrecision(2));

/** Checks every target whose rows are present; `notes` is the size of the notes cases ("10,000"). */
export function checkTargets(rows: readonly BenchResult[], notes: string): TargetCheck[] {
  const out: TargetCheck[] = [];
  const add = (target: string, name: string, test: (r: BenchResult) => [string, boolean]): void => {
    const r = find(rows, name);
    if (!r) return void out.push({ target, measured: 'not measured', met: null });
    const [measured, met] = test(r);
    out.push({ target, measured, met });
  };
  const vsFloor = (r: BenchResult): [string, boolean] => {
    const times = r.baseline ? r.median / r.baseline.median : Number.NaN;
    return [`${fmt(times)}× the floor`, times <= 10];
  };
  add('pipeline ≤ 10× the floor, seed page', 'pipeline: seed page', vsFloor);
  add('pipeline ≤ 10× the floor, 40k report', 'pipeline: 40k page', vsFloor);
  add('pipeline ≤ 10 ms, seed page', 'pipeline: seed page', (r) => [`${fmt(r.median)} ms`, r.median <= 10]);

  const perK = ['seed', '40k', '400k'].map(
    (l) => find(rows, `pipeline per 1,000 characters: ${l} page`)?.median,
  );
  if (perK.every((x) => x !== undefined)) {
    const xs = perK as number[];
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    // Within ±25%: every size lies within 25% of the middle of the range.
    const spread = (hi - lo) / (hi + lo);
    out.push({
      target: 'cost per character flat within ±25% (seed → 400k)',
      measured: `${xs.map(fmt).join(' / ')} ms per 1k chars (±${(spread * 100).toFixed(0)}%)`,
      met: spread <= 0.25,
    });
  } else
    out.push({
      target: 'cost per character flat within ±25% (seed → 400k)',
      measured: 'not measured',
      met: null,
    });

  add('painting ≥ 50× faster than mark.js', 'paint detected strings: 40k report', (r) => [
    `${fmt(r.ratio ?? 0)}×`,
    (r.ratio ?? 0) >= 50,
  ]);
  add(
    'anchoring ≥ 10× faster than the quote search (every quote edited)',
    're-anchor 500 notes, every quote edited by one character: 40k report',
    (r) => [`${fmt(r.ratio ?? 0)}×`, (r.ratio ?? 0) >= 10],
  );
  add(
    'no fewer correct placements than the quote search (every quote edited)',
    'correct placements, every quote edited by one character',
    (r) => [
      `${r.median} vs ${r.baseline?.median}`,
      r.median >= (r.baseline?.median ?? Number.POSITIVE_INFINITY),
    ],
  );
  for (const view of ['popup', 'library']) {
    add(
      `${view} first render ≤ 200 ms with ${notes} notes`,
      `${view}: first render of the list, ${notes} notes`,
      (r) => [`${fmt(r.median)} ms`, r.median <= 200],
    );
    add(
      `${view} search ≤ 50 ms with ${notes} notes`,
      `${view}: keystroke to updated results, ${notes} notes`,
      (r) => [`${fmt(r.median)} ms`, r.median <= 50],
    );
  }
  for (const format of ['JSON', 'Markdown', 'CSV']) {
    add(`export ≤ 1 s (${format})`, `export ${notes} notes: ${format}`, (r) => [
      `${fmt(r.median)} ms`,
      r.median <= 1000,
    ]);
  }
  for (const format of ['PolicyMark JSON (W3C Web Annotation)', 'Hypothesis JSON']) {
    add(`import ≤ 3 s (${format})`, `import ${notes} notes into an empty library: ${format}`, (r) => [
      `${fmt(r.median)} ms`,
      r.median <= 3000,
    ]);
  }
  add('content script ≤ 40 KB gzip', 'content script size, gzip', (r) => [
    `${r.median.toLocaleString('en-US')} B`,
    r.median <= 40_000,
  ]);
  return out;
}
