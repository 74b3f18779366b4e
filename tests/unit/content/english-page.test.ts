/**
 * The content script's side of the detector's English half (entrypoints/content/page-state.ts): a page that
 * is not Chinese asks the background for its script once and is analysed with it, as the command-line
 * analyser reads it; a Chinese page never asks; without the half the page is analysed without English
 * names or policy signals and the next run asks again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MS } from '../../../entrypoints/content/ui/load';
import { analyze } from '../../../lib/detect';
import { ENGLISH } from '../../../lib/detect/english';
import { ON_DEMAND_GLOBALS } from '../../../lib/on-demand';
import { FED } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const globals = globalThis as Record<string, unknown>;
const URL_ = 'https://www.federalreserve.gov/newsevents/pressreleases/monetary20240131a.htm';
const { title: TITLE, body: BODY } = FED;

function page(body = BODY, title = TITLE): Document {
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = `<article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return document;
}

/** The finder's script, as the background runs it: it leaves the finder for the content script. */
function scriptRuns(): void {
  sendRequest.mockImplementation(async () => {
    globals[ON_DEMAND_GLOBALS.english] = () => ENGLISH;
    return { ok: true, value: { loaded: true } };
  });
}

/** A fresh copy of the content script's modules: what it loaded (or failed to) is per content script. */
async function fresh() {
  vi.resetModules();
  return import('../../../entrypoints/content/page-state');
}

beforeEach(() => {
  sendRequest.mockReset();
  delete globals[ON_DEMAND_GLOBALS.english];
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('English names in the content script', () => {
  it('an English page loads the finder once and reads as the analyser reads it', async () => {
    const { analysePage } = await fresh();
    scriptRuns();
    const state = await analysePage(page(), URL_);
    expect(sendRequest.mock.calls).toEqual([['script:load', { script: 'english' }]]);
    const names = state?.analysis.initiatives.map((i) => i.text);
    expect(names).toEqual(['Bank Term Funding Program', 'asset purchase programme (APP)']);
    expect(state?.analysis).toEqual(analyze(state?.index.text ?? '', { title: TITLE }));
    // Loaded: another page of this script does not ask again.
    await analysePage(page([...BODY, 'The Committee will continue to assess additional information.']), URL_);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('a Chinese page never asks for it', async () => {
    const { analysePage } = await fresh();
    const state = await analysePage(
      page(['国务院印发《关于推动未来产业创新发展的实施意见》。'], '国务院印发实施意见'),
      URL_,
    );
    expect(state?.analysis.initiatives.map((i) => i.text)).toEqual([
      '《关于推动未来产业创新发展的实施意见》',
    ]);
    expect(sendRequest).not.toHaveBeenCalled();
  });

  it('without the finder the page has no English names, and a run 10 s later asks again', async () => {
    const { analysePage, readInFull } = await fresh();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sendRequest.mockResolvedValue({ ok: false, error: 'script:load: english: No tab with id: 7.' });
    const first = await analysePage(page(), URL_);
    expect(first?.analysis.initiatives).toEqual([]);
    // The controller reads such a page again later even when it does not change.
    expect(first && readInFull(first.analysis)).toBe(false);
    scriptRuns();
    const soon = await analysePage(page(), URL_, first && { ...first, anchored: [], orphans: [] });
    expect(soon?.analysis.initiatives).toEqual([]);
    expect(sendRequest).toHaveBeenCalledTimes(1);
    now += RETRY_MS;
    const second = await analysePage(page(), URL_, soon && { ...soon, anchored: [], orphans: [] });
    expect(sendRequest).toHaveBeenCalledTimes(2);
    expect(second?.analysis.initiatives.map((i) => i.text)).toContain('Bank Term Funding Program');
    expect(second && readInFull(second.analysis)).toBe(true);
  });
});
