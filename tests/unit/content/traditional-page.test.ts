/**
 * The content script's side of a Traditional Chinese page: it asks the background for the simplified
 * reading of the text and the title, and when no answer comes it analyses the page as printed and asks
 * again on the next run instead of keeping that reading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysePage } from '../../../entrypoints/content/page-state';
import { toSimplified } from '../../../lib/detect/simplify';
import { GOV_TRADITIONAL } from './pages';

const URL_ = 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm';
const { title: TITLE, body: BODY } = GOV_TRADITIONAL;

function page(): Document {
  document.head.innerHTML = `<title>${TITLE}</title><meta name="ArticleTitle" content="${TITLE}">`;
  document.body.innerHTML = `<div id="UCAP-CONTENT">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  return document;
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('a Traditional page in the content script', () => {
  it('is read in simplified characters, title included, and reported as printed', async () => {
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
      payload: { text: string; title: string };
    }) => {
      asked.push(message);
      return {
        ok: true,
        value: { text: toSimplified(message.payload.text), title: toSimplified(message.payload.title) },
      };
    }) as never);
    const state = await analysePage(page(), URL_);
    expect(asked).toHaveLength(1);
    expect(state?.analysis.isPolicy).toBe(true);
    expect(state?.analysis.reasons.join(' ')).toContain(`title names a policy document: ${TITLE}`);
    expect(state?.analysis.initiatives.map((i) => i.text)).toEqual([
      '「揭榜掛帥」機制',
      '產業基礎再造工程',
      '國家融資擔保基金',
    ]);
  });

  it('without an answer is analysed as printed, and the next run asks again', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      calls++;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    const first = await analysePage(page(), URL_);
    expect(calls).toBe(2);
    expect(first?.analysis.initiatives.map((i) => i.text)).not.toContain('「揭榜掛帥」機制');
    const second = await analysePage(page(), URL_, first && { ...first, anchored: [], orphans: [] });
    expect(calls).toBe(4);
    expect(second?.analysis).not.toBe(first?.analysis);
  });
});
