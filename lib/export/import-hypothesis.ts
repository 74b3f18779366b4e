/**
 * One annotation of a Hypothesis export (`{export_date, annotations: [...]}` or an API `{rows}`) → an
 * AnnotationRecord. Replies, page notes and non-web documents are ignored, not errors.
 */

import { cleanAddress } from '../page/canonical-url';
import { hostOf } from '../page/site';
import {
  asArray,
  type Converted,
  finishRecord,
  isObject,
  readSelectors,
  readTime,
  selectorField,
} from './import-util';
import { nameUuid } from './name-uuid';

const FIELD_NAMES: Record<string, string> = {
  url: 'uri',
  pageTitle: 'document.title',
  note: 'text',
  tags: 'tags',
  modified: 'updated',
};

function fieldName(keys: string[]): string {
  const [head = '', ...rest] = keys;
  return selectorField(keys) ?? [FIELD_NAMES[head] ?? head, ...rest].join('.');
}

function readTitle(doc: unknown): unknown {
  if (!isObject(doc)) return '';
  const title = Array.isArray(doc.title) ? doc.title[0] : doc.title;
  return title ?? '';
}

/** Convert one Hypothesis annotation; the error names the first problem, without the item number. */
export function hypothesisToRecord(h: unknown): Converted {
  if (!isObject(h)) return { ok: false, error: 'not an object' };
  if (Array.isArray(h.references) && h.references.length > 0) return { ok: 'ignored', reason: 'reply' };
  if (typeof h.id !== 'string')
    return { ok: false, error: `id: ${h.id === undefined ? 'missing' : 'must be a string'}` };
  if (typeof h.uri !== 'string')
    return { ok: false, error: `uri: ${h.uri === undefined ? 'missing' : 'must be a string'}` };
  if (!/^https?:\/\//i.test(h.uri)) return { ok: 'ignored', reason: 'not a web page' };
  const target = asArray(h.target)[0];
  const selectors = readSelectors(isObject(target) ? asArray(target.selector) : []);
  if (!selectors.ok) return selectors;
  if (!selectors.quote) return { ok: 'ignored', reason: 'page note' };
  const created = readTime(h, 'created');
  if (typeof created === 'string') return { ok: false, error: created };
  const modified = h.updated === undefined ? created : readTime(h, 'updated');
  if (typeof modified === 'string') return { ok: false, error: modified };
  const candidate = {
    id: nameUuid(`hypothesis:${h.id}`),
    // Filed under the address the page's own notes use (no fragment, no tracking parameters), or the note
    // would never show on its page.
    url: cleanAddress(h.uri),
    pageTitle: readTitle(h.document),
    site: hostOf(h.uri),
    kind: 'own',
    detectedType: null,
    colour: 'yellow',
    quote: selectors.quote,
    position: { type: 'TextPositionSelector', start: selectors.start, end: selectors.end },
    note: h.text ?? '',
    // Hypothesis lets a tag be blank; a blank tag says nothing and would refuse the whole file here.
    tags: Array.isArray(h.tags)
      ? h.tags.filter((tag) => typeof tag !== 'string' || tag.trim() !== '')
      : (h.tags ?? []),
    created,
    modified,
  };
  return finishRecord(candidate, fieldName);
}
