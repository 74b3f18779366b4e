/**
 * `npm run bench`: PolicyMark against baselines in headless Chromium (cases of issue #7, docs/benchmarks.md).
 * Prints a table and the targets, writes bench/results.json. Expects a built extension (.output/chrome-mv3,
 * copied before use). Flags: --smoke (one run each, no warm-up, 2,000 notes), --notes N (default 10,000),
 * --out FILE, --ext DIR, --only 1,2,… (case numbers).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchPlain } from './bench/browser';
import { bundlePageCode } from './bench/bundle';
import { seedRecords } from './bench/ext-pages';
import { fileCase } from './bench/file-cases';
import { listCase } from './bench/list-cases';
import { makeRecords } from './bench/notes';
import { anchorCase, type CaseOutput, paintCase, pipelineCase } from './bench/page-cases';
import { reportPage } from './bench/pages';
import { machineLine, resultsTable, targetsTable } from './bench/report';
import type { Iterations } from './bench/sample';
import { sizeHeapCase } from './bench/size-heap';
import type { BenchResult } from './bench/stats';
import { checkTargets } from './bench/targets';
import { CHROMIUM_PATH } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench/results.json') },
    ext: { type: 'string', default: process.env.PM_EXT_DIR ?? join(ROOT, '.output/chrome-mv3') },
    only: { type: 'string' },
    notes: { type: 'string' },
  },
});
/** Notes stored for cases 4 and 5; the smoke run uses fewer so that it stays well under two minutes. */
const NOTES = Number(flags.notes ?? (flags.smoke ? 2000 : 10_000));
if (!Number.isInteger(NOTES) || NOTES < 250) throw new Error('--notes must be an integer ≥ 250');
const only = flags.only ? new Set(flags.only.split(',').map(Number)) : null;
const wanted = (n: number): boolean => !only || only.has(n);

/** Iterations per case: several measured runs after a warm-up; one run and no warm-up with --smoke. */
const iterations = (warmup: number, runs: number): Iterations =>
  flags.smoke ? { warmup: 0, runs: 1 } : { warmup, runs };

// Run on a private copy of the build, so a rebuild or another test run cannot change it mid-benchmark.
const extCopy = mkdtempSync(join(tmpdir(), 'pm-bench-ext-'));
cpSync(flags.ext, extCopy, { recursive: true });
process.env.PM_EXT_DIR = extCopy;
const harness = await import('../tests/e2e/harness');

const machineAtStart = machineLine(CHROMIUM_PATH);
const results: BenchResult[] = [];
const facts: string[] = [];
const failures: string[] = [];

async function run(n: number, title: string, body: () => Promise<CaseOutput>): Promise<void> {
  if (!wanted(n)) return;
  const started = performance.now();
  process.stdout.write(`case ${n}: ${title} … `);
  try {
    const out = await body();
    results.push(...out.results);
    facts.push(...out.facts.map((f) => `${n}. ${f}`));
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push(`case ${n} (${title}): ${message}`);
    console.log('FAILED');
  }
}

const code = await bundlePageCode(ROOT);
const plain = await launchPlain();
const session = await harness.launch();
try {
  await run(1, 'pipeline vs floor', () =>
    pipelineCase(
      plain.context,
      ROOT,
      code,
      (label) => (label === '400k' ? iterations(2, 10) : iterations(5, 30)),
      flags.smoke ? 1 : 7,
    ),
  );
  await run(2, 'painting vs mark.js', () => paintCase(plain.context, ROOT, code, iterations(2, 10)));
  await run(3, 'anchoring vs quote search', () => anchorCase(plain.context, ROOT, code, iterations(1, 7)));
  // Before any note is stored, so the heap is that of detection and painting alone.
  await run(6, 'content script size and heap', () =>
    sizeHeapCase(
      extCopy,
      plain.context,
      session.context,
      reportPage(ROOT),
      (tab) => harness.waitForPipeline(tab),
      iterations(1, 7),
    ),
  );
  if (wanted(4) || wanted(5)) {
    const records = makeRecords(ROOT, NOTES);
    const popup = await harness.openPopup(session);
    const stored = await seedRecords(popup, records);
    await popup.close();
    if (stored !== NOTES) failures.push(`seeding: ${stored} of ${NOTES} notes stored`);
    await run(4, 'popup and library lists', () =>
      listCase(session.context, session.extensionId, records, iterations(2, 10)),
    );
    await run(5, 'export and import', () =>
      fileCase(session.context, session.extensionId, records, {
        exports: iterations(1, 7),
        imports: iterations(1, 3),
      }),
    );
  }
} finally {
  await session.close();
  await plain.close();
  rmSync(extCopy, { recursive: true, force: true });
}

const order = [
  'pipeline',
  'paint',
  'clear',
  're-anchor',
  'correct',
  'wrong',
  'popup',
  'library',
  'export',
  'import',
  'content',
  'in-page UI',
  'JS heap',
];
const rank = (r: BenchResult): number => {
  const i = order.findIndex((p) => r.name.startsWith(p));
  return i < 0 ? order.length : i;
};
results.sort((a, b) => rank(a) - rank(b));

mkdirSync(dirname(flags.out), { recursive: true });
writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${resultsTable(results)}\n`);
console.log(`${targetsTable(checkTargets(results, NOTES.toLocaleString('en-US')))}\n`);
for (const f of facts) console.log(`- ${f}`);
console.log(`\nMachine: ${machineAtStart}`);
console.log(`At the end: ${machineLine(CHROMIUM_PATH).replace(/.*load average/, 'load average')}`);
console.log(`Wrote ${flags.out}${flags.smoke ? ' (smoke run: one iteration each, not a measurement)' : ''}`);
if (session.errors.length > 0) console.log(`Extension errors during the run:\n${session.errors.join('\n')}`);
if (failures.length > 0) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exitCode = 1;
}
