/**
 * Benchmark of lib/export on 10,000 realistic records (quotes and notes cut from the Chinese fixture
 * articles): `npx tsx scripts/bench-export.ts [count] [runs]`. Prints the median of several runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationRecord } from '../lib/annotation';
import { COLOURS } from '../lib/annotation';
import { parseImportText, planMerge, toAnnotationCollection, toCsv, toMarkdown } from '../lib/export';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 7);
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function makeRecords(n: number): AnnotationRecord[] {
  const rand = random(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const texts = readdirSync(fixtures)
    .filter((d) => d.startsWith('zh-'))
    .flatMap((d) => {
      try {
        return [readFileSync(join(fixtures, d, 'text.txt'), 'utf8')];
      } catch {
        return [];
      }
    });
  const tags = [
    '人工智能',
    '产业政策',
    '财政',
    '货币政策',
    '稳增长',
    '数据要素',
    '新质生产力',
    'AI+',
    '地方债',
    '消费',
  ];
  const hex = (k: number) =>
    Math.floor(rand() * 16 ** k)
      .toString(16)
      .padStart(k, '0');
  return Array.from({ length: n }, () => {
    const text = pick(texts);
    const start = Math.floor(rand() * (text.length - 120));
    const length = 8 + Math.floor(rand() * 80);
    const noteStart = Math.floor(rand() * (text.length - 200));
    const created = Date.UTC(2025, 0, 1) + Math.floor(rand() * 3e10);
    const article = Math.floor(rand() * 800);
    return {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      url: `https://finance.sina.com.cn/china/2025/doc-${article}.shtml`,
      pageTitle: `国务院关于推动第${article}项重点工作的实施意见`,
      site: 'finance.sina.com.cn',
      kind: pick(['own', 'own', 'directive', 'initiative'] as const),
      detectedType: null,
      colour: pick(COLOURS),
      quote: {
        type: 'TextQuoteSelector',
        exact: text.slice(start, start + length),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(start + length, start + length + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + length },
      note: rand() < 0.6 ? text.slice(noteStart, noteStart + 20 + Math.floor(rand() * 180)) : '',
      tags: rand() < 0.5 ? [pick(tags), pick(tags)].filter((t, k, a) => a.indexOf(t) === k) : [],
      created,
      modified: created + Math.floor(rand() * 1e8),
    } satisfies AnnotationRecord;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function bench(name: string, fn: () => unknown): void {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  console.log(
    `${name.padEnd(44)} median ${median(times).toFixed(1).padStart(7)} ms   (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
  );
}

const records = makeRecords(count);
const generated = new Date();
const json = JSON.stringify(toAnnotationCollection(records, { generated }), null, 2);
const existing = new Map(
  records.filter((_, i) => i % 2 === 0).map((r) => [r.id, { ...r, modified: r.modified - 1 }]),
);
const mb = (s: string) => (Buffer.byteLength(s, 'utf8') / 1024 / 1024).toFixed(2);
console.log(`${count} records, ${runs} runs each (Node ${process.version})`);
console.log(
  `sizes: JSON ${mb(json)} MB, Markdown ${mb(toMarkdown(records, { generated }))} MB, CSV ${mb(toCsv(records))} MB`,
);
bench('toAnnotationCollection + JSON.stringify', () =>
  JSON.stringify(toAnnotationCollection(records, { generated }), null, 2),
);
bench('toMarkdown', () => toMarkdown(records, { generated }));
bench('toCsv', () => toCsv(records));
bench('parseImportText + planMerge', () => {
  const result = parseImportText(json);
  if (!result.ok) throw new Error(result.error);
  return planMerge(existing, result.records);
});
