import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { markdownLabels, messagesLookup, textFragmentUrl, toMarkdown } from '../../../lib/export';
import { markdownTag } from '../../../lib/export/markdown-escape';
import type { Messages } from '../../../lib/export/markdown-labels';
import type { MessageKey } from '../../../lib/i18n';
import { sampleRecord } from '../sample-record';
import { PAYLOADS, recordsArb } from './arbitraries';
import { labelsOf } from './labels';

const generated = new Date(Date.UTC(2026, 10, 29, 12));
const opts = { generated, timeZone: 'UTC', labels: labelsOf('en') };

describe('toMarkdown', () => {
  const older = sampleRecord({
    url: 'https://a.cn/1',
    pageTitle: 'Older article',
    site: 'a.cn',
    created: Date.UTC(2026, 10, 1),
  });
  const newer = sampleRecord({
    url: 'https://b.cn/2',
    pageTitle: '国务院关于深入实施“人工智能+”行动的意见',
    site: 'b.cn',
    note: '重点：**六大领域**',
    tags: ['人工智能', 'digital economy'],
    kind: 'initiative',
    detectedType: 'campaign',
    created: Date.UTC(2026, 10, 28, 9),
  });

  it('writes one section per article, newest first, with quote, note, tags and an open link', () => {
    const md = toMarkdown([older, newer], opts);
    expect(md).toBe(
      [
        '# PolicyMark notes',
        '',
        'Exported 2026-11-29 · 2 notes from 2 articles',
        '',
        '## [国务院关于深入实施“人工智能+”行动的意见](https://b.cn/2)',
        '',
        'b.cn · 2026-11-28 · 1 note',
        '',
        '> 强化关键责任链监管',
        '',
        '重点：**六大领域**',
        '',
        `Initiative (campaign) · #人工智能 #digital-economy · 2026-11-28 · [Open at highlight](${textFragmentUrl(newer.url, newer.quote)})`,
        '',
        '## [Older article](https://a.cn/1)',
        '',
        'a.cn · 2026-11-01 · 1 note',
        '',
        '> 强化关键责任链监管',
        '',
        `2026-11-01 · [Open at highlight](${textFragmentUrl(older.url, older.quote)})`,
        '',
      ].join('\n'),
    );
  });

  it('orders highlights of one article by position', () => {
    const url = 'https://c.cn/x';
    const later = sampleRecord({
      url,
      quote: { type: 'TextQuoteSelector', exact: '第二处', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 50, end: 53 },
    });
    const earlier = sampleRecord({
      url,
      quote: { type: 'TextQuoteSelector', exact: '第一处', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 5, end: 8 },
    });
    const md = toMarkdown([later, earlier], opts);
    expect(md.indexOf('> 第一处')).toBeLessThan(md.indexOf('> 第二处'));
    expect(md.match(/^## /gm)).toHaveLength(1);
    expect(md).toContain('· 2 notes');
  });

  it('uses Chinese labels for a Chinese locale and dates in the given time zone', () => {
    const late = sampleRecord({ kind: 'directive', detectedType: null, created: Date.UTC(2026, 10, 28, 20) });
    const md = toMarkdown([late], { generated, labels: labelsOf('zh_CN'), timeZone: 'Asia/Shanghai' });
    expect(md).toContain('# PolicyMark 笔记');
    expect(md).toContain('导出于 2026-11-29 · 1 篇文章 · 1 条笔记');
    expect(md).toContain('finance.sina.com.cn · 2026-11-29 · 1 条笔记');
    expect(md).toContain('部署事项 · 2026-11-29 · [在原文中定位](');
  });

  it('uses Traditional labels for a Traditional UI: the zh_TW, zh_HK and zh_MO files made from zh_CN', () => {
    const directive = sampleRecord({
      kind: 'directive',
      detectedType: 'ordinal',
      created: generated.getTime(),
    });
    const want = [
      '# PolicyMark 筆記',
      '匯出於 2026-11-29 · 1 篇文章 · 1 條筆記',
      'finance.sina.com.cn · 2026-11-29 · 1 條筆記',
      '部署事項（逐條列舉） · 2026-11-29 · [在原文中定位](',
    ];
    for (const folder of ['zh_TW', 'zh_HK', 'zh_MO']) {
      const md = toMarkdown([directive], { ...opts, labels: labelsOf(folder) });
      for (const line of want) expect(md, folder).toContain(line);
      // Not one simplified-only character of the labels is left.
      expect(md.replace(directive.quote.exact, ''), folder).not.toMatch(/[笔记导条项举务]/);
    }
    // Singapore and a bare zh read simplified, as their UI does.
    for (const folder of ['zh_SG', 'zh', 'zh_CN'])
      expect(toMarkdown([directive], { ...opts, labels: labelsOf(folder) }), folder).toContain(
        '# PolicyMark 笔记',
      );
  });

  it("takes its labels from the UI's messages as the pages read them (browser.i18n through `t`)", async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { t } = await import('../../../lib/i18n');
    const tw = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../public/_locales/zh_TW/messages.json'), 'utf8'),
    ) as Messages;
    // A browser in zh-TW: browser.i18n answers from the zh_TW file.
    const lookup = messagesLookup(tw);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      lookup(key, ...(subs ?? []))) as never);
    const labels = markdownLabels((key, ...args) => t(key as MessageKey, ...args));
    const md = toMarkdown([sampleRecord({ kind: 'initiative', detectedType: 'campaign' })], {
      ...opts,
      labels,
    });
    expect(md).toContain('# PolicyMark 筆記\n');
    expect(md).toContain('匯出於 2026-11-29 · 1 篇文章 · 1 條筆記');
    expect(md).toContain('政策舉措（行動） · ');
    vi.restoreAllMocks();
  });

  it("names a detected item's style or type in the reader's words, never the detector's id", () => {
    const directive = sampleRecord({ kind: 'directive', detectedType: 'ordinal' });
    const initiative = sampleRecord({ kind: 'initiative', detectedType: 'campaign' });
    const imported = sampleRecord({ kind: 'initiative', detectedType: 'new_kind' });
    const zh = toMarkdown([directive, initiative, imported], { ...opts, labels: labelsOf('zh_CN') });
    expect(zh).toContain('部署事项（逐条列举） · ');
    expect(zh).toContain('政策举措（行动） · ');
    expect(zh).not.toMatch(/ordinal|campaign/);
    const en = toMarkdown([directive, initiative, imported], opts);
    expect(en).toContain('Directive (enumerated point) · ');
    expect(en).toContain('Initiative (campaign) · ');
    // A type this version does not know (an import) is shown as stored, escaped.
    expect(en).toContain('Initiative (new\\_kind) · ');
  });

  it('names styles and types as the UI does (public/_locales en, zh_CN and zh_TW: style_*, type_*)', () => {
    const kinds: Array<[string, string]> = [
      ...['ordinal', 'heading', 'headword', 'dash-bullet'].map((t): [string, string] => ['directive', t]),
      ...['document', 'campaign', 'project', 'program', 'plan', 'zone', 'mechanism', 'other'].map(
        (t): [string, string] => ['initiative', t],
      ),
    ];
    for (const folder of ['en', 'zh_CN', 'zh_TW']) {
      const locale = folder;
      const messages = JSON.parse(
        readFileSync(join(import.meta.dirname, '../../../public/_locales', folder, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      for (const [kind, type] of kinds) {
        const key = `${kind === 'directive' ? 'style' : 'type'}_${type.replace(/-/g, '_')}`;
        const label = messages[key]?.message;
        expect(label, key).toBeTruthy();
        const md = toMarkdown([sampleRecord({ kind: kind as 'directive', detectedType: type })], {
          ...opts,
          labels: labelsOf(folder),
        });
        expect(md, `${locale} ${type}`).toContain(`${messages[`kind_${kind}`]?.message}`);
        expect(md, `${locale} ${type}`).toMatch(new RegExp(`[(（]${escapeRegExp(label ?? '')}[)）] · `));
      }
    }
  });

  it('escapes titles and quotes, keeps note formatting but not structure-breaking lines', () => {
    const r = sampleRecord({
      url: 'https://d.cn/a (1).htm',
      pageTitle: 'Title [with] #hash\nand *stars*',
      quote: {
        type: 'TextQuoteSelector',
        exact: '- item\n1. one $5 ==x== %%c%%\n---',
        prefix: '',
        suffix: '',
      },
      note: '**bold** [link](https://x.org)\n# heading?\n---\n```\n<img src=x onerror=alert(1)>\n=',
    });
    const md = toMarkdown([r], opts);
    expect(md).toContain('## [Title \\[with\\] \\#hash and \\*stars\\*](https://d.cn/a%20%281%29.htm)');
    expect(md).toContain('> \\- item\n> 1\\. one \\$5 \\=\\=x\\=\\= \\%\\%c\\%\\%\n> \\---');
    expect(md).toContain(
      '**bold** [link](https://x.org)\n\\# heading?\n\\---\n\\```\n\\<img src=x onerror=alert(1)>\n\\=',
    );
  });

  it('writes tags in Obsidian form', () => {
    expect(['产业 政策', 'AI+', '2024', 'a/b', 'x_y'].map(markdownTag)).toEqual([
      '#产业-政策',
      '#AI_',
      '#_2024',
      '#a/b',
      '#x_y',
    ]);
  });

  it('an empty export is just the title and summary', () => {
    expect(toMarkdown([], opts)).toBe(
      '# PolicyMark notes\n\nExported 2026-11-29 · 0 notes from 0 articles\n',
    );
  });

  it('no content can add headings, fences, rules, setext lines or raw HTML', () => {
    const hostile = fc.constantFrom(...PAYLOADS);
    fc.assert(
      fc.property(recordsArb, hostile, (records, payload) => {
        const withPayload = records.map((r, i) =>
          i % 2 ? { ...r, note: `${payload}\n${r.note}`, pageTitle: payload } : r,
        );
        const md = toMarkdown(withPayload, opts);
        const lines = md.split('\n');
        const articles = new Set(withPayload.map((r) => r.url)).size;
        expect(lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l))).toHaveLength(1 + articles);
        expect(lines.filter((l) => /^ {0,3}#{2}\s/.test(l)).every((l) => l.startsWith('## ['))).toBe(true);
        for (const line of lines) {
          expect(line).not.toMatch(/^ {0,3}(`{3,}|~{3,})/);
          expect(line).not.toMatch(/^ {0,3}(=+|-+)\s*$/);
          // Every `<` is escaped: preceded by an odd number of backslashes.
          expect(line).not.toMatch(/(^|[^\\])(\\\\)*</);
        }
      }),
      { numRuns: 150 },
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
