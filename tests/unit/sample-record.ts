/** A valid annotation record for tests, with overrides. */
import type { AnnotationRecord } from '../../lib/annotation';
import { toAnnotationCollection } from '../../lib/export';
import { parseRequest, type Request } from '../../lib/messages';

let counter = 0;

export function sampleRecord(over: Partial<AnnotationRecord> = {}): AnnotationRecord {
  counter++;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    id: `1b4e28ba-2fa1-41d2-883f-${hex}`,
    url: 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml',
    pageTitle: '工信部发布会回应这些关切',
    site: 'finance.sina.com.cn',
    kind: 'own',
    detectedType: null,
    colour: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: '强化关键责任链监管', prefix: '二是', suffix: '。三是' },
    position: { type: 'TextPositionSelector', start: 100, end: 109 },
    note: '',
    tags: [],
    created: 1_700_000_000_000 + counter,
    modified: 1_700_000_000_000 + counter,
    ...over,
  };
}

/** How Node's `blob:` addresses begin: the background's own-pages prefix in handler tests. */
export const OWN_BLOBS = 'blob:nodedata:';

/** A `blob:` address holding `text`, as the library hands an import file to the background. */
export function blobUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/** The import request for a PolicyMark W3C export of `records`. */
export function importFileRequest(records: AnnotationRecord[]): unknown {
  const text = JSON.stringify(toAnnotationCollection(records, { generated: new Date(0) }));
  return { type: 'annotations:import-file', payload: { url: blobUrl(text) } };
}

/** `raw` validated as the background validates it; throws when it is not a valid request. */
export function validRequest(raw: unknown): Request {
  const parsed = parseRequest(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.request;
}
