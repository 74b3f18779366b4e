import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { NEWS_HOST_PATTERNS } from './lib/hosts';
import { trimPolyfill } from './scripts/lib/trim-polyfill';

/**
 * The content script's webextension-polyfill keeps in its table of async methods only the methods the
 * script calls (scripts/lib/trim-polyfill.ts): 1,049 B gzip less on every news page, the same wrappers for
 * what it calls. Other builds (background, pages, on-demand scripts) keep the whole table.
 */
function contentPolyfill(): Plugin {
  let content = false;
  return {
    name: 'policymark:content-polyfill',
    enforce: 'pre',
    configResolved(config) {
      // WXT builds each content script on its own, in library mode with the script as its entry.
      const { lib } = config.build;
      content = lib !== false && /[\\/]entrypoints[\\/]content[\\/]/.test(String(lib.entry));
    },
    transform(code, id) {
      if (!content || !/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      return { code: trimPolyfill(code), map: null };
    },
  };
}

/**
 * A second minification pass with terser (three compress passes) over the content script after Vite's
 * own: the script loaded on every news page is about 900 bytes smaller after gzip (docs/benchmarks.md).
 */
function terserPass(): Plugin {
  return {
    name: 'policymark:terser-content-script',
    // Production builds only: `wxt dev` keeps its unminified script and inline source map.
    apply: (_config, env) => env.command === 'build' && env.mode === 'production',
    enforce: 'post',
    async generateBundle(options, bundle) {
      // A source map would no longer match the code after this pass; builds that ask for one skip it.
      if (options.sourcemap) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
        // unsafe_arrows turns the bundle's anonymous function expressions (webextension-polyfill's wrappers,
        // inlined helpers) that never read `this` into arrows: 40 B gzip. None is used with `new` or for its
        // prototype; every E2E test runs this build.
        const out = await minify(chunk.code, { compress: { passes: 3, unsafe_arrows: true }, ecma: 2020 });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact(), contentPolyfill(), terserPass()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [...NEWS_HOST_PATTERNS],
    optional_host_permissions: ['*://*/*'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlight__',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNote__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policymark@policymark.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
});
