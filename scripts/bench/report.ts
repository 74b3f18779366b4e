/** Console and Markdown output of a bench run: the results table, the targets, the machine. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchResult } from './stats';
import type { TargetCheck } from './targets';

/** The machine and browser a run used, one line. */
export function machineLine(chromePath: string): string {
  let chromium = 'Chromium (version unknown)';
  try {
    chromium = execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]
      ?.replace(/ built on.*/, '')
      .trim() as string;
  } catch {
    // keep the placeholder
  }
  const cpu = cpus();
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium} headless; load average ${load}`;
}

const num = (x: number | null | undefined): string => {
  if (x === null || x === undefined) return '';
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
};

/** The results as a Markdown table (also readable in a terminal). */
export function resultsTable(rows: readonly BenchResult[]): string {
  const lines = [
    '| case | unit | median | min | max | baseline | baseline median | ratio |',
    '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.unit} | ${num(r.median)} | ${num(r.min)} | ${num(r.max)} | ${r.baseline?.name ?? ''} | ${num(r.baseline?.median)} | ${num(r.ratio)} |`,
    );
  }
  return lines.join('\n');
}

/** The targets as a Markdown table. */
export function targetsTable(checks: readonly TargetCheck[]): string {
  const mark = (m: boolean | null) => (m === null ? '–' : m ? 'met' : '**missed**');
  return [
    '| target | measured | |',
    '| --- | --- | --- |',
    ...checks.map((c) => `| ${c.target} | ${c.measured} | ${mark(c.met)} |`),
  ].join('\n');
}
