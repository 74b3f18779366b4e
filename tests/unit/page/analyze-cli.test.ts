import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tify } from 'chinese-conv';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs, runAnalyze } from '../../../scripts/lib/analyze-command';
import { loadArticleFromFile } from '../../../scripts/lib/load-article';
import { FIXTURES, fixtureEntries } from './fixture-pages';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'policymark-cli-'));
const empty = join(dir, 'empty.html');
writeFileSync(empty, '');
const binary = join(dir, 'image.html');
writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the analyser as a user would (`npx tsx scripts/analyze.ts …`). */
function spawnAnalyze(args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the command in this process. */
async function runInProcess(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface Output {
  isPolicy: boolean;
  score: number;
  reasons: string[];
  title: string;
  directives: { marker: string; text: string; start: number; end: number; parent: number | null }[];
  initiatives: { text: string; type: string; start: number; end: number }[];
}

/** Checks the DESIGN.md contract against the article text the content script would use. */
function expectContract(out: Output, text: string): void {
  expect(Object.keys(out).sort()).toEqual([
    'directives',
    'initiatives',
    'isPolicy',
    'reasons',
    'score',
    'title',
  ]);
  expect(typeof out.isPolicy).toBe('boolean');
  expect(out.score).toBeGreaterThanOrEqual(0);
  expect(out.score).toBeLessThanOrEqual(1);
  out.directives.forEach((d, i) => {
    expect(Object.keys(d)).toEqual(expect.arrayContaining(['marker', 'text', 'start', 'end', 'parent']));
    expect(0 <= d.start && d.start < d.end && d.end <= text.length, `directive ${i} span`).toBe(true);
    expect(
      d.parent === null || (Number.isInteger(d.parent) && d.parent >= 0 && d.parent < out.directives.length),
    ).toBe(true);
  });
  for (const n of out.initiatives) {
    expect(Object.keys(n).sort()).toEqual(['end', 'start', 'text', 'type']);
    expect(text.slice(n.start, n.end)).toBe(n.text);
  }
}

/** Expects a failure: the exit code, one line on stderr matching `message`, nothing on stdout. */
function expectFailure(result: Result, code: number, message: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('scripts/analyze.ts (spawned)', () => {
  it('prints one JSON object for a page, a GBK page and a .txt file; fails cleanly on bad files', {
    timeout: 180_000,
  }, async () => {
    const people = join(FIXTURES, 'zh-people-henan-20240510', 'page.html');
    const peopleUrl = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
    const gbk = join(FIXTURES, 'zh-163money-hlwplus-guidance-2015', 'page.html');
    const txt = join(FIXTURES, 'sina-miit-2024-03-29', 'text.txt');
    const runs: [string[], (r: Result) => Promise<void> | void][] = [
      [
        [people, '--url', peopleUrl],
        async (r) => {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          const out = JSON.parse(r.stdout) as Output;
          expect(out.title).toBe('在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）');
          expectContract(out, (await loadArticleFromFile(people, peopleUrl)).text);
        },
      ],
      [
        [gbk],
        async (r) => {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          const out = JSON.parse(r.stdout) as Output;
          expect(out.title).toBe('“互联网+”行动指导意见公布 提出11大重点任务');
          expectContract(out, (await loadArticleFromFile(gbk)).text);
        },
      ],
      [
        [txt],
        async (r) => {
          expect(r.stderr).toBe('');
          expect(r.code).toBe(0);
          const out = JSON.parse(r.stdout) as Output;
          expect(out.title).toBe('工信部:多举措加快形成新质生产力');
          expectContract(out, (await loadArticleFromFile(txt)).text);
        },
      ],
      [[join(dir, 'missing.html')], (r) => expectFailure(r, 1, /^analyze: .*no such file/)],
      [[empty], (r) => expectFailure(r, 1, /^analyze: .*empty/)],
      [[binary], (r) => expectFailure(r, 1, /^analyze: .*binary/)],
    ];
    // Two at a time: each run starts a Node process with tsx.
    for (let i = 0; i < runs.length; i += 2) {
      const batch = runs.slice(i, i + 2);
      const results = await Promise.all(batch.map(([args]) => spawnAnalyze(args)));
      for (const [j, result] of results.entries()) await (batch[j] as (typeof runs)[number])[1](result);
    }
  });
});

describe('analyze command (in process)', () => {
  it('rejects bad usage with exit code 2', async () => {
    expectFailure(await runInProcess([]), 2, /missing file/);
    expectFailure(await runInProcess([empty, '--url', 'not-a-url']), 2, /http/);
    expectFailure(await runInProcess([empty, '--url']), 2, /needs a value/);
    expectFailure(await runInProcess([empty, '--bogus']), 2, /unknown option/);
    expectFailure(await runInProcess([empty, empty]), 2, /unexpected argument/);
    const help = await runInProcess(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^usage:/);
  });

  it('accepts --url=URL and --url URL', () => {
    expect(parseAnalyzeArgs(['a.html', '--url=https://x.cn/a'])).toEqual({
      file: 'a.html',
      url: 'https://x.cn/a',
    });
    expect(parseAnalyzeArgs(['--url', 'https://x.cn/a', 'a.html'])).toEqual({
      file: 'a.html',
      url: 'https://x.cn/a',
    });
  });

  it('reports bad input with exit code 1', async () => {
    expectFailure(await runInProcess([dir]), 1, /is a directory/);
    expectFailure(await runInProcess([empty]), 1, /empty/);
  });

  it('reads a Traditional Chinese page as the extension does, printing its names as on the page', async () => {
    // gov.cn's State Council document as the big5 gateway serves it (converted to Traditional).
    const id = 'zh-govcn-guobanfa-2019-6';
    const url = 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm';
    const simplified = await runInProcess([join(FIXTURES, id, 'page.html'), '--url', url]);
    const file = join(dir, 'big5.html');
    writeFileSync(file, tify(readFileSync(join(FIXTURES, id, 'page.html'), 'utf8')));
    const result = await runInProcess([file, '--url', url]);
    expect(result.stderr).toBe('');
    const got = JSON.parse(result.stdout) as Output;
    const want = JSON.parse(simplified.stdout) as Output;
    expectContract(got, (await loadArticleFromFile(file, url)).text);
    expect(got.isPolicy).toBe(true);
    expect(got.directives.map((d) => [d.start, d.end, d.parent])).toEqual(
      want.directives.map((d) => [d.start, d.end, d.parent]),
    );
    expect(got.initiatives.map((i) => i.text)).toEqual(want.initiatives.map((i) => tify(i.text)));
  });

  it('outputs directives and initiatives at offsets of the article text, for every fixture page', {
    timeout: 120_000,
  }, async () => {
    for (const { id, url } of fixtureEntries()) {
      const file = join(FIXTURES, id, 'page.html');
      const result = await runInProcess([file, '--url', url]);
      expect(result.stderr, id).toBe('');
      expectContract(JSON.parse(result.stdout) as Output, (await loadArticleFromFile(file, url)).text);
    }
  });
});
