/**
 * A Traditional Chinese page in real Chromium: the gov.cn State Council document of the fixtures as
 * gov.cn's big5 gateway serves it (machine-converted to Traditional characters, 「」 quotes). The content
 * script has the background read it in simplified characters, so it is painted exactly as the simplified
 * page is, on the Traditional text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tify } from 'chinese-conv';
import { FIXTURES, fixture, highlightCounts, launch, openFixture, type Session } from './harness';

const GOV = fixture('zh-govcn-guobanfa-2019-6');
const BIG5 = {
  ...GOV,
  url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm',
};

/** The text of each range of a highlight, in document order. */
function paintedTexts(name: string): string[] {
  return [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
}

describe('Traditional Chinese page', () => {
  let s: Session;
  before(async () => {
    s = await launch();
  });
  after(async () => {
    await s.close();
  });

  it('paints the same directives and initiatives as the simplified page, on the Traditional text', async () => {
    const simplified = await openFixture(s, GOV);
    const want = await highlightCounts(simplified);
    const wantInitiatives = await simplified.evaluate(paintedTexts, 'policymark-initiative');
    await simplified.close();
    assert.ok((want['policymark-directive'] ?? 0) >= 30, JSON.stringify(want));
    assert.ok((want['policymark-initiative'] ?? 0) >= 5, JSON.stringify(want));

    const html = readFileSync(join(FIXTURES, GOV.id, 'page.html'), 'utf8');
    const page = await openFixture(s, BIG5, tify(html));
    assert.deepEqual(await highlightCounts(page), want);
    // The names are painted where they are printed, in Traditional characters and quotes.
    const got = await page.evaluate(paintedTexts, 'policymark-initiative');
    assert.deepEqual(
      got,
      wantInitiatives.map((t) => tify(t)),
    );
    assert.ok(
      got.some((t) => t.includes('國務院')),
      got.join(' | '),
    );
    await page.close();
  });

  it('reports no console errors from the extension', () => {
    assert.deepEqual(s.errors, []);
  });
});
