import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, type TextIndex } from '../../../lib/page/text-index';
import { isSpaceCode, SPACE_RUN } from '../../../lib/page/text-rules';
import { loadFixturePage } from './fixture-pages';

/** A detached container holding `html` (parsed by the test DOM). */
function dom(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

const textOf = (html: string): string => buildTextIndex(dom(html)).text;

/** Whitespace, paragraph breaks and skipped-subtree markers do not count when comparing a range with the text. */
const squash = (s: string): string => s.replace(/SKIP|[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, '');

/** Every non-"\n" offset maps to a range on text nodes and back, and the range reads the same text. */
function expectRoundTrips(index: TextIndex): void {
  const { text } = index;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    const range = index.rangeFor(i, i + 1);
    if (!range) throw new Error(`no range at ${i}`);
    expect(range.startContainer.nodeType).toBe(3);
    expect(range.endContainer.nodeType).toBe(3);
    if (index.offsetAt(range.startContainer, range.startOffset) !== i) throw new Error(`start of ${i}`);
    if (index.offsetAt(range.endContainer, range.endOffset, 'backward') !== i + 1)
      throw new Error(`end of ${i}`);
    if (squash(range.toString()) !== squash(text[i] as string)) throw new Error(`toString at ${i}`);
  }
  if (!text) return;
  let at = 0;
  for (const paragraph of text.split('\n')) {
    const range = index.rangeFor(at, at + paragraph.length);
    expect(squash(range?.toString() ?? '')).toBe(squash(paragraph));
    expect(range && index.offsetsOf(range)).toEqual({ start: at, end: at + paragraph.length });
    at += paragraph.length + 1;
  }
}

describe('article text rules', () => {
  it('turns block elements into single "\\n" boundaries, never leading or trailing', () => {
    expect(textOf('<p>A</p><p>B</p>')).toBe('A\nB');
    expect(textOf('<div><div><p>A</p></div></div><section><div><p>B</p></div></section>')).toBe('A\nB');
    expect(
      textOf(
        '<p></p><p> </p><h1>T</h1><ul><li>x</li><li>y</li></ul><hr><table><tr><td>c</td><td>d</td></tr></table>',
      ),
    ).toBe('T\nx\ny\nc\nd');
    expect(textOf('<span>A</span><div>B</div>C')).toBe('A\nB\nC');
  });

  it('ends a line at <br>, collapsing repeated breaks', () => {
    expect(textOf('A<br>B<br><br>C<br>')).toBe('A\nB\nC');
    expect(textOf('<p>A<br></p><p>B</p>')).toBe('A\nB');
  });

  it('inserts nothing for inline elements, so a marker split across <font> reads whole', () => {
    expect(textOf('<p>　　<font cms-style="strong-Bold">一是</font>加快建设。</p>')).toBe('一是加快建设。');
    expect(textOf('<p>foo<b>bar</b><a href="#">baz</a></p>')).toBe('foobarbaz');
    expect(textOf('<p>“<a href="#">互联网</a>+”行动</p>')).toBe('“互联网+”行动');
  });

  it('collapses ASCII whitespace, U+00A0, U+3000 and em spaces, dropping them at paragraph edges', () => {
    expect(textOf('<p>  a \n\t b\u00a0\u00a0c  </p>')).toBe('a b c');
    expect(textOf('<p>\u3000\u3000一是坚持。</p><p>\u2003\u2003二是推进。</p>')).toBe(
      '一是坚持。\n二是推进。',
    );
    expect(textOf('<p>foo <b> bar</b> </p>')).toBe('foo bar');
    expect(textOf('<p>foo<b> </b>bar</p>')).toBe('foo bar');
    expect(textOf('<p>a\u200bb</p>')).toBe('a\u200bb');
    expect(textOf('  lead <b> x </b>  ')).toBe('lead x');
  });

  it('skips scripts, form controls, media, hidden and aria-hidden subtrees and our own UI', () => {
    const html = [
      '<p>A<script>s()</script><style>p{}</style><noscript>n</noscript><template>t</template></p>',
      '<p>B<textarea>t</textarea><select><option>o</option></select><button>b</button><input value="i"></p>',
      '<p>C<iframe>i</iframe><object>o</object><svg><text>s</text></svg><canvas>c</canvas><video>v</video><audio>a</audio></p>',
      '<div hidden>H</div><div aria-hidden="true">AH</div><div data-policymark-ui>UI</div><div aria-hidden="false">D</div>',
    ].join('');
    expect(textOf(html)).toBe('A\nB\nC\nD');
  });

  it('gives empty text and no ranges for an empty root', () => {
    const index = buildTextIndex(dom('<script>x</script> <p> </p>'));
    expect(index.text).toBe('');
    expect(index.rangeFor(0, 1)).toBeNull();
  });
});

describe('rangeFor', () => {
  const root = dom('<p>\u3000\u3000<font>一是</font>加快  建设。</p><p>二是推进。</p>');
  const index = buildTextIndex(root);

  it('returns ranges on text nodes that read the text', () => {
    expect(index.text).toBe('一是加快 建设。\n二是推进。');
    const marker = index.rangeFor(0, 2);
    expect(marker?.toString()).toBe('一是');
    expect(marker?.startContainer.nodeType).toBe(3);
    expect(index.rangeFor(2, 8)?.toString()).toBe('加快  建设。');
    expect(squash(index.rangeFor(4, 12)?.toString() ?? '')).toBe(squash(index.text.slice(4, 12)));
  });

  it('returns null when out of bounds or empty', () => {
    expect(index.rangeFor(-1, 2)).toBeNull();
    expect(index.rangeFor(3, 3)).toBeNull();
    expect(index.rangeFor(5, 4)).toBeNull();
    expect(index.rangeFor(0, index.text.length + 1)).toBeNull();
    expect(index.rangeFor(0.5, 2)).toBeNull();
  });

  it('starts after and ends before a paragraph boundary', () => {
    const nl = index.text.indexOf('\n');
    expect(index.rangeFor(nl, nl + 3)?.toString()).toBe('二是');
    expect(index.rangeFor(nl - 3, nl + 1)?.toString()).toBe('建设。');
  });
});

describe('offsetAt and offsetsOf', () => {
  const root = dom('<p id="a">\u3000\u3000一是  坚持。 </p><script>skip()</script><p id="b">二是推进。</p>');
  const index = buildTextIndex(root);
  const a = root.querySelector('#a') as HTMLElement;
  const b = root.querySelector('#b') as HTMLElement;
  const aText = a.firstChild as Text;

  it('maps text-node points, snapping collapsed whitespace forward or backward', () => {
    expect(index.text).toBe('一是 坚持。\n二是推进。');
    expect(index.offsetAt(aText, 0)).toBe(0);
    expect(index.offsetAt(aText, 2)).toBe(0);
    expect(index.offsetAt(aText, 4)).toBe(2);
    expect(index.offsetAt(aText, 5)).toBe(3);
    expect(index.offsetAt(aText, 6)).toBe(3);
    expect(index.offsetAt(aText, aText.data.length)).toBe(7);
    expect(index.offsetAt(aText, aText.data.length, 'backward')).toBe(6);
  });

  it('maps element points and points in skipped subtrees to the nearest offset', () => {
    const script = root.querySelector('script')?.firstChild as Text;
    expect(index.offsetAt(root, 0)).toBe(0);
    expect(index.offsetAt(root, root.childNodes.length)).toBe(index.text.length);
    expect(index.offsetAt(b, 0)).toBe(7);
    expect(index.offsetAt(b, 0, 'backward')).toBe(6);
    expect(index.offsetAt(script, 3)).toBe(7);
    expect(index.offsetAt(script, 3, 'backward')).toBe(6);
  });

  it('returns null outside the root or for an impossible offset', () => {
    expect(index.offsetAt(document.body, 0)).toBeNull();
    expect(index.offsetAt(aText, aText.data.length + 1)).toBeNull();
  });

  it('reads a selection of whole paragraphs without stray boundaries', () => {
    const range = document.createRange();
    range.setStart(a, 0);
    range.setEnd(b, 0);
    expect(index.offsetsOf(range)).toEqual({ start: 0, end: 6 });
    range.selectNodeContents(b);
    expect(index.offsetsOf(range)).toEqual({ start: 7, end: 12 });
    range.selectNodeContents(document.body);
    expect(index.offsetsOf(range)).toBeNull();
  });
});

describe('round trips', () => {
  it('holds for every offset of real pages (GBK 163, people.com.cn, a Sina fragment, gov.cn)', async () => {
    for (const id of [
      'zh-163money-ndrc-bonds-2015',
      'zh-people-henan-20240510',
      'zh-sina-gdp-target-20220305',
      'zh-govcn-guobanfa-2019-6',
      'en-theorychina-vulnerable-2012',
    ]) {
      const page = await loadFixturePage(id);
      try {
        expect(page.article.root).toBeTruthy();
        expectRoundTrips(buildTextIndex(page.article.root));
      } finally {
        await page.close();
      }
    }
  });

  it('holds on random DOM trees, whose text keeps the invariants', () => {
    const leaf = fc.constantFrom(
      '一是',
      '加快',
      'ab',
      ' ',
      '  ',
      '\n',
      '\u3000\u3000',
      '\u00a0',
      '。',
      'x y',
    );
    type Tree = string;
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.constant('<br>'),
        fc.constant('<script>SKIP</script>'),
        fc
          .tuple(
            fc.constantFrom('p', 'div', 'span', 'font', 'b', 'li', 'td'),
            fc.array(tie('node'), { maxLength: 4 }),
          )
          .map(([tag, kids]) =>
            tag === 'td'
              ? `<table><tr><td>${kids.join('')}</td></tr></table>`
              : `<${tag}>${kids.join('')}</${tag}>`,
          ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        const index = buildTextIndex(dom(nodes.join('')));
        const { text } = index;
        expect(text).not.toMatch(/^[\n ]|[\n ]$|\n\n| {2}| \n|\n |[\u3000\u00a0]/);
        expectRoundTrips(index);
      }),
      { numRuns: 300 },
    );
  });
});

describe('whitespace rules', () => {
  it('the code-unit table of the DOM walk holds exactly the SPACE_RUN characters', () => {
    const one = new RegExp(`^${SPACE_RUN.source}$`);
    const fromRegex: number[] = [];
    const fromTable: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (one.test(String.fromCharCode(c))) fromRegex.push(c);
      if (isSpaceCode(c)) fromTable.push(c);
    }
    expect(fromTable).toEqual(fromRegex);
  });
});
