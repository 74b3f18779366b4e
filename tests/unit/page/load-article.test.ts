import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileForHost } from '../../../lib/page/profiles';
import { normalizePlainText, SPACE_RUN } from '../../../lib/page/text-rules';
import { declaredCharset, decodeHtml } from '../../../scripts/lib/decode-html';
import { InputError, loadArticleFromFile } from '../../../scripts/lib/load-article';
import { FIXTURES, fixtureEntries, fixturePageIds, goldParagraphs } from './fixture-pages';

const dir = mkdtempSync(join(tmpdir(), 'policymark-load-'));
/** Writes a scratch file and returns its path. */
function scratch(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('fixtures.json', () => {
  const entries = fixtureEntries();

  it('lists every fixture page once, at an http(s) address of a profiled site', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(fixturePageIds());
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      const url = new URL(entry.url);
      expect(url.protocol, entry.id).toMatch(/^https?:$/);
      expect(profileForHost(url.hostname), entry.id).not.toBeNull();
    }
  });

  it('gives the charset the saved bytes are really in', () => {
    for (const entry of entries) {
      const { charset } = decodeHtml(readFileSync(join(FIXTURES, entry.id, 'page.html')));
      expect(charset.replace('gb18030', 'gbk'), entry.id).toBe(entry.charset);
    }
  });
});

describe('decodeHtml', () => {
  it('reads GBK pages by their declared charset', () => {
    const bytes = readFileSync(join(FIXTURES, 'zh-163money-ndrc-bonds-2015', 'page.html'));
    expect(declaredCharset(bytes)).toBe('gb2312');
    const { html, charset } = decodeHtml(bytes);
    expect(charset).toBe('gb18030');
    expect(html).toContain('发改委出债券指引');
  });

  it('prefers well-formed UTF-8 over a stale GB2312 declaration', () => {
    const bytes = readFileSync(join(FIXTURES, 'zh-people-henan-20240510', 'page.html'));
    expect(declaredCharset(bytes)).toBe('gb2312');
    expect(decodeHtml(bytes).charset).toBe('utf-8');
  });

  it('falls back to GB18030 for undeclared legacy bytes', () => {
    const gbk = new Uint8Array([0x3c, 0x70, 0x3e, 0xd2, 0xbb, 0xca, 0xc7, 0x3c, 0x2f, 0x70, 0x3e]); // <p>一是</p>
    expect(decodeHtml(gbk)).toEqual({ html: '<p>一是</p>', charset: 'gb18030' });
  });
});

describe('loadArticleFromFile', () => {
  it('loads a GBK page through the content-script code, profile picked from --url', async () => {
    const entry = fixtureEntries().find((e) => e.id === 'zh-163money-ndrc-bonds-2015');
    const article = await loadArticleFromFile(
      join(FIXTURES, 'zh-163money-ndrc-bonds-2015', 'page.html'),
      entry?.url,
    );
    expect(article.profile).toBe('163');
    expect(article.title).toBe('发改委出债券指引：放宽城投债 输血重大工程包');
    expect(article.text).toBe(goldParagraphs('zh-163money-ndrc-bonds-2015')?.join('\n'));
  });

  it('infers the address from the page when no --url is given', async () => {
    const article = await loadArticleFromFile(join(FIXTURES, 'zh-sina-12306-20181228', 'page.html'));
    expect(article.url).toBe('https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml');
    expect(article.profile).toBe('sina');
  });

  it('normalises a .txt file with the same whitespace rules, first line as title', async () => {
    const article = await loadArticleFromFile(join(FIXTURES, 'sina-miit-2024-03-29', 'text.txt'));
    expect(article.title).toBe('工信部:多举措加快形成新质生产力');
    expect(article.text).toBe(
      normalizePlainText(readFileSync(join(FIXTURES, 'sina-miit-2024-03-29', 'text.txt'), 'utf8')),
    );
    expect(article.text).not.toMatch(/\n\n|^ | \n|\n /);
    const crlf = await loadArticleFromFile(scratch('crlf.txt', '  标题 \r\n\r\n\u3000\u3000一是加快。\r\n'));
    expect(crlf).toMatchObject({ title: '标题', text: '标题\n一是加快。', profile: 'text' });
  });

  it('normalizes plain text as the rules say: lines are paragraphs, space runs one space, trimmed, no empties', () => {
    // The rules written as RegExps (what normalizePlainText computed before its one-pass rewrite).
    const reference = (raw: string): string =>
      raw
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(SPACE_RUN, ' ').replace(/^ | $/g, ''))
        .filter(Boolean)
        .join('\n');
    const unit = fc.constantFrom(
      ...[
        'a',
        '一',
        ' ',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\u3000',
        '\u2003',
        '\u00a0',
        '\f',
        '\v',
        '\u200b',
        '\u2028',
        '\ufeff',
      ],
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const raw = units.join('');
        expect(normalizePlainText(raw)).toBe(reference(raw));
      }),
      { numRuns: 3000 },
    );
    // Any code unit (lone surrogates, every space of U+2000–U+200A), and texts past the 8,192-unit
    // chunks the result is assembled from.
    const anyUnit = fc.oneof(
      unit,
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(anyUnit, { minLength: 9000, maxLength: 20000 }), (units) => {
        const raw = units.join('');
        expect(normalizePlainText(raw)).toBe(reference(raw));
      }),
      { numRuns: 20 },
    );
  });

  it('throws InputError with a one-line message for bad input', async () => {
    mkdirSync(join(dir, 'folder.html'), { recursive: true });
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.html'), /no such file/],
      [join(dir, 'folder.html'), /is a directory/],
      [scratch('empty.html', ''), /empty/],
      [scratch('binary.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), /binary/],
      [
        scratch('noise.txt', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x41)))),
        /undecodable/,
      ],
      [scratch('blank.txt', ' \n\u3000\n'), /no text/],
      [scratch('scripts.html', '<html><body><script>var a = 1;</script></body></html>'), /no text/],
    ];
    for (const [path, message] of cases) {
      const error = await loadArticleFromFile(path).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
