/** A valid annotation record for tests, with overrides. */
import type { AnnotationRecord } from '../../lib/annotation';

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
