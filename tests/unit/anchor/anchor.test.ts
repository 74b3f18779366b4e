import { describe, expect, it } from 'vitest';
import { anchorAll, anchorSelectors, describeRange } from '../../../lib/anchor';

const at = (text: string, s: string, from = 0) => {
  const i = text.indexOf(s, from);
  if (i === -1) throw new Error(`${s} not in text`);
  return { start: i, end: i + s.length };
};
const saved = (text: string, s: string, from = 0) => {
  const r = at(text, s, from);
  return describeRange(text, r.start, r.end);
};

const ARTICLE = [
  '工信部：多举措加快形成新质生产力',
  '会议指出，要从四个方面推进工作：一是加快推进新型工业化，实施制造业技术改造升级工程；二是巩固提升优势产业，推动传统产业提质升级。',
  '广告位招租',
  '下一步，工信部将围绕推进新型工业化，以大规模设备更新为抓手，全力推进制造业重点产业链高质量发展行动，2024年力争实现增长5%。',
  '一是加强统筹协调，二是强化要素保障，三是营造良好环境。',
].join('\n');

describe('describeRange', () => {
  it('keeps 32 characters of context each side, clamped to the text', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const { quote, position } = describeRange(text, 40, 45);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
    expect(describeRange('xyz', -5, 99).quote).toMatchObject({ exact: 'xyz', prefix: '', suffix: '' });
    expect(describeRange('xyz', Number.NaN, 2).position).toEqual({
      type: 'TextPositionSelector',
      start: 0,
      end: 2,
    });
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'😀'.repeat(20)}Q${'😀'.repeat(20)}`;
    const { quote } = describeRange(text, 40, 41);
    expect(quote.prefix).toBe('😀'.repeat(16));
    expect(quote.suffix).toBe('😀'.repeat(16));
  });
});

describe('anchorSelectors', () => {
  // A review of a rule that placed a note whose paragraph seemed moved whole (its in-paragraph context
  // intact, the quote found once): these deletions look the same, and must leave the note unplaced.
  it('leaves unplaced a note on one of two identical lines, when its section is deleted', () => {
    const secA =
      'Section A covers the export credit insurance programme for small manufacturers in the coastal provinces.';
    const secB =
      'Section B covers the new rural housing subsidy for families who rebuild after floods and storms this year.';
    const line = 'The measures take effect on January 1.';
    const title = 'Ministry issues two notices on support measures for the coming year';
    const opens = 'Officials said applications open next month for all eligible companies.';
    const last = 'The ministry will publish the list of eligible counties before the end of March.';
    const text = [title, secA, line, opens, secB, line, last].join('\n');
    const at = text.indexOf('take effect on January 1', text.indexOf(secB));
    const sel = describeRange(text, at, at + 'take effect on January 1'.length);
    expect(anchorSelectors([title, secA, line, opens, last].join('\n'), sel)).toBeNull();
  });

  it('leaves unplaced a note in a deleted paragraph whose opening the lead repeats, whatever ends its context', () => {
    const q = '财政部决定对小微企业减半征收所得税';
    const t = '政策自明年一月一日起施行期限为三年并可延长覆盖全部小微企业主体';
    for (const edge of ['吉', '𠮷']) {
      const lead = `${q}${t}${edge}，记者了解到各地将陆续出台配套细则。`;
      const body = `${q}${t}${edge}，据介绍此次政策覆盖范围扩大至年应纳税所得额不超过三百万元的企业。`;
      const text = [
        '减税新政出台',
        lead,
        '相关部门负责人表示将加强宣传解读。',
        body,
        '下一步将开展督查。',
      ].join('\n');
      const at = text.indexOf(q, text.indexOf(body));
      const sel = describeRange(text, at, at + q.length);
      const edited = ['减税新政出台', lead, '相关部门负责人表示将加强宣传解读。', '下一步将开展督查。'].join(
        '\n',
      );
      expect(anchorSelectors(edited, sel), edge).toBeNull();
    }
  });

  it('uses the stored position when quote and context are unchanged there', () => {
    const sel = saved(ARTICLE, '二是巩固提升优势产业');
    expect(anchorSelectors(ARTICLE, sel)).toEqual({
      ...at(ARTICLE, '二是巩固提升优势产业'),
      method: 'position',
      score: 1,
    });
  });

  it('finds the quote after the page shifted, exactly', () => {
    const sel = saved(ARTICLE, '二是巩固提升优势产业');
    const shifted = `责任编辑：张三\n相关阅读：央行发布报告\n${ARTICLE}`;
    expect(anchorSelectors(shifted, sel)).toEqual({
      ...at(shifted, '二是巩固提升优势产业'),
      method: 'quote',
      score: 1,
    });
  });

  it('anchors exactly when punctuation width and whitespace changed', () => {
    const sel = saved(ARTICLE, '2024年力争实现增长5%。');
    const changed = ARTICLE.replaceAll('，', ', ')
      .replaceAll('：', ':')
      .replace('2024', '２０２４')
      .replace('5%', '5 %');
    const r = anchorSelectors(changed, sel);
    expect(r).toMatchObject({ ...at(changed, '２０２４年力争实现增长5 %。'), method: 'quote', score: 1 });
  });

  it('prefers the occurrence whose context matches over a nearer one', () => {
    const text = '甲方说：一是降低成本。乙方说：一是扩大需求。丙方说：一是降低成本。';
    const sel = describeRange(text, text.lastIndexOf('一是降低成本'), text.lastIndexOf('一是降低成本') + 2);
    const shifted = `前言。${text}`;
    const r = anchorSelectors(shifted, {
      quote: sel.quote,
      position: { ...sel.position, start: 10, end: 12 },
    });
    expect(r?.start).toBe(shifted.lastIndexOf('一是降低成本'));
  });

  it('picks the occurrence nearest the old position when contexts tie', () => {
    const unit = '同样的一句话重复出现在这里。';
    const text = unit.repeat(6);
    const sel = describeRange(text, unit.length * 3 + 3, unit.length * 3 + 6);
    const shifted = `新${text}`;
    expect(anchorSelectors(shifted, sel)).toMatchObject({
      start: unit.length * 3 + 4,
      end: unit.length * 3 + 7,
    });
  });

  it('re-anchors a quote whose typo was fixed, fuzzily, on the corrected text', () => {
    const old = ARTICLE.replace('重点产业链', '重点产亚链');
    const sel = saved(old, '全力推进制造业重点产亚链高质量发展行动');
    const r = anchorSelectors(ARTICLE, sel);
    expect(r).toMatchObject({ ...at(ARTICLE, '全力推进制造业重点产业链高质量发展行动'), method: 'fuzzy' });
    expect(r?.score).toBeGreaterThanOrEqual(0.8);
    expect(r?.score).toBeLessThan(1);
  });

  it('includes a word inserted inside the quote', () => {
    const sel = saved(ARTICLE, '全力推进制造业重点产业链高质量发展行动');
    const edited = ARTICLE.replace('制造业重点', '制造业进一步重点');
    expect(anchorSelectors(edited, sel)).toMatchObject({
      ...at(edited, '全力推进制造业进一步重点产业链高质量发展行动'),
      method: 'fuzzy',
    });
  });

  it('never fuzzy-matches a short quote', () => {
    const sel = saved(ARTICLE, '一是', ARTICLE.indexOf('会议'));
    const edited = ARTICLE.replace('一是加快', '一时加快');
    expect(anchorSelectors(edited, sel)).toBeNull();
  });

  it('orphans a note whose paragraph was deleted even though its words occur elsewhere', () => {
    const sel = saved(ARTICLE, '一是', ARTICLE.indexOf('一是加强'));
    const edited = ARTICLE.split('\n').slice(0, 4).join('\n');
    expect(edited).toContain('一是');
    expect(anchorSelectors(edited, sel)).toBeNull();
  });

  it('orphans a heading deleted from the body while its copy in the table of contents remains', () => {
    const text = [
      '目录',
      '一、百年征程铸就时代新辉煌',
      '二、中国式现代化改变了中国',
      '正文',
      '一、百年征程铸就时代新辉煌',
      '中国共产党团结带领中国人民进行了艰苦卓绝的斗争。',
      '二、中国式现代化改变了中国',
      '中国式现代化深刻改变了中国的面貌。',
    ].join('\n');
    const from = text.indexOf('正文');
    const sel = saved(text, '二、中国式现代化改变了中国', from);
    const edited = text.replace('\n二、中国式现代化改变了中国\n中国式现代化深刻', '\n中国式现代化深刻');
    expect(anchorSelectors(edited, sel)).toBeNull();
  });

  it('orphans a note whose sentence was rewritten', () => {
    const sel = saved(ARTICLE, '全力推进制造业重点产业链高质量发展行动');
    const edited = ARTICLE.replace(
      '全力推进制造业重点产业链高质量发展行动',
      '加快培育战略性新兴产业和未来产业集群',
    );
    expect(anchorSelectors(edited, sel)).toBeNull();
  });

  it('keeps whitespace the quote began or ended with', () => {
    const text = 'Firstly, expand demand.  Secondly, stabilise jobs.';
    const sel = describeRange(text, text.indexOf(' Secondly'), text.indexOf(' Secondly') + 10);
    const shifted = `Lead.\n${text}`;
    expect(anchorSelectors(shifted, sel)).toMatchObject({ ...at(shifted, ' Secondly,'), method: 'quote' });
  });

  it('orphans empty and malformed selectors instead of throwing', () => {
    expect(
      anchorSelectors(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }),
    ).toBeNull();
    expect(
      anchorSelectors(ARTICLE, {
        quote: { type: 'TextQuoteSelector', exact: '   ', prefix: 'x', suffix: 'y' },
      }),
    ).toBeNull();
    const bad = { quote: { type: 'TextQuoteSelector', exact: 42 }, position: { start: Number.NaN, end: -1 } };
    expect(anchorSelectors(ARTICLE, bad as never)).toBeNull();
    const noContext = { quote: { exact: '二是巩固提升优势产业', prefix: 7, suffix: null } };
    expect(anchorSelectors(ARTICLE, noContext as never)).toMatchObject(at(ARTICLE, '二是巩固提升优势产业'));
    expect(anchorSelectors(ARTICLE, null as never)).toBeNull();
  });
});

describe('anchorAll', () => {
  it('gives the same answers as anchoring each note alone', () => {
    const sels = [
      '一是',
      '二是巩固提升优势产业',
      '全力推进制造业重点产业链高质量发展行动',
      '三是营造良好环境',
    ].map((s) => saved(ARTICLE, s));
    const edited = `导语\n${ARTICLE.replace('广告位招租\n', '')}`;
    const all = anchorAll(edited, sels);
    expect(all).toEqual(sels.map((s) => anchorSelectors(edited, s)));
    expect(all.every((r) => r !== null)).toBe(true);
  });
});
