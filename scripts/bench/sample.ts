/** In-page timing loops: warm-up runs, then measured runs with performance.now(), phases timed separately. */

/** How many times a case runs unmeasured (warm-up) and measured. */
export interface Iterations {
  warmup: number;
  runs: number;
}

/** Results kept alive so the engine cannot drop the measured work. */
export const sink: unknown[] = [];

/**
 * Runs the phases of one iteration in order, `warmup + runs` times; returns the measured duration of each
 * phase (ms) for the measured runs. A phase may return a value, kept in `sink`.
 */
export function samplePhases(phases: Array<() => unknown>, it: Iterations): number[][] {
  const out: number[][] = phases.map(() => []);
  for (let i = 0; i < it.warmup + it.runs; i++) {
    phases.forEach((phase, p) => {
      const t0 = performance.now();
      const value = phase();
      const t1 = performance.now();
      if (i >= it.warmup) out[p]?.push(t1 - t0);
      if (sink.length > 64) sink.length = 0;
      sink.push(value);
    });
  }
  return out;
}

/** Forces style and layout, so work a DOM change defers to rendering is inside the measured time. */
export function forceLayout(doc: Document = document): number {
  return doc.body.getBoundingClientRect().height + doc.body.offsetHeight;
}
