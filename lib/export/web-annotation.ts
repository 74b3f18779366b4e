/**
 * Annotation records → a W3C Web Annotation collection (JSON-LD). PolicyMark's own fields travel as
 * `pm:` terms defined in an extension context, so `fromWebAnnotationJson` restores every record exactly.
 */
import type { AnnotationRecord, TextPositionSelector, TextQuoteSelector } from '../annotation';
import { toUri } from './uri';

/** The W3C Web Annotation context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of PolicyMark's extension terms (not dereferenceable; `.invalid` is reserved). */
export const PM_NAMESPACE = 'https://policymark.invalid/ns#';
/** Extension context: the `pm:` prefix for PolicyMark's own annotation properties. */
export const PM_CONTEXT = { pm: PM_NAMESPACE } as const;

/** The `@context` of every export. */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, PM_CONTEXT] as const;

/** A plain-text body: the note (`commenting`) or one tag (`tagging`). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
}

/** One exported annotation; `pm:*` carry the fields the W3C model has no term for. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string | string[];
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [
      Omit<TextQuoteSelector, 'prefix' | 'suffix'> & Partial<TextQuoteSelector>,
      TextPositionSelector,
    ];
  };
  /** The page address exactly as stored, when `target.source` had to be percent-encoded. */
  'pm:url'?: string;
  'pm:kind': AnnotationRecord['kind'];
  'pm:detectedType'?: string;
  'pm:colour': AnnotationRecord['colour'];
  'pm:pageTitle': string;
  'pm:site': string;
}

/** The exported file: a collection whose single, embedded first page holds every annotation. */
export interface AnnotationCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  created: string;
  generator: { id: string; type: 'Software'; name: string };
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Options of `toAnnotationCollection`; `id` defaults to a random `urn:uuid:`. */
export interface CollectionOptions {
  generated: Date;
  label?: string;
  id?: string;
}

/** One record as a Web Annotation (no `@context`: it inherits the collection's). */
export function toWebAnnotation(r: AnnotationRecord): WebAnnotation {
  const body: TextualBody[] = [];
  const note = r.note;
  if (note !== '')
    body.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  for (const tag of r.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const main = r.note !== '' ? 'commenting' : 'highlighting';
  const quote: WebAnnotation['target']['selector'][0] = { type: 'TextQuoteSelector', exact: r.quote.exact };
  if (r.quote.prefix !== '') quote.prefix = r.quote.prefix;
  if (r.quote.suffix !== '') quote.suffix = r.quote.suffix;
  const source = toUri(r.url);
  return {
    id: `urn:uuid:${r.id}`,
    type: 'Annotation',
    motivation: r.tags.length > 0 ? [main, 'tagging'] : main,
    created: new Date(r.created).toISOString(),
    modified: new Date(r.modified).toISOString(),
    ...(body.length > 0 ? { body } : {}),
    target: {
      source,
      selector: [quote, { type: 'TextPositionSelector', start: r.position.start, end: r.position.end }],
    },
    ...(source !== r.url ? { 'pm:url': r.url } : {}),
    'pm:kind': r.kind,
    ...(r.detectedType !== null ? { 'pm:detectedType': r.detectedType } : {}),
    'pm:colour': r.colour,
    'pm:pageTitle': r.pageTitle,
    'pm:site': r.site,
  };
}

/** Records → one `AnnotationCollection` with an embedded `AnnotationPage` (omitted when empty). */
export function toAnnotationCollection(
  records: AnnotationRecord[],
  opts: CollectionOptions,
): AnnotationCollection {
  const id = opts.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const collection: AnnotationCollection = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    ...(opts.label !== undefined ? { label: opts.label } : {}),
    created: opts.generated.toISOString(),
    generator: { id: 'https://policymark.invalid/', type: 'Software', name: 'PolicyMark' },
    total: records.length,
  };
  if (records.length > 0) {
    collection.first = {
      id: `${id}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: records.map(toWebAnnotation),
    };
  }
  return collection;
}
