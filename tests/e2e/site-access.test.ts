/**
 * "Enable on this site" and "Disable on this site" on a site outside the built-in news hosts.
 *
 * Headless Chromium shows the browser's permission prompt where nothing can answer it (the request stays
 * pending; Playwright and CDP cannot reach extension prompts). So this suite loads a copy of the build
 * whose manifest already holds the test site's host permission: `permissions.request` then resolves true
 * at once, as it does after the reader clicks "Allow". The prompt is the only part not exercised; the
 * popup, the enabled-sites list, the content-script registration and the page are the shipped code.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  EXT_DIR,
  fixture,
  highlightCounts,
  launch,
  openPopup,
  pipelineRuns,
  type Session,
  selectText,
  serveFixture,
  waitForPipeline,
} from './harness';

const ORIGIN = 'https://policy-reader.example/*';
const PAGE = {
  ...fixture('zh-sina-composite-miit-app'),
  url: 'https://policy-reader.example/2021/miit-app.html',
};

/** Registered content-script match patterns of the extension. */
async function registered(s: Session): Promise<string[]> {
  return s.worker.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> };
    const scripting = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting;
    return (await scripting.getRegisteredContentScripts()).flatMap((c) => c.matches ?? []);
  });
}

async function waitRegistered(s: Session, present: boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await registered(s)).includes(ORIGIN) === present) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`registration of ${ORIGIN} never became ${present}`);
}

/** The page loaded and settled, and the content script did not run on it. */
async function assertNotRunning(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await pipelineRuns(page), 0);
  assert.equal(await page.locator('policymark-ui').count(), 0);
}

describe('enable and disable PolicyMark on a site outside the built-in list', () => {
  let s: Session;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-ext-'));
    cpSync(EXT_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions.push(ORIGIN);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    s = await launch({ extDir: dir });
    await serveFixture(s.context, PAGE);
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Enable paints the open page and every later visit; Disable clears it and stops', async () => {
    const page = await s.context.newPage();
    await page.goto(PAGE.url);
    await assertNotRunning(page);

    let popup = await openPopup(s, page);
    await popup.getByRole('button', { name: 'Enable on this site' }).click();
    await waitForPipeline(page);
    const painted = await highlightCounts(page);
    assert.ok((painted['policymark-directive'] ?? 0) > 0, 'directives painted');
    assert.ok((painted['policymark-initiative'] ?? 0) > 0, 'initiatives painted');
    // The popup now offers Pause and Disable instead of Enable.
    await popup.getByRole('button', { name: 'Pause on this site' }).waitFor();
    await popup.close();
    // The content script the popup injected gets its toolbar (the background runs the UI's script there).
    await selectText(page, '#artibody', '工业生产较快增长');
    await page.getByRole('button', { name: 'Highlight', exact: true }).waitFor();
    await page.keyboard.press('Escape');

    await waitRegistered(s, true);
    await page.reload();
    await waitForPipeline(page);
    assert.deepEqual(await highlightCounts(page), painted);
    // So does the registered one.
    await selectText(page, '#artibody', '市场投资信心不断增强');
    await page.getByRole('button', { name: 'Add note' }).waitFor();
    await page.keyboard.press('Escape');

    popup = await openPopup(s, page);
    await popup.getByRole('button', { name: 'Disable on this site' }).click();
    await page.waitForFunction(() => !CSS.highlights.has('policymark-directive'));
    await popup.getByRole('button', { name: 'Enable on this site' }).waitFor();
    await popup.close();

    await waitRegistered(s, false);
    await page.reload();
    await assertNotRunning(page);
    assert.deepEqual(s.errors, []);
    await page.close();
  });
});
