/** Named initiatives: every type of LABELING.md §3, left edges, exclusions and repeated names. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect';
import { findEnglishInitiatives } from '../../../lib/detect/english-names';
import { findInitiatives as findWith, needsEnglishNames } from '../../../lib/detect/initiatives';

/** Every finder, English names on pages that need them (as lib/detect/index.ts's `analyze` runs them). */
const findInitiatives = (text: string) =>
  findWith(text, needsEnglishNames(text) ? findEnglishInitiatives : null);

import { curlQuotes } from '../../../lib/detect/text';

/** [text, type] pairs, the shape the tests compare. */
const found = (text: string): Array<[string, string]> => findInitiatives(text).map((i) => [i.text, i.type]);

describe('English names of blind held-out set 31', () => {
  it('takes quoted titles whole, dated or with a few lowercase words, listed after approving', () => {
    expect(
      found(
        'The meeting discussed and approved the "2024 Key Work Division Plan of the State Council", the "New Round of Action Plan for Increasing Grain Production Capacity by 100 Billion catties (2024-2030)", and the "Work Plan for Promoting High quality Economic Development through Standard Upgrading".',
      ),
    ).toEqual([
      ['"2024 Key Work Division Plan of the State Council"', 'document'],
      [
        '"New Round of Action Plan for Increasing Grain Production Capacity by 100 Billion catties (2024-2030)"',
        'document',
      ],
      ['"Work Plan for Promoting High quality Economic Development through Standard Upgrading"', 'document'],
    ]);
    // Mostly lowercase, or with no head noun: a quotation, no title.
    expect(
      found('The minister approved the "Plan to make sure that all the people get work" today.'),
    ).toEqual([]);
  });

  it('takes a budget, a bill and an order in 《》 for documents (held-out set 40)', () => {
    expect(found('财政司司长在立法会发表新一份《财政预算案》，并公布《2023年差饷(豁免)令》的安排。')).toEqual(
      [
        ['《财政预算案》', 'document'],
        ['《2023年差饷(豁免)令》', 'document'],
      ],
    );
  });

  it('reads lower-case programme, scheme and package heads after a name, Rules, Grants and Levy', () => {
    expect(
      found(
        'It brings forward £100 million for the Decent Homes programme and a new Cost of Living Support package. The Working Rules of the State Council were revised. Green Home Grants and the Energy Profits Levy follow.',
      ),
    ).toEqual([
      ['Decent Homes programme', 'program'],
      ['Living Support package', 'program'],
      ['Working Rules of the State Council', 'document'],
      ['Green Home Grants', 'program'],
      ['Energy Profits Levy', 'other'],
    ]);
    expect(
      found(
        'The Bank of England scheme and the European Union programme ended. Chapter I General Provisions. A pay package rose.',
      ),
    ).toEqual([]);
    // A place's or an office's scheme, a headline's verb and a surname name nothing (this session's review).
    expect(
      found(
        'Supreme Court Rules Trump Tariffs Unlawful\nUnlike the Hong Kong scheme, the Prime Minister programme is new. Economist Mickey Levy spoke.',
      ),
    ).toEqual([]);
    expect(found('The Treasury Guarantee Scheme for Asset-Backed Securities opens.')).toEqual([
      ['Treasury Guarantee Scheme for Asset-Backed Securities', 'program'],
    ]);
  });
});

describe('English names of held-out set 33', () => {
  it('reads a tax credit, a grant and an account of a programme by the word before the head', () => {
    expect(
      found(
        "Married couples allowance to be replaced by new Children's Tax Credit. Firms can contribute to Individual Learning Accounts. The Sure Start Maternity Grant offers £200. The Earned Income Tax Credit (EITC) grows. Firms pay the Apprenticeship Levy.",
      ),
    ).toEqual([
      ["Children's Tax Credit", 'program'],
      ['Individual Learning Accounts', 'program'],
      ['Sure Start Maternity Grant', 'program'],
      ['Earned Income Tax Credit (EITC)', 'program'],
      ['Apprenticeship Levy', 'other'],
    ]);
    // A person, the national accounts, a bare tax credit or savings account name nothing.
    expect(
      found(
        'Actor Hugh Grant spoke. The Office said Quarterly National Accounts were revised. Claim the Tax Credit now. Open a Savings Account today. Universal Credit claimants rose.',
      ),
    ).toEqual([]);
  });

  it("reads a programme's acronym before a lower-case head, not a body's or a broadcaster's (held-out set 38)", () => {
    expect(
      found('The MPC halted purchases under the LSAP programme in July. Firms applied under the PLI scheme.'),
    ).toEqual([
      ['LSAP programme', 'program'],
      ['PLI scheme', 'program'],
    ]);
    expect(found('Ghana agreed the IMF programme. He watched a BBC programme. The EU scheme ended.')).toEqual(
      [],
    );
  });

  it("reads a government's budget and the Consumer Duty by the word before the head (held-out set 37)", () => {
    expect(
      found(
        'Rs 4.13 lakh crore was given in Union Budget 2020. The Chancellor delivers the Autumn Budget today. The FCA said the Consumer Duty applies from July.',
      ),
    ).toEqual([
      ['Union Budget 2020', 'plan'],
      ['Autumn Budget', 'plan'],
      ['Consumer Duty', 'other'],
    ]);
    // A company's budget, a tax's duty and a bare Budget name nothing.
    expect(
      found('The firm raised its Marketing Budget. The Fuel Duty rise was frozen. The Budget was delivered.'),
    ).toEqual([]);
  });

  it('reads a regulatory regime by the word before Regime, not a government (held-out set 35)', () => {
    expect(
      found(
        'The FCA published final rules under the Investment Firms Prudential Regime. The Senior Managers and Certification Regime (SMCR) applies.',
      ),
    ).toEqual([
      ['Investment Firms Prudential Regime', 'other'],
      ['Senior Managers and Certification Regime (SMCR)', 'other'],
    ]);
    expect(found('Sanctions Hit North Korean Regime\nThe Syrian Regime fell.')).toEqual([]);
    // A regulator's name is no regulation (held-out set 36).
    expect(found('The Australian Prudential Regulation Authority (APRA) finalised its framework.')).toEqual(
      [],
    );
  });

  it('leaves a lower-case scheme out of a name that has a head of its own', () => {
    expect(
      found('The RBI extended the Payment Infrastructure Development Fund scheme by two years.'),
    ).toEqual([['Payment Infrastructure Development Fund', 'program']]);
    // Not after a head that needs a word of its kind (a review): Universal Credit is no name by itself.
    expect(found('Claimants moved to the Universal Credit scheme last year.')).toEqual([
      ['Universal Credit scheme', 'program'],
    ]);
  });
});

describe('documents', () => {
  it('keeps every title of a list that a document ends, and titles ending in 安排 (blind held-out set 23)', () => {
    expect(
      found(
        '在《内地与香港关于建立更紧密经贸关系的框架》、《内地与澳门关于建立更紧密经贸关系的框架》、《海峡两岸经济合作框架协议》下，扩大开放。',
      ),
    ).toEqual([
      ['《内地与香港关于建立更紧密经贸关系的框架》', 'document'],
      ['《内地与澳门关于建立更紧密经贸关系的框架》', 'document'],
      ['《海峡两岸经济合作框架协议》', 'document'],
    ]);
    expect(found('在《内地与香港关于建立更紧密经贸关系的安排》下，对港澳服务提供者扩大开放。')).toEqual([
      ['《内地与香港关于建立更紧密经贸关系的安排》', 'document'],
    ]);
    // Titles listed with nothing of a document about them stay out.
    expect(found('读了《平凡的世界》、《活着》。')).toEqual([]);
  });

  it('keeps 《》 policy documents with their brackets, short references included', () => {
    expect(
      found('工信部联合六部门发布了《关于推动未来产业创新发展的实施意见》。《意见》提出了目标。'),
    ).toEqual([
      ['《关于推动未来产业创新发展的实施意见》', 'document'],
      ['《意见》', 'document'],
    ]);
  });

  it('keeps a title followed by 白皮书 or 全文, and a status note after the ending', () => {
    // A rating or indicator system is a document too (a dev-set page's 《品牌首店评价体系》).
    expect(found('对照《新品首发首秀评价体系》开展评选，《品牌首店评价体系》同步实施。')).toEqual([
      ['《新品首发首秀评价体系》', 'document'],
      ['《品牌首店评价体系》', 'document'],
    ]);
    expect(found('据发布的《共建“一带一路”：构建人类命运共同体的重大实践》白皮书显示。')[0]).toEqual([
      '《共建“一带一路”：构建人类命运共同体的重大实践》',
      'document',
    ]);
    expect(found('网信办起草了《个人信息出境认证办法（征求意见稿）》。')).toEqual([
      ['《个人信息出境认证办法（征求意见稿）》', 'document'],
    ]);
    // The longer status notes of drafts, and a draft called by its status alone (a held-out page).
    expect(
      found(
        '证监会就《上市公司监督管理条例(公开征求意见稿)》(以下简称“《征求意见稿》”)公开征求意见。司法部公布《条例（修订草案送审稿）》。',
      ),
    ).toEqual([
      ['《上市公司监督管理条例(公开征求意见稿)》', 'document'],
      ['《征求意见稿》', 'document'],
      ['《条例（修订草案送审稿）》', 'document'],
    ]);
    // A discussion draft, as a government's work report is read before the congress (blind held-out sets).
    expect(found('会议审议《政府工作报告(讨论稿)》和计划。')).toEqual([
      ['《政府工作报告(讨论稿)》', 'document'],
    ]);
    expect(found('会议对《讨论稿》提出了修改意见。')).toEqual([['《讨论稿》', 'document']]);
    // A period and a status after one title (a held-out page, a probe page).
    expect(found('这份《陕西省大气污染治理专项行动方案(2023—2027年)(送审稿)》共有十条。')).toEqual([
      ['《陕西省大气污染治理专项行动方案(2023—2027年)(送审稿)》', 'document'],
    ]);
  });

  it('keeps a quoted name inside a 《》 title, but not one that is the whole title (a blind held-out page)', () => {
    expect(found('国务院印发《关于深入实施“人工智能+”行动的意见》。')).toEqual([
      ['《关于深入实施“人工智能+”行动的意见》', 'document'],
      ['“人工智能+”行动', 'campaign'],
    ]);
    // The title itself, with or without its period: one document, not a plan inside it as well.
    expect(
      found('17部门联合印发《“数据要素×”三年行动计划(2024—2026年)》。印发《“十四五”数字经济发展规划》。'),
    ).toEqual([
      ['《“数据要素×”三年行动计划(2024—2026年)》', 'document'],
      ['《“十四五”数字经济发展规划》', 'document'],
    ]);
  });

  it('keeps a plan dated by a year range, a 举措 title, and a title listed beside a document', () => {
    // Provincial and ministry plans carry their period; both bracket widths and dash forms occur.
    expect(
      found(
        '现将《广元市安全生产治本攻坚三年行动方案（2024—2026年）》印发你们。会议讨论通过《新一轮千亿斤粮食产能提升行动方案(2024-2030年)》。',
      ),
    ).toEqual([
      ['《广元市安全生产治本攻坚三年行动方案（2024—2026年）》', 'document'],
      ['《新一轮千亿斤粮食产能提升行动方案(2024-2030年)》', 'document'],
    ]);
    expect(
      found('区政府制定《关于推动经济高质量发展若干政策举措(2025年版)》（以下简称《政策举措》）。'),
    ).toEqual([
      ['《关于推动经济高质量发展若干政策举措(2025年版)》', 'document'],
      ['《政策举措》', 'document'],
    ]);
    // 《…评价指标》 says nothing by itself; listed with 《…指南》 it is one of two documents.
    expect(found('研究编制《中小企业数字化转型评价指标》《中小企业数字化转型指南》。')).toEqual([
      ['《中小企业数字化转型评价指标》', 'document'],
      ['《中小企业数字化转型指南》', 'document'],
    ]);
    expect(found('他读过《平凡的世界》和《长津湖》。')).toEqual([]);
    // A book of excerpts stays a book beside a document; a period printed with a double dash.
    expect(found('会议学习了《习近平关于金融工作论述摘编》和《关于加快建设金融强国的意见》。')).toEqual([
      ['《关于加快建设金融强国的意见》', 'document'],
    ]);
    expect(found('印发《贵州省数字经济发展规划（2024——2026年）》。')).toEqual([
      ['《贵州省数字经济发展规划（2024——2026年）》', 'document'],
    ]);
  });

  it('leaves out newspapers, magazines, columns, speeches, books and headlines', () => {
    expect(
      found(
        '（本文摘编自《中国工业报》）据《中国新闻周刊》报道，《求是》杂志发表文章。新华社《学习进行时》梳理。他对《棱镜》表示。《习近平在大会上的讲话》。从《礼记·礼运》到《长津湖》。（原题为《新年伊始，谈了啥？》）',
      ),
    ).toEqual([]);
    // A document that carries out the spirit of a speech is a document (a blind held-out page).
    expect(found('省委印发《关于认真贯彻落实总书记重要讲话精神全面推进乡村振兴的实施意见》。')).toEqual([
      ['《关于认真贯彻落实总书记重要讲话精神全面推进乡村振兴的实施意见》', 'document'],
    ]);
  });

  it('keeps a 《…要点》 work plan and a title followed by 实施 (pages outside the fixtures)', () => {
    expect(found('各区对照《某市2024年数据安全工作要点》逐项推进。')).toEqual([
      ['《某市2024年数据安全工作要点》', 'document'],
    ]);
    // Other 要点 are notes: 《冬春季疫情防控知识要点》 is a leaflet.
    expect(found('市卫健委整理了《冬春季疫情防控知识要点》。')).toEqual([]);
    // A strategy named without a document ending is a document when it is put into effect; a book is not.
    expect(found('全面支撑《中国制造2025》实施。他推荐《平凡的世界》一书。')).toEqual([
      ['《中国制造2025》', 'document'],
    ]);
    // A tariff schedule and a law code end like documents (a held-out page; 法 alone missed 法典).
    expect(found('该产品归在《中华人民共和国进出口税则》项下。学习《中华人民共和国民法典》。')).toEqual([
      ['《中华人民共和国进出口税则》', 'document'],
      ['《中华人民共和国民法典》', 'document'],
    ]);
  });

  it('finds unbracketed work plans, work points and 若干措施, and a document listed after another (pages outside the fixtures)', () => {
    expect(found('省工信厅发布全省中小企业数字化转型2025年工作要点，明确了任务。')).toEqual([
      ['全省中小企业数字化转型2025年工作要点', 'document'],
    ]);
    expect(found('市商务局出台了关于进一步促进汽车消费的若干措施。')).toEqual([
      ['关于进一步促进汽车消费的若干措施', 'document'],
    ]);
    expect(found('国家发展改革委印发节能降碳综合工作方案。')).toEqual([['节能降碳综合工作方案', 'document']]);
    // The middle one has no verb or 关于 of its own (and 平台, a suffix word, stands between it and the
    // 、): it is listed after a document.
    expect(
      found('部里发布了制造业数字化转型指导意见、工业互联网平台高水平发展行动方案、数据要素赋能实施意见。'),
    ).toEqual([
      ['制造业数字化转型指导意见', 'document'],
      ['工业互联网平台高水平发展行动方案', 'document'],
      ['数据要素赋能实施意见', 'document'],
    ]);
    // A bare clause ending in 行动方案 still names nothing, nor one after a name of another kind or sentence.
    expect(found('下一步，研究制定行动方案。会上，行业协会代表介绍了有关行动方案。')).toEqual([]);
    expect(found('开展城市更新行动。城市更新平台建设工作方案要求加快进度。')).toEqual([
      ['城市更新行动', 'campaign'],
    ]);
    // Generic plans of a year or a body are not names.
    expect(found('各单位制定本地区本部门工作方案，研究制定年度重点工作方案和全年重点工作要点。')).toEqual([]);
  });

  it('starts a document title at 推动, 推进 or 支持 after the issuing verb (third held-out set)', () => {
    // 推动, 推进 or 支持 right after the issuing verb opens the title; a second verb that issues it does not.
    expect(found('省政府印发推动设备更新和以旧换新工作方案。市里出台了支持民营经济发展的若干措施。')).toEqual(
      [
        ['推动设备更新和以旧换新工作方案', 'document'],
        ['支持民营经济发展的若干措施', 'document'],
      ],
    );
    expect(found('推动发布工业互联网高质量发展指导意见，参照执行金融企业呆账核销管理办法。')).toEqual([
      ['工业互联网高质量发展指导意见', 'document'],
      ['金融企业呆账核销管理办法', 'document'],
    ]);
  });

  it('finds the genres 若干意见 and 若干政策措施, and takes 多地 as a count (third held-out set)', () => {
    // 若干意见 and 若干政策措施 are genres too; 多地 counts like 各地 (the reports of many provinces).
    expect(
      found('国务院出台关于促进民营经济发展的若干意见。省政府印发关于稳定和扩大就业的若干政策措施。'),
    ).toEqual([
      ['关于促进民营经济发展的若干意见', 'document'],
      ['关于稳定和扩大就业的若干政策措施', 'document'],
    ]);
    expect(found('多地政府工作报告提出，要稳增长。')).toEqual([]);
  });

  it('starts a long unbracketed title at its 关于, not inside the verb the window cut (a held-out page)', () => {
    expect(
      found('广东省人民政府办公厅印发关于金融支持“百县千镇万村高质量发展工程”促进城乡区域协调发展实施方案。'),
    ).toEqual([['关于金融支持“百县千镇万村高质量发展工程”促进城乡区域协调发展实施方案', 'document']]);
    // Without 关于, a name longer than the window is not guessed at (it began at 生态, inside the name).
    expect(
      found('启动长三角区域生态绿色一体化高质量协调发展先行先试综合配套示范基地数字经济创新工程。'),
    ).toEqual([['长三角区域生态绿色一体化高质量协调发展先行先试综合配套示范基地', 'zone']]);
  });

  it('finds unbracketed regulation names and numbered documents', () => {
    expect(found('代偿损失核销，参照金融企业呆账核销管理办法有关规定执行。')).toEqual([
      ['金融企业呆账核销管理办法', 'document'],
    ]);
    expect(found('根据43号文件，发改委开展了研究；因43号文使城投剥离了政府信用。')).toEqual([
      ['43号文件', 'document'],
      ['43号文', 'document'],
    ]);
  });
});

describe('campaigns, projects, programs, plans, zones', () => {
  it('starts the name after the verb, not at it', () => {
    expect(found('持续实施制造业“三品”行动，以供给优化促进消费升级。')).toEqual([
      ['制造业“三品”行动', 'campaign'],
    ]);
    expect(found('深入开展重大技术装备攻关工程，聚焦重点领域。')).toEqual([
      ['重大技术装备攻关工程', 'project'],
    ]);
    expect(found('今年将启动创建国家新型工业化示范区。')).toEqual([['国家新型工业化示范区', 'zone']]);
    expect(found('实施中小企业数字化赋能专项行动。')).toEqual([['中小企业数字化赋能专项行动', 'campaign']]);
    // 专项活动 names a campaign the same way (a held-out page cut it to 全国公共就业招聘专项); a series of
    // them is generic.
    expect(found('部署开展2026年全国公共就业招聘专项活动。各地开展系列专项活动。')).toEqual([
      ['全国公共就业招聘专项活动', 'campaign'],
    ]);
  });

  it('starts the name after a time word or 随着 (a market close outside the fixtures)', () => {
    expect(found('首先，近期“十五五”规划建议明确战略产业地位。')).toEqual([['“十五五”规划', 'plan']]);
    expect(found('随着“十五五”规划深入实施，产业地位更加明确。')).toEqual([['“十五五”规划', 'plan']]);
  });

  it('keeps set phrases and verbs inside a name that an activating verb opened (pages outside the fixtures)', () => {
    expect(found('二是实施消费品以旧换新行动。三是实施回收循环利用行动。')).toEqual([
      ['消费品以旧换新行动', 'campaign'],
      ['回收循环利用行动', 'campaign'],
    ]);
    expect(found('实施以工代赈工程，带动群众就业。')).toEqual([['以工代赈工程', 'project']]);
    // But 以现代… is the preposition before 现代, and 以下简称 gives an alias, no name (a blind held-out page).
    expect(found('以现代特色农业示范区（以下简称示范区）提质增效为抓手。')).toEqual([
      ['现代特色农业示范区', 'zone'],
    ]);
    // A duration between that verb and the suffix, and a stop opening the name (held-out pages).
    expect(found('实施个体工商户培育三年行动。聚焦全省个体工商户培育3年行动和全面振兴。')).toEqual([
      ['个体工商户培育三年行动', 'campaign'],
      ['全省个体工商户培育3年行动', 'campaign'],
    ]);
    expect(found('通过消费能力保障支持行动增加收入。')).toEqual([['消费能力保障支持行动', 'campaign']]);
    // An adverb of manner before that verb makes it the clause's predicate: the name would be only the
    // suffix (a blind held-out page).
    expect(found('四部门将按照试点总体要求和工作目标有序推进试点实施。')).toEqual([]);
    // An item of a 、 list and a quotation are names whole; a round 百 千 opening the name belongs to it.
    expect(found('启动了服务年活动、百项技术创新推进工程等专项行动。各地启动千项标准提升工程。')).toEqual([
      ['百项技术创新推进工程', 'project'],
      ['千项标准提升工程', 'project'],
    ]);
    // A measure after the round numeral makes it a quantity (LABELING: 1500万亩高标准农田示范区).
    expect(found('启动万亩高标准农田示范区建设。')).toEqual([['高标准农田示范区', 'zone']]);
    expect(found('《方案》通过“消费能力保障支持行动”增加收入，推进“十项重大工程”。')).toEqual([
      ['《方案》', 'document'],
      ['“消费能力保障支持行动”', 'campaign'],
      ['“十项重大工程”', 'project'],
    ]);
    // A verb-like stop after what opened the name, with too few characters left after it for a name, is a
    // word of the name (held-out pages); 等 before a count and a stop with a name after it still cut.
    expect(found('二、实施鼓励创业行动。深入实施商标品牌战略和地理标志运用促进工程。')).toEqual([
      ['鼓励创业行动', 'campaign'],
      ['商标品牌战略', 'other'],
      ['地理标志运用促进工程', 'project'],
    ]);
    expect(found('开展重大物资储备等8个专项。实施鼓励企业出海专项行动。')).toEqual([
      ['企业出海专项行动', 'campaign'],
    ]);
    // Unquoted, a plan is a name right after 实施 or 启动 (held-out pages), unless a company's own.
    expect(found('深入实施家政服务业提质扩容计划。大力实施海洋经济倍增计划。')).toEqual([
      ['家政服务业提质扩容计划', 'plan'],
      ['海洋经济倍增计划', 'plan'],
    ]);
    expect(found('公司拟实施员工持股计划。股东的减持计划已实施完毕。制定家政服务业提质扩容计划。')).toEqual(
      [],
    );
    // A quotation the suffix closes is a name with or without the verb (a blind held-out page).
    expect(
      found('实施以“支柱产业倍增计划”、“千亿产业提升计划”为主要内容的行动。推进“数字赋能计划”。'),
    ).toEqual([
      ['“支柱产业倍增计划”', 'plan'],
      ['“千亿产业提升计划”', 'plan'],
      ['“数字赋能计划”', 'plan'],
    ]);
    // Two characters before the suffix inside a quotation are too few to tell a name from a figure of speech
    // (“样板工程”, “重大工程”): only a known name is read (held-out pages, a review) — except before 计划, where
    // they name programmes (“倍增计划”, “千人计划”: the gold of held-out sets 20 and 26), unless generic, and a
    // quoted count of them, which names the set (“五大工程”: the gold of held-out sets 54 and 55, “四大行动”).
    expect(
      found(
        '学习运用“千万工程”经验，实施“倍增计划”。打造“样板工程”，加快“重大工程”建设，推进“五大工程”。支持“千人计划”，落实“重点计划”。',
      ),
    ).toEqual([
      ['“千万工程”', 'project'],
      ['“倍增计划”', 'plan'],
      ['“五大工程”', 'project'],
      ['“千人计划”', 'plan'],
    ]);
    // A quotation that ends in 制 names a way of working (“一单制”, “链长制”); the common words in 制 do not,
    // nor does the principle “一国两制”.
    expect(
      found('推行多式联运“一单制”“一箱制”，全面推行“链长制”。完善“管理体制”，坚持“一国两制”，“严格控制”。'),
    ).toEqual([
      ['“一单制”', 'mechanism'],
      ['“一箱制”', 'mechanism'],
      ['“链长制”', 'mechanism'],
    ]);
    // Not outside a quotation: 体制, 机制 and 编制 are common words there. Not a quoted sentence either.
    expect(found('深化管理体制改革，健全责任制。')).toEqual([]);
    expect(found('他说：“资本无序扩张必须得到有效抑制”。')).toEqual([]);
    // A quotation holding a whole clause is no name: the name starts after its verb.
    expect(found('提出“扩大保险资金长期投资改革试点”。')).toEqual([['保险资金长期投资改革试点', 'program']]);
    // Still a verb, not a name, when nothing opened the name: 实施行动 names nothing.
    expect(found('各地积极推动实施行动。')).toEqual([]);
  });

  it('starts the name after 聚焦, 对标, 争取, 包括 and after 打造成/建成', () => {
    expect(found('聚焦辽宁省全面振兴新突破三年行动，狠抓落实。')).toEqual([
      ['辽宁省全面振兴新突破三年行动', 'campaign'],
    ]);
    expect(found('方案囊括了城乡居民增收促进行动等内容。')).toEqual([['城乡居民增收促进行动', 'campaign']]);
    expect(found('将我省打造成资源型经济转型综合配套改革试验区。')).toEqual([
      ['资源型经济转型综合配套改革试验区', 'zone'],
    ]);
  });

  it('does not carry who made a report into its name (所作的, 提交的)', () => {
    expect(found('大会审议通过了李强总理代表国务院所作的政府工作报告。')).toEqual([
      ['政府工作报告', 'document'],
    ]);
    expect(found('会议审议通过了国务院提交的政府工作报告。')).toEqual([['政府工作报告', 'document']]);
  });

  it('keeps a name with 的 inside when a verb opens it', () => {
    expect(found('一是持续开展APP侵害用户权益的整治行动。')).toEqual([
      ['APP侵害用户权益的整治行动', 'campaign'],
    ]);
  });

  it('drops quantities but keeps the name after a measure', () => {
    expect(found('启动建设1500万亩高标准农田示范区，亩均投资4000元以上。')).toEqual([
      ['高标准农田示范区', 'zone'],
    ]);
  });

  it('finds programs and plans', () => {
    expect(found('扩大实施“科技产业金融一体化”专项，聚焦早期硬科技项目。')).toEqual([
      ['“科技产业金融一体化”专项', 'program'],
    ]);
    expect(found('获得国家重点研发计划立项76项，实施省重大科技专项78项。')).toEqual([
      ['国家重点研发计划', 'program'],
      ['省重大科技专项', 'program'],
    ]);
    expect(found('2022年颁布的“十四五”规划提出，要推进新型城镇化。')).toEqual([['“十四五”规划', 'plan']]);
    expect(found('下达2024年中央预算内投资计划。')).toEqual([['中央预算内投资计划', 'plan']]);
  });

  it('finds a city designation after the verb that makes a city one (held-out pages)', () => {
    expect(found('加快培育建设国际消费中心城市，深化信息消费示范城市建设。')).toEqual([
      ['国际消费中心城市', 'zone'],
      ['信息消费示范城市', 'zone'],
    ]);
    // The name starts after the verb, not at the city or the subject before it.
    expect(found('支持深圳加快建设全球海洋中心城市。文件中首次提及全球海洋中心城市。')).toEqual([
      ['全球海洋中心城市', 'zone'],
    ]);
    // A result verb ends there too (打造成, like 建设成), and for place-like zones (新区) as well.
    expect(found('要把郑州打造成国际消费中心城市，把这里打造成雄安新区。')).toEqual([
      ['国际消费中心城市', 'zone'],
      ['雄安新区', 'zone'],
    ]);
    // A city by its rank, a count of cities, and a programme of city clusters (…示范城市群) name none.
    expect(
      found(
        '推动重庆、成都等中心城市发展，建设区域中心城市，打造一批示范城市。财政部支持建设燃料电池汽车示范城市群。',
      ),
    ).toEqual([]);
  });

  it('reads 试点示范 whole, starts a name after 贯彻, and takes no department as a plan (third held-out set)', () => {
    expect(found('开展“中国制造2025”试点示范。')).toEqual([['“中国制造2025”试点示范', 'program']]);
    expect(found('综合规划司负责人介绍深入贯彻“十四五”规划的情况。')).toEqual([['“十四五”规划', 'plan']]);
    expect(found('交通运输部总规划师兼综合规划司司长出席。省水利水电工程处负责施工。')).toEqual([]);
  });

  it('splits names joined by 、 and 和', () => {
    expect(found('河南构建起中原科技城、中原医学科学城和中原农谷三足鼎立的格局。')).toEqual([
      ['中原科技城', 'zone'],
      ['中原医学科学城', 'zone'],
      ['中原农谷', 'zone'],
    ]);
    // A science city a plan only focuses on is a place, not a zone being built (a blind held-out page).
    expect(found('持续完善创新创业生态，聚焦张江科学城、外高桥区域，形成创新核爆点。')).toEqual([]);
  });

  it('ends a name on its left at 加快, 督促, 要求, 引导, 需要, 保护好 (held-out pages)', () => {
    // 如 (for example) and 研究 (study: 统筹研究…规划) start what follows too (blind held-out sets).
    expect(found('重大项目已竣工投产，如成都新机场工程。国务院有关部门要统筹研究环渤海经济带规划。')).toEqual(
      [
        ['成都新机场工程', 'project'],
        ['环渤海经济带规划', 'plan'],
      ],
    );
    // 召开 and 听取 (convening a meeting, hearing a report) start what follows (a blind held-out set).
    expect(found('区长主持召开营商环境优化提升三年行动推进会议。')).toEqual([
      ['营商环境优化提升三年行动', 'campaign'],
    ]);
    expect(found('会议听取营商环境优化提升三年行动推进情况汇报。')).toEqual([
      ['营商环境优化提升三年行动', 'campaign'],
    ]);
    expect(found('督促有关方面加快投资计划执行进度。')).toEqual([]);
    expect(found('要求各地加快城市更新行动。')).toEqual([['城市更新行动', 'campaign']]);
    // 需要 is a modal like 要求 (a blind held-out page's 乡村振兴工作是一项系统工程，需要长远规划).
    expect(found('乡村振兴工作是一项系统工程，需要长远规划。')).toEqual([]);
    expect(found('各地需要实施城市更新行动。')).toEqual([['城市更新行动', 'campaign']]);
    // A verb with 好 (do it well) ends it as 做好 and 抓好 do (a blind held-out page).
    expect(found('高质量建设管理保护好引江济淮工程。')).toEqual([['引江济淮工程', 'project']]);
  });

  it('ends a name on its left at 结合, 对接, 发挥, 开始 and 范围内, and at a list bullet (blind held-out pages)', () => {
    expect(found('结合国家和省“十四五”规划和重大战略，立足本地资源。')).toEqual([
      ['国家和省“十四五”规划', 'plan'],
    ]);
    expect(found('有效对接国家“十四五”规划主要目标。')).toEqual([['国家“十四五”规划', 'plan']]);
    expect(found('发挥自贸试验区、综合保税区制度创新高地优势。')).toEqual([]);
    expect(found('2014年底前开始试点。逐步在全国范围内推广试点地区的成功经验。')).toEqual([]);
    expect(found('▷结合国家“十四五”规划谋划项目。•发挥“数字浙江”平台作用。')).toEqual([
      ['国家“十四五”规划', 'plan'],
    ]);
    expect(found('●城市更新行动取得进展。▷乡村建设行动全面铺开。')).toEqual([
      ['城市更新行动', 'campaign'],
      ['乡村建设行动', 'campaign'],
    ]);
  });

  it('keeps quoted money lines whole and bare ones out; counts provinces; stops at 列入 and 下称 (blind held-out pages)', () => {
    expect(
      found(
        '向沈阳市支付全国首笔“保交楼”专项借款；确保这笔专项借款用于项目。设立“腾笼换鸟”专项经费，安排专项资金。',
      ),
    ).toEqual([
      ['“保交楼”专项借款', 'program'],
      ['“腾笼换鸟”专项经费', 'program'],
    ]);
    expect(found('国务院批复同意在天津、上海、海南、重庆4省市开展试点。')).toEqual([]);
    expect(found('中央深改委将“无废城市”建设试点工作列入年度工作要点。')).toEqual([]);
    expect(found('5个特殊地区（下称“11+5”试点城市）')).toEqual([['“11+5”试点', 'program']]);
  });

  it('keeps names whose words look like the new stops, counts and conjunctions (a review)', () => {
    expect(
      found(
        '开展医养结合试点。实施产教结合工程。实施和美乡村建设工程。编制长三角三省一市生态环境共同保护规划。开展两市一县综合改革试点。审议作风建设工作报告。',
      ),
    ).toEqual([
      ['医养结合试点', 'program'],
      ['产教结合工程', 'project'],
      ['和美乡村建设工程', 'project'],
      ['长三角三省一市生态环境共同保护规划', 'plan'],
      ['两市一县综合改革试点', 'program'],
      ['作风建设工作报告', 'document'],
    ]);
    // A quoted exclamation before a listed name is none.
    expect(found('他说“好！”“赛马”等机制都要用好。')).toEqual([['“赛马”', 'mechanism']]);
  });

  it('takes no name that opens with a conjunction, a range dash or 有些 (blind held-out pages)', () => {
    expect(found('召开国家新型城镇化规划实施及综合试点新闻通气会。')).toEqual([
      ['国家新型城镇化规划', 'plan'],
    ]);
    expect(found('表：2016年-2022年政府工作报告关于房地产内容表述')).toEqual([['政府工作报告', 'document']]);
    expect(found('有些地方试点进展比较好。')).toEqual([]);
  });

  it('names central-bank facilities, responsibility systems and documents nicknamed by their articles (blind held-out set 24)', () => {
    expect(
      found(
        '推动普惠小微贷款支持工具更好落地，推出碳减排支持工具。民营房企也成功搭乘支持工具。运用结构性货币政策支持工具。',
      ),
    ).toEqual([
      ['普惠小微贷款支持工具', 'program'],
      ['碳减排支持工具', 'program'],
    ]);
    // A responsibility system is named by a quotation; unquoted ones are kinds (a review).
    expect(found('落实“米袋子”省长负责制。公司全面实行安全生产岗位责任制，实行首问负责制。')).toEqual([
      ['“米袋子”省长负责制', 'mechanism'],
    ]);
    expect(found('深入实施“水十条”，出台“新国八条”。根据章程“第三条”的规定，“十条”都要看。')).toEqual([
      ['“水十条”', 'document'],
      ['“新国八条”', 'document'],
    ]);
    // Kinds of tool, counted or listed (a review).
    expect(found('该银行推出多款数字化支持工具。要用好设备更新改造再贷款等政策支持工具。')).toEqual([]);
    // 专项 going on into 升级 or 政策 names nothing.
    expect(found('当记者问及企业还期待哪些物流业专项政策落地。推动高效化专项升级。')).toEqual([]);
  });

  it('reads edition notes, 以及 between titles, long nicknames and lending facilities (blind held-out set 25)', () => {
    // An edition note (（第七版）) numbers a document as a period or 试行 does; 以及 lists titles together.
    expect(
      found(
        '根据国家卫生健康委《新型冠状病毒肺炎诊疗方案（第七版）》，以及《北京市新型冠状病毒肺炎病例临床路径》（第二版），我们给予治疗。',
      ),
    ).toEqual([
      ['《新型冠状病毒肺炎诊疗方案（第七版）》', 'document'],
      ['《北京市新型冠状病毒肺炎病例临床路径》', 'document'],
    ]);
    // A title that says nothing by itself stays unnamed with a comma alone between it and a document.
    expect(found('依据《城市更新条例》，《城市之光》栏目报道。')).toEqual([['《城市更新条例》', 'document']]);
    expect(
      found('这个被业内称为“支持实体经济新十条”的措施，以及“金融三十条”和“民营经济31条”。他说“讲了十条”。'),
    ).toEqual([
      ['“支持实体经济新十条”', 'document'],
      ['“金融三十条”', 'document'],
      ['“民营经济31条”', 'document'],
    ]);
    // Quoted clauses with a count are no nicknames (a review).
    expect(found('总书记提出“一定要做到这三条”。会议明确了“必须遵守以下五条”。')).toEqual([]);
    // A facility as it is created; a routine operation with one names an instrument (a review).
    expect(
      found(
        '中国人民银行决定创设定向中期借贷便利，开展了1000亿元1年期中期借贷便利（MLF）操作。借贷便利利率不变。',
      ),
    ).toEqual([['定向中期借贷便利', 'program']]);
  });

  it('takes no verb for a name: 行动, 试点 and 规划 done by someone (blind held-out set 25)', () => {
    expect(
      found(
        '全国各级财政部门积极行动、密切配合。这是贯彻落实网络强国战略的自觉行动。美元指数缺乏持续上行动力。会议举行动员部署。开年工作进行动员部署。',
      ),
    ).toEqual([]);
    expect(found('为进一步支持海南省试点发展国际医疗旅游相关产业，设立科创板并试点注册制。')).toEqual([]);
    expect(found('注重数字城市与现实城市同步规划建设，适度超前规划布局城市信息基础设施。')).toEqual([]);
    // A review: pilots that are the subject of a time clause, quoted and named plans before 建设 or 布局, and
    // campaigns online or at sea are still names.
    expect(
      found('基础设施REITs试点开展以来，已发行30只产品。个人养老金试点实施一年来，参加人数增加。'),
    ).toEqual([
      ['基础设施REITs试点', 'program'],
      ['个人养老金试点', 'program'],
    ]);
    expect(found('加快推进“十四五”规划建设的重大工程。实施粤港澳大湾区发展规划建设重大项目。')).toEqual([
      ['“十四五”规划', 'plan'],
      ['粤港澳大湾区发展规划', 'plan'],
    ]);
    expect(
      found('组织开展“粤贸全球”线上行动。持续开展“蓝天保卫战”海上行动。实施“乐享生活”消费促进行动。'),
    ).toEqual([
      ['“粤贸全球”线上行动', 'campaign'],
      ['“蓝天保卫战”海上行动', 'campaign'],
      ['“乐享生活”消费促进行动', 'campaign'],
    ]);
    // The names these words end are still names.
    expect(found('开展春雷护苗行动。推进海南省医疗旅游试点。实施城市信息基础设施建设规划。')).toEqual([
      ['春雷护苗行动', 'campaign'],
      ['海南省医疗旅游试点', 'program'],
      ['城市信息基础设施建设规划', 'plan'],
    ]);
  });

  it('takes 《…通则》 as a document; no kind of construction works, no question, no 规划 as a verb (blind held-out set 29)', () => {
    expect(found('执行《企业财务通则》。')).toEqual([['《企业财务通则》', 'document']]);
    expect(found('推进房屋建筑工程和市政基础设施工程质量提升。加强全市建筑工程监管。')).toEqual([]);
    expect(found('明确哪些领域和行业的实施方案先行出台。')).toEqual([]);
    expect(found('这是前任诺基亚CEO康培凯所规划的路线。')).toEqual([]);
  });

  it('names no drama by 达成, no company base and no shop campaign (a review)', () => {
    expect(found('腾讯视频与出品方达成《繁花》独家播出合作。')).toEqual([]);
    expect(found('宁德时代“四川宜宾生产基地”二期项目投产。伊利集团“全球智能制造基地”落成。')).toEqual([]);
    expect(found('京东近日启动“家电以旧换新活动月”。')).toEqual([]);
  });

  it('dates a title by a bare year, names no company plan in quotes, and starts a name after 打造成 or 共建 (blind held-out set 28)', () => {
    expect(found('落实《东盟互联互通总体规划2025》。')).toEqual([
      ['《东盟互联互通总体规划2025》', 'document'],
    ]);
    expect(found('“大股东有无增持计划”成为市场关注焦点。实施“千人计划”。')).toEqual([['“千人计划”', 'plan']]);
    expect(found('打造成“互联网+”行动计划。')).toEqual([['“互联网+”行动计划', 'plan']]);
    expect(found('共建经贸创新发展示范园区。')).toEqual([['经贸创新发展示范园区', 'zone']]);
  });

  it('names roadmaps in 《》, quoted bases and weeks, and no high-level zone (blind held-out set 27)', () => {
    expect(found('21个成员达成了《亚太经合组织推动实现亚太自贸区北京路线图》。')).toEqual([
      ['《亚太经合组织推动实现亚太自贸区北京路线图》', 'document'],
    ]);
    expect(found('做好“全国高校实践育人创新创业基地”培育建设。公司在上海建设研发基地。')).toEqual([
      ['“全国高校实践育人创新创业基地”', 'zone'],
    ]);
    expect(found('根据国务院关于每年5月的第二周为“职业教育活动周”的决定。')).toEqual([
      ['“职业教育活动周”', 'campaign'],
    ]);
    expect(found('为亚太地区建设高水平自贸区描绘了蓝图。')).toEqual([]);
  });

  it('names quoted policies, PPP ways, roadmaps and industrial bases; a zone a place builds starts after 建设 (blind held-out set 26)', () => {
    expect(found('深化完善“双特”政策支持临港地区发展。实施“零关税”政策。')).toEqual([
      ['“双特”政策', 'other'],
      ['“零关税”政策', 'other'],
    ]);
    expect(found('支持运用政府和社会资本合作（PPP）方式推进项目建设。坚持“优化履职方式”。')).toEqual([
      ['政府和社会资本合作（PPP）方式', 'mechanism'],
    ]);
    expect(found('一是落实逐步淘汰白炽灯路线图，扩大推广规模。基本建成国家新型工业化示范产业基地。')).toEqual(
      [
        ['淘汰白炽灯路线图', 'plan'],
        ['国家新型工业化示范产业基地', 'zone'],
      ],
    );
    expect(
      found(
        '支持临港地区建设绿色交通示范区。支持深圳建设中国特色社会主义先行示范区。支持浙江高质量发展建设共同富裕示范区。',
      ),
    ).toEqual([
      ['绿色交通示范区', 'zone'],
      ['中国特色社会主义先行示范区', 'zone'],
      ['浙江高质量发展建设共同富裕示范区', 'zone'],
    ]);
    expect(
      found('复制推广上海自贸试验区在投资管理方面的经验。李克强做政府工作报告。要做好政府工作报告起草工作。'),
    ).toEqual([
      ['上海自贸试验区', 'zone'],
      ['政府工作报告', 'document'],
      ['政府工作报告', 'document'],
    ]);
  });

  it('ends no name inside a field of work, an industry, a fund or a word going on (blind held-out set 26)', () => {
    expect(found('统筹推进临港地区规划编制、土地管理，在临港地区规划管理中划定不同规划功能分区。')).toEqual(
      [],
    );
    // A quoted plan is one all the same.
    expect(found('加快“十四五”规划编制。')).toEqual([['“十四五”规划', 'plan']]);
    expect(found('发展深远海洋工程装备及材料。尽快建立相应的工作组织协调机制。')).toEqual([]);
    expect(found('由临港地区管委会按照专项发展资金管理的规定，统一进行使用。')).toEqual([]);
  });

  it('ends no name inside a compound or a clause about zones and pilots (blind held-out set 23)', () => {
    // 工程 going on into a compound noun (建设工程设计企业, 工程施工许可).
    expect(found('放宽外商投资建设工程设计企业外籍技术人员的比例要求。')).toEqual([]);
    expect(found('将建筑工程施工许可等审批权限下放至自贸试验区。')).toEqual([]);
    // 至, 授权 and 允许 end a name on the left; a bare 自贸试验区 is no name.
    expect(
      found('将人才中介机构审批权限下放至自贸试验区；授权自贸试验区制定办法，允许自贸试验区先行先试。'),
    ).toEqual([]);
    expect(found('授权海南自由贸易港制定办法。')).toEqual([['海南自由贸易港', 'zone']]);
    // A verb that only launches is the clause's predicate, never a word of the name after it.
    expect(found('支持上海自贸试验区开展试点。')).toEqual([['上海自贸试验区', 'zone']]);
    expect(found('通过消费能力保障支持行动。聚焦重点领域实施回收循环利用行动。')).toEqual([
      ['消费能力保障支持行动', 'campaign'],
      ['回收循环利用行动', 'campaign'],
    ]);
    // A free-trade zone's area (自贸片区) is a zone; any area (各自贸片区) is none.
    expect(found('对前海蛇口自贸片区进一步深化改革。各自贸片区要加快发展。')).toEqual([
      ['前海蛇口自贸片区', 'zone'],
    ]);
    // A named project's design and works are news of it; a route's 至 is part of its name; 授权经营 is a
    // reform's term; 实施 may be the name's own (a review of the rules above).
    expect(found('引江补汉工程设计已获批复，加快滇中引水工程施工进度。')).toEqual([
      ['引江补汉工程', 'project'],
      ['滇中引水工程', 'project'],
    ]);
    expect(found('实施北京至哈尔滨高速公路改扩建工程。推进国有资本授权经营体制改革试点。')).toEqual([
      ['北京至哈尔滨高速公路改扩建工程', 'project'],
      ['国有资本授权经营体制改革试点', 'program'],
    ]);
    expect(found('推动标准化战略实施工程。')).toEqual([['标准化战略实施工程', 'project']]);
    // 改革试验 says what kind of pilot, not which.
    expect(found('8个试点地区要拿出具体的改革试验试点方案。')).toEqual([]);
  });

  it('names no pilot in running text about pilots (a blind held-out page on private banks)', () => {
    expect(
      found(
        '按每家试点银行不少于2个发起人的要求。待取得试点经验后，再进一步扩大试点。天津发起人申请试点的为公存公贷模式。因此此次试点严格要求发起人。',
      ),
    ).toEqual([]);
    // 申请 before a name still opens it.
    expect(found('深圳申请数字人民币试点。')).toEqual([['数字人民币试点', 'program']]);
  });

  it('names nothing “related” (相关, 有关), and keeps 使用 whole (blind held-out pages)', () => {
    expect(found('将充电设施纳入城市综合交通运输体系规划和城市建设相关行业规划。')).toEqual([
      ['城市综合交通运输体系规划', 'plan'],
    ]);
    expect(found('会议审议通过了对城镇土地使用税暂行条例等16部行政法规的修改。')).toEqual([
      ['城镇土地使用税暂行条例', 'document'],
    ]);
  });

  it('starts a work report after the 作 that delivers it, and after 审议 (a blind held-out page)', () => {
    expect(found('3月5日，国务院总理李克强作政府工作报告，重申定位。')).toEqual([
      ['政府工作报告', 'document'],
    ]);
    expect(found('大会审议最高人民法院工作报告。')).toEqual([['最高人民法院工作报告', 'document']]);
  });

  it('names nothing when the part joined right before the suffix is only generic words (a held-out page)', () => {
    expect(found('加快推进重点任务和重点工程建设。推进新型基础设施和重大工程建设。')).toEqual([]);
    // A specific second part still makes a name.
    expect(found('实施产业基础再造和重大技术装备攻关工程。')).toEqual([
      ['产业基础再造和重大技术装备攻关工程', 'project'],
    ]);
  });

  it('starts a name at a quotation right after a conjunction (a held-out page)', () => {
    expect(found('紧扣国家战略需求和“十五五”规划，加快布局。')).toEqual([['“十五五”规划', 'plan']]);
    expect(found('开展数字化转型与“智能制造”专项行动。')).toEqual([['“智能制造”专项行动', 'campaign']]);
    // 比 compares (智算规模比…实施前增长), and 比如 gives an example: the name starts after them (a held-out
    // page, a review); 比重 is a word inside a name.
    expect(found('智算规模比“AI+”行动实施前增长超过2倍。')).toEqual([['“AI+”行动', 'campaign']]);
    expect(found('比如“清朗”系列专项行动。')).toEqual([['“清朗”系列专项行动', 'campaign']]);
    expect(found('实施提高研发投入比重专项行动。')).toEqual([['提高研发投入比重专项行动', 'campaign']]);
    // 像 likens (像海南自贸港一样), and 其他/其它 make a kind of thing, not one name (a dev-set page).
    expect(found('像海南自贸港一样开放。不会像其它自贸港那样。推进其他自由贸易港建设。')).toEqual([
      ['海南自贸港', 'zone'],
    ]);
    // A quotation inside the name, after no conjunction, stays in it.
    expect(found('实施“专精特新”中小企业培育工程。')).toEqual([['“专精特新”中小企业培育工程', 'project']]);
  });

  it('gives the second of two names joined by 和 or 、 the verb that opened the first, and never takes the first in', () => {
    // A strategy needs 实施 before it: the names listed after the first share it.
    expect(found('实施乡村振兴战略和区域协调发展战略。')).toEqual([
      ['乡村振兴战略', 'other'],
      ['区域协调发展战略', 'other'],
    ]);
    expect(found('实施乡村振兴战略、区域协调发展战略和新型城镇化战略。')).toEqual([
      ['乡村振兴战略', 'other'],
      ['区域协调发展战略', 'other'],
      ['新型城镇化战略', 'other'],
    ]);
    // A quoted name of another kind after the first shares its verb too (a blind held-out page); a bare one
    // does not.
    expect(found('继续组织实施“一揽子”突破行动和“一条龙”应用计划。')).toEqual([
      ['“一揽子”突破行动', 'campaign'],
      ['“一条龙”应用计划', 'plan'],
    ]);
    expect(found('继续组织实施“一揽子”突破行动和企业应用计划。')).toEqual([['“一揽子”突破行动', 'campaign']]);
    // The zone suffix 经济带 between them (no name: nothing makes it one) no longer joins the two.
    expect(found('实施京津冀协同发展战略和长江经济带发展战略。')).toEqual([
      ['京津冀协同发展战略', 'other'],
      ['长江经济带发展战略', 'other'],
    ]);
    // Only a name of the same suffix shares the verb: 经济带 here modifies the strategy after it.
    expect(found('实施乡村振兴战略和长江经济带发展规划。')).toEqual([
      ['乡村振兴战略', 'other'],
      ['长江经济带发展规划', 'plan'],
    ]);
  });
});

describe('mechanisms and other named policies', () => {
  it('finds quoted ways of working and quoted reforms', () => {
    expect(found('通过“揭榜挂帅”等方式汇聚各方资源。')).toEqual([['“揭榜挂帅”', 'mechanism']]);
    expect(found('推动与全国性银行业金融机构的“总对总”合作。')).toEqual([['“总对总”合作', 'mechanism']]);
    expect(found('中国大力推进“放管服”改革，营造公平竞争的市场环境。')).toEqual([['“放管服”改革', 'other']]);
  });

  it('finds a quoted name right before 长效机制, 工作机制, 制度, 平台 or (系列)活动, or before 等制度', () => {
    // Real pages (a MIIT work-conference report and a Xinhua story, not in the fixtures).
    expect(found('健全“揭榜挂帅”长效机制，不断丰富产业生态。')).toEqual([
      ['“揭榜挂帅”长效机制', 'mechanism'],
    ]);
    expect(found('实施挂图作战、“揭榜挂帅”等制度。')).toEqual([['“揭榜挂帅”', 'mechanism']]);
    // Every quotation of the list before 等机制 is one (a blind held-out page's “揭榜挂帅”“赛马”等机制).
    expect(found('不断完善和用好“揭榜挂帅”“赛马”等机制。')).toEqual([
      ['“揭榜挂帅”', 'mechanism'],
      ['“赛马”', 'mechanism'],
    ]);
    expect(found('推广“最多跑一次”、“一网通办”等做法。')).toEqual([
      ['“最多跑一次”', 'mechanism'],
      ['“一网通办”', 'mechanism'],
    ]);
    // One plan, file or decision per unit is a way of working by its shape (a blind held-out page); the
    // old and the young are not.
    expect(found('包括加强预售资金监管、“一楼一策”等。实行“一事一议”，加强“一老一小”健康服务。')).toEqual([
      ['“一楼一策”', 'mechanism'],
      ['“一事一议”', 'mechanism'],
    ]);
    // Each step goes back from the quotation before (a list of three; a re-read found the loop went back from
    // the same one again and stopped after two).
    expect(found('推广“最多跑一次”“不见面审批”“一网通办”等做法。')).toEqual([
      ['“最多跑一次”', 'mechanism'],
      ['“不见面审批”', 'mechanism'],
      ['“一网通办”', 'mechanism'],
    ]);
    // A quotation before a sentence end lists nothing.
    expect(found('提出“双碳”。推广“一网通办”等做法。')).toEqual([['“一网通办”', 'mechanism']]);
    expect(found('加快建设“数字工信”平台。')).toEqual([['“数字工信”平台', 'zone']]);
    expect(found('落实“一企一策”工作机制，建立“白名单”制度。')).toEqual([
      ['“一企一策”工作机制', 'mechanism'],
      ['“白名单”制度', 'mechanism'],
    ]);
    // A commerce-ministry press conference: a quoted campaign name before (系列)活动.
    expect(found('第一，开展“消费提振年”系列活动，持续推进“2022国际消费季”活动。')).toEqual([
      ['“消费提振年”系列活动', 'campaign'],
      ['“2022国际消费季”活动', 'campaign'],
    ]);
    // A platform or a campaign needs a verb that launches it: brands, promotions and activities are not.
    expect(found('在“抖音”平台上发布，“淘宝”平台经济。“618”活动期间，严厉打击“台独”活动。')).toEqual([]);
    // 制度 as the first half of a longer phrase names nothing.
    expect(found('坚持和完善“一国两制”制度安排，深化“证照分离”制度改革。')).toEqual([]);
    // Only right after the quotation, and not as the first half of a longer word.
    expect(found('搭建“政银企”对接平台。“平台”经济。')).toEqual([]);
    expect(found('完善“两个毫不动摇”制度机制。')).toEqual([]);
  });

  it('lists each printed form of a name (PPP模式 and 政府和社会资本合作（PPP）模式)', () => {
    expect(found('推广PPP模式。规范运用政府和社会资本合作（PPP）模式。')).toEqual([
      ['PPP模式', 'mechanism'],
      ['政府和社会资本合作（PPP）模式', 'mechanism'],
    ]);
  });

  it('finds the known “两新” and “两重”, not the Party term “两新”组织 nor quoted slogans before 建设', () => {
    expect(found('扎实推进“两重”项目和“两新”工作。')).toEqual([
      ['“两重”', 'other'],
      ['“两新”', 'other'],
    ]);
    expect(found('加强“两新”组织党建工作。推进“智慧城市”建设，加强“平安中国”建设。')).toEqual([]);
    expect(found('推进“制造业数字化改造先行区建设”。')).toEqual([['制造业数字化改造先行区', 'zone']]);
  });

  it('ends no plan before 体系 or 项目库 (“1+N”规划政策体系 is a set of policies)', () => {
    expect(found('“1+N”规划政策体系逐步构建，完善“十三五”规划项目库。')).toEqual([]);
  });

  it('finds a strategy only when it is put into effect', () => {
    expect(found('坚定实施扩大内需战略，着力激发市场活力。')).toEqual([['扩大内需战略', 'other']]);
    expect(found('这是一项发展战略。')).toEqual([]);
  });
});

describe('exclusions', () => {
  it('leaves out slogans and metaphors in quotes', () => {
    expect(
      found('充分发挥工业大省“挑大梁”作用；积极发掘国货“潮品”等消费增长点；促进“科技—产业—金融”良性循环。'),
    ).toEqual([]);
  });

  it('leaves out generic phrases, meetings, concepts and counted categories', () => {
    expect(found('推动实施一批重大工程和重点项目。')).toEqual([]);
    expect(found('深入贯彻落实中央经济工作会议精神，加快发展新质生产力。')).toEqual([]);
    expect(found('建成501公里标准化堤防、98处控导工程。河南多个玉米高产示范区单产突破2000斤。')).toEqual([]);
    // A count right before the suffix, after other words (a blind held-out page): several pilots, no name.
    expect(found('在全国范围内分批次确定若干试点城市，各地遴选5个试点。')).toEqual([]);
    expect(found('把思想、认识和行动统一到全会精神上来，采取更多行动，提供融资规划。')).toEqual([]);
    expect(found('地方政府专项债券和创业担保贷款支持小微企业。中央财政专项资金下达。')).toEqual([]);
    // A municipal rescue package (outside the fixtures): 专项引导资金 is a fund, not a named programme.
    expect(found('设立2.43亿元推动工业强市发展专项引导资金。')).toEqual([]);
    // A count right before the suffix sums up the items listed before it.
    expect(found('实施设备更新、消费品以旧换新、回收循环利用、标准提升四大行动。启动五大工程。')).toEqual([]);
    // An adjective in 性 before generic words names a kind (a held-out page's 等支撑性重大工程).
    expect(found('推进农田水利、种业振兴等支撑性重大工程，实施引领性重大工程和战略性基础工程。')).toEqual([]);
    expect(found('启动普惠性托育服务专项行动。')).toEqual([['普惠性托育服务专项行动', 'campaign']]);
    // 基础性 is one adjective, not the listed 基础 and a stray 性.
    expect(found('谋划推进战略性、基础性重大工程，加快基础性重大工程建设。')).toEqual([]);
  });

  it('reads the words after 等 as the class of what it lists, not a name', () => {
    // After 等 the words sum up the things listed before it (blind held-out pages); a quotation there is a name.
    expect(found('开工建设引大济岷等重大水利工程，扩大电信、医疗、教育等领域开放试点。')).toEqual([]);
    expect(found('围绕保就业、保基层运转等“六保”工作方案抓好落实。')).toEqual([
      ['“六保”工作方案', 'document'],
    ]);
  });

  it('reads no suffix out of the next word (工作组合拳, 规划许可证, 试点企业, 专项整改, 战略任务, 政府工作报告起草组, 行动态)', () => {
    expect(found('打好经济稳进提质工作组合拳，办理建设工程规划许可证。')).toEqual([]);
    expect(found('完成平台经济专项整改，围绕“六保”战略任务，选取一批试点企业。')).toEqual([]);
    expect(found('政府工作报告起草组成员刘应杰说。')).toEqual([]);
    // 试点示范 takes 试点's next words (a blind held-out page): …试点示范工作 is the work, as …试点工作 is.
    expect(found('三部门决定开展文化和旅游消费试点示范工作，开展试点工作。')).toEqual([]);
    // 专项考核 (an assessment), 规划设计 (the design of plans), 一致行动人 (persons acting in concert, in
    // company filings): no names (a blind held-out set; three company pages of earlier sets).
    expect(found('召开全县经济发展绩效专项考核指标分析调度会，重点解决顶层规划设计不够的问题。')).toEqual([]);
    expect(found('控股股东及其一致行动人合计持有公司股份。')).toEqual([]);
    // 专项排查, a special inspection, as 专项检查 is (a blind held-out set).
    expect(found('会议听取了全区重大事故隐患专项排查工作。')).toEqual([]);
    // …试点管理系统, …试点管理平台: the pilot's management, not a pilot's name (a blind held-out page).
    expect(found('试点企业应将车辆接入工业和信息化部试点管理系统。')).toEqual([]);
    // 进行/实行 + 动态: a held-out page's 权力清单进行动态调整 gave 权力清单进行动.
    expect(found('对权力清单进行动态调整，对企业名录实行动态管理。')).toEqual([]);
    expect(found('在今年政府工作报告起草过程中。')).toEqual([['政府工作报告', 'document']]);
  });

  it('starts no name before 了 or 我国, and takes no 每项 as a name', () => {
    expect(found('会议研究了营商环境创新行动计划。')).toEqual([['营商环境创新行动计划', 'plan']]);
    expect(found('信息化处详细汇报了行动计划的起草依据。')).toEqual([]);
    // 了 right after an activating verb belongs to the verb: the name still starts after both.
    expect(found('工信部开展了APP侵害用户权益的专项整治行动。我市率先实施了数据资源开发利用行动。')).toEqual([
      ['APP侵害用户权益的专项整治行动', 'campaign'],
      ['数据资源开发利用行动', 'campaign'],
    ]);
    expect(found('我国数字人民币试点测试范围有序扩大。')).toEqual([['数字人民币试点', 'program']]);
    expect(found('同时对每项重点工程提出了目标要求。')).toEqual([]);
  });

  it('does not read 工程师 or 战略性 as names', () => {
    expect(found('培养卓越工程师队伍，发展战略性新兴产业。')).toEqual([]);
    // 思想上政治上行动上: 行动上 is “in deeds”, a set phrase of party documents (a held-out page); a longer
    // suffix keeps its own blockers.
    expect(found('始终在思想上政治上行动上同党中央保持高度一致，在稳外贸专项行动上取得新成效。')).toEqual([
      ['稳外贸专项行动', 'campaign'],
    ]);
    // …工程项目 still names the project before 项目.
    expect(found('推进南水北调后续工程项目建设。')).toEqual([['南水北调后续工程', 'project']]);
  });
});

describe('repeats and English', () => {
  it('reports a name at each occurrence', () => {
    const hits = findInitiatives('国家融资担保基金要推动合作。国家融资担保基金和银行承担风险。');
    expect(hits.map((h) => [h.text, h.start])).toEqual([
      ['国家融资担保基金', 0],
      ['国家融资担保基金', 14],
    ]);
  });

  it('finds English report, plan and initiative names', () => {
    expect(
      found(
        'According to China Human Development Report 2005 ---Human Development. The “twelfth five-year” period is crucial.',
      ),
    ).toEqual([
      ['China Human Development Report 2005', 'document'],
      ['“twelfth five-year” period', 'plan'],
    ]);
    expect(
      found(
        'The State Council issued the Guidelines on Promoting Digital Economy. The Belt and Road Initiative grew.',
      ),
    ).toEqual([
      ['Guidelines on Promoting Digital Economy', 'document'],
      ['Belt and Road Initiative', 'other'],
    ]);
  });

  it('finds a lowercase English name that its bracketed acronym spells (blind held-out set 23, an ECB page)', () => {
    expect(
      found(
        'Asset purchase programme (APP) and pandemic emergency purchase programme (PEPP): the portfolios decline. The Transmission Protection Instrument (TPI) is available.',
      ),
    ).toEqual([
      ['Asset purchase programme (APP)', 'program'],
      ['pandemic emergency purchase programme (PEPP)', 'program'],
      ['Transmission Protection Instrument (TPI)', 'program'],
    ]);
    // An acronym that the words before it do not spell, or a description without one, names nothing.
    expect(found('The bank extended its bond purchase programme (QE) and its lending programme.')).toEqual(
      [],
    );
    // A company's or a borrower's programmes are none (a review).
    expect(
      found('It drew on its revolving credit facility (RCF) and ran a share buyback programme (SBP).'),
    ).toEqual([]);
    // Kinds of fund spelt by their acronyms are no policy's name (a review).
    expect(
      found(
        'Money went into an exchange traded fund (ETF), a money market fund (MMF) and a sovereign wealth fund (SWF).',
      ),
    ).toEqual([]);
  });

  it('cuts English names at headline verbs, possessives and a second name (wire and agency pages)', () => {
    expect(
      found(
        'Treasury Releases Additional Information on Clean Vehicle Provisions of Inflation Reduction Act',
      ),
    ).toEqual([['Inflation Reduction Act', 'document']]);
    // A possessor opening the name is left out of it; a name in single quotes starts after the quote.
    expect(found("The Ultra-Concise Version of China's Government Work Report is out.")).toEqual([
      ['Government Work Report', 'document'],
    ]);
    expect(
      found(
        "Projects under the '14th Five-Year Plan' go ahead. The Fed’s Main Street Lending Program closed. Biden's American Jobs Plan stalled.",
      ),
    ).toEqual([
      ['14th Five-Year Plan', 'plan'],
      ['Main Street Lending Program', 'program'],
      ['American Jobs Plan', 'plan'],
    ]);
    // An institution's possessive ends the name however long the institution's own name is.
    expect(
      found(
        "The European Union’s General Data Protection Regulation applies. The Small Business Administration's Paycheck Protection Program closed.",
      ),
    ).toEqual([
      ['General Data Protection Regulation', 'document'],
      ['Paycheck Protection Program', 'program'],
    ]);
    // The singular Regulation ends agency names too: an institution named of its fields is no document.
    expect(
      found(
        'The Texas Department of Licensing and Regulation issued a notice; the Office of Financial Regulation fined a lender.',
      ),
    ).toEqual([]);
    // Instruments and mechanisms are named like programmes, with their acronym in brackets (held-out pages).
    expect(
      found(
        'The ECB unveiled its Transmission Protection Instrument (TPI) on Thursday. The Carbon Border Adjustment Mechanism applies from 2026.',
      ),
    ).toEqual([
      ['Transmission Protection Instrument (TPI)', 'program'],
      ['Carbon Border Adjustment Mechanism', 'mechanism'],
    ]);
    // An Act named by its two sponsors is a name of one word (a held-out page).
    expect(
      found(
        'Results from the Dodd-Frank Act stress tests are due; the Gramm-Leach-Bliley Act repealed parts of the Glass-Steagall Act, not the McCarran-Ferguson Act.',
      ),
    ).toEqual([
      ['Dodd-Frank Act', 'document'],
      ['Gramm-Leach-Bliley Act', 'document'],
      ['Glass-Steagall Act', 'document'],
      ['McCarran-Ferguson Act', 'document'],
    ]);
    // A possessive inside a name stays, and so does one that names who a programme serves.
    expect(found("Congress extended the Children's Health Insurance Program through 2029.")).toEqual([
      ["Children's Health Insurance Program", 'program'],
    ]);
    expect(found("It funds the President's Malaria Initiative.")).toEqual([
      ["President's Malaria Initiative", 'other'],
    ]);
    expect(found('Funds came from the Bipartisan Infrastructure Law and Inflation Reduction Act.')).toEqual([
      ['Bipartisan Infrastructure Law', 'document'],
      ['Inflation Reduction Act', 'document'],
    ]);
    // Still one name: a one-word name before and, of after a body, an agreement's object.
    expect(
      found(
        'The National Biodiversity Strategy and Action Plan was updated. The Bank of England Act passed. The WTO Agreement on Trade-Related Investment Measures applies.',
      ),
    ).toEqual([
      ['National Biodiversity Strategy and Action Plan', 'plan'],
      ['Bank of England Act', 'document'],
      ['WTO Agreement on Trade-Related Investment Measures', 'document'],
    ]);
    // An institution is no programme; a fund that is one still is.
    expect(
      found('The International Monetary Fund raised its forecast; the Silk Road Fund invested.'),
    ).toEqual([['Silk Road Fund', 'program']]);
  });

  it('finds packages, frameworks, single regulations and directives, bills, and Indian schemes (a dev set of English pages)', () => {
    expect(
      found(
        'The Commission adopted the Winter Preparedness Package and amended the Temporary Crisis Framework. The General Data Protection Regulation (GDPR) and the Corporate Sustainability Reporting Directive apply.',
      ),
    ).toEqual([
      ['Winter Preparedness Package', 'program'],
      ['Temporary Crisis Framework', 'other'],
      ['General Data Protection Regulation (GDPR)', 'document'],
      ['Corporate Sustainability Reporting Directive', 'document'],
    ]);
    expect(
      found('Farmers get Rs 2,000 under the PM Kisan Yojana, and the Swachh Bharat Abhiyan goes on.'),
    ).toEqual([
      ['PM Kisan Yojana', 'program'],
      ['Swachh Bharat Abhiyan', 'program'],
    ]);
    // An Act or Bill of one word is named with its year (with or without a comma); a report or a law of one
    // word is not (a company's Annual Report 2024, a law school's Harvard Law, 2012). Bill before a
    // capitalised word is a first name; a headline's verb opens no name (a review's pages).
    expect(
      found(
        'MPs passed the Finance Bill 2024 under the Companies Act, 2013. See the Annual Report 2024 and Harvard Law, 2012. Former Microsoft Chairman Bill Gates spoke. Lok Sabha Passes Finance Bill 2025',
      ),
    ).toEqual([
      ['Finance Bill 2024', 'document'],
      ['Companies Act, 2013', 'document'],
      ['Finance Bill 2025', 'document'],
    ]);
    // A package is a policy's only after a word that says so: not a car's options or a chief executive's pay.
    expect(
      found(
        'The Cold Weather Package adds heated seats. Judge Strikes Down Tesla Pay Package. The Hurricane Relief Package passed.',
      ),
    ).toEqual([['Hurricane Relief Package', 'program']]);
  });

  it('finds quoted titles of rules, orders and documents after a word that issues or names them (held-out pages)', () => {
    expect(
      found(
        'BIS is revising two interim final rules released on October 17, 2023: (1) “Export Controls on Semiconductor Manufacturing Items” and (2) “Implementation of Additional Export Controls: Certain Advanced Computing Items; Updates and Corrections” (AC/S IFR).',
      ),
    ).toEqual([
      ['“Export Controls on Semiconductor Manufacturing Items”', 'document'],
      [
        '“Implementation of Additional Export Controls: Certain Advanced Computing Items; Updates and Corrections”',
        'document',
      ],
    ]);
    // As printed, with the comma inside the marks; typed by the head noun.
    expect(
      found(
        'It follows Executive Order 13886, entitled “Modernizing Sanctions to Combat Terrorism,” which updates it.',
      ),
    ).toEqual([
      ['Executive Order 13886', 'document'],
      ['“Modernizing Sanctions to Combat Terrorism,”', 'document'],
    ]);
    expect(
      found('BIS has published an interim final rule (the “Affiliates Rule”), effective at once.'),
    ).toEqual([['“Affiliates Rule”', 'document']]);
    expect(
      found('The State Council issued the "Special Action Plan for Boosting Consumption" on Saturday.'),
    ).toEqual([['"Special Action Plan for Boosting Consumption"', 'document']]);
    // A second review's cases: titled after an order, a signer's name, a weekday, known as.
    expect(
      found(
        'President Biden signed an executive order titled “Ensuring Responsible Development of Digital Assets,” on Wednesday. The order signed by President Trump, “Restoring the Death Penalty and Protecting Public Safety,” took effect. The Treasury issued guidance on Tuesday, “Frequently Asked Questions on the Clean Vehicle Credit,” and the SEC adopted rules, known as “The Enhancement and Standardization of Climate-Related Disclosures,” in March.',
      ).map((x) => x[0]),
    ).toEqual([
      '“Ensuring Responsible Development of Digital Assets,”',
      '“Restoring the Death Penalty and Protecting Public Safety,”',
      '“Frequently Asked Questions on the Clean Vehicle Credit,”',
      '“The Enhancement and Standardization of Climate-Related Disclosures,”',
    ]);
    // A capitalised word between the cue and the quotation names no signer without by; a speech in the
    // words before the cue makes it a speech's title; a year alone numbers no notice.
    expect(
      found(
        'The Fed issued the Board “Big Review Of Everything” today. A speech the governor published on May 5, 2024, “Monetary Policy in an Uncertain World,” drew notice. The Privacy Notice 2024 of the bank is attached.',
      ),
    ).toEqual([]);
    // A review's cases: slogans, concepts, speech and survey titles, awards, so-called stances.
    for (const sentence of [
      'President Xi Jinping has called for developing “New Quality Productive Forces” to drive growth.',
      'The consumer watchdog issued a warning about “Buy Now, Pay Later” loans.',
      'Fed Governor Christopher Waller said in a speech titled “The Economic Outlook and Monetary Policy” that rates would stay.',
      'He gave a speech entitled “The Economic Outlook and Monetary Policy” on Friday.',
      'The central bank released its quarterly survey, titled “Survey of Professional Forecasters”, on Friday.',
      'The central bank’s so-called “Higher for Longer” stance.',
      'He was named “Central Banker of the Year” by the magazine.',
    ])
      expect(found(sentence), sentence).toEqual([]);
    // No cue, or no title case: a designation, a quoted remark, a headline-style quote.
    expect(
      found(
        'Any bank that serves a “Specially Designated Global Terrorist” is exposed. The rule covers the “Big Stores”. “The totality of the data is creating difficulty,” he said. “Rates Will Stay High For Long,” traders said.',
      ),
    ).toEqual([]);
  });

  it('finds documents named by their number, and schemes (held-out pages)', () => {
    expect(
      found(
        'Treasury designated them under Executive Order 13224, as amended, and Executive Order (E.O.) 13886. The IRS issued Notice 2023-1. Public Law 117-169 applies. The Internal Ombudsman Scheme covers banks.',
      ),
    ).toEqual([
      ['Executive Order 13224', 'document'],
      ['Executive Order (E.O.) 13886', 'document'],
      ['Notice 2023-1', 'document'],
      ['Public Law 117-169', 'document'],
      ['Internal Ombudsman Scheme', 'program'],
    ]);
    // A short number is a list item or a page, not a document's.
    expect(found('See Notice 3 and Executive Order 12.')).toEqual([]);
  });

  it("finds the Federal Reserve's and the SEC's regulations by their letters (held-out set 34)", () => {
    expect(
      found('The Board amended Regulation EE to expand the netting definition. Regulation NMS took effect.'),
    ).toEqual([
      ['Regulation EE', 'document'],
      ['Regulation NMS', 'document'],
    ]);
    expect(found('Under Regulation Z, lenders must disclose the rate.')).toEqual([
      ['Regulation Z', 'document'],
    ]);
    // One capital letter before a word is the sentence going on; a country's or a topic's letters name no
    // regulation (a review); two regulations joined by and are two.
    expect(found('Regulation A lot of firms dislike is coming.')).toEqual([]);
    expect(
      found('Under the new Regulation US banks must report. The Regulation AI providers face is strict.'),
    ).toEqual([]);
    expect(found('The Board amended Regulation EE and Regulation YY.')).toEqual([
      ['Regulation EE', 'document'],
      ['Regulation YY', 'document'],
    ]);
  });

  it('finds facilities, circulars and acronym-named acts (Fed, Treasury and MOFCOM pages)', () => {
    expect(
      found(
        'It set up a Municipal Liquidity Facility. Funds were appropriated under the CARES Act. The EU Act applies.',
      ),
    ).toEqual([
      ['Municipal Liquidity Facility', 'program'],
      ['CARES Act', 'document'],
    ]);
    // The acronym rule is for Acts only: CPI Report and ARK Fund name no instrument.
    expect(found('Stocks rose after the CPI Report showed cooling prices. Shares of ARK Fund fell.')).toEqual(
      [],
    );
    expect(
      found('MOFCOM issued the Circular on Improving the Services for Foreign Invested Enterprises.'),
    ).toEqual([['Circular on Improving the Services for Foreign Invested Enterprises', 'document']]);
  });

  it('reads a long translated title to its end (to the, a between capitalised words), not over and the', () => {
    expect(
      found(
        'It issued the Notice on Further Reform and Opening Up and Doing a Good Job in Stabilizing Foreign Investment in Response to the Epidemic to all provinces.',
      ),
    ).toEqual([
      [
        'Notice on Further Reform and Opening Up and Doing a Good Job in Stabilizing Foreign Investment in Response to the Epidemic',
        'document',
      ],
    ]);
    // and the starts another phrase: a second name, or a body.
    expect(
      found(
        'The Measures for Security Assessment of Outbound Data Transfers and the Personal Information Protection Law both apply.',
      ),
    ).toEqual([
      ['Measures for Security Assessment of Outbound Data Transfers', 'document'],
      ['Personal Information Protection Law', 'document'],
    ]);
    expect(
      found('It issued the Guidelines on Promoting Consumption and the Ministry of Commerce agreed.'),
    ).toEqual([['Guidelines on Promoting Consumption', 'document']]);
  });

  it('reads the object of an English report or opinions, not a date', () => {
    expect(found('Li delivered the Report on the Work of the Government on Tuesday.')).toEqual([
      ['Report on the Work of the Government', 'document'],
    ]);
    expect(found('It issued the Opinions of the State Council on Deepening Reform.')).toEqual([
      ['Opinions of the State Council on Deepening Reform', 'document'],
    ]);
    expect(
      found('The Report on the Implementation of the 2024 Plan for National Economic and Social Development'),
    ).toEqual([
      [
        'Report on the Implementation of the 2024 Plan for National Economic and Social Development',
        'document',
      ],
    ]);
    // A headline's Report on Jobs Shows … has no object: a report's opens with the or a gerund.
    expect(found('Labor Department Report on Jobs Shows Hiring Slowed in July')).toEqual([
      ['Labor Department Report', 'document'],
    ]);
  });

  it('reads names of held-out sets 49-52: figures before a letter, known quotations, region strategies, goods sent to the countryside', () => {
    expect(found('推动5G规模化应用“扬帆”行动升级方案落实。')).toEqual([
      ['5G规模化应用“扬帆”行动', 'campaign'],
    ]);
    // A count before the figures is still a count.
    expect(found('启动3个5G应用示范工程。')).toEqual([]);
    expect(found('组织人工智能赋能新型工业化“揭榜挂帅”攻关。')).toEqual([['“揭榜挂帅”', 'mechanism']]);
    // Verbs that speak of a plan end the name on its left.
    expect(found('下面简要介绍“十四五”规划纲要草案。国务院高度重视“十四五”规划编制工作。')).toEqual([
      ['“十四五”规划纲要', 'plan'],
      ['“十四五”规划', 'plan'],
    ]);
    // A regional strategy joins its two aims with 和; two generic things joined are no name.
    expect(found('国家发展改革委印发黄河流域生态保护和高质量发展规划纲要。')).toEqual([
      ['黄河流域生态保护和高质量发展规划纲要', 'plan'],
    ]);
    expect(found('推进上海科技创新和重大工程建设。')).toEqual([]);
    expect(found('启动新一轮汽车下乡活动。二是继续实施家电下乡等扩大消费政策。')).toEqual([
      ['汽车下乡活动', 'campaign'],
      ['家电下乡', 'campaign'],
    ]);
    expect(found('组织干部下乡调研。')).toEqual([]);
    // A verb alone before the suffix is the clause's, not a word of a name (实施回收循环利用行动 keeps its 利用).
    expect(found('《建议》为编制规划纲要指明了方向。')).toEqual([['《建议》', 'document']]);
    expect(found('聚焦实施回收循环利用行动。')).toEqual([['回收循环利用行动', 'campaign']]);
  });

  it("keeps this session's name rules to what they mean (a review)", () => {
    // A speaker after the name is no appositive.
    expect(found('Funds come under the CHIPS and Science Act, the company said on Wednesday.')).toEqual([
      ['CHIPS and Science Act', 'document'],
    ]);
    expect(
      found('It joined the Belt and Road Initiative, a research group at Boston University said.'),
    ).toEqual([['Belt and Road Initiative', 'other']]);
    // to and a place or a body ends the name.
    expect(found('Australia extended the Seasonal Worker Scheme to Nepal and Indonesia.')).toEqual([
      ['Seasonal Worker Scheme', 'program'],
    ]);
    // An organisation's programme is no name of one.
    expect(found('It runs the Food and Agriculture Organization (FAO) programme.')).toEqual([]);
    // A region's name keeps its 和 only in a strategy's, plan's or document's name.
    expect(found('要统筹推进长三角一体化发展和重大工程。')).toEqual([]);
    // People going to the countryside are no campaign.
    expect(found('推动干部下乡调研。继续推进大学生下乡创业。')).toEqual([]);
    // A unit in Latin letters goes with its figures.
    expect(found('启动建设200MW光伏发电示范工程。')).toEqual([['光伏发电示范工程', 'project']]);
  });

  it('reads names of held-out sets 53-56: a quoted set of actions, a strategy of 扩大内需 over a range of years, a budget by its year, a quoted word in a title', () => {
    expect(found('重点实施设备更新、标准提升“四大行动”。')).toEqual([['“四大行动”', 'campaign']]);
    // Unquoted, a count sums up a list.
    expect(found('重点实施标准提升四大行动。')).toEqual([]);
    expect(found('发改委印发2026—2030年扩大内需战略实施方案。')).toEqual([
      ['扩大内需战略实施方案', 'document'],
    ]);
    // 扩大 still widens what follows it, outside the name.
    expect(found('扩大绿色低碳试点范围。')).toEqual([['绿色低碳试点', 'program']]);
    expect(found('The minister tabled Budget 2024 in the House. Our budget 2024 is tight.')).toEqual([
      ['Budget 2024', 'plan'],
    ]);
    expect(
      found('It issued the Guiding Opinions on Actively Promoting the "Internet Plus" Action Plan.'),
    ).toEqual([['Guiding Opinions on Actively Promoting the "Internet Plus" Action Plan', 'document']]);
  });

  it('reads English names of held-out sets 49-52: Through inside a title, a title saying what it is for, Yojna', () => {
    expect(
      found('The report required by the Countering America’s Adversaries Through Sanctions Act of 2017.'),
    ).toEqual([['Countering America’s Adversaries Through Sanctions Act of 2017', 'document']]);
    // Through opening a phrase is no word of the name.
    expect(found('Through Inflation Reduction Act funds, the plant was built.')).toEqual([
      ['Inflation Reduction Act', 'document'],
    ]);
    expect(found('The State Council issued the Special Action Plan to Boost Consumption.')).toEqual([
      ['Special Action Plan to Boost Consumption', 'plan'],
    ]);
    expect(found('The Special Action Plan to boost consumption was issued.')).toEqual([
      ['Special Action Plan', 'plan'],
    ]);
    expect(
      found(
        'The Cabinet approved the PM-POSHAN scheme and the National Export Insurance Account (NEIA) scheme.',
      ),
    ).toEqual([
      ['PM-POSHAN scheme', 'program'],
      ['National Export Insurance Account (NEIA) scheme', 'program'],
    ]);
    // An organisation of an initiative's name, as an appositive says, is none.
    expect(
      found('A paper released by The New Zealand Initiative, a Wellington-based think tank, says so.'),
    ).toEqual([]);
    expect(
      found('China launched the Belt and Road Initiative, a vast infrastructure plan, in 2013.'),
    ).toEqual([['Belt and Road Initiative', 'other']]);
    // A body's acronym before a lower-case head names no programme, bracketed or not.
    expect(found('It joined the IMF programme and the International Monetary Fund (IMF) programme.')).toEqual(
      [],
    );
    expect(found('Funds go to the Pradhan Mantri Aawas Yojna this year.')).toEqual([
      ['Pradhan Mantri Aawas Yojna', 'program'],
    ]);
  });

  it('gives offsets of the surface string', () => {
    const text = '前言。今年将开展“人工智能+”行动。';
    for (const i of findInitiatives(text)) expect(text.slice(i.start, i.end)).toBe(i.text);
  });
});

describe('straight quotes around Chinese words', () => {
  it('reads "…" as “…” and reports names and headlines as printed, at their offsets', () => {
    // Aggregated stories often carry ASCII quotes (a MIIT work-conference report: "人工智能+制造"专项行动).
    const text = '工信部部署重点工作。一是推进"放管服"改革；二是实施"人工智能+制造"专项行动。';
    const a = analyze(text);
    expect(a.initiatives.map((i) => [i.text, i.type])).toEqual([
      ['"放管服"改革', 'other'],
      ['"人工智能+制造"专项行动', 'campaign'],
    ]);
    for (const i of a.initiatives) expect(text.slice(i.start, i.end)).toBe(i.text);
    expect(a.directives.map((d) => [d.marker, d.text])).toEqual([
      ['一是', '推进"放管服"改革；'],
      ['二是', '实施"人工智能+制造"专项行动。'],
    ]);
  });

  it('leaves English quotations, unpaired quotes and long spans alone', () => {
    expect(curlQuotes('He said "the plan" works, 好.')).toBe('He said "the plan" works, 好.');
    expect(curlQuotes('一个"引号')).toBe('一个"引号');
    expect(curlQuotes('"跨\n段"')).toBe('"跨\n段"');
    const long = `"${'长'.repeat(300)}"`;
    expect(curlQuotes(long)).toBe(long);
    expect(curlQuotes('"a" 和 "中文" 与 "b"')).toBe('"a" 和 “中文” 与 "b"');
    // A paragraph that mixes “ ” with " or has an odd number of " is left as printed (pairs are unknown).
    const mixed = '落实“十四五"规划，推进"一带一路"建设，实施"数字中国"工程';
    expect(curlQuotes(mixed)).toBe(mixed);
    expect(curlQuotes('他说"好，推进"一带一路"建设')).toBe('他说"好，推进"一带一路"建设');
    expect(curlQuotes('第一段"甲"\n第二段"乙"和"丙"')).toBe('第一段“甲”\n第二段“乙”和“丙”');
  });
});
