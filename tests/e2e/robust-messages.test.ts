/**
 * "Nothing let in" — a page's own scripts cannot reach the extension: no `chrome.runtime` (or a
 * refused sendMessage) in the main world, forged `postMessage`/DOM events do nothing, extension
 * pages are not web-accessible, and a page cannot make our in-page UI save for it with synthetic
 * (untrusted) selection and click events, nor read the notes it shows or change a note before it is
 * saved (its shadow root is closed). Every case checks what was written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  fixture,
  launch,
  openFixture,
  type Session,
  selectText,
  textPoint,
  waitForPipeline,
} from './harness';
import { hostileUrl, readTable, serveHtml } from './lib-robust';

const SINA = fixture('zh-sina-composite-miit-app');

/** A valid save request, as the content script would send it. */
function forgedSave(url: string): unknown {
  const now = Date.now();
  return {
    type: 'annotation:save',
    payload: {
      record: {
        id: '6f1c2b7a-0d4e-4c1b-9a7e-3d2f1e0c9b8a',
        url,
        pageTitle: 'forged',
        site: 'finance.sina.com.cn',
        kind: 'own',
        detectedType: null,
        colour: 'yellow',
        quote: { type: 'TextQuoteSelector', exact: '强化关键责任链监管', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 9 },
        note: 'written by the page',
        tags: [],
        created: now,
        modified: now,
      },
    },
  };
}

describe('a page cannot talk to the extension', () => {
  let s: Session;
  let page: Page;
  before(async () => {
    s = await launch();
    page = await openFixture(s, SINA);
  });
  after(async () => {
    await s.close();
  });

  it('the main world has no chrome.runtime messaging to our id (no externally_connectable)', async () => {
    const outcome = await page.evaluate(
      async ({ id, message }) => {
        type Send = (id: string, message: unknown) => Promise<unknown>;
        const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: Send } } }).chrome;
        if (!c?.runtime?.sendMessage) return 'no chrome.runtime.sendMessage';
        try {
          const reply = await (c.runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(
            id,
            message,
          );
          return `sent: ${JSON.stringify(reply)}`;
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      },
      { id: s.extensionId, message: forgedSave(SINA.url) },
    );
    assert.ok(!outcome.startsWith('sent'), outcome);
    assert.deepEqual(await readTable(s), []);
  });

  it('forged window.postMessage and DOM events carrying a save do nothing', async () => {
    await page.evaluate((message) => {
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      window.postMessage({ ...(message as object), source: 'policymark' }, '*');
      document.dispatchEvent(new CustomEvent('policymark', { detail: message }));
      document.dispatchEvent(new CustomEvent('policymark:save', { detail: message }));
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
    }, forgedSave(SINA.url));
    await page.waitForTimeout(1000);
    assert.deepEqual(await readTable(s), []);
    assert.deepEqual(
      await readTable(s, 'pages').then((rows) => rows.length > 0),
      true,
      'the real content script did report the page',
    );
  });

  it('the content script posts the page no message (nothing that names our extension)', async () => {
    const fresh = await s.context.newPage();
    try {
      await fresh.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __pmSeen: string[] }).__pmSeen = seen;
        window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)));
      });
      await fresh.goto(SINA.url, { waitUntil: 'load' });
      await waitForPipeline(fresh);
      await fresh.waitForTimeout(500);
      const seen = await fresh.evaluate(() => (window as unknown as { __pmSeen: string[] }).__pmSeen);
      assert.deepEqual(
        seen.filter((m) => m.includes(s.extensionId) || /wxt|policymark/i.test(m)),
        [],
      );
    } finally {
      await fresh.close();
    }
  });

  it('extension pages and scripts are not web-accessible from the page', async () => {
    const results = await page.evaluate(async (id) => {
      const out: string[] = [];
      for (const path of [
        'popup.html',
        'library.html',
        'background.js',
        'manifest.json',
        'content-scripts/content.js',
      ]) {
        try {
          const r = await fetch(`chrome-extension://${id}/${path}`);
          out.push(`${path}: ${r.status}`);
        } catch {
          out.push(`${path}: refused`);
        }
      }
      return out;
    }, s.extensionId);
    assert.ok(
      results.every((r) => r.endsWith('refused')),
      results.join(', '),
    );
  });

  it('a page that is not a news site gets no content script and no runtime', async () => {
    const url = 'https://evil.example/phish.html';
    await serveHtml(s.context, url, '<body><p>一是加强统筹协调，二是强化监管执法。</p></body>');
    const other = await s.context.newPage();
    await other.goto(url);
    await other.waitForTimeout(500);
    assert.equal(await other.evaluate(() => CSS.highlights.size), 0);
    assert.equal(
      await other.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime),
      'undefined',
    );
    await other.close();
  });

  // The page's scripts can select text and dispatch an untrusted mouseup, and look for our toolbar's
  // buttons (through the shadow root when it was open). A save must need the reader's own (trusted) input.
  it('synthetic selection, mouseup and clicks from the page do not save an annotation', async () => {
    const target = await s.context.newPage();
    await serveHtml(
      s.context,
      hostileUrl('forger'),
      '<body><h1>国务院办公厅关于推进改革的实施意见</h1><div id="artibody"><p>国务院办公厅关于推进改革的实施意见。一是加强统筹协调，二是强化监管执法。</p></div></body>',
    );
    await target.goto(hostileUrl('forger'));
    await target.waitForFunction(() => (CSS.highlights.get('policymark-status')?.priority ?? 0) > 0);
    const clicked = await target.evaluate(async () => {
      const text = document.querySelector('#artibody p')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 20);
      range.setEnd(text, 26);
      const sel = getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      const r = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: r.left + 2, clientY: r.top + 2 }),
      );
      document.dispatchEvent(
        new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight', shiftKey: true }),
      );
      await new Promise((done) => setTimeout(done, 300));
      const names: string[] = [];
      const root = document.querySelector('policymark-ui')?.shadowRoot;
      for (const b of root?.querySelectorAll('button') ?? []) {
        if (/^(Highlight|Add note)$/.test(b.textContent ?? '')) {
          names.push(b.textContent ?? '');
          b.click();
          await new Promise((done) => setTimeout(done, 200));
        }
      }
      const form = root?.querySelector('form');
      const area = root?.querySelector('textarea');
      if (area) {
        area.value = 'typed by the page';
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }
      form?.requestSubmit();
      await new Promise((done) => setTimeout(done, 1000));
      return names;
    });
    const rows = await readTable(s);
    assert.deepEqual(
      rows.map((r) => `${r.quote.exact} / ${r.note}`),
      [],
      `the page saved through our UI by clicking ${JSON.stringify(clicked)}`,
    );
    await target.close();
  });

  // Finding D: the in-page UI's shadow root was open, so any script of the page (an ad's, an analytics
  // one) read every note from the badges and could rewrite the card's draft before the reader saved it.
  it("a page script cannot read the reader's notes, nor change what the card saves", async () => {
    const target = await openFixture(s, SINA);
    await selectText(target, '#artibody', '二是组织开展服务感知提升行动');
    await target.getByRole('button', { name: 'Add note' }).click();
    const box = target.getByRole('textbox', { name: 'Note', exact: true });
    await box.waitFor();
    await target.keyboard.type('my private view');
    // The page's script inserts text into the focused field as the browser's editing command: a trusted
    // input event, but with no beforeinput of the reader's own; the card puts the field back.
    const commanded = await target.evaluate(() =>
      document.execCommand('insertText', false, ' [inserted by the page]'),
    );
    assert.equal(commanded, true, 'the command ran in the focused field');
    assert.equal(await box.inputValue(), 'my private view');
    // The page sees the reader's own beforeinput (it is composed): it cancels one keystroke and runs its
    // command a moment later, and runs it from inside another's beforeinput, before the reader's input.
    await target.evaluate(() => {
      const w = window as unknown as { pageHooks: boolean };
      w.pageHooks = true;
      window.addEventListener(
        'beforeinput',
        (e) => {
          if (!w.pageHooks || (e as InputEvent).data !== 'X') return;
          e.preventDefault();
          setTimeout(() => document.execCommand('insertText', false, ' [after a cancel]'), 0);
        },
        true,
      );
      window.addEventListener('beforeinput', (e) => {
        if (w.pageHooks && (e as InputEvent).data === 'Y')
          document.execCommand('insertText', false, ' [from its listener]');
      });
      // And from inside the reader's input event, in the task the reader's beforeinput announced.
      window.addEventListener(
        'input',
        (e) => {
          if (w.pageHooks && (e as InputEvent).data === 'Z')
            document.execCommand('insertText', false, ' [from its input listener]');
        },
        true,
      );
    });
    await target.keyboard.type('X');
    await target.waitForTimeout(200);
    assert.equal(await box.inputValue(), 'my private view', 'the page cancelled X, then inserted its text');
    await target.keyboard.type('Y');
    assert.equal(await box.inputValue(), 'my private viewY', "the page's text in place of the reader's Y");
    await target.keyboard.press('Backspace');
    // The page's text, inserted while the reader's Z was being taken, is put back with it.
    await target.keyboard.type('Z');
    assert.ok(!(await box.inputValue()).includes('from its input listener'), await box.inputValue());
    if ((await box.inputValue()).endsWith('Z')) await target.keyboard.press('Backspace');
    await target.evaluate(() => {
      (window as unknown as { pageHooks: boolean }).pageHooks = false;
    });
    assert.equal(await box.inputValue(), 'my private view');
    // The page's own script (main world): every way in it has to the card's fields.
    const reached = await target.evaluate(() => {
      const found: string[] = [];
      const hosts = [...document.querySelectorAll('policymark-ui')];
      const roots = [...hosts.map((h) => h.shadowRoot), document.activeElement?.shadowRoot];
      for (const root of roots) {
        for (const field of root?.querySelectorAll<HTMLInputElement>('textarea, input') ?? []) {
          field.value = `${field.value} [inserted by the page]`;
          found.push(field.tagName);
        }
      }
      return { hosts: hosts.length, found };
    });
    assert.deepEqual(reached, { hosts: 1, found: [] });
    // The reader goes on typing in both fields and saves.
    await target.keyboard.type('.');
    await target.keyboard.press('Tab');
    await target.keyboard.type('mine');
    await target.keyboard.press('Control+Enter');
    await box.waitFor({ state: 'detached' });
    const badge = target.getByRole('button', { name: 'Note: my private view.' });
    await badge.waitFor();
    const rows = await readTable(s);
    assert.deepEqual(
      rows.map((r) => ({ note: r.note, tags: r.tags })),
      [{ note: 'my private view.', tags: ['mine'] }],
    );
    // The note is shown on the page (badge; tooltip while the pointer rests on the highlight; its card
    // again): none of it is reachable from the page's world.
    const pageReads = () =>
      target.evaluate(() => {
        const host = document.querySelector('policymark-ui');
        const all = getSelection();
        all?.selectAllChildren(document.documentElement);
        const selected = all?.toString() ?? '';
        all?.removeAllRanges();
        return {
          root: host?.shadowRoot ?? null,
          html: document.documentElement.getHTML({ serializableShadowRoots: true }),
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, shadow trees in layout
          text: `${document.documentElement.textContent} ${document.documentElement.innerText} ${selected}`,
          attributes: host ? [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' ') : null,
        };
      });
    const unreadable = async (shown: string): Promise<void> => {
      const reads = await pageReads();
      assert.equal(reads.root, null, `${shown}: the page gets our shadow root`);
      for (const [what, text] of Object.entries(reads)) {
        assert.ok(!String(text).includes('private view'), `${shown}: the note is in the page's ${what}`);
      }
    };
    await unreadable('badge');
    const at = await textPoint(target, '#artibody', '组织开展服务感知提升行动', 4);
    await target.mouse.move(at.x, at.y);
    await target.getByRole('tooltip').getByText('my private view.').waitFor();
    await unreadable('tooltip');
    await badge.click();
    await box.waitFor();
    assert.equal(await box.inputValue(), 'my private view.');
    await unreadable('card');
    await target.keyboard.press('Escape');
    await target.close();
  });

  // The guard above takes only changes the reader's own beforeinput announced: an input method's
  // composition (pinyin, committed as characters), paste and undo have to reach the draft all the same.
  it("the card keeps the reader's input method, paste, undo and redo", async () => {
    const target = await openFixture(s, SINA);
    await selectText(target, '#artibody', '二是组织开展服务感知提升行动');
    await target.getByRole('button', { name: 'Add note' }).click();
    const box = target.getByRole('textbox', { name: 'Note', exact: true });
    await box.waitFor();
    const cdp = await s.context.newCDPSession(target);
    for (const text of ['z', 'zh', 'zhe', 'zhen', 'zheng', 'zhengc', 'zhengce']) {
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    }
    await cdp.send('Input.insertText', { text: '政策' });
    assert.equal(await box.inputValue(), '政策');
    await target.keyboard.type(' ok');
    await target.keyboard.press('Control+a');
    await target.keyboard.press('Control+x');
    assert.equal(await box.inputValue(), '');
    await target.keyboard.press('Control+v');
    await target.keyboard.press('Control+v');
    assert.equal(await box.inputValue(), '政策 ok政策 ok');
    await target.keyboard.press('Control+z');
    assert.equal(await box.inputValue(), '政策 ok');
    await target.keyboard.press('Control+Shift+z');
    assert.equal(await box.inputValue(), '政策 ok政策 ok');
    await cdp.detach();
    await target.keyboard.press('Control+Enter');
    await box.waitFor({ state: 'detached' });
    const rows = await readTable(s);
    assert.ok(
      rows.some((r) => r.note === '政策 ok政策 ok'),
      JSON.stringify(rows.map((r) => r.note)),
    );
    await target.close();
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
