/**
 * Lints the Firefox build with addons-linter and fails on any error and on any
 * warning of our own. The one tolerated warning is UNSAFE_VAR_ASSIGNMENT inside
 * Preact's renderer (its `dangerouslySetInnerHTML` support, which PolicyMark
 * never uses): it is recognised by the `__html` code on the reported line.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';
let raw: string;
try {
  raw = execFileSync('npx', ['addons-linter', dir, '--self-hosted', '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  raw = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw) as {
  errors: Array<{ code: string; message: string; file?: string }>;
  warnings: Array<{ code: string; message: string; file?: string; line?: number }>;
};

function isPreactInnerHtml(w: { code: string; file?: string; line?: number }): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  const line = readFileSync(join(dir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  return /\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/.test(line);
}

const ours = report.warnings.filter((w) => !isPreactInnerHtml(w));
for (const e of report.errors) console.error(`error ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of ours) console.error(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
console.log(
  `addons-linter: ${report.errors.length} errors, ${ours.length} warnings of our own (${report.warnings.length - ours.length} tolerated in Preact)`,
);
process.exit(report.errors.length + ours.length > 0 ? 1 : 0);
