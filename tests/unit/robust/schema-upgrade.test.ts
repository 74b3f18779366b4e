/**
 * Upgrades: every schema version has a fixture database made by that version
 * (tests/fixtures/db/v<N>.json, written by scripts/make-db-fixture.ts). Each is loaded into a
 * database with exactly that version's stores, then opened with the current PolicyMarkDb: no
 * table, row or field may be lost. Meta-tests fail when SCHEMA_VERSION moves without a fixture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseAnnotationRecord } from '../../../lib/annotation-schema';
import { annotationsForPage } from '../../../lib/store/annotations';
import { PolicyMarkDb, SCHEMA_VERSION } from '../../../lib/store/db';
import { recordPlacement } from '../../../lib/store/note-status';
import { makeFixture, STORES_BY_VERSION } from '../../../scripts/make-db-fixture';

const DIR = join(import.meta.dirname, '../../fixtures/db');

interface DbFixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}

function load(version: number): DbFixture {
  return JSON.parse(readFileSync(join(DIR, `v${version}.json`), 'utf8')) as DbFixture;
}

const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

/** Dexie's reading of a stores string: primary key and index sources, order-free. */
function indexSpec(stores: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, src] of Object.entries(stores)) {
    const parts = src.split(',').map((s) => s.trim().replace(/^[&*+]+/, (m) => (m.includes('*') ? '*' : '')));
    const [primary = '', ...indexes] = parts;
    out[table] = [primary, ...indexes.sort()];
  }
  return out;
}

/** Load a fixture into a fresh database created with exactly its version's stores. */
async function materialize(fixture: DbFixture, name: string): Promise<void> {
  await Dexie.delete(name);
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema fixtures (meta)', () => {
  it('every schema version up to SCHEMA_VERSION has a fixture, and no fixture is from the future', () => {
    for (const v of versions)
      expect(existsSync(join(DIR, `v${v}.json`)), `tests/fixtures/db/v${v}.json`).toBe(true);
    const files = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f));
    expect(files.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b)).toEqual(versions);
    for (const v of versions) expect(load(v).version).toBe(v);
  });

  it('SCHEMA_VERSION is the version PolicyMarkDb really opens at', async () => {
    const db = new PolicyMarkDb('robust-meta-verno');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('the latest fixture has the stores the current code declares (no in-place edit of a released version)', async () => {
    const db = new PolicyMarkDb('robust-meta-stores');
    await db.open();
    const current: Record<string, string[]> = {};
    for (const t of db.tables) {
      current[t.name] = [
        t.schema.primKey.src,
        ...t.schema.indexes.map((i) => (i.multi ? `*${i.name}` : i.src)).sort(),
      ];
    }
    db.close();
    expect(current).toEqual(indexSpec(load(SCHEMA_VERSION).stores));
  });

  it('each fixture matches what scripts/make-db-fixture.ts writes for its version', async () => {
    for (const v of versions) {
      expect(STORES_BY_VERSION[v], `stores of v${v} in the script`).toEqual(load(v).stores);
      expect(JSON.parse(JSON.stringify(await makeFixture(v)))).toEqual(load(v));
    }
  });
});

describe.each(versions)('a database made by schema version %i', (version) => {
  it('opens with the current code and keeps every table, row and field', async () => {
    const fixture = load(version);
    const name = `robust-upgrade-v${version}`;
    await materialize(fixture, name);

    const db = new PolicyMarkDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    let checked = 0;
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(
        db.tables.map((t) => t.name),
        `table ${table} still exists`,
      ).toContain(table);
      const now = db.table(table);
      expect(await now.count()).toBe(rows.length);
      const key = now.schema.primKey.keyPath as string;
      for (const row of rows) {
        const current = await now.get(row[key] as string);
        // Every old field is still there with its value (new fields may be added by an upgrade).
        expect(current, `${table} ${String(row[key])}`).toMatchObject(row);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The statuses table of v3 is there after an upgrade from a version without it (empty), and takes a
    // page's report on the notes it kept.
    expect(await db.statuses.count()).toBe(fixture.tables.statuses?.length ?? 0);
    const first = fixture.tables.annotations?.[0];
    const report = { url: String(first?.url), orphans: [String(first?.id)], changed: [] };
    await recordPlacement(db, report, 1);
    expect((await db.statuses.get(String(first?.id)))?.state).toBe('orphan');

    // The current code can use what it opened: records validate and the page index works.
    for (const record of await db.annotations.toArray()) {
      const parsed = parseAnnotationRecord(record);
      expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
    }
    const sina =
      fixture.tables.annotations?.filter((r) => r.url === fixture.tables.annotations?.[0]?.url) ?? [];
    const listed = await annotationsForPage(db, String(sina[0]?.url));
    expect(listed.map((r) => r.id).sort()).toEqual(sina.map((r) => r.id).sort());
    expect(listed.map((r) => r.created)).toEqual([...listed.map((r) => r.created)].sort((a, b) => a - b));
    db.close();
  });
});
