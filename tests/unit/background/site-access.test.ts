/** Granted origins the manifest does not declare are recorded as sites the reader enabled. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getManifest: () => ({ host_permissions: ['*://*.sina.com.cn/*', 'https://policy-reader.example/*'] }),
    },
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => Object.assign(stored, items),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const { adoptGranted } = await import('../../../entrypoints/background/site-access');
const { ENABLED_KEY, readList } = await import('../../../lib/store/settings');

describe('adoptGranted', () => {
  beforeEach(() => {
    for (const k of Object.keys(stored)) delete stored[k];
  });

  it('records origins granted outside the manifest, once, sorted', async () => {
    stored[ENABLED_KEY] = ['https://b.example/*'];
    await adoptGranted(['https://a.example/*', 'https://b.example/*', '*://*.sina.com.cn/*']);
    expect(await readList(ENABLED_KEY)).toEqual(['https://a.example/*', 'https://b.example/*']);
  });

  it('never adopts the manifest hosts or an every-site pattern', async () => {
    await adoptGranted(['https://policy-reader.example/*', '*://*/*', '<all_urls>', 'https://*/*']);
    expect(stored[ENABLED_KEY]).toBeUndefined();
    await adoptGranted(undefined);
    expect(stored[ENABLED_KEY]).toBeUndefined();
  });
});
