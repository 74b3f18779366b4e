import { describe, expect, it } from 'vitest';
import { readSelection } from '../../../entrypoints/content/selection';
import { buildTextIndex } from '../../../lib/page/text-index';

/** Selects from the `a`-th character of the first text node of `from` to the `b`-th of the one of `to`. */
function select(from: Element, a: number, to: Element, b: number): void {
  const range = document.createRange();
  range.setStart(from.firstChild as Node, a);
  range.setEnd(to.firstChild as Node, b);
  const sel = window.getSelection() as Selection;
  sel.removeAllRanges();
  sel.addRange(range);
}

describe('readSelection: a selection that runs past the article is clipped to it', () => {
  document.body.innerHTML =
    '<h1 id="h">标题</h1><div id="article"><p id="p1">一是稳增长。</p><p id="p2">二是扩需求。</p></div><div id="after">文章关键词：辟谣</div>';
  const $ = (id: string) => document.getElementById(id) as Element;
  const root = $('article');
  const index = buildTextIndex(root);

  it('inside the article: the selection itself, with its quote and a live range over it', () => {
    select($('p2'), 2, $('p2'), 5);
    const got = readSelection(window, root, index);
    expect(got && index.text.slice(got.start, got.end)).toBe('扩需求');
    expect(got?.quote.exact).toBe('扩需求');
    expect(got?.range.toString()).toBe('扩需求');
  });

  it('ending after the article (a drag or triple-click past its last paragraph): up to its end', () => {
    select($('p2'), 2, $('after'), 3);
    const got = readSelection(window, root, index);
    expect(got && index.text.slice(got.start, got.end)).toBe('扩需求。');
    expect(got?.range.toString()).toBe('扩需求。');
  });

  it('starting before the article: from its start', () => {
    select($('h'), 1, $('p1'), 2);
    const got = readSelection(window, root, index);
    expect(got && index.text.slice(got.start, got.end)).toBe('一是');
  });

  it('wholly outside the article: nothing', () => {
    select($('h'), 0, $('h'), 2);
    expect(readSelection(window, root, index)).toBeNull();
    select($('after'), 0, $('after'), 3);
    expect(readSelection(window, root, index)).toBeNull();
  });
});
