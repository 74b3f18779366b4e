// @vitest-environment node
/** A content script may touch only the notes of its own site (entrypoints/background/scope.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopeOf, scopeRefusal } from '../../../entrypoints/background/scope';
import type { Request } from '../../../lib/messages';
import { PolicyMarkDb } from '../../../lib/store/db';
import { sampleRecord, validRequest } from '../sample-record';

let db: PolicyMarkDb;
beforeEach(async () => {
  db = new PolicyMarkDb('scope');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const req = (type: string, payload: unknown): Request => validRequest({ type, payload });

describe('scope of a page the reader enabled under a profile’s registrable domain', () => {
  it('www.europa.eu and europa.eu may not read, save over or delete the ECB’s notes', async () => {
    const ecb = sampleRecord({
      url: 'https://www.ecb.europa.eu/press/pr/date/2025/html/x.en.html',
      site: 'www.ecb.europa.eu',
    });
    await db.annotations.put(ecb);
    for (const page of ['https://www.europa.eu/some/page', 'https://europa.eu/x']) {
      const scope = scopeOf('content-script', page);
      const requests = [
        req('annotations:for-page', { url: ecb.url }),
        req('annotation:delete', { id: ecb.id }),
        req('annotation:update', { id: ecb.id, changes: { note: 'x' } }),
        req('annotation:save', { record: { ...ecb, url: page, site: new URL(page).hostname } }),
      ];
      for (const r of requests) expect(await scopeRefusal(db, r, scope), `${page} ${r.type}`).not.toBeNull();
    }
    // The ECB's own pages still reach them.
    const own = scopeOf('content-script', 'https://www.ecb.europa.eu/press/other.html');
    expect(await scopeRefusal(db, req('annotations:for-page', { url: ecb.url }), own)).toBeNull();
    expect(await scopeRefusal(db, req('annotation:delete', { id: ecb.id }), own)).toBeNull();
  });
});
