/**
 * Speed of `analyze()` in Node on the 40k-character report (zh-theorychina-modernization-2024)
 * and on hostile inputs (a megabyte of one character, long marker runs). Prints median and p95
 * milliseconds per run; this is a benchmark, not a test. Usage: tsx scripts/bench-detect.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/detect/index';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');

/** The report's article text: text.txt with blank lines dropped and lines trimmed. */
function reportText(): string {
  const raw = readFileSync(join(FIXTURES, 'zh-theorychina-modernization-2024', 'text.txt'), 'utf8');
  return raw
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\t\f\v \u00a0\u3000]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Runs `analyze(text)` `runs` times after a warm-up; returns sorted timings in ms. */
function time(text: string, runs: number): number[] {
  for (let i = 0; i < 10; i++) analyze(text);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(text);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const q = (xs: number[], p: number): number =>
  xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;

const runs = Number(process.argv[2] ?? 30);
const report = reportText();
const cases: Array<[string, string, number]> = [
  ['theorychina report', report, runs],
  [
    'report ×25 (1 MB)',
    Array.from({ length: 25 }, () => report).join('\n'),
    Math.max(3, Math.floor(runs / 10)),
  ],
  ['1 MB of one character', 'a'.repeat(1_000_000), 5],
  ['一是 ×100k', '一是'.repeat(100_000), 5],
  ['《 ×200k', '《'.repeat(200_000), 5],
  ['工程 ×200k', '工程'.repeat(200_000), 5],
];
const a = analyze(report);
console.log(
  `report: ${report.length} characters, ${a.directives.length} directives, ${a.initiatives.length} initiatives, node ${process.version}`,
);
for (const [name, text, n] of cases) {
  const t = time(text, n);
  console.log(
    `${name.padEnd(24)} ${String(text.length).padStart(8)} chars  median ${q(t, 0.5).toFixed(1)} ms  p95 ${q(t, 0.95).toFixed(1)} ms  (${n} runs)`,
  );
}
