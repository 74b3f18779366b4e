/**
 * Markers and names split across elements (Sina wraps 一是 in <font>, 163 puts keyword links
 * inside names) are found, because detection runs on the article text built by lib/page.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { buildTextIndex } from '../../../lib/page/text-index';

/** The article text of an HTML fragment, built the way the content script builds it. */
function articleText(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const { text } = buildTextIndex(root);
  root.remove();
  return text;
}

describe('markers split across elements', () => {
  it('finds 一是 wrapped in <font> with the headline in the next text node', () => {
    const text = articleText(
      '<p>今年要着重做好以下方面：</p>' +
        '<p><font cms-style="strong-Bold">一是</font>坚持稳字当头、稳中求进。要把稳增长放在更加突出的位置。</p>' +
        '<p><font cms-style="strong-Bold">二是</font>加大宏观政策实施力度。财政支出超过26万亿元。</p>' +
        '<p><font cms-style="strong-Bold">总之，</font>我国经济基本面长期向好。</p>',
    );
    const ds = analyze(text).directives;
    expect(ds.map((d) => [d.marker, d.text])).toEqual([
      ['一是', '坚持稳字当头、稳中求进。'],
      ['二是', '加大宏观政策实施力度。'],
    ]);
    for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.marker + d.text);
  });

  it('finds a name split by a keyword link', () => {
    const text = articleText(
      '<p>现就积极推进“<a href="http://money.163.com/keywords/1.html">互联网</a>+”行动提出以下意见。</p>',
    );
    expect(analyze(text).initiatives.map((i) => [i.text, i.type])).toEqual([['“互联网+”行动', 'campaign']]);
  });
});
