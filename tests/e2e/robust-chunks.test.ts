/**
 * The popup and the library load their search, their export and the initiative index's code on first use
 * (docs/design.md, "Popup and library"). When that code cannot be loaded (a chunk gone, as when the
 * extension is updated under an open page), they say so instead of showing "Reading notes…" forever, an
 * empty list, or nothing after an export click. Run on a copy of the build without those chunks.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXT_DIR, launch, openLibrary, openPopup, type Session } from './harness';

const LOAD_FAILED = /^Part of PolicyMark could not be loaded \(.+\)\. Reload this page\.$/;

describe('lists whose code on first use cannot be loaded', () => {
  let s: Session;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-chunks-'));
    cpSync(EXT_DIR, dir, { recursive: true });
    const gone = readdirSync(join(dir, 'chunks')).filter((f) =>
      /^(filter|export-files|initiative-index)-.*\.js$/.test(f),
    );
    assert.equal(gone.length, 3, `the three chunks loaded on first use: ${gone.join(', ')}`);
    for (const f of gone) rmSync(join(dir, 'chunks', f));
    s = await launch({ extDir: dir });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the library says so for its search, its export and its initiative index', async () => {
    const library = await openLibrary(s);
    // The list and its count come without the missing code.
    await library
      .getByRole('status')
      .filter({ hasText: /^0 of 0/ })
      .waitFor();
    const alerts = library.getByRole('alert');
    // The initiative index's code is loaded with the list: its section says it could not be.
    await alerts.first().waitFor();
    assert.match((await alerts.first().textContent()) ?? '', LOAD_FAILED);
    // Focusing the search reads the notes and loads the search: no endless "Reading notes…".
    await library.getByRole('searchbox', { name: 'Search notes' }).fill('政策');
    await alerts.nth(1).waitFor();
    const texts = await alerts.allTextContents();
    assert.equal(texts.length, 2);
    for (const text of texts) assert.match(text, LOAD_FAILED);
    assert.equal(await library.getByText('Reading notes…').count(), 0);
    // An export says it failed, and why.
    await library.getByRole('button', { name: 'Export JSON' }).click();
    await library
      .getByRole('status')
      .filter({ hasText: /^Export failed: / })
      .waitFor();
    await library.close();
  });

  it('the popup says so when its search cannot be loaded', async () => {
    const popup = await openPopup(s);
    await popup.getByRole('searchbox', { name: 'Search notes' }).fill('政策');
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', LOAD_FAILED);
    await popup.close();
  });
});
