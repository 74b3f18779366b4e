/**
 * The PolicyMark database (Dexie over IndexedDB in the extension origin).
 * Written only by the background; extension pages may read it (liveQuery).
 * Every schema version is listed here and has a fixture in tests/fixtures/db/.
 */
import Dexie, { type Table } from 'dexie';
import type { AnnotationRecord } from '../annotation';
import type { NoteStatus } from './note-status';

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
export const SCHEMA_VERSION = 4;

export class PolicyMarkDb extends Dexie {
  annotations!: Table<AnnotationRecord, string>;
  pages!: Table<PageRecord, string>;
  /** Where a note stood on its page when last opened, for notes not placed as saved (lib/store/note-status.ts). */
  statuses!: Table<NoteStatus, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      annotations: 'id, url, created, modified, site, kind, colour, *tags, [url+created]',
      pages: 'url, lastSeen, site',
    });
    // v2 keeps only the indexes a query uses (kind, colour and tags are filtered in memory): each index
    // is written on every put, and an import of 10,000 notes spent most of its time writing them.
    this.version(2).stores({
      annotations: 'id, url, created, modified, site',
    });
    // v3 adds where each note stood on its page (changed words, not found), apart from the note itself so
    // that exports and imports keep their format. A new table: nothing stored before needs changing.
    this.version(3).stores({
      statuses: 'id, url',
    });
    // v4: one compound index serves the page's notes (its first part, `url`) and the lists of pages and
    // of sites (its distinct pairs), where v3 wrote two indexes. An import of 10,000 notes writes 10,000
    // fewer index entries (docs/benchmarks.md, twenty-second session).
    this.version(4).stores({
      annotations: 'id, [url+site], created, modified',
    });
  }
}

let db: PolicyMarkDb | undefined;

/** Open the database lazily (WXT imports entrypoints in Node at build time). */
export function getDb(): PolicyMarkDb {
  db ??= new PolicyMarkDb();
  return db;
}
