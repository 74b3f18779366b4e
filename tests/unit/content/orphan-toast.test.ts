// @vitest-environment-options { "url": "http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm" }
/**
 * The page says when saved notes could not be placed (controller.ts `tellOrphans`): once, a little after
 * the run, not again at every re-run for the same orphans; again when a new one appears. (Audit 2.)
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnnotationRecord } from '../../../lib/annotation';
import { toSimplified } from '../../../lib/detect/simplify';
import { MOUNT_UI_GLOBAL } from '../../../lib/on-demand';
import { sampleRecord } from '../sample-record';
import { controllerEnvironment, startController } from './controller-harness';
import { GOV_TRADITIONAL } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const TITLE = toSimplified(GOV_TRADITIONAL.title);
const BODY = GOV_TRADITIONAL.body.map(toSimplified);
const g = globalThis as Record<string, unknown>;

/** A note on words of the page (`exact` in BODY) or on words it does not have. */
const note = (exact: string): AnnotationRecord =>
  sampleRecord({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } });
const PLACED = note('加大国家融资担保基金支持力度');
const GONE = note('取消全部地方政府专项债券额度');
const GONE_TOO = note('暂停所有融资担保机构新增业务');

let records: AnnotationRecord[] = [];
/** Every toast the in-page UI was asked to show, in order (a toast kept through re-renders counts once). */
const toasts: string[] = [];

beforeEach(() => {
  controllerEnvironment();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    [key, ...(subs ?? [])].join(':')) as never);
  document.head.innerHTML = `<title>${TITLE}</title><meta name="ArticleTitle" content="${TITLE}">`;
  document.body.innerHTML = `<div id="UCAP-CONTENT">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  let last: string | null = null;
  g[MOUNT_UI_GLOBAL] = () => ({
    update(state: { toast: string | null }) {
      if (state.toast !== null && state.toast !== last) toasts.push(state.toast);
      last = state.toast;
    },
    contains: () => false,
    remove: () => undefined,
  });
  sendRequest.mockImplementation(async (type: string) => {
    if (type === 'annotations:for-page') return { ok: true, value: { records } };
    if (type === 'ui:load' || type === 'page:seen') return { ok: true, value: {} };
    // The fuzzy step does not load: a note it would look for is an orphan.
    return { ok: false, error: 'no' };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
  delete g[MOUNT_UI_GLOBAL];
  toasts.length = 0;
  vi.restoreAllMocks();
});

it('says nothing when every saved note is placed', async () => {
  records = [PLACED];
  await startController();
  await vi.advanceTimersByTimeAsync(5000);
  expect(toasts).toEqual([]);
});

it('tells once how many notes could not be placed, not again at re-runs, and again for a new one', async () => {
  records = [PLACED, GONE];
  await startController();
  expect(toasts).toEqual([]);
  await vi.advanceTimersByTimeAsync(2000);
  expect(toasts).toEqual(['orphanHere:1']);
  // The page changes (a view counter): the watcher's re-run finds the same orphan, and says nothing.
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(Object.assign(document.createElement('p'), { textContent: '浏览次数：12' }));
  await vi.advanceTimersByTimeAsync(15_000);
  expect(toasts).toEqual(['orphanHere:1']);
  // The notes are read again (an import, another tab) with one more that cannot be placed: told, with the count.
  records = [PLACED, GONE, GONE_TOO];
  await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:refresh' }, {}, () => undefined);
  await vi.advanceTimersByTimeAsync(2000);
  expect(toasts).toEqual(['orphanHere:1', 'orphansHere:2']);
});

it('says nothing for an orphan that a change placed before the toast was due (a page still filling in)', async () => {
  records = [PLACED, GONE];
  await startController();
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(
      Object.assign(document.createElement('p'), { textContent: '二是取消全部地方政府专项债券额度。' }),
    );
  await vi.advanceTimersByTimeAsync(5000);
  expect(toasts).toEqual([]);
});
