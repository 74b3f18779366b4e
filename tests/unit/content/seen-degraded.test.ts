// @vitest-environment-options { "url": "http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm" }
/** The library's record of a page is not replaced by a reading not in full (controller.ts; from a review's probe). */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { toSimplified } from '../../../lib/detect/simplify';
import { controllerEnvironment, type Seen, startController } from './controller-harness';
import { GOV_TRADITIONAL } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));
const { title: TITLE, body: BODY } = GOV_TRADITIONAL;
let simplifyWorks = true;
const seen: Seen[] = [];
beforeEach(() => {
  controllerEnvironment();
  document.head.innerHTML = `<title>${TITLE}</title><meta name="ArticleTitle" content="${TITLE}">`;
  document.body.innerHTML = `<div id="UCAP-CONTENT">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  sendRequest.mockImplementation(async (type: string, payload: { text: string; title: string }) => {
    if (type === 'text:simplify')
      return simplifyWorks
        ? { ok: true, value: { text: toSimplified(payload.text), title: toSimplified(payload.title) } }
        : { ok: false, error: 'timeout' };
    if (type === 'annotations:for-page') return { ok: true, value: { records: [] } };
    if (type === 'page:seen') {
      seen.push(payload as never);
      return { ok: true, value: {} };
    }
    return { ok: false, error: 'no' };
  });
});
afterEach(() => vi.useRealTimers());

it('keeps the reading in full when a later one had no help from the background', async () => {
  await startController();
  expect(seen).toHaveLength(1);
  const first = seen[0];
  expect(first?.isPolicy).toBe(true);
  // The page adds a line (a view counter); this time the background does not answer.
  simplifyWorks = false;
  document
    .querySelector('#UCAP-CONTENT')
    ?.append(Object.assign(document.createElement('p'), { textContent: '瀏覽次數：12' }));
  await vi.advanceTimersByTimeAsync(1000);
  expect(seen).toEqual([first]);
  // A later reading in full (the background answers again) is reported only if it says something new.
  simplifyWorks = true;
  await vi.advanceTimersByTimeAsync(20_000);
  expect(seen.length).toBeLessThanOrEqual(2);
  expect(seen.at(-1)?.initiatives).toEqual(first?.initiatives);
});
