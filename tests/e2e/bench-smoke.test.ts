/**
 * `scripts/bench.ts --smoke` (one run of every case, no build, against the built extension) finishes in
 * under two minutes and writes one results.json row per measurement, in the documented shape. Speed
 * targets are not asserted here: that is what `npm run bench` reports.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from './harness';

const run = promisify(execFile);
const LIMIT_MS = 120_000;
const NOTES = '2,000';

/** Every row the smoke run must produce (names are what docs/benchmarks.md refers to). */
const EXPECTED: Array<{ name: string; unit: string; baseline: string | null }> = [
  ...['seed', '40k', '400k'].flatMap((size) => [
    {
      name: `pipeline, first run in a fresh page (cold code): ${size} page`,
      unit: 'ms',
      baseline: 'TreeWalker + RegExp floor, first run',
    },
    { name: `pipeline: ${size} page`, unit: 'ms', baseline: 'TreeWalker + RegExp floor' },
    {
      name: `pipeline per 1,000 characters: ${size} page`,
      unit: 'ms/1k chars',
      baseline: 'TreeWalker + RegExp floor',
    },
  ]),
  { name: 'paint detected strings: 40k report', unit: 'ms', baseline: 'mark.js mark()' },
  { name: 'clear painted strings: 40k report', unit: 'ms', baseline: 'mark.js unmark()' },
  ...['unchanged page', 'every quote edited by one character'].flatMap((kind) => [
    {
      name: `re-anchor 500 notes, ${kind}: 40k report`,
      unit: 'ms',
      baseline: 'Hypothesis-style quote search',
    },
    { name: `correct placements, ${kind}`, unit: 'notes', baseline: 'Hypothesis-style quote search' },
    { name: `wrong placements, ${kind}`, unit: 'notes', baseline: 'Hypothesis-style quote search' },
  ]),
  ...['popup', 'library'].flatMap((view) => [
    { name: `${view}: first render of the list, ${NOTES} notes`, unit: 'ms', baseline: null },
    { name: `${view}: keystroke to updated results, ${NOTES} notes`, unit: 'ms', baseline: null },
  ]),
  ...['JSON', 'Markdown', 'CSV'].map((f) => ({
    name: `export ${NOTES} notes: ${f}`,
    unit: 'ms',
    baseline: null,
  })),
  ...['PolicyMark JSON (W3C Web Annotation)', 'Hypothesis JSON'].map((f) => ({
    name: `import ${NOTES} notes into an empty library: ${f}`,
    unit: 'ms',
    baseline: null,
  })),
  { name: 'content script size', unit: 'bytes', baseline: null },
  { name: 'content script size, gzip', unit: 'bytes', baseline: null },
  { name: 'in-page UI script size (run on first use), gzip', unit: 'bytes', baseline: null },
  { name: 'fuzzy re-anchoring script size (run when a note needs it), gzip', unit: 'bytes', baseline: null },
  {
    name: 'English half of the detector script size (names and policy signals, run on pages that are not Chinese), gzip',
    unit: 'bytes',
    baseline: null,
  },
  { name: 'JS heap added by the content script: 40k report', unit: 'KiB', baseline: null },
  {
    name: 'page load (navigation start to load event end) with the extension: 40k report',
    unit: 'ms',
    baseline: 'the same page without the extension',
  },
];

const KEYS = ['name', 'unit', 'median', 'min', 'max', 'baseline', 'ratio'];

describe('bench smoke run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-bench-smoke-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every case once in under two minutes and writes results.json rows', {
    timeout: LIMIT_MS + 10_000,
  }, async () => {
    const out = join(dir, 'results.json');
    const started = Date.now();
    await run(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--smoke', '--out', out], {
      cwd: ROOT,
      timeout: LIMIT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    assert.ok(Date.now() - started < LIMIT_MS, 'the smoke run took two minutes or more');

    const rows = JSON.parse(readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
    assert.ok(Array.isArray(rows));
    for (const row of rows) {
      assert.deepEqual(Object.keys(row).sort(), [...KEYS].sort(), `keys of ${row.name}`);
      assert.equal(typeof row.name, 'string');
      assert.equal(typeof row.unit, 'string');
      for (const key of ['median', 'min', 'max'] as const) {
        assert.ok(typeof row[key] === 'number' && Number.isFinite(row[key]), `${row.name}.${key}`);
      }
      assert.ok(
        (row.min as number) <= (row.median as number) && (row.median as number) <= (row.max as number),
        `${row.name}: min ≤ median ≤ max`,
      );
      const baseline = row.baseline as { name: unknown; median: unknown } | null;
      if (baseline === null) assert.equal(row.ratio, null, `${row.name}: no ratio without a baseline`);
      else {
        assert.deepEqual(Object.keys(baseline).sort(), ['median', 'name']);
        assert.equal(typeof baseline.name, 'string');
        assert.ok(
          typeof baseline.median === 'number' && Number.isFinite(baseline.median),
          `${row.name}: baseline median`,
        );
        if (row.unit !== 'notes') {
          // ratio = baseline median / PolicyMark median (rounded to three significant digits).
          const ratio = (baseline.median as number) / (row.median as number);
          assert.ok(
            Math.abs((row.ratio as number) - ratio) <= ratio * 0.01,
            `${row.name}: ratio ${row.ratio} vs ${ratio}`,
          );
        }
      }
    }

    const names = rows.map((r) => r.name);
    assert.equal(new Set(names).size, names.length, 'row names are unique');
    for (const want of EXPECTED) {
      const row = rows.find((r) => r.name === want.name);
      assert.ok(row, `missing row "${want.name}"; have: ${names.join(' | ')}`);
      assert.equal(row.unit, want.unit, `${want.name}: unit`);
      assert.equal(
        (row.baseline as { name: string } | null)?.name ?? null,
        want.baseline,
        `${want.name}: baseline`,
      );
    }
    assert.equal(rows.length, EXPECTED.length, 'no unexpected rows');

    // Facts the smoke run can check without timing: what was measured is real work.
    const get = (name: string) => rows.find((r) => r.name === name) as { median: number };
    assert.equal(get('correct placements, unchanged page').median, 500);
    assert.ok(get('content script size, gzip').median > 1000);
    assert.ok(get('content script size').median > get('content script size, gzip').median);
    assert.ok(get('in-page UI script size (run on first use), gzip').median > 1000);
    assert.ok(get('fuzzy re-anchoring script size (run when a note needs it), gzip').median > 1000);
    assert.ok(
      get(
        'English half of the detector script size (names and policy signals, run on pages that are not Chinese), gzip',
      ).median > 1000,
    );
  });
});
