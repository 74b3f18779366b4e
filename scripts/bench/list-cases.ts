/**
 * Case 4: the popup and the library with many stored notes — time from navigation start to the list's
 * first render, and from a keystroke in the search box to the updated list (both read in the page).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { filterRecords } from '../../components/filter';
import { NO_FILTER } from '../../components/note-filter';
import type { AnnotationRecord } from '../../lib/annotation';
import { openExtPage } from './ext-pages';
import type { CaseOutput } from './page-cases';
import type { Iterations } from './sample';
import { summarize } from './stats';

/** One list view: its page, the selector of its note items and how many it shows at most, and its order. */
interface ListView {
  name: 'popup' | 'library';
  file: string;
  items: string;
  shown: number;
  order: keyof Pick<AnnotationRecord, 'modified' | 'created'>;
}

const VIEWS: ListView[] = [
  // Popup: "All notes" lists the 50 most recently modified matches (entrypoints/popup/App.tsx).
  {
    name: 'popup',
    file: 'popup.html',
    items: 'section[aria-labelledby="all-notes"] li.note',
    shown: 50,
    order: 'modified',
  },
  // Library: the first 200 matches by creation time, grouped by article (entrypoints/library/App.tsx).
  { name: 'library', file: 'library.html', items: 'section.article li.note', shown: 200, order: 'created' },
];

/** Ids the view should show for `query`, sorted (grouping reorders them on screen). */
function expectedIds(records: readonly AnnotationRecord[], view: ListView, query: string): string[] {
  const sorted = [...records].sort((a, b) => b[view.order] - a[view.order]);
  return filterRecords(sorted, { ...NO_FILTER, query })
    .slice(0, view.shown)
    .map((r) => r.id)
    .sort();
}

/** A one-key query that changes the list and keeps between 1% and 60% of the notes. */
function pickKey(records: readonly AnnotationRecord[], view: ListView): string {
  const all = expectedIds(records, view, '').join();
  for (const key of 'qzxjkvwyfbpgmh') {
    const n = filterRecords(records, { ...NO_FILTER, query: key }).length;
    if (
      n >= records.length * 0.01 &&
      n <= records.length * 0.6 &&
      expectedIds(records, view, key).join() !== all
    )
      return key;
  }
  throw new Error(`no single-key query changes the ${view.name} list`);
}

/** The console message with which the page reports the list's first render (see `recordFirstList`). */
const LIST_AT = 'pm-bench-list-at';

/**
 * Reports, as a console message, the time (performance.now) when `count` elements match `selector`; runs
 * before the page's scripts. A console message reaches the bench without any script of its own in the
 * page: polling from the bench (Playwright's waitForFunction) evaluates Playwright's injected script in
 * the page while the list is being read, 12–17 ms of main-thread work inside the measured time.
 */
function recordFirstList(arg: { selector: string; count: number; tag: string }): void {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll(arg.selector).length >= arg.count) {
      observer.disconnect();
      console.debug(arg.tag, performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstRender(tab: Page, url: string): Promise<number> {
  const reported = tab.waitForEvent('console', {
    predicate: (msg) => msg.text().startsWith(LIST_AT),
    timeout: 60000,
  });
  await tab.goto(url, { waitUntil: 'commit' });
  const msg = await reported;
  return Number(msg.text().slice(LIST_AT.length));
}

/** Arms the page: resolves with ms from the next keydown to the moment the list shows exactly `ids`. */
async function armSearch(tab: Page, selector: string, ids: string[]): Promise<void> {
  await tab.evaluate(
    ({ selector, ids }) => {
      const w = window as unknown as { __pmSearch?: Promise<number> };
      const want = ids.join();
      w.__pmSearch = new Promise<number>((resolve) => {
        let keyAt: number | null = null;
        addEventListener('keydown', (e) => (keyAt ??= e.timeStamp), { capture: true, once: true });
        // No named inner functions: the bundler would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          if (keyAt === null) return;
          const shown = [...document.querySelectorAll<HTMLElement>(selector)]
            .map((el) => el.dataset.id ?? '')
            .sort()
            .join();
          if (shown === want) {
            observer.disconnect();
            resolve(performance.now() - keyAt);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    { selector, ids },
  );
}

async function keystroke(tab: Page, key: string, selector: string, ids: string[]): Promise<number> {
  await armSearch(tab, selector, ids);
  await tab.keyboard.press(key);
  return tab.evaluate(() => (window as unknown as { __pmSearch: Promise<number> }).__pmSearch);
}

/** Case 4 on both views; `records` are the notes already stored. */
export async function listCase(
  context: BrowserContext,
  extensionId: string,
  records: readonly AnnotationRecord[],
  it: Iterations,
): Promise<CaseOutput> {
  const out: CaseOutput = { results: [], facts: [] };
  const n = records.length.toLocaleString('en-US');
  for (const view of VIEWS) {
    const count = Math.min(view.shown, records.length);
    const { tab, url } = await openExtPage(context, extensionId, view.file);
    await tab.addInitScript(recordFirstList, { selector: view.items, count, tag: LIST_AT });
    const render: number[] = [];
    for (let i = 0; i < it.warmup + it.runs; i++) {
      const ms = await firstRender(tab, url);
      if (i >= it.warmup) render.push(ms);
    }
    const key = pickKey(records, view);
    const narrowed = expectedIds(records, view, key);
    const full = expectedIds(records, view, '');
    const box = tab.getByRole('searchbox', { name: 'Search notes' });
    await box.focus();
    const typing: number[] = [];
    const erasing: number[] = [];
    for (let i = 0; i < it.warmup + it.runs; i++) {
      const typed = await keystroke(tab, key, view.items, narrowed);
      const erased = await keystroke(tab, 'Backspace', view.items, full);
      if (i >= it.warmup) {
        typing.push(typed);
        erasing.push(erased);
      }
    }
    await tab.close();
    out.results.push(
      summarize(`${view.name}: first render of the list, ${n} notes`, 'ms', render),
      summarize(`${view.name}: keystroke to updated results, ${n} notes`, 'ms', typing),
    );
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]?.toFixed(1);
    out.facts.push(
      `${view.name}: list of ${count} items; search key "${key}" narrows to ${filterRecords(records, { ...NO_FILTER, query: key }).length} notes; Backspace back to all: median ${med(erasing)} ms`,
    );
  }
  return out;
}
