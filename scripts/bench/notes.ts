/**
 * 10,000 realistic saved notes for the popup, library and export cases: quotes cut from the fixtures' article
 * texts (with their real addresses), notes and tags in Chinese and English, unique creation and edit times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describeRange } from '../../lib/anchor';
import { type AnnotationRecord, COLOURS } from '../../lib/annotation';
import { annotationRecordSchema } from '../../lib/annotation-schema';
import { makeRng, type Rng } from './rng';

const NOTES = [
  '',
  '',
  'Follow up: check the implementation rules when they are published.',
  '关注后续配套细则。',
  'Compare with last year’s target.',
  '与去年政府工作报告对照。',
  'Key point for the quarterly brief.',
  '地方落实情况待跟踪。',
  'Funding source unclear — ask the ministry.',
  '可能影响新能源板块。',
];
const TAGS = [
  'fiscal',
  'industry',
  'energy',
  'trade',
  'finance',
  'local',
  '新质生产力',
  '产业政策',
  '财政',
  'watch',
];
const INITIATIVE_TYPES = ['document', 'campaign', 'project', 'program', 'plan', 'zone', 'mechanism'];

interface Source {
  url: string;
  title: string;
  site: string;
  text: string;
}

/** Article texts with their addresses: every fixture that has both a text and a known URL. */
function sources(root: string): Source[] {
  const dir = join(root, 'tests/fixtures');
  const list = JSON.parse(readFileSync(join(dir, 'fixtures.json'), 'utf8')) as Array<{
    id: string;
    url: string;
  }>;
  const out: Source[] = [];
  for (const f of list) {
    let text: string;
    try {
      text = readFileSync(join(dir, f.id, 'text.txt'), 'utf8');
    } catch {
      continue;
    }
    const title = (text.split('\n').find((l) => l.trim()) ?? f.id).trim().slice(0, 200);
    out.push({ url: f.url, title, site: new URL(f.url).hostname, text });
  }
  if (out.length === 0) throw new Error('no fixture texts found');
  return out;
}

/** A version-4 UUID from the seeded generator. */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((rng.int(0, 15) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function makeRecord(src: Source, i: number, rng: Rng, base: number): AnnotationRecord {
  let start = rng.int(0, Math.max(0, src.text.length - 10));
  while (start < src.text.length - 1 && /\s/.test(src.text[start] as string)) start++;
  const end = Math.min(src.text.length, start + rng.int(6, 120));
  const { quote, position } = describeRange(src.text, start, end);
  const roll = rng.next();
  const kind = roll < 0.7 ? 'own' : roll < 0.85 ? 'directive' : 'initiative';
  const created = base + i * 60_000 + rng.int(0, 59_000);
  const tags = [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(TAGS)))];
  return {
    id: uuid(rng),
    url: src.url,
    pageTitle: src.title,
    site: src.site,
    kind,
    detectedType: kind === 'own' ? null : kind === 'directive' ? 'ordinal' : rng.pick(INITIATIVE_TYPES),
    colour: rng.pick(COLOURS),
    quote,
    position,
    note: rng.pick(NOTES),
    tags,
    created,
    // Unique edit times keep the lists' order (by `modified`) free of ties.
    modified: created + 1000 + (i % 977),
  };
}

/** `count` valid records (checked against the record schema), the same for the same seed. */
export function makeRecords(root: string, count: number, seed = 7): AnnotationRecord[] {
  const rng = makeRng(seed);
  const srcs = sources(root);
  const base = Date.UTC(2024, 0, 1);
  const records = Array.from({ length: count }, (_, i) => makeRecord(rng.pick(srcs), i, rng, base));
  for (const r of records) v.parse(annotationRecordSchema, r);
  return records;
}

/** The same records as a Hypothesis export (`{export_date, annotations}`), for the import case. */
export function toHypothesisExport(records: readonly AnnotationRecord[]): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  return JSON.stringify({
    export_date: iso(Date.UTC(2025, 0, 1)),
    annotations: records.map((r) => ({
      id: r.id.replaceAll('-', '').slice(0, 22),
      uri: r.url,
      text: r.note,
      tags: r.tags,
      created: iso(r.created),
      updated: iso(r.modified),
      user: 'acct:bench@hypothes.is',
      group: '__world__',
      document: { title: [r.pageTitle] },
      target: [{ source: r.url, selector: [r.quote, r.position] }],
    })),
  });
}
