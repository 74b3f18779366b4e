import { describe, expect, it } from 'vitest';
import { resolveSpan, spanOfRecord } from '../../../entrypoints/content/resolve';
import type { Span } from '../../../entrypoints/content/ui/types';
import { describeRange } from '../../../lib/anchor';
import { buildTextIndex, type TextIndex } from '../../../lib/page/text-index';
import { sampleRecord } from '../sample-record';

const ARTICLE =
  '<p id="live">【滚动更新】</p><p id="p1">一是加大援企稳岗力度。</p><p id="p2">二是拓宽就业渠道，支持灵活就业。</p>';

/** The span of the first `needle` as the toolbar offers it: offsets, quote with context, live range. */
function offer(index: TextIndex, needle: string): Span {
  const start = index.text.indexOf(needle);
  const end = start + needle.length;
  const range = index.rangeFor(start, end) as Range;
  return { start, end, quote: describeRange(index.text, start, end).quote, range };
}

describe('resolveSpan: the offered text, found again in the current text at save time', () => {
  it('a line inserted above (a live update): the same words, at their new offsets', () => {
    document.body.innerHTML = `<div id="a">${ARTICLE}</div>`;
    const root = document.getElementById('a') as Element;
    const span = offer(buildTextIndex(root), '拓宽就业渠道');
    (document.getElementById('live') as Element).textContent += ' 10:01 央行开展逆回购操作；';
    const now = buildTextIndex(root);
    const at = resolveSpan(now, span);
    expect(at).not.toBeNull();
    expect(at && now.text.slice(at.start, at.end)).toBe('拓宽就业渠道');
    // The old offsets now point at other text: what the saved record used to cover.
    expect(now.text.slice(span.start, span.end)).not.toBe('拓宽就业渠道');
  });

  it('the paragraph re-rendered with the same words (the live range is gone): found by its quote', () => {
    document.body.innerHTML = `<div id="a">${ARTICLE}</div>`;
    const root = document.getElementById('a') as Element;
    const span = offer(buildTextIndex(root), '拓宽就业渠道');
    root.insertAdjacentHTML('afterbegin', '<p>10:02 新消息</p>');
    const p2 = document.getElementById('p2') as Element;
    p2.replaceWith(p2.cloneNode(true));
    const now = buildTextIndex(root);
    const at = resolveSpan(now, span);
    expect(at && now.text.slice(at.start, at.end)).toBe('拓宽就业渠道');
  });

  it('the selected words changed or were removed: null, nothing is saved on other text', () => {
    document.body.innerHTML = `<div id="a">${ARTICLE}</div>`;
    const root = document.getElementById('a') as Element;
    const span = offer(buildTextIndex(root), '拓宽就业渠道');
    const p2 = document.getElementById('p2') as Element;
    p2.textContent = '二是扩大就业渠道，支持灵活就业。';
    expect(resolveSpan(buildTextIndex(root), span)).toBeNull();
    p2.remove();
    expect(resolveSpan(buildTextIndex(root), span)).toBeNull();
  });

  it('nothing changed: the offsets as offered', () => {
    document.body.innerHTML = `<div id="a">${ARTICLE}</div>`;
    const index = buildTextIndex(document.getElementById('a') as Element);
    const span = offer(index, '援企稳岗');
    expect(resolveSpan(index, span)).toEqual({ start: span.start, end: span.end });
  });
});

describe("spanOfRecord: a deleted note's words, as a span a new note can be saved on", () => {
  it('found exactly (after a paragraph inserted above), with a live range over them; gone: null', () => {
    document.body.innerHTML = `<div id="a">${ARTICLE}</div>`;
    const root = document.getElementById('a') as Element;
    const before = buildTextIndex(root);
    const { quote, range: _range, ...at } = offer(before, '拓宽就业渠道');
    const record = sampleRecord({ quote, position: { type: 'TextPositionSelector', ...at } });
    root.insertAdjacentHTML('afterbegin', '<p>10:02 新消息</p>');
    const now = buildTextIndex(root);
    const span = spanOfRecord(now, record);
    expect(span && now.text.slice(span.start, span.end)).toBe('拓宽就业渠道');
    expect(span?.range.toString()).toBe('拓宽就业渠道');
    expect(span?.quote).toEqual(quote);
    (document.getElementById('p2') as Element).textContent = '二是扩大就业渠道。';
    expect(spanOfRecord(buildTextIndex(root), record)).toBeNull();
  });
});
