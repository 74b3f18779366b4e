/**
 * Anchoring benchmark in Node: `npx tsx scripts/bench-anchor.ts [notes] [runs]`. Re-anchors saved notes
 * on the 40k-character report with lib/anchor and with Hypothesis's quote search; prints medians and placements.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAnchorBench } from './lib/anchor-bench-core';

const notes = Number(process.argv[2] ?? 500);
const runs = Number(process.argv[3] ?? 9);
const file = fileURLToPath(
  new URL('../tests/fixtures/zh-theorychina-modernization-2024/text.txt', import.meta.url),
);
const text = readFileSync(file, 'utf8')
  .split('\n')
  .map((l) => l.replace(/\s+/g, ' ').trim())
  .filter(Boolean)
  .join('\n');

const r = runAnchorBench(text, { notes, runs, baselineRuns: Math.min(runs, 5) });
console.log(
  `anchoring: ${r.notes} notes of 8–40 characters on a ${r.chars}-character text (median of ${runs} runs)`,
);
for (const c of r.cases) {
  for (const [name, a] of [
    ['PolicyMark lib/anchor', c.policymark],
    ['Hypothesis match-quote', c.hypothesis],
  ] as const) {
    const p = a.placement;
    console.log(
      `${c.name.padEnd(38)} ${name.padEnd(24)} ${a.medianMs.toFixed(1).padStart(8)} ms  correct ${p.correct}  within 2 chars ${p.near}  wrong ${p.wrong}  orphans ${p.orphans}`,
    );
  }
}
