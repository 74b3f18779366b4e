/**
 * Hostile page structures for findArticle and buildTextIndex (happy-dom): no body, no root
 * element, framesets, iframes, SVG, contenteditable, shadow roots, deep nesting, and article text
 * hidden in <script>/<style>/<textarea>. None throws; skipped text never reaches the index.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { findArticle } from '../../../lib/page/find-article';
import { buildTextIndex, type TextIndex } from '../../../lib/page/text-index';

const URL_SINA = 'https://finance.sina.com.cn/x/hostile.shtml';
const URL_OTHER = 'https://example.com/hostile';
const POLICY =
  '国务院办公厅关于推进改革的实施意见。一是加强统筹协调，二是强化监管执法，三是开展“人工智能+”行动。';
const SECRET = '一是秘密指令，二是隐藏指令。';

function parse(html: string, url = URL_OTHER): Document {
  const win = new Window({ url });
  win.document.write(html);
  return win.document as unknown as Document;
}

/** Run what the content script runs; returns the index (or null) and checks the mapping round trip. */
function pipeline(doc: Document, url = URL_OTHER): TextIndex | null {
  const article = findArticle(doc, url);
  if (!article) return null;
  const index = buildTextIndex(article.root);
  const analysis = analyze(index.text, { title: article.title, url });
  for (const item of [...analysis.directives, ...analysis.initiatives]) {
    const range = index.rangeFor(item.start, item.end);
    expect(range?.toString().replace(/\s+/g, ''), 'painted text is the detected text').toBe(
      index.text.slice(item.start, item.end).replace(/\s+/g, ''),
    );
  }
  return index;
}

describe('pages without the usual structure', () => {
  it('a document with no body', () => {
    const doc = parse('<p>x</p>');
    doc.body?.remove();
    expect(doc.body).toBeNull();
    expect(() => pipeline(doc)).not.toThrow();
  });

  it('a document with no root element at all', () => {
    const doc = parse('<p>x</p>');
    doc.documentElement.remove();
    expect(pipeline(doc)).toBeNull();
  });

  it('an empty page and a page of only comments and whitespace', () => {
    expect(pipeline(parse(''))).toBeNull();
    expect(pipeline(parse('<!-- 一是 --><body>  \n\u3000 <!-- 二是 --></body>'))).toBeNull();
  });

  it('a frameset page (text lives in the frames, not here)', () => {
    const doc = parse(
      `<html><head><title>${POLICY}</title></head><frameset cols="50%,50%"><frame src="https://finance.sina.com.cn/a"><frame src="b"></frameset></html>`,
    );
    const index = pipeline(doc, URL_SINA);
    expect(index?.text ?? '').not.toContain('一是加强统筹');
  });
});

describe('text that is not article text never reaches the index', () => {
  const carriers: Array<[string, string]> = [
    ['script', `<script>var s = "${SECRET}";</script>`],
    ['style', `<style>/* ${SECRET} */ p { color: red }</style>`],
    ['textarea', `<textarea>${SECRET}</textarea>`],
    ['noscript', `<noscript>${SECRET}</noscript>`],
    ['template', `<template><p>${SECRET}</p></template>`],
    ['iframe srcdoc', `<iframe srcdoc="<p>${SECRET}</p>"></iframe>`],
    [
      'svg text',
      `<svg width="10" height="10"><text>${SECRET}</text><foreignObject><p>${SECRET}</p></foreignObject></svg>`,
    ],
    ['select options', `<select><option>${SECRET}</option></select>`],
    ['button', `<button>${SECRET}</button>`],
    ['hidden attribute', `<div hidden><p>${SECRET}</p></div>`],
    ['aria-hidden', `<div aria-hidden="true"><p>${SECRET}</p></div>`],
    ['our own UI host', `<policymark-ui data-policymark-ui><p>${SECRET}</p></policymark-ui>`],
    ['input value', `<input value="${SECRET}">`],
  ];

  it.each(carriers)('%s inside the article', (_name, carrier) => {
    for (const [url, open, close] of [
      [URL_SINA, '<div id="artibody">', '</div>'],
      [URL_OTHER, '<article>', '</article>'],
    ] as const) {
      const doc = parse(`<body>${open}<p>${POLICY}</p>${carrier}<p>${POLICY}</p>${close}</body>`, url);
      const index = pipeline(doc, url);
      expect(index?.text).toContain('一是加强统筹协调');
      expect(index?.text).not.toContain('秘密指令');
      expect(index?.text).not.toContain('隐藏指令');
    }
  });

  it('a shadow root: the host light DOM is read, the shadow tree is not walked into', () => {
    const doc = parse(
      `<body><article><p>${POLICY}</p><div id="host"><p>light text</p></div><p>${POLICY}</p></article></body>`,
    );
    const host = doc.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${SECRET}</p><slot></slot>`;
    const index = pipeline(doc);
    expect(index?.text).toContain('light text');
    expect(index?.text).not.toContain('秘密指令');
  });

  it('contenteditable regions: no exception, and the mapping stays exact while the reader types', () => {
    const doc = parse(
      `<body><article contenteditable="true"><p>${POLICY}</p><p>${POLICY}</p></article></body>`,
    );
    const index = pipeline(doc) as TextIndex;
    expect(index.text).toContain('一是加强统筹协调');
    // The reader types into the editable article: the stale index may answer null, never throw.
    const first = doc.querySelector('p')?.firstChild as Text;
    first.data = '短';
    expect(() => index.offsetAt(first, 1)).not.toThrow();
  });
});

describe('extreme shapes', () => {
  it('deep nesting (the HTML parser depth limit, 512) and beyond it (script-built, 1500)', () => {
    for (const depth of [512, 1500]) {
      const doc = parse('<body></body>');
      let el: Element = doc.body;
      for (let i = 0; i < depth; i++) {
        const div = doc.createElement(i % 3 ? 'div' : 'span');
        div.append(doc.createTextNode(i % 50 ? '' : POLICY));
        el.append(div);
        el = div;
      }
      el.append(doc.createTextNode(POLICY));
      const index = pipeline(doc);
      expect(index?.text).toContain('一是加强统筹协调');
    }
  });

  it('one text node of a megabyte', () => {
    const doc = parse('<body><article><p></p></article></body>');
    (doc.querySelector('p') as HTMLElement).textContent = `${POLICY}${'字'.repeat(1_000_000)}${POLICY}`;
    const index = pipeline(doc) as TextIndex;
    expect(index.text.length).toBe(1_000_000 + 2 * POLICY.length);
    const range = index.rangeFor(index.text.length - 5, index.text.length);
    expect(range?.toString()).toBe(POLICY.slice(-5));
  });

  it('lone surrogates and control characters in text nodes', () => {
    const doc = parse('<body><article><p></p></article></body>');
    (doc.querySelector('p') as HTMLElement).textContent = `\ud800${POLICY}\u0000\udfff\u0007${POLICY}\ufeff`;
    const index = pipeline(doc) as TextIndex;
    expect(index.text).toContain('一是加强统筹协调');
  });
});

describe('a text index used after the page changed (between a mutation and the debounced re-run)', () => {
  it('rangeFor on a shrunken text node returns null or a range, never throws', () => {
    const doc = parse(
      `<body><article><p>${POLICY}</p><p id="live">12345.678 points</p><p>${POLICY}</p></article></body>`,
    );
    const index = pipeline(doc) as TextIndex;
    const live = doc.getElementById('live')?.firstChild as Text;
    const start = index.text.indexOf('12345.678');
    live.data = '9';
    for (const [s, e] of [
      [start, start + 9],
      [start + 3, index.text.length],
      [0, index.text.length],
    ] as const) {
      expect(() => index.rangeFor(s, e)).not.toThrow();
    }
  });

  it('offsetAt and offsetsOf on removed and shrunken nodes never throw', () => {
    const doc = parse(`<body><article><p>${POLICY}</p><p id="live">12345.678 points</p></article></body>`);
    const index = pipeline(doc) as TextIndex;
    const p = doc.getElementById('live') as HTMLElement;
    const node = p.firstChild as Text;
    node.data = '1';
    expect(() => index.offsetAt(node, 1)).not.toThrow();
    p.remove();
    expect(index.offsetAt(node, 0)).toBeNull();
    const range = doc.createRange();
    range.selectNodeContents(doc.body);
    expect(() => index.offsetsOf(range)).not.toThrow();
  });
});
