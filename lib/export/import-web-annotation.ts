/**
 * One W3C Web Annotation (ours or another tool's) → an AnnotationRecord. Needs a text target with a
 * TextQuoteSelector; notes come from text bodies, tags from `tagging` bodies, PolicyMark fields from `pm:`.
 */

import { cleanAddress } from '../page/canonical-url';
import { hostOf } from '../page/site';
import {
  asArray,
  type Converted,
  finishRecord,
  hasType,
  isObject,
  readSelectors,
  readTime,
  selectorField,
} from './import-util';
import { nameUuid } from './name-uuid';

const URN_UUID = /^urn:uuid:(.*)$/i;
const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i;

const FIELD_NAMES: Record<string, string> = {
  url: 'target.source',
  pageTitle: 'pm:pageTitle',
  site: 'pm:site',
  kind: 'pm:kind',
  detectedType: 'pm:detectedType',
  colour: 'pm:colour',
  note: 'body (commenting)',
  tags: 'body (tagging)',
};

function fieldName(keys: string[]): string {
  const [head = '', sub] = keys;
  if (head === 'tags' && sub !== undefined) return `body (tagging) ${Number(sub) + 1}`;
  return selectorField(keys) ?? FIELD_NAMES[head] ?? keys.join('.');
}

function readId(id: unknown): { ok: true; id: string } | { ok: false; error: string } {
  if (id === undefined) return { ok: false, error: 'id: missing' };
  if (typeof id !== 'string') return { ok: false, error: 'id: must be a string' };
  const urn = URN_UUID.exec(id);
  if (!urn) return { ok: true, id: nameUuid(id) };
  return UUID.test(urn[1] ?? '')
    ? { ok: true, id: urn[1] ?? '' }
    : { ok: false, error: 'id: not a valid urn:uuid' };
}

function readBodies(a: Record<string, unknown>): { note: string; tags: string[] } | string {
  const notes: string[] = [];
  const tags: string[] = [];
  if (a.bodyValue !== undefined) {
    if (typeof a.bodyValue !== 'string') return 'bodyValue: must be a string';
    notes.push(a.bodyValue);
  }
  const bodies = asArray(a.body);
  for (const [i, body] of bodies.entries()) {
    const where = bodies.length > 1 ? `body ${i + 1}` : 'body';
    if (!isObject(body) || (body.type !== undefined && !hasType(body, 'TextualBody'))) {
      return `${where}: only text bodies (TextualBody) can be imported`;
    }
    if (typeof body.value !== 'string') return `${where}: value must be a string`;
    if (asArray(body.purpose).includes('tagging')) tags.push(body.value);
    else notes.push(body.value);
  }
  return { note: notes.join('\n\n'), tags };
}

/** Convert one Web Annotation; the error names the first problem, without the item number. */
export function webAnnotationToRecord(a: unknown): Converted {
  if (!isObject(a)) return { ok: false, error: 'not an object' };
  if (!hasType(a, 'Annotation')) return { ok: false, error: 'type: must be "Annotation"' };
  const id = readId(a.id);
  if (!id.ok) return id;
  const targets = asArray(a.target);
  if (targets.length !== 1) {
    return {
      ok: false,
      error: targets.length === 0 ? 'target: missing' : 'target: only one target is supported',
    };
  }
  const target = targets[0];
  if (!isObject(target))
    return { ok: false, error: 'target: has no selector (only text selections can be imported)' };
  if (typeof target.source !== 'string') {
    return {
      ok: false,
      error: `target.source: ${target.source === undefined ? 'missing' : 'must be a string'}`,
    };
  }
  const selectors = readSelectors(asArray(target.selector));
  if (!selectors.ok) return selectors;
  if (!selectors.quote) return { ok: false, error: 'target.selector: no TextQuoteSelector' };
  const created = readTime(a, 'created');
  if (typeof created === 'string') return { ok: false, error: created };
  const modified = a.modified === undefined ? created : readTime(a, 'modified');
  if (typeof modified === 'string') return { ok: false, error: modified };
  const bodies = readBodies(a);
  if (typeof bodies === 'string') return { ok: false, error: bodies };
  // PolicyMark's own export (it always writes pm:kind) holds the address exactly as stored: kept, so an
  // import gives back what was exported. Another tool's source is filed as the page's own notes are.
  const ours = a['pm:url'] !== undefined || a['pm:kind'] !== undefined;
  const candidate = {
    id: id.id,
    url: a['pm:url'] ?? (ours ? target.source : cleanAddress(target.source)),
    pageTitle: a['pm:pageTitle'] ?? '',
    site: a['pm:site'] ?? hostOf(target.source),
    kind: a['pm:kind'] ?? 'own',
    detectedType: a['pm:detectedType'] ?? null,
    colour: a['pm:colour'] ?? 'yellow',
    quote: selectors.quote,
    position: { type: 'TextPositionSelector', start: selectors.start, end: selectors.end },
    note: bodies.note,
    tags: bodies.tags,
    created,
    modified,
  };
  const hasPmUrl = a['pm:url'] !== undefined;
  return finishRecord(candidate, (keys) => (hasPmUrl && keys[0] === 'url' ? 'pm:url' : fieldName(keys)));
}
