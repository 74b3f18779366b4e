/**
 * Traditional Chinese: the simplified reading keeps every offset, Traditional text is recognised and
 * simplified text is not, and a Traditional page is analysed exactly as its simplified original.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tify } from 'chinese-conv';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect';
import { toSimplified } from '../../../lib/detect/simplify';
import { looksTraditional } from '../../../lib/detect/text';
import { analyzeAnyScript, lineSimplifier } from '../../../lib/detect/traditional';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const texts = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(join(FIXTURES, e.name)).includes('text.txt'))
  .map((e) => e.name)
  .map((id) => [id, readFileSync(join(FIXTURES, id, 'text.txt'), 'utf8')] as const);
const chinese = texts.filter(([id]) => !id.startsWith('en-'));

describe('toSimplified', () => {
  it('maps code unit for code unit, with 「」『』 read as “”‘’', () => {
    const trad = '國務院印發《關於推動未來產業創新發展的實施意見》，實施「人工智能+」行動和『三品』工程。';
    const read = toSimplified(trad);
    expect(read).toBe('国务院印发《关于推动未来产业创新发展的实施意见》，实施“人工智能+”行动和‘三品’工程。');
    expect(read).toHaveLength(trad.length);
    for (const [, text] of texts) expect(toSimplified(tify(text))).toHaveLength(text.length);
  });

  it('reads Taiwan and Hong Kong 計畫 規畫 as 计划 规划 (a blind held-out page), and 畫 elsewhere as 画', () => {
    expect(toSimplified('中央預算內投資計畫、城市規畫、企畫案、策畫；畫家畫畫')).toBe(
      '中央预算内投资计划、城市规划、企划案、策划；画家画画',
    );
  });
});

describe('lineSimplifier (the background, robustness J)', () => {
  it('reads a text as toSimplified does', () => {
    const simplify = lineSimplifier();
    for (const [, text] of chinese) expect(simplify(tify(text))).toBe(toSimplified(tify(text)));
  });

  it('reads only the paragraphs it has not read before, and forgets the oldest past its limit', () => {
    const seen: string[] = [];
    const simplify = lineSimplifier(18, (line) => {
      seen.push(line);
      return toSimplified(line);
    });
    expect(simplify('國務院\n實施意見\n行情：上漲1%')).toBe('国务院\n实施意见\n行情：上涨1%');
    // The ticker line changed: only it is read.
    expect(simplify('國務院\n實施意見\n行情：上漲2%')).toBe('国务院\n实施意见\n行情：上涨2%');
    expect(seen).toEqual(['國務院', '實施意見', '行情：上漲1%', '行情：上漲2%']);
    // 21 characters read, 18 kept: the line used longest ago (the first ticker) was let go.
    seen.length = 0;
    expect(simplify('國務院\n行情：上漲2%\n行情：上漲1%')).toBe('国务院\n行情：上涨2%\n行情：上涨1%');
    expect(seen).toEqual(['行情：上漲1%']);
  });
});

describe('looksTraditional', () => {
  it('is false on every simplified and English fixture, true on each of them converted to Traditional', () => {
    for (const [id, text] of texts) expect(looksTraditional(text), id).toBe(false);
    for (const [id, text] of chinese) expect(looksTraditional(tify(text)), id).toBe(true);
    // A short flash item is caught.
    expect(looksTraditional('央行：下調存款準備金率0.5個百分點')).toBe(true);
    // A simplified story that quotes a Traditional name is still simplified.
    expect(looksTraditional('台積電和鴻海股价上涨，國泰航空公布业绩。工信部发布通知，要求加快推进。')).toBe(
      false,
    );
  });
});

describe('a Traditional page', () => {
  it.each(chinese)(
    '%s converted to Traditional is analysed as the original, strings as printed',
    (_id, text) => {
      const want = analyze(text);
      const trad = tify(text);
      const got = analyzeAnyScript(trad);
      expect(got.isPolicy).toBe(want.isPolicy);
      expect(got.score).toBeCloseTo(want.score, 2);
      const shape = (a: typeof want) => ({
        directives: a.directives.map((d) => [d.start, d.end, d.parent, d.style]),
        initiatives: a.initiatives.map((i) => [i.start, i.end, i.type]),
      });
      expect(shape(got)).toEqual(shape(want));
      for (const d of got.directives) expect(trad.slice(d.end - d.text.length, d.end)).toBe(d.text);
      for (const i of got.initiatives) expect(trad.slice(i.start, i.end)).toBe(i.text);
    },
  );

  it('shows the title in its reasons as printed', () => {
    const title = '國務院關於實施「人工智能+」行動的意見';
    const a = analyzeAnyScript(tify('各地区各部门要认真贯彻执行，加快推进实施。'), { title });
    expect(a.reasons.join(' ')).toContain(`title names a policy document: ${title}`);
    expect(a.title).toBe(title);
    // Other reasons keep the lexicon's words, even when one of them is the whole title.
    const short = analyzeAnyScript(tify('国务院印发通知，要求各地区各部门加快推进实施。'), {
      title: '國務院',
    });
    expect(short.reasons[0]).toMatch(/^issuing bodies: 国务院/);
  });

  it('reads the title in simplified characters too', () => {
    const title = '國務院辦公廳關於促進融資擔保行業加快發展的意見';
    const body = tify(
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现就促进融资担保行业加快发展提出以下意见。',
    );
    expect(analyzeAnyScript(body, { title }).reasons.join(' ')).toContain('title names a policy document');
  });
});
