/**
 * Writes tests/fixtures/db/v<N>.json: rows written through schema version N of the PolicyMark
 * database (its stores definition frozen here, never imported from lib/store/db.ts) and read
 * back, so the upgrade test can open a database that version made. Run once per new version:
 * `npx tsx scripts/make-db-fixture.ts [N]`; the output is committed.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Dexie from 'dexie';

/** Stores definition of each schema version exactly as that version declared it. Append, never edit. */
export const STORES_BY_VERSION: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: {
    annotations: 'id, url, created, modified, site, kind, colour, *tags, [url+created]',
    pages: 'url, lastSeen, site',
  },
  2: {
    annotations: 'id, url, created, modified, site',
    pages: 'url, lastSeen, site',
  },
  3: {
    annotations: 'id, url, created, modified, site',
    pages: 'url, lastSeen, site',
    statuses: 'id, url',
  },
  4: {
    annotations: 'id, [url+site], created, modified',
    pages: 'url, lastSeen, site',
    statuses: 'id, url',
  },
};

const SINA = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml';
const GOV = 'http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm';
const T0 = 1_700_000_000_000;

/** A v1 annotation row; ids are fixed so the fixture is reproducible. */
function annotation(i: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  const hex = i.toString(16).padStart(12, '0');
  return {
    id: `0f1e2d3c-4b5a-4697-8877-${hex}`,
    url: SINA,
    pageTitle: '汽车“缺芯”、APP治理、疫苗产能……工信部发布会回应这些关切',
    site: 'finance.sina.com.cn',
    kind: 'own',
    detectedType: null,
    colour: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: '强化关键责任链监管', prefix: '二是', suffix: '。三是' },
    position: { type: 'TextPositionSelector', start: 100 + i, end: 109 + i },
    note: '',
    tags: [],
    created: T0 + i * 1000,
    modified: T0 + i * 1000,
    ...over,
  };
}

/** Rows covering every field and the values that break naive code (all kinds, colours, odd text). */
function rowsV1(): Record<string, Array<Record<string, unknown>>> {
  const colours = ['yellow', 'green', 'blue', 'pink', 'purple'];
  const annotations = [
    annotation(1),
    annotation(2, {
      kind: 'directive',
      detectedType: 'ordinal',
      colour: 'green',
      note: '一是…二是… follow up',
      tags: ['监管', 'Q3'],
    }),
    annotation(3, {
      kind: 'initiative',
      detectedType: 'campaign',
      colour: 'blue',
      quote: { type: 'TextQuoteSelector', exact: '“人工智能+”行动', prefix: '', suffix: '' },
    }),
    annotation(4, { url: GOV, site: 'www.gov.cn', pageTitle: '', colour: 'pink', modified: T0 + 99_999 }),
    annotation(5, {
      colour: 'purple',
      note: 'n'.repeat(50_000),
      tags: Array.from({ length: 50 }, (_, k) => `tag-${k}`),
    }),
    annotation(6, {
      note: 'emoji 🇨🇳📈, RTL مرحبا, zero-width \u200b\u200d, <script>alert(1)</script>, "quotes", \\ backslash\nnew line',
      tags: ['#hash', 'x'.repeat(100)],
      quote: {
        type: 'TextQuoteSelector',
        exact: 'a'.repeat(10_000),
        prefix: 'p'.repeat(200),
        suffix: 's'.repeat(200),
      },
      position: { type: 'TextPositionSelector', start: 0, end: 10_000 },
    }),
    annotation(7, {
      created: 0,
      modified: 253402300799999,
      position: { type: 'TextPositionSelector', start: 5, end: 5 },
    }),
    ...colours.map((colour, k) => annotation(10 + k, { colour, url: `${SINA}?page=${k}` })),
  ];
  const pages = [
    {
      url: SINA,
      title: '工信部发布会',
      site: 'finance.sina.com.cn',
      isPolicy: true,
      score: 0.93,
      lastSeen: T0,
      initiatives: [
        { text: '“人工智能+”行动', type: 'campaign' },
        { text: '《关于深化改革的意见》', type: 'document' },
      ],
    },
    { url: GOV, title: '', site: 'www.gov.cn', isPolicy: false, score: 0, lastSeen: T0 + 1, initiatives: [] },
  ];
  return { annotations, pages };
}

/** v3 adds where notes stood on their pages: one note placed on changed words, one not found. */
function rowsV3(): Record<string, Array<Record<string, unknown>>> {
  const rows = rowsV1();
  const [first, , third] = rows.annotations ?? [];
  const statuses = [
    { id: first?.id, url: first?.url, state: 'changed', text: '强化关键责任链的监管', since: T0 + 5000 },
    { id: third?.id, url: third?.url, state: 'orphan', text: '', since: T0 + 6000 },
  ];
  return { ...rows, statuses };
}

const ROWS_BY_VERSION: Readonly<Record<number, () => Record<string, Array<Record<string, unknown>>>>> = {
  1: rowsV1,
  // v2 changed indexes only; its rows have the same shape.
  2: rowsV1,
  3: rowsV3,
  // v4 changed indexes only; its rows have v3's shape.
  4: rowsV3,
};

/** Write the rows through version `version`'s schema and dump what that database holds. */
export async function makeFixture(version: number): Promise<object> {
  const stores = STORES_BY_VERSION[version];
  const rows = ROWS_BY_VERSION[version];
  if (!stores || !rows) throw new Error(`no schema or rows for version ${version}`);
  const db = new Dexie(`make-db-fixture-v${version}`);
  db.version(version).stores(stores);
  await db.open();
  const tables: Record<string, unknown[]> = {};
  for (const [name, list] of Object.entries(rows())) {
    await db.table(name).bulkPut(list);
    tables[name] = await db.table(name).toArray();
  }
  db.close();
  await Dexie.delete(db.name);
  return { version, madeBy: 'scripts/make-db-fixture.ts', stores, tables };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const version = Number(process.argv[2] ?? Math.max(...Object.keys(STORES_BY_VERSION).map(Number)));
  const out = join(import.meta.dirname, `../tests/fixtures/db/v${version}.json`);
  const fixture = await makeFixture(version);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${out}`);
}
