// @vitest-environment-options { "url": "http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm" }
/**
 * The page reports where its notes stand (controller.ts `report`: `annotations:placed`) for the library:
 * a little after the run, not again at a re-run with the same outcome, again when the notes are read again
 * (the background compares), never from a page without notes, and not while a note waits for the fuzzy
 * step that did not load (it would read as not found).
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findFuzzy } from '../../../lib/anchor/fuzzy';
import type { AnnotationRecord } from '../../../lib/annotation';
import { toSimplified } from '../../../lib/detect/simplify';
import { MOUNT_UI_GLOBAL, ON_DEMAND_GLOBALS } from '../../../lib/on-demand';
import { sampleRecord } from '../sample-record';
import { controllerEnvironment, endControllers, startController } from './controller-harness';
import { GOV_TRADITIONAL } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const TITLE = toSimplified(GOV_TRADITIONAL.title);
const BODY = GOV_TRADITIONAL.body.map(toSimplified);
const URL_ = 'http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm';
const g = globalThis as Record<string, unknown>;

const note = (exact: string, prefix: string, suffix: string): AnnotationRecord =>
  sampleRecord({ url: URL_, quote: { type: 'TextQuoteSelector', exact, prefix, suffix } });
const PLACED = note('加大国家融资担保基金支持力度', '二是', '。');
const GONE = note('取消全部地方政府专项债券额度', '二是', '。');
/** Words the page changed since (同意 → 批准): the fuzzy step places it on what they read now. */
const EDITED = note('为促进融资担保行业加快发展，经国务院批准', '', '，现提出以下意见');

/** The background's answer to `script:load`: the fuzzy step's script runs, as page-fuzzy.ts. */
const fuzzyLoads = (): { ok: true; value: { loaded: true } } => {
  g[ON_DEMAND_GLOBALS.fuzzy] = findFuzzy;
  return { ok: true, value: { loaded: true } };
};

let records: AnnotationRecord[] = [];
/** The payloads of the `annotations:placed` requests sent, in order. */
const reports = (): unknown[] =>
  sendRequest.mock.calls.filter(([type]) => type === 'annotations:placed').map(([, payload]) => payload);

beforeEach(() => {
  controllerEnvironment();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
  document.head.innerHTML = `<title>${TITLE}</title><meta name="ArticleTitle" content="${TITLE}">`;
  document.body.innerHTML = `<div id="UCAP-CONTENT">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  g[MOUNT_UI_GLOBAL] = () => ({ update: () => undefined, contains: () => false, remove: () => undefined });
  sendRequest.mockReset();
  sendRequest.mockImplementation(async (type: string) => {
    if (type === 'annotations:for-page') return { ok: true, value: { records } };
    if (type === 'annotations:placed') return { ok: true, value: { written: 0 } };
    if (type === 'ui:load' || type === 'page:seen') return { ok: true, value: {} };
    if (type === 'script:load') return fuzzyLoads();
    return { ok: false, error: 'no' };
  });
});
afterEach(() => {
  endControllers();
  vi.useRealTimers();
  vi.resetModules();
  delete g[MOUNT_UI_GLOBAL];
  delete g[ON_DEMAND_GLOBALS.fuzzy];
  vi.restoreAllMocks();
});

it('reports the notes not found once, a little after the run, and not again at a re-run with the same outcome', async () => {
  records = [PLACED, GONE];
  await startController();
  expect(reports()).toEqual([]);
  await vi.advanceTimersByTimeAsync(2000);
  expect(reports()).toEqual([{ url: URL_, orphans: [GONE.id], changed: [] }]);
  // A change outside the notes' words (a view counter): the re-run places them the same way.
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(Object.assign(document.createElement('p'), { textContent: '浏览次数：12' }));
  await vi.advanceTimersByTimeAsync(15_000);
  expect(reports()).toHaveLength(1);
  // The notes read again (another view changed them): reported again, for the background to compare.
  await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:refresh' }, {}, () => undefined);
  await vi.advanceTimersByTimeAsync(2000);
  expect(reports()).toEqual([
    { url: URL_, orphans: [GONE.id], changed: [] },
    { url: URL_, orphans: [GONE.id], changed: [] },
  ]);
});

it('reports the outcome after the page filled in, not the orphan of its first run', async () => {
  records = [PLACED, GONE];
  await startController();
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(
      Object.assign(document.createElement('p'), { textContent: '二是取消全部地方政府专项债券额度。' }),
    );
  await vi.advanceTimersByTimeAsync(5000);
  expect(reports()).toEqual([{ url: URL_, orphans: [], changed: [] }]);
});

it('sends nothing from a page without notes, and reports again after a refused report', async () => {
  records = [];
  await startController();
  await vi.advanceTimersByTimeAsync(5000);
  expect(reports()).toEqual([]);
  records = [GONE];
  sendRequest.mockImplementation(async (type: string) => {
    if (type === 'annotations:for-page') return { ok: true, value: { records } };
    if (type === 'annotations:placed') return { ok: false, error: 'asleep' };
    if (type === 'script:load') return fuzzyLoads();
    return { ok: true, value: {} };
  });
  await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:refresh' }, {}, () => undefined);
  await vi.advanceTimersByTimeAsync(2000);
  expect(reports()).toHaveLength(1);
  // The same outcome after a re-run: sent again, since the last report did not arrive.
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(Object.assign(document.createElement('p'), { textContent: '浏览次数：13' }));
  await vi.advanceTimersByTimeAsync(15_000);
  expect(reports()).toHaveLength(2);
});

it('reports nothing while the fuzzy step does not load, and the whole outcome once it does', async () => {
  records = [PLACED, GONE, EDITED];
  let loads = false;
  sendRequest.mockImplementation(async (type: string) => {
    if (type === 'annotations:for-page') return { ok: true, value: { records } };
    if (type === 'annotations:placed') return { ok: true, value: { written: 0 } };
    if (type === 'script:load') return loads ? fuzzyLoads() : { ok: false, error: 'Frame with ID 0 is busy' };
    return { ok: true, value: {} };
  });
  await startController();
  await vi.advanceTimersByTimeAsync(5000);
  // The edited note would read as not found since today, and the one not found could not be told apart.
  expect(reports()).toEqual([]);
  // The script loads at the next anchoring at least 10 s later (on-demand.ts's backoff).
  loads = true;
  await vi.advanceTimersByTimeAsync(6000);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:refresh' }, {}, () => undefined);
  await vi.advanceTimersByTimeAsync(2000);
  expect(reports()).toEqual([
    {
      url: URL_,
      orphans: [GONE.id],
      changed: [{ id: EDITED.id, text: '为促进融资担保行业加快发展，经国务院同意' }],
    },
  ]);
});
