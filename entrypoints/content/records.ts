/** Builds annotation records from what the reader acted on. */
import { describeRange } from '../../lib/anchor';
import type { AnnotationKind, AnnotationRecord, Colour } from '../../lib/annotation';
import { newId } from '../../lib/uuid';

export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(/[,，;；\n]/)) {
    const tag = raw.trim().replace(/^#/, '').slice(0, 100);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}

export function newRecord(args: {
  /** Made by the caller when a retry must reuse it; a fresh one otherwise. */
  id?: string | undefined;
  text: string;
  start: number;
  end: number;
  url: string;
  pageTitle: string;
  site: string;
  kind: AnnotationKind;
  detectedType: string | null;
  colour: Colour;
  note?: string;
  tags?: string[];
  now?: number;
}): AnnotationRecord {
  const { quote, position } = describeRange(args.text, args.start, args.end);
  const now = args.now ?? Date.now();
  return {
    id: args.id ?? newId(),
    url: args.url,
    pageTitle: args.pageTitle.slice(0, 1000),
    site: args.site,
    kind: args.kind,
    detectedType: args.detectedType,
    colour: args.colour,
    quote,
    position,
    note: args.note ?? '',
    tags: args.tags ?? [],
    created: now,
    modified: now,
  };
}
