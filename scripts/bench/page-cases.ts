/** Cases 1–3 driven from Node: inject the page bundle into each bench page and collect result rows. */
import type { BrowserContext, Page } from 'playwright-core';
import { openBenchPage } from './browser';
import type * as PageApi from './page-entry';
import { type BenchPage, bigPage, reportPage, seedPage } from './pages';
import type { Iterations } from './sample';
import { alternate, type BenchResult, median, single, summarize } from './stats';

type Api = typeof PageApi;

/** Result rows plus human-readable facts about what was measured. */
export interface CaseOutput {
  results: BenchResult[];
  facts: string[];
}

/** Calls `PMBench[name](...args)` in the page. */
async function call<K extends keyof Api>(
  tab: Page,
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return tab.evaluate(
    ({ name, args }) => {
      const api = (window as unknown as { PMBench: Record<string, (...a: unknown[]) => unknown> }).PMBench;
      return api[name]?.(...args);
    },
    { name, args: args as unknown[] },
  ) as Promise<ReturnType<Api[K]>>;
}

async function openWithBundle(context: BrowserContext, page: BenchPage, code: string): Promise<Page> {
  const tab = await openBenchPage(context, page);
  await tab.addScriptTag({ content: code });
  return tab;
}

const FLOOR = 'TreeWalker + RegExp floor';
const perK = (ms: number[], chars: number): number[] => ms.map((x) => (x * 1000) / chars);

/**
 * One cold run each of the pipeline and the floor in `samples` pairs of fresh tabs (which of the two opens
 * first alternates). A tab is closed before the next opens, so each usually gets a new renderer process.
 */
async function firstRuns(
  context: BrowserContext,
  page: BenchPage,
  code: string,
  samples: number,
): Promise<{ pipeline: number[]; floor: number[] }> {
  const out = { pipeline: [] as number[], floor: [] as number[] };
  const once = async (kind: 'pipeline' | 'floor'): Promise<number> => {
    const tab = await openWithBundle(context, page, code);
    const r = await call(tab, 'firstRun', kind);
    await tab.close();
    if (r.found === 0) throw new Error(`first run of the ${kind} on ${page.label} found nothing`);
    return r.ms;
  };
  for (let i = 0; i < samples; i++) {
    const [pipeline, floor] = await alternate(
      i,
      () => once('pipeline'),
      () => once('floor'),
    );
    out.pipeline.push(pipeline);
    out.floor.push(floor);
  }
  return out;
}

/** Case 1 on the seed page, the 40k report and the 400k page; `coldSamples` fresh tabs for the first-run rows. */
export async function pipelineCase(
  context: BrowserContext,
  root: string,
  code: string,
  it: (label: string) => Iterations,
  coldSamples: number,
): Promise<CaseOutput> {
  const out: CaseOutput = { results: [], facts: [] };
  for (const page of [seedPage(root), reportPage(root), bigPage(root)]) {
    const cold = await firstRuns(context, page, code, coldSamples);
    out.results.push(
      summarize(`pipeline, first run in a fresh page (cold code): ${page.label} page`, 'ms', cold.pipeline, {
        name: `${FLOOR}, first run`,
        samples: cold.floor,
      }),
    );
    const tab = await openWithBundle(context, page, code);
    const r = await call(tab, 'benchPipeline', it(page.label));
    await tab.close();
    const o = r.outcome;
    if (!o.isPolicy || o.painted === 0)
      throw new Error(`pipeline on ${page.label} painted nothing: ${JSON.stringify(o)}`);
    out.results.push(
      summarize(`pipeline: ${page.label} page`, 'ms', r.pipeline, { name: FLOOR, samples: r.floor }),
      summarize(
        `pipeline per 1,000 characters: ${page.label} page`,
        'ms/1k chars',
        perK(r.pipeline, o.chars),
        {
          name: FLOOR,
          samples: perK(r.floor, o.chars),
        },
      ),
    );
    const stages = Object.entries(r.stages)
      .map(([k, ms]) => `${k} ${ms.toFixed(2)} ms`)
      .join(', ');
    const { steady } = r;
    out.facts.push(
      `${page.label} page: ${o.chars} characters (profile ${o.profile}), ${o.directives} directives, ${o.initiatives} initiatives, ${o.painted} ranges painted; floor found ${r.floorMatches} regexp matches; stage medians ${stages}; after ${steady.after} runs (V8's optimised code), pipeline ${steady.pipeline.toFixed(3)} ms against the floor's ${steady.floor.toFixed(4)} ms (${(steady.pipeline / steady.floor).toFixed(1)}× the floor)`,
    );
  }
  return out;
}

/** Case 2 on the 40k report. */
export async function paintCase(
  context: BrowserContext,
  root: string,
  code: string,
  it: Iterations,
): Promise<CaseOutput> {
  const tab = await openWithBundle(context, reportPage(root), code);
  const r = await call(tab, 'benchPaint', it);
  await tab.close();
  return {
    results: [
      summarize('paint detected strings: 40k report', 'ms', r.policymark.paint, {
        name: 'mark.js mark()',
        samples: r.markjs.mark,
      }),
      summarize('clear painted strings: 40k report', 'ms', r.policymark.clear, {
        name: 'mark.js unmark()',
        samples: r.markjs.unmark,
      }),
    ],
    facts: [
      `painting: ${r.strings} distinct strings; PolicyMark painted ${r.policymark.ranges} ranges, mark.js made ${r.markjs.marks} <mark> elements (acrossElements, all occurrences)`,
    ],
  };
}

/** Case 3 on the 40k report with `notes` saved notes. */
export async function anchorCase(
  context: BrowserContext,
  root: string,
  code: string,
  it: Iterations,
  notes = 500,
): Promise<CaseOutput> {
  const tab = await openWithBundle(context, reportPage(root), code);
  const r = await call(tab, 'benchAnchor', it, notes, 2024);
  await tab.close();
  const results: BenchResult[] = [];
  const facts = [`anchoring: ${r.notes} notes of 8–60 characters on ${r.chars} characters`];
  for (const [key, label] of [
    ['unchanged', 'unchanged page'],
    ['edited', 'every quote edited by one character'],
  ] as const) {
    const s = r[key];
    const qs = 'Hypothesis-style quote search';
    results.push(
      summarize(`re-anchor ${r.notes} notes, ${label}: 40k report`, 'ms', s.policymark.ms, {
        name: qs,
        samples: s.quoteSearch.ms,
      }),
      single(`correct placements, ${label}`, 'notes', s.policymark.placement.correct, {
        name: qs,
        value: s.quoteSearch.placement.correct,
      }),
      single(`wrong placements, ${label}`, 'notes', s.policymark.placement.wrong, {
        name: qs,
        value: s.quoteSearch.placement.wrong,
      }),
    );
    facts.push(
      `${label}: PolicyMark ${JSON.stringify(s.policymark.placement)} in ${median(s.policymark.ms).toFixed(2)} ms; quote search ${JSON.stringify(s.quoteSearch.placement)} in ${median(s.quoteSearch.ms).toFixed(1)} ms`,
    );
  }
  return { results, facts };
}
