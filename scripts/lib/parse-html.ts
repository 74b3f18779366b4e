/**
 * Parses HTML in Node into a happy-dom Document with the tree a browser builds: parse5 (the
 * WHATWG tree-construction algorithm) builds the tree, happy-dom supplies the DOM API (Range, TreeWalker).
 * happy-dom's own parser is not used: it drops content after comments such as `<!--iframe …></iframe-->`.
 */

import { Window } from 'happy-dom';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

type P5Node = DefaultTreeAdapterTypes.Node;
type P5Element = DefaultTreeAdapterTypes.Element;

/** A parsed page; `close()` releases the happy-dom window. */
export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

/** Creates the happy-dom element for a parse5 element (a span when the tag name is not a valid DOM name). */
function createElement(doc: Document, node: P5Element): Element {
  let el: Element;
  try {
    el = doc.createElementNS(node.namespaceURI, node.tagName);
  } catch {
    el = doc.createElement('span');
  }
  for (const attr of node.attrs) {
    try {
      el.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
    } catch {
      // Attribute names browsers accept but the DOM API rejects (e.g. `"`): nothing the text depends on.
    }
  }
  return el;
}

/** Appends the happy-dom copies of `nodes` to `parent`, depth first without recursion. */
function build(doc: Document, nodes: P5Node[], parent: Node): void {
  const stack: [P5Node[], number, Node][] = [[nodes, 0, parent]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as [P5Node[], number, Node];
    const [list, index, target] = top;
    if (index >= list.length) {
      stack.pop();
      continue;
    }
    top[1] = index + 1;
    const node = list[index] as P5Node;
    if (node.nodeName === '#text') {
      target.appendChild(doc.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value));
    } else if (node.nodeName === '#comment') {
      target.appendChild(doc.createComment((node as DefaultTreeAdapterTypes.CommentNode).data));
    } else if ('tagName' in node) {
      const el = createElement(doc, node);
      target.appendChild(el);
      const template = node as DefaultTreeAdapterTypes.Template;
      if (template.content) {
        stack.push([template.content.childNodes, 0, (el as HTMLTemplateElement).content ?? el]);
      } else stack.push([node.childNodes, 0, el]);
    }
  }
}

/** Parses a whole page (or a fragment, which gets html/head/body like in a browser) at `url`. */
export function parseHtml(html: string, url = 'about:blank'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  const tree = parse(html);
  const htmlNode = tree.childNodes.find((n): n is P5Element => n.nodeName === 'html');
  if (htmlNode) {
    const root = createElement(doc, htmlNode);
    build(doc, htmlNode.childNodes, root);
    doc.documentElement.remove();
    doc.appendChild(root);
  }
  return { document: doc, close: () => window.happyDOM.close() };
}
