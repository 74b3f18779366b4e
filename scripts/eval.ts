/**
 * `npm run eval`: scores the detector over the labelled fixtures in tests/fixtures with the rules
 * of LABELING.md §4 and prints one row per page and a summary. The article text comes from
 * page.html through scripts/lib/load-article.ts (as the content script would extract it) when
 * both exist, else from text.txt. Flags: --text (always text.txt), --json, --verbose (misses), --dir DIR (score
 * a held-out set instead: DIR/<page>/text.txt and labels.json, with the headline in meta.json's `title`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAnyScript } from '../lib/detect/traditional';
import { type ArticleScore, type GoldLabels, prf, scoreArticle, summarize } from './lib/score';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');

type Loader = (path: string, url?: string) => Promise<{ title: string; text: string }>;

/** Normalises a text.txt the way lib/page builds article text: trimmed lines, no blank ones. */
export function normalizeText(raw: string): string {
  return raw
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\t\f\v \u00a0\u3000]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** The page loader of scripts/lib/load-article.ts, when that module exists. */
async function pageLoader(): Promise<Loader | null> {
  const path = join(import.meta.dirname, 'lib', 'load-article.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(path)) as { loadArticleFromFile?: Loader };
  return mod.loadArticleFromFile ?? null;
}

/** URLs of fixtures from tests/fixtures/fixtures.json, when it exists. */
function fixtureUrls(): Map<string, string> {
  const path = join(FIXTURES, 'fixtures.json');
  if (!existsSync(path)) return new Map();
  const list = JSON.parse(readFileSync(path, 'utf8')) as Array<{ id: string; url?: string }>;
  return new Map(list.filter((f) => f.url).map((f) => [f.id, f.url as string]));
}

/** One fixture's article text and where it came from. */
async function loadFixture(
  root: string,
  id: string,
  loader: Loader | null,
  urls: Map<string, string>,
): Promise<{ text: string; title?: string; source: string }> {
  const html = join(root, id, 'page.html');
  if (loader && existsSync(html)) {
    const a = await loader(html, urls.get(id));
    return { text: a.text, title: a.title, source: 'page.html' };
  }
  const text = normalizeText(readFileSync(join(root, id, 'text.txt'), 'utf8'));
  const meta = join(root, id, 'meta.json');
  const title = existsSync(meta)
    ? (JSON.parse(readFileSync(meta, 'utf8')) as { title?: string }).title
    : undefined;
  return title ? { text, title, source: 'text.txt' } : { text, source: 'text.txt' };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(3);

/** Formats one per-page row. */
function row(s: ArticleScore, score: number, source: string): string {
  const policy = `${s.goldPolicy ? 'P' : 'N'}→${s.predPolicy ? 'P' : 'N'} ${score.toFixed(2)}`;
  if (!s.scored)
    return `${s.id.padEnd(38)} ${source.padEnd(9)} ${policy}  (not scored: not a policy article)`;
  const d = prf(s.dir.tp, s.dir.fp, s.dir.fn);
  const i = prf(s.ini.tp, s.ini.fp, s.ini.fn);
  const nest = s.dir.tp === 0 ? 1 : s.dir.nestOk / s.dir.tp;
  return `${s.id.padEnd(38)} ${source.padEnd(9)} ${policy}  dir ${s.dir.tp}/${s.dir.fp}/${s.dir.fn} F1 ${num(d.f1)} nest ${num(nest)}  ini ${s.ini.tp}/${s.ini.fp}/${s.ini.fn} F1 ${num(i.f1)} type ${s.ini.typeOk}/${s.ini.tp}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const dirAt = argv.indexOf('--dir');
  const root = dirAt >= 0 ? argv[dirAt + 1] : FIXTURES;
  if (!root || !existsSync(root)) throw new Error(`--dir needs a directory of labelled pages: ${root ?? ''}`);
  const loader = args.has('--text') ? null : await pageLoader();
  const urls = fixtureUrls();
  const ids = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'labels.json')))
    .map((d) => d.name)
    .sort();
  const scores: ArticleScore[] = [];
  const lines: string[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(root, id, 'labels.json'), 'utf8')) as GoldLabels;
    const { text, title, source } = await loadFixture(root, id, loader, urls);
    const a = analyzeAnyScript(text, title ? { title } : {});
    const s = scoreArticle(a, { ...gold, id });
    scores.push(s);
    lines.push(row(s, a.score, source));
    if (args.has('--verbose')) for (const m of s.misses) lines.push(`    ${m}`);
  }
  const sum = summarize(scores);
  if (args.has('--json')) {
    console.log(JSON.stringify({ summary: sum, articles: scores }, null, 2));
    return;
  }
  console.log(
    'page                                   source    policy      directives tp/fp/fn        initiatives tp/fp/fn',
  );
  for (const l of lines) console.log(l);
  console.log('');
  console.log(`articles                 ${sum.articles}`);
  console.log(`policy accuracy          ${pct(sum.policyAccuracy)}`);
  console.log(
    `directives               P ${num(sum.directives.p)}  R ${num(sum.directives.r)}  F1 ${num(sum.directives.f1)}  nesting ${num(sum.directives.nesting)}  (tp ${sum.directives.tp}, fp ${sum.directives.fp}, fn ${sum.directives.fn})`,
  );
  console.log(
    `initiatives lenient      P ${num(sum.initiativesLenient.p)}  R ${num(sum.initiativesLenient.r)}  F1 ${num(sum.initiativesLenient.f1)}`,
  );
  console.log(
    `initiatives strict       P ${num(sum.initiativesStrict.p)}  R ${num(sum.initiativesStrict.r)}  F1 ${num(sum.initiativesStrict.f1)}`,
  );
  console.log(`initiative type accuracy ${pct(sum.initiativeTypeAccuracy)}`);
}

await main();
