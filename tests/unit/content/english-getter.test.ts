/** The content script takes the detector's English half only as its script leaves it (page-state.ts; from a review's probe). */
import { expect, it, vi } from 'vitest';
import { ON_DEMAND_GLOBALS } from '../../../lib/on-demand';

const sendRequest = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: {} })));
vi.mock('../../../lib/send-request', async (o) => ({
  ...(await o<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));
const g = globalThis as Record<string, unknown>;
function page() {
  document.body.innerHTML =
    '<article><h1>Fed holds rates</h1><p>The Federal Reserve Board announced the Bank Term Funding Program will cease.</p></article>';
  return document;
}
it('reads without the English half when its script left no function, no half or a function that throws', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { analysePage, readInFull } = await import('../../../entrypoints/content/page-state');
  g[ON_DEMAND_GLOBALS.english] = { names: 1 };
  const s = await analysePage(page(), 'https://www.federalreserve.gov/a');
  expect(s && readInFull(s.analysis)).toBe(false);
  g[ON_DEMAND_GLOBALS.english] = () => ({});
  const s2 = await analysePage(page(), 'https://www.federalreserve.gov/a');
  expect(s2 && readInFull(s2.analysis)).toBe(false);
  g[ON_DEMAND_GLOBALS.english] = () => {
    throw new Error('boom');
  };
  const s3 = await analysePage(page(), 'https://www.federalreserve.gov/a');
  expect(s3 && readInFull(s3.analysis)).toBe(false);
  delete g[ON_DEMAND_GLOBALS.english];
});
