/**
 * Case 5: export and import of many notes through the library's own buttons. Export: from the click on
 * "Export …" to the download link being clicked. Import: from the file input's change to the "Imported: …"
 * status, into an empty database (parse, validate, message, one Dexie transaction).
 */
import { statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { AnnotationRecord } from '../../lib/annotation';
import { toAnnotationCollection } from '../../lib/export';
import { clearRecords, openExtPage, storedIds } from './ext-pages';
import { toHypothesisExport } from './notes';
import type { CaseOutput } from './page-cases';
import type { Iterations } from './sample';
import { summarize } from './stats';

const LIBRARY_ITEMS = 'section.article li.note';

async function waitForList(tab: Page, count: number): Promise<void> {
  await tab.waitForFunction(
    ({ sel, count }) => document.querySelectorAll(sel).length >= count,
    { sel: LIBRARY_ITEMS, count },
    {
      timeout: 60000,
    },
  );
}

/** Ms from the click on `label` to the click on the download link it creates, and the file's size. */
async function timeExport(tab: Page, label: string): Promise<{ ms: number; bytes: number }> {
  await tab.evaluate((label) => {
    const w = window as unknown as { __pmExport?: Promise<number> };
    w.__pmExport = new Promise<number>((resolve) => {
      let clickedAt: number | null = null;
      // No named inner functions: the bundler would wrap them in a helper the page does not have.
      const done = new AbortController();
      document.addEventListener(
        'click',
        (e) => {
          const el = e.target;
          if (el instanceof HTMLButtonElement && el.textContent?.trim() === label) clickedAt = e.timeStamp;
          else if (el instanceof HTMLAnchorElement && el.hasAttribute('download') && clickedAt !== null) {
            done.abort();
            resolve(performance.now() - clickedAt);
          }
        },
        { capture: true, signal: done.signal },
      );
    });
  }, label);
  const download = tab.waitForEvent('download', { timeout: 60000 }).catch(async (error: unknown) => {
    // Say what the page said (an export error, a status line) rather than only that no file came.
    const status = await tab
      .locator('.export-bar .status')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(`${label}: no download within 60 s; the export bar says ${JSON.stringify(status)}`, {
      cause: error,
    });
  });
  await tab.getByRole('button', { name: label, exact: true }).click();
  // The page's promise waits for a link that may never come: the download's failure ends the wait too.
  const ms = await Promise.race([
    tab.evaluate(() => (window as unknown as { __pmExport: Promise<number> }).__pmExport),
    download.then(() => new Promise<number>(() => undefined)),
  ]);
  const file = await download;
  const bytes = statSync(await file.path()).size;
  await file.delete();
  return { ms, bytes };
}

/** Ms from choosing the file to the import's final status line (progress lines end with …), and that line. */
async function timeImport(tab: Page, name: string, body: string): Promise<{ ms: number; status: string }> {
  await tab.evaluate(() => {
    const w = window as unknown as { __pmImport?: Promise<{ ms: number; status: string }> };
    w.__pmImport = new Promise((resolve) => {
      let changedAt: number | null = null;
      document.addEventListener('change', (e) => (changedAt = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const status = document.querySelector('.export-bar .status')?.textContent ?? '';
        if (changedAt !== null && status && !status.endsWith('…')) {
          observer.disconnect();
          resolve({ ms: performance.now() - changedAt, status });
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
  await tab
    .locator('.export-bar input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  return tab.evaluate(
    () => (window as unknown as { __pmImport: Promise<{ ms: number; status: string }> }).__pmImport,
  );
}

/** Case 5 in the library; `records` are already stored. Leaves the database holding the last import. */
export async function fileCase(
  context: BrowserContext,
  extensionId: string,
  records: AnnotationRecord[],
  it: { exports: Iterations; imports: Iterations },
): Promise<CaseOutput> {
  const out: CaseOutput = { results: [], facts: [] };
  const n = records.length.toLocaleString('en-US');
  const { tab } = await openExtPage(context, extensionId, 'library.html');
  await waitForList(tab, Math.min(200, records.length));
  for (const [format, label] of [
    ['JSON', 'Export JSON'],
    ['Markdown', 'Export Markdown'],
    ['CSV', 'Export CSV'],
  ] as const) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < it.exports.warmup + it.exports.runs; i++) {
      const r = await timeExport(tab, label);
      if (i >= it.exports.warmup) ms.push(r.ms);
      bytes = r.bytes;
    }
    out.results.push(summarize(`export ${n} notes: ${format}`, 'ms', ms));
    out.facts.push(`export ${format}: ${bytes.toLocaleString('en-US')} bytes`);
  }

  const files = [
    [
      'PolicyMark JSON (W3C Web Annotation)',
      'notes.json',
      JSON.stringify(toAnnotationCollection(records, { generated: new Date() }), null, 2),
    ],
    ['Hypothesis JSON', 'hypothesis.json', toHypothesisExport(records)],
  ] as const;
  for (const [format, name, body] of files) {
    const ms: number[] = [];
    let status = '';
    for (let i = 0; i < it.imports.warmup + it.imports.runs; i++) {
      await clearRecords(tab);
      await tab.reload();
      const r = await timeImport(tab, name, body);
      status = r.status;
      if (!new RegExp(`\\b${records.length} added`).test(status))
        throw new Error(`import of ${format}: ${status}`);
      if (i >= it.imports.warmup) ms.push(r.ms);
    }
    const stored = (await storedIds(tab)).length;
    out.results.push(summarize(`import ${n} notes into an empty library: ${format}`, 'ms', ms));
    out.facts.push(
      `import ${format}: ${(body.length / 1e6).toFixed(1)} M characters; "${status}"; ${stored} stored`,
    );
  }
  await tab.close();
  return out;
}
