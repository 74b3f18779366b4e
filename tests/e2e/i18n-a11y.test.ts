/**
 * Chinese and English UI (browser language), keyboard-only use of the toolbar
 * and card, axe-core checks of popup and library (no serious or critical
 * violations), and the screenshots committed under docs/screenshots/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  fixture,
  launch,
  openFixture,
  openLibrary,
  openPopup,
  ROOT,
  type Session,
  selectText,
} from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(ROOT, 'docs/screenshots');

async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); evaluation through the DevTools protocol is allowed.
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  });
}

for (const lang of ['en-US', 'zh-CN'] as const) {
  const zh = lang === 'zh-CN';
  const names = zh
    ? {
        highlight: '高亮',
        addNote: '添加笔记',
        note: '笔记',
        tags: '标签',
        save: '保存',
        exportJson: '导出 JSON',
        exportMarkdown: '导出 Markdown',
        import: '导入',
        thisPage: '本页',
      }
    : {
        highlight: 'Highlight',
        addNote: 'Add note',
        note: 'Note',
        tags: 'Tags',
        save: 'Save',
        exportJson: 'Export JSON',
        exportMarkdown: 'Export Markdown',
        import: 'Import',
        thisPage: 'This page',
      };

  describe(`UI in ${lang}`, () => {
    let s: Session;
    after(async () => {
      await s.close();
    });

    it('toolbar and card work from the keyboard with the localised names', async () => {
      s = await launch({ lang });
      const page = await openFixture(s, fixture('zh-sina-composite-miit-app'));
      await selectText(page, '#artibody', '二是组织开展服务感知提升行动');
      const toolbar = page.getByRole('toolbar');
      await toolbar.getByRole('button', { name: names.highlight, exact: true }).waitFor();
      // Keyboard only: focus the "Add note" button, press Enter, type, Ctrl+Enter saves.
      await toolbar.getByRole('button', { name: names.addNote }).focus();
      await page.keyboard.press('Enter');
      const box = page.getByRole('textbox', { name: names.note, exact: true });
      await box.waitFor();
      assert.equal(
        await box.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
        true,
        'note box focused',
      );
      await page.keyboard.type(zh ? '关注服务质量' : 'watch service quality');
      await page.keyboard.press('Tab');
      await page.keyboard.type('APP');
      // Typing re-renders the card; focus stays where the reader put it.
      assert.equal(await box.inputValue(), zh ? '关注服务质量' : 'watch service quality');
      assert.equal(await page.getByRole('textbox', { name: names.tags, exact: true }).inputValue(), 'APP');
      await page.keyboard.press('Control+Enter');
      await box.waitFor({ state: 'detached' });
      // Focus goes to the new note's badge (where the note is), not to the page's <body>.
      const badge = page
        .locator('policymark-ui')
        .getByRole('button', { name: `${names.note}: ${zh ? '关注服务质量' : 'watch service quality'}` });
      assert.equal(
        await badge.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
        true,
        'badge focused after the save',
      );
      await page.waitForFunction(() =>
        [...CSS.highlights.keys()].some((k) => k.startsWith('policymark-user-')),
      );
      await selectText(page, '#artibody', '上半年工业经济持续稳定恢复');
      await page.screenshot({ path: join(SHOTS, `article-${zh ? 'zh' : 'en'}.png`) });
      await page.keyboard.press('Escape');
      assert.deepEqual(s.errors, []);
    });

    it('popup: localised, no serious accessibility violations, screenshot', async () => {
      const page = s.context.pages().find((p) => p.url().startsWith('https://finance.sina.com.cn/'));
      assert.ok(page);
      const popup = await openPopup(s, page);
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.getByRole('heading', { name: names.thisPage }).waitFor();
      await popup.getByRole('button', { name: names.exportJson }).waitFor();
      await popup.getByRole('button', { name: names.import, exact: true }).waitFor();
      await popup
        .getByText(zh ? '关注服务质量' : 'watch service quality')
        .first()
        .waitFor();
      assert.equal(await popup.evaluate(() => document.documentElement.lang.slice(0, 2)), zh ? 'zh' : 'en');
      assert.deepEqual(await axeViolations(popup), []);
      await popup.screenshot({ path: join(SHOTS, `popup-${zh ? 'zh' : 'en'}.png`), fullPage: true });
      await popup.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await axeViolations(popup), [], 'dark mode');
      await popup.close();
    });

    it("import errors are said in the UI's language", async () => {
      const library = await openLibrary(s);
      const status = library.locator('.export-bar .status');
      const choose = (name: string, text: string) =>
        library
          .locator('.export-bar input[type="file"]')
          .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await choose('empty.json', '  \n');
      await status.getByText(zh ? '导入失败：文件是空的' : 'Import failed: the file is empty').waitFor();
      // An item's field stays as the validator names it, after the item's number in the UI's language.
      await choose('bad.json', JSON.stringify({ rows: [{ id: 'h1', text: 'x', target: [] }] }));
      await status
        .getByText(zh ? '导入失败：第 1 项：uri: missing' : 'Import failed: item 1: uri: missing')
        .waitFor();
      await library.close();
    });

    it('library: localised, no serious accessibility violations, screenshot', async () => {
      const library = await openLibrary(s);
      await library.getByRole('button', { name: names.exportJson }).waitFor();
      await library
        .getByText(zh ? '关注服务质量' : 'watch service quality')
        .first()
        .waitFor();
      assert.deepEqual(await axeViolations(library), []);
      await library.screenshot({ path: join(SHOTS, `library-${zh ? 'zh' : 'en'}.png`), fullPage: true });
      // The Markdown export speaks the UI's language.
      const [download] = await Promise.all([
        library.waitForEvent('download'),
        library.getByRole('button', { name: names.exportMarkdown }).click(),
      ]);
      const path = join(tmpdir(), `pm-i18n-${lang}-${Date.now()}.md`);
      await download.saveAs(path);
      const md = readFileSync(path, 'utf8');
      const labels = zh
        ? ['# PolicyMark 笔记', '导出于 ', ' 条笔记', '[在原文中定位](']
        : ['# PolicyMark notes', 'Exported ', ' note', '[Open at highlight]('];
      for (const label of labels) assert.ok(md.includes(label), `${label} in ${md.slice(0, 300)}`);
      if (zh) assert.doesNotMatch(md, /PolicyMark notes|Exported|Open at highlight/);
      await library.close();
      assert.deepEqual(s.errors, []);
    });
  });
}

// Every Chinese browser gets a Chinese UI (public/_locales: zh_TW, zh_HK, zh_MO in Traditional characters,
// zh_SG and zh in simplified ones; scripts/make-zh-locales.ts).
describe('UI in the other Chinese browser languages', () => {
  const cases = [
    ['zh-TW', '匯出 JSON', '匯入'],
    ['zh-HK', '匯出 JSON', '匯入'],
    ['zh-MO', '匯出 JSON', '匯入'],
    ['zh-SG', '导出 JSON', '导入'],
    ['zh', '导出 JSON', '导入'],
  ] as const;
  for (const [lang, exportJson, importName] of cases) {
    it(`${lang}: the library speaks Chinese`, async () => {
      const s = await launch({ lang });
      try {
        const library = await openLibrary(s);
        await library.getByRole('button', { name: exportJson }).waitFor();
        await library.getByRole('button', { name: importName }).waitFor();
        assert.equal(await library.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(s.errors, []);
      } finally {
        await s.close();
      }
    });
  }
});
