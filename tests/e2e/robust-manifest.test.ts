/**
 * Permissions meta-test on the built manifests: the extension asks for the least it needs. Every
 * permission must be listed here with its reason; host access is the news-host list only; no
 * `tabs`, no all-sites host permission, no `externally_connectable`, no web-accessible pages.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NEWS_HOST_PATTERNS } from '../../lib/hosts';
import { EXT_DIR, ROOT } from './harness';

/** Each permission the extension may hold, and why it needs it. Adding one means adding a reason. */
const JUSTIFIED: Record<string, string> = {
  storage: 'the reader’s colour choice and settings (browser.storage.local)',
  contextMenus: 'Highlight / Add note in the context menu of a selection',
  activeTab: 'the popup reads and refreshes the page it was opened on',
  scripting: 'registers the content script on sites the reader enabled (optional host permission)',
};

const ALL_SITES = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  externally_connectable?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] } | string>;
  content_scripts?: Array<{
    matches: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    world?: string;
  }>;
  content_security_policy?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

const builds: Array<[string, string]> = [
  ['chrome-mv3', join(EXT_DIR, 'manifest.json')],
  ['firefox-mv3', join(process.env.PM_FIREFOX_DIR ?? join(ROOT, '.output/firefox-mv3'), 'manifest.json')],
];

for (const [name, path] of builds) {
  describe(`${name} manifest asks for the least it needs`, () => {
    // `npm test` builds both targets before the E2E; a missing build is a failure, not a skip.
    const read = (): Manifest => {
      if (!existsSync(path))
        throw new Error(`${path} is missing: run npm run build and npm run build:firefox`);
      return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    };

    it('every permission is justified; no tabs, history, cookies, webRequest, downloads', () => {
      const m = read();
      for (const p of m.permissions ?? []) assert.ok(p in JUSTIFIED, `unjustified permission "${p}"`);
      for (const p of [
        'tabs',
        'history',
        'cookies',
        'webRequest',
        'downloads',
        'debugger',
        'management',
        'nativeMessaging',
      ]) {
        assert.ok(!(m.permissions ?? []).includes(p), p);
        assert.ok(!(m.optional_permissions ?? []).includes(p), `optional ${p}`);
      }
    });

    it('host permissions are exactly the news hosts (all sites only as an optional, per-site grant)', () => {
      const m = read();
      assert.deepEqual([...(m.host_permissions ?? [])].sort(), [...NEWS_HOST_PATTERNS].sort());
      for (const p of m.host_permissions ?? []) assert.ok(!ALL_SITES.includes(p), p);
      for (const p of m.permissions ?? []) assert.ok(!ALL_SITES.includes(p), p);
      for (const p of m.optional_host_permissions ?? []) assert.ok(/^\*:\/\/(\*|[\w*.-]+)\/\*$/.test(p), p);
    });

    it('content scripts run on the news hosts only, top frame only, in the isolated world', () => {
      const m = read();
      assert.ok((m.content_scripts ?? []).length > 0);
      for (const cs of m.content_scripts ?? []) {
        for (const pattern of cs.matches)
          assert.ok((NEWS_HOST_PATTERNS as readonly string[]).includes(pattern), pattern);
        assert.notEqual(cs.all_frames, true);
        assert.notEqual(cs.match_about_blank, true);
        assert.notEqual(cs.world, 'MAIN');
      }
    });

    it('no externally_connectable, no web-accessible pages, no loosened CSP', () => {
      const m = read();
      assert.equal(m.externally_connectable, undefined);
      for (const entry of m.web_accessible_resources ?? []) {
        const resources = typeof entry === 'string' ? [entry] : entry.resources;
        for (const r of resources) assert.ok(!/\.html?$|^\*$|\/\*$/.test(r), `web-accessible ${r}`);
      }
      const csp = JSON.stringify(m.content_security_policy ?? '');
      assert.ok(!/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/.test(csp), csp);
    });

    if (name === 'firefox-mv3') {
      it('Firefox: a gecko id and the data-collection declaration (none)', () => {
        const gecko = read().browser_specific_settings?.gecko;
        assert.ok(gecko?.id);
        assert.deepEqual(gecko?.data_collection_permissions?.required, ['none']);
      });
    }
  });
}
