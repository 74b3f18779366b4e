/**
 * The PolicyMark database (Dexie over IndexedDB in the extension origin).
 * Written only by the background; extension pages may read it (liveQuery).
 * Every schema version is listed here and has a fixture in tests/fixtures/db/.
 */
import Dexie, { type Table } from 'dexie';
import type { AnnotationRecord } from '../annotation';

/** A page the content script analysed. */
export interface PageRecord {
  url: string;
  title: string;
  site: string;
  isPolicy: boolean;
  score: number;
  lastSeen: number;
  /** Distinct named initiatives detected on the page. */
  initiatives: Array<{ text: string; type: string }>;
}

export const DB_NAME = 'policymark';
/** Bump together with a new `version()` block and a fixture database. */
export const SCHEMA_VERSION = 1;

export class PolicyMarkDb extends Dexie {
  annotations!: Table<AnnotationRecord, string>;
  pages!: Table<PageRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      annotations: 'id, url, created, modified, site, kind, colour, *tags, [url+created]',
      pages: 'url, lastSeen, site',
    });
  }
}

let db: PolicyMarkDb | undefined;

/** Open the database lazily (WXT imports entrypoints in Node at build time). */
export function getDb(): PolicyMarkDb {
  db ??= new PolicyMarkDb();
  return db;
}
