// @vitest-environment-options { "url": "https://www.federalreserve.gov/newsevents/pressreleases/monetary20240131a.htm" }
/**
 * The controller's re-reads (entrypoints/content/controller.ts): a page read without the detector's English
 * half is read again RETRY_MS later though it does not change, one re-read waiting at a time, a few per
 * address, and the library hears of its first reading in full. (From a review's probes.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../../lib/detect/english';
import { ON_DEMAND_GLOBALS } from '../../../lib/on-demand';
import { controllerEnvironment, type Seen, startController } from './controller-harness';
import { FED } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const g = globalThis as Record<string, unknown>;
const { title: TITLE, body: BODY } = FED;

let scriptWorks = false;
const seen: Seen[] = [];
let scriptAsks = 0;

beforeEach(() => {
  controllerEnvironment();
  delete g[ON_DEMAND_GLOBALS.english];
  document.head.innerHTML = `<title>${TITLE}</title>`;
  document.body.innerHTML = `<article id="a"><h1>${TITLE}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`;
  sendRequest.mockImplementation(async (type: string, payload: Record<string, unknown>) => {
    if (type === 'script:load') {
      scriptAsks++;
      if (!scriptWorks) return { ok: false, error: 'refused' };
      g[ON_DEMAND_GLOBALS.english] = () => ENGLISH;
      return { ok: true, value: {} };
    }
    if (type === 'annotations:for-page') return { ok: true, value: { records: [] } };
    if (type === 'page:seen') {
      seen.push(payload as never);
      return { ok: true, value: {} };
    }
    return { ok: false, error: 'no' };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
  scriptWorks = false;
  scriptAsks = 0;
  seen.length = 0;
});

/** The page's verdicts and counts of names as the library heard them. */
const heard = () => seen.map((s) => [s.isPolicy, s.initiatives.length]);

/** The script loads from now on: the third ask is the last, and the library hears the page read in full. */
async function loadsThenReadInFull(): Promise<void> {
  scriptWorks = true;
  await vi.advanceTimersByTimeAsync(120_000);
  expect(scriptAsks).toBe(3);
  expect(heard()).toEqual([
    [false, 0],
    [true, 2],
  ]);
}

describe('re-reads of a page read without the English half', () => {
  it('are not spent by runs during the backoff: a page that changes a little is still read in full', async () => {
    await startController();
    expect(scriptAsks).toBe(1);
    // Two small changes in the article during the first 10 s (a live counter, a late paragraph).
    await vi.advanceTimersByTimeAsync(1000);
    document
      .querySelector('#a')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'Updated 1.' }));
    await vi.advanceTimersByTimeAsync(2000);
    document
      .querySelector('#a')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'Updated 2.' }));
    await vi.advanceTimersByTimeAsync(9000); // t ≈ 12 s: the first re-read asked, and failed again
    expect(scriptAsks).toBe(2);
    // From now on the script would load.
    // The next re-read asks and the page is read in full; the library hears it (before: the runs of the
    // two changes had spent the re-reads, and the page stayed no policy article until a reload).
    await loadsThenReadInFull();
  });

  it('read the same page in full once the script loads', async () => {
    await startController();
    await vi.advanceTimersByTimeAsync(12000);
    expect(scriptAsks).toBe(2);
    await loadsThenReadInFull();
    // Read in full, the page asks for nothing more.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(scriptAsks).toBe(3);
  });

  it('stop after three on one address, and start again on the next article of the site', async () => {
    await startController();
    await vi.advanceTimersByTimeAsync(100_000); // four asks, all refused: the three re-reads are spent
    expect(scriptAsks).toBe(4);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(scriptAsks).toBe(4);
    // An hour later the reader moves to another article of the site (history.pushState).
    await vi.advanceTimersByTimeAsync(3_600_000);
    history.pushState({}, '', '/newsevents/pressreleases/monetary20240320a.htm');
    document.body.innerHTML = `<article id="a"><h1>${TITLE} (March)</h1>${BODY.map((p) => `<p>${p} More.</p>`).join('')}</article>`;
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(scriptAsks).toBe(5); // refused once (a transient failure) ...
    scriptWorks = true; // ... and would load from now on
    await vi.advanceTimersByTimeAsync(120_000);
    expect(scriptAsks).toBe(6);
    expect(seen.at(-1)?.isPolicy).toBe(true);
  });
});
