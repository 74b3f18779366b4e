/**
 * Keyboard shortcuts and context-menu items (both forward a `tab:command` from
 * the background to the page), and "Pause on this site" in the popup.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  fixture,
  highlightCounts,
  launch,
  openFixture,
  openPopup,
  type Session,
  selectText,
  textPoint,
  waitForHighlights,
} from './harness';
import { readTable } from './lib-robust';

describe('commands and per-site pause', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });
  /** What the background does for a shortcut or a context-menu item: forward it to the (one) Sina tab. */
  const send = async (action: 'highlight' | 'note'): Promise<unknown> =>
    s.worker.evaluate(async (a) => {
      type Chrome = {
        tabs: {
          query(q: object): Promise<Array<{ id: number; url?: string }>>;
          sendMessage(id: number, m: object): Promise<unknown>;
        };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await chrome.tabs.query({})).find((t) =>
        t.url?.startsWith('https://finance.sina.com.cn/'),
      );
      return tab ? chrome.tabs.sendMessage(tab.id, { type: 'tab:command', action: a }) : null;
    }, action);

  it('the manifest declares the shortcuts; the background forwards them to the selection', async () => {
    const manifest = await s.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { getManifest(): { commands: Record<string, unknown> } } };
        }
      ).chrome.runtime.getManifest(),
    );
    assert.deepEqual(Object.keys(manifest.commands).sort(), ['highlight-selection', 'note-selection']);
    const page = await openFixture(s, fixture('zh-sina-composite-miit-app'));
    // Without a selection the command does nothing.
    assert.equal(await send('highlight'), false);
    await selectText(page, '#artibody', '工业生产较快增长');
    assert.equal(await send('highlight'), true);
    await waitForHighlights(page, 'policymark-user-yellow', 1);
    await selectText(page, '#artibody', '市场投资信心不断增强');
    assert.equal(await send('note'), true);
    await page.getByRole('textbox', { name: 'Note' }).fill('from the shortcut');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForHighlights(page, 'policymark-user-yellow', 2);

    // Hovering a highlight shows its note; hovering a detected directive shows what it is.
    const hover = async (needle: string): Promise<void> => {
      const p = await textPoint(page, '#artibody', needle, 2);
      await page.mouse.move(p.x, p.y, { steps: 3 });
    };
    await hover('市场投资信心不断增强');
    await page.getByRole('tooltip').filter({ hasText: 'from the shortcut' }).waitFor();
    await hover('强化关键责任链监管');
    await page.getByRole('tooltip').filter({ hasText: 'Directive · enumerated point' }).waitFor();
    await page.close();
  });

  it('a command on a selection running past the end of the article acts on its part inside the article', async () => {
    const page = await openFixture(s, fixture('zh-sina-composite-miit-app'));
    // Triple-clicking the article's last paragraph selects up to the start of the block after it.
    const p = await textPoint(page, '#artibody', '责任编辑', 2);
    await page.mouse.click(p.x, p.y, { clickCount: 3 });
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('#artibody')?.contains(getSelection()?.getRangeAt(0).endContainer ?? null),
      ),
      false,
      'the selection ends outside the article',
    );
    assert.equal(await send('highlight'), true);
    await page.waitForFunction(() =>
      [...(CSS.highlights.get('policymark-user-yellow') ?? [])].some(
        (r) => r.toString() === '责任编辑：李墨轩',
      ),
    );
    const rows = await readTable(s);
    assert.ok(rows.some((r) => r.quote.exact === '责任编辑：李墨轩'));
    await page.close();
  });

  it('"Pause on this site" clears the page and "Resume" paints it again', async () => {
    const page = await openFixture(s, fixture('zh-sina-composite-miit-app'));
    const before = await highlightCounts(page);
    assert.ok((before['policymark-directive'] ?? 0) > 0);
    const popup = await openPopup(s, page);
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await page.waitForFunction(
      () => !CSS.highlights.has('policymark-directive') && !CSS.highlights.has('policymark-user-yellow'),
    );
    await popup.getByRole('button', { name: 'Resume on this site' }).click();
    await page.waitForFunction(
      () => CSS.highlights.has('policymark-directive') && CSS.highlights.has('policymark-user-yellow'),
    );
    assert.deepEqual(await highlightCounts(page), before);
    assert.deepEqual(s.errors, []);
    await Promise.all([popup.close(), page.close()]);
  });
});
