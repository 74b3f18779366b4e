import { describe, expect, it } from 'vitest';
import { mutationCounts } from '../../../entrypoints/content/watch';

/** A mutation record on `target` (only the field the watcher reads). */
const on = (target: Node): MutationRecord => ({ target }) as unknown as MutationRecord;

describe('mutationCounts: which DOM changes re-run the pipeline', () => {
  document.body.innerHTML =
    '<nav id="nav"><a>home</a></nav><div id="article"><p id="para">一是稳增长。</p></div><div data-policymark-ui=""><span id="ours">x</span></div>';
  const article = document.getElementById('article') as Element;
  const para = document.getElementById('para') as Element;
  const nav = document.getElementById('nav') as Element;
  const ours = document.getElementById('ours') as Element;

  it('with the article in the document: changes inside it count, changes elsewhere do not', () => {
    expect(mutationCounts(on(para), article)).toBe(true);
    expect(mutationCounts(on(para.firstChild as Node), article)).toBe(true);
    expect(mutationCounts(on(article), article)).toBe(true);
    expect(mutationCounts(on(nav), article)).toBe(false);
    expect(mutationCounts(on(document.body), article)).toBe(false);
    expect(mutationCounts(on(ours), article)).toBe(false);
  });

  it('with no article, or one that left the document: any change but in our own UI counts', () => {
    for (const root of [null, document.createElement('div')]) {
      expect(mutationCounts(on(nav), root)).toBe(true);
      expect(mutationCounts(on(document.body), root)).toBe(true);
      expect(mutationCounts(on(ours), root)).toBe(false);
      expect(mutationCounts(on(ours.firstChild as Node), root)).toBe(false);
    }
  });

  it('the article element being swapped out: the change on its parent counts once it is detached', () => {
    const fresh = article.cloneNode(true) as Element;
    article.replaceWith(fresh);
    expect(mutationCounts(on(document.body), article)).toBe(true);
    expect(mutationCounts(on(document.body), fresh)).toBe(false);
  });
});
