/**
 * Case 6: the content script's size as shipped (bytes and gzip), and what it adds to a page: the 40k report
 * opened with and without the extension (paired runs), the JS heap read after forced garbage collection
 * (CDP) and the time from navigation start to the end of the load event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { openBenchPage } from './browser';
import type { CaseOutput } from './page-cases';
import type { BenchPage } from './pages';
import type { Iterations } from './sample';
import { alternate, single, summarize } from './stats';

/** Bytes and gzip bytes (level 9) of one built file. */
function fileSize(path: string): { bytes: number; gzip: number } {
  const data = readFileSync(path);
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Total bytes and gzip bytes (level 9) of every content-script file the manifest lists. */
export function contentScriptSize(extDir: string): { files: string[]; bytes: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const files = [
    ...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  ];
  if (files.length === 0) throw new Error('the manifest lists no content script');
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const size = fileSize(join(extDir, f));
    bytes += size.bytes;
    gzip += size.gzip;
  }
  return { files, bytes, gzip };
}

/**
 * Bytes and gzip bytes (level 9) of the scripts the background runs in a page only when needed
 * (docs/design.md): the in-page UI's, the fuzzy re-anchoring step's and the detector's English half's.
 */
export function onDemandSizes(
  extDir: string,
): Record<'ui' | 'fuzzy' | 'english', { bytes: number; gzip: number }> {
  const size = (name: string) => fileSize(join(extDir, `page-${name}.js`));
  return { ui: size('ui'), fuzzy: size('fuzzy'), english: size('english') };
}

/** Heap in use by the page's renderer isolate (all worlds: the page's and the content script's) after GC. */
async function heapAfterGc(context: BrowserContext, tab: Page): Promise<{ js: number; embedder: number }> {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}

/**
 * Heap and load time of `page` opened in `context`; `settle` waits for whatever should have run (the
 * content script). `load`: ms from navigation start to the end of the load event.
 */
async function pageHeap(context: BrowserContext, page: BenchPage, settle: (tab: Page) => Promise<void>) {
  const tab = await openBenchPage(context, page);
  await settle(tab);
  const load = await tab.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const heap = await heapAfterGc(context, tab);
  await tab.close();
  return { ...heap, load };
}

/** Case 6: size of the built content script and the heap it adds on `page` (paired runs, plain vs extension). */
export async function sizeHeapCase(
  extDir: string,
  plain: BrowserContext,
  withExtension: BrowserContext,
  page: BenchPage,
  waitForPipeline: (tab: Page) => Promise<void>,
  it: Iterations,
): Promise<CaseOutput> {
  const size = contentScriptSize(extDir);
  const { ui, fuzzy, english } = onDemandSizes(extDir);
  const js: number[] = [];
  const embedder: number[] = [];
  const base: number[] = [];
  const load = { with: [] as number[], without: [] as number[] };
  for (let i = 0; i < it.warmup + it.runs; i++) {
    const [without, withExt] = await alternate(
      i,
      () => pageHeap(plain, page, async () => undefined),
      () => pageHeap(withExtension, page, waitForPipeline),
    );
    if (i < it.warmup) continue;
    js.push((withExt.js - without.js) / 1024);
    embedder.push((withExt.embedder - without.embedder) / 1024);
    base.push(without.js / 1024);
    load.with.push(withExt.load);
    load.without.push(without.load);
  }
  const kb = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]?.toFixed(0);
  return {
    results: [
      single('content script size', 'bytes', size.bytes),
      single('content script size, gzip', 'bytes', size.gzip),
      single('in-page UI script size (run on first use), gzip', 'bytes', ui.gzip),
      single('fuzzy re-anchoring script size (run when a note needs it), gzip', 'bytes', fuzzy.gzip),
      single(
        'English half of the detector script size (names and policy signals, run on pages that are not Chinese), gzip',
        'bytes',
        english.gzip,
      ),
      summarize(`JS heap added by the content script: ${page.label} report`, 'KiB', js),
      summarize(
        `page load (navigation start to load event end) with the extension: ${page.label} report`,
        'ms',
        load.with,
        {
          name: 'the same page without the extension',
          samples: load.without,
        },
      ),
    ],
    facts: [
      `content script files: ${size.files.join(', ')}`,
      `heap: page without the extension ${kb(base)} KiB (V8, after GC); content script adds ${kb(js)} KiB V8 heap and ${kb(embedder)} KiB Blink (embedder) heap`,
    ],
  };
}
