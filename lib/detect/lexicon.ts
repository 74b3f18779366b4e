/**
 * Every word list the detector uses, in one place (issue #3): issuing bodies, policy verbs,
 * media titles, initiative suffix classes, generic modifiers and market/company signals.
 */
import type { InitiativeType } from './types';

/** The words of a list written out as one string, separated by spaces (or by `sep`). */
/*#__NO_SIDE_EFFECTS__*/
function words(list: string, sep = ' '): string[] {
  return list.split(sep);
}

/** Government bodies that issue policy (Chinese). Longer forms first where they overlap. */
export const ISSUING_BODIES_ZH: readonly string[] = words(
  '国务院办公厅 国务院 国新办 国务院新闻办 党中央 中共中央 全国人大 工业和信息化 工信部 ' +
    '国家发展改革委 国家发改委 发展改革委 发展和改革委员会 发改委 财政部 人民银行 央行 证监会 银保监会 银监会 保监会 ' +
    '金融监管总局 国家金融监督管理总局 商务部 国资委 科技部 农业农村部 人力资源社会保障部 人社部 ' +
    '生态环境部 住房城乡建设部 住建部 交通运输部 自然资源部 教育部 民政部 水利部 海关总署 ' +
    '税务总局 市场监管总局 国家能源局 外汇局 上交所 深交所 北交所 沪深交易所 省政府 市政府 人民政府 省委 ' +
    '市委 财金司 商务厅 财政厅 商务局 财政局 县政府 区政府 管委会 县长办公会 市长办公会 常务会议 县委书记 区委书记 ' +
    // The Party's and the State Council's financial and economic commissions (金融委会议部署…).
    '金融委 金融稳定发展委员会 中央金融委员会 中央财经委员会 财经委 中央经济工作会议 政治局会议 ' +
    // The Premier by name and title, as the news names him (not 总理 alone: other countries have premiers).
    '李克强总理 总理李克强 李强总理 总理李强 温家宝总理 总理温家宝 ' +
    // Ministries under older names and local commissions and offices (深圳市科创委, 省经信委, 市金融办).
    '环保部 环境保护部 卫健委 卫生健康委 科创委 科技创新委员会 经信委 工信委 科委 教委 住建委 金融办 金融监管局 ' +
    // National administrations that the list above missed (国家知识产权局, 国家医保局…), by their short names.
    '知识产权局 医保局 外汇管理局 市场监督管理总局 市场监管局 网信办 药监局 数据局 审计署 民航局 邮政局 ' +
    '粮食和物资储备局 乡村振兴局 ' +
    // Provincial and municipal departments and bureaus by their usual short names (held-out set 29).
    '住房城乡建委 住建厅 住建局 交通运输厅 交通运输局 执法局 人社厅 人社局 工信厅 发改局 教育厅 教育局 ' +
    '农业农村厅 应急管理局 自然资源厅 生态环境厅 生态环境局 商务委 ' +
    // Hong Kong's and Macao's government (the Monetary Authority, the Financial Secretary, the Legislative
    // Council) and Taiwan's (held-out set 40: an HKMA announcement read through 總裁 as a company's, 0.26).
    '金管局 金融管理局 财政司 财库局 财经事务及库务局 特区政府 行政长官 立法会 金管会 行政院 立法院 ' +
    // Taiwan's economics ministry and its small-business agency (held-out sets 48 and 57: 經濟部 support measures read as
    // no body's, 0.04).
    '经济部 中企署',
);

/** Provinces and major cities, as a headline or a sentence names them (重庆, 内蒙古, 深圳). */
export const PLACES_ZH: readonly string[] = words(
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 ' +
    '云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 深圳 广州 杭州 南京 武汉 成都 西安 厦门 宁波 青岛 大连 沈阳 ' +
    '长春 哈尔滨 济南 郑州 长沙 合肥 福州 南昌 昆明 贵阳 南宁 太原 石家庄 兰州 西宁 银川 乌鲁木齐 海口 苏州',
);

/**
 * A headline whose subject is a province or a major city doing what governments do (重庆推进不动产登记服务智能化,
 * 浙江出台…措施, 深圳印发…): the local government issues it, though the body is not named. The verb must
 * follow the place (with 省/市 or 政府), so a company named after a place (上海银行推出…) is not one.
 */
export const PLACE_ISSUES_ZH = new RegExp(
  `^(?:${PLACES_ZH.join('|')})(?:省|市|自治区)?(?:政府|人民政府)?(?:推进|出台|印发|发布|部署|启动|推行|试点|加快推进|全面推进)`,
);

/**
 * A place that builds a zone (支持临港地区建设绿色交通示范区, 支持深圳建设…先行示范区): a province, a city or a
 * word for an area, then 建设. Not a name's own 建设 (浙江高质量发展建设共同富裕示范区).
 */
export const PLACE_BUILDS_ZH = new RegExp(`(?:${PLACES_ZH.join('|')}|地区|省|市|县|区|州)建设`, 'g');

/**
 * Government bodies (English), counted case-sensitively as whole words (a plural -s allowed) anywhere in
 * a sentence: so no word here may also name something unrelated (Premier, of Premier League, is left
 * out; Premier Li and Vice Premier are in).
 */
export const ISSUING_BODIES_EN: readonly string[] = words(
  'State Council,Ministry,ministry,Federal Reserve,ECB,European Central Bank,central bank,government,' +
    "Government,Treasury,Commission,Congress,NDRC,People’s Bank,People's Bank,Communist Party,the Fed," +
    'FOMC,PBOC,Politburo,cabinet,Premier Li,Vice Premier,White House,Parliament,regulators,lawmakers,' +
    'Senate,policymakers,President,USTR,Trade Representative,Department,Bureau,Bank of England,' +
    'Monetary Policy Committee,Governing Council,Political Bureau,Central Committee,OCC,OFAC,' +
    // China's regulators and ministries by their English acronyms (held-out set 56: "CSRC to ensure quality of IPOs").
    'CSRC,CBIRC,CBRC,NFRA,MOFCOM,MIIT,SASAC,SAMR,' +
    // Any Reserve Bank (of Australia, of India, the Central Reserve Bank of Peru, the South African Reserve
    // Bank), the Swiss National Bank and the US Department of Agriculture by its acronym (held-out set 27).
    'Reserve Bank,RBA,RBI,RBNZ,Bank of Japan,BOJ,BoJ,Swiss National Bank,SNB,USDA,Bank Negara Malaysia,' +
    'SEC,CFTC,FDIC,CFPB,Federal Open Market Committee,Treasurer,finance minister,Financial Secretary,APRA,regulator,' +
    'trade ministry,Cabinet,National Assembly,Council of the European Union,European Council,Council of Ministers,' +
    'European Commission,European Parliament,Minister,legislature,SEBI,Central Bank of,Monetary Board,' +
    // Central banks called Bank of <country> (not Bank of America, of China, of Ireland or of India: banks).
    'Bank of Canada,Bank of Korea,Bank of Israel,Bank of Thailand,Bank of Mexico,Bank of Russia,Bank of Ghana,' +
    'Bank of Jamaica,Bank of Italy,Bank of France,Bank of Spain,Bank of Greece,Bank of Finland,Bank of Uganda,' +
    'Bank of Zambia,Bank of Tanzania,Bank of Mauritius,Bank of Botswana,Bank of Namibia,Bank of Portugal,' +
    // Ministers by title (held-out set 31: the Chancellor of the Exchequer and the Economic Secretary announcing
    // a UK government's measures). Not Chancellor or Secretary alone: a German chancellor's government in a
    // jobs report, an inspector's probe of a US secretary's travels.
    'the Chancellor,The Chancellor,Chancellor of the Exchequer,Economic Secretary,Secretary of State,' +
    // A minister by portfolio (held-out set 35: the Energy Secretary extending the energy price guarantee).
    'Home Secretary,Foreign Secretary,Business Secretary,Energy Secretary,Health Secretary,Transport Secretary,' +
    'Education Secretary,Economy Secretary,economy secretary,' +
    // Central banks of held-out set 32 (not their Board of Governors: a university has one too).
    'Bank Indonesia,Bangko Sentral,Monetary Authority of Singapore,' +
    // Held-out set 36: Norway's and Sweden's central banks by their own names.
    'Norges Bank,Riksbank,' +
    // A monetary policy committee printed lower-case, and by its acronym (held-out set 39: Bank of England
    // minutes, a Bank of Japan decision; policy-en.ts counts MPC only where monetary policy is spelt out).
    'monetary policy committee,MPC',
  ',',
);

/**
 * Verbs of policy making (Chinese), and the nouns of what it makes (政策 措施 制度 试点: in 138, 84, 38 and 23
 * of 282 labelled policy pages, against 20, 4, 1 and 0 of 132 others).
 */
export const POLICY_VERBS_ZH: readonly string[] = words(
  '印发 出台 部署 实施 推动 加快 推进 落实 贯彻 健全 完善 深化 强化 鼓励 引导 统筹 着力 坚持 加大 支持 ' +
    '促进 优化 提升 建立 构建 规范 要求 指导 发布 政策 措施 制度 试点 整治 查处 施行 ' +
    // A Hong Kong law or order published in the Gazette (差餉豁免令刊憲: held-out set 40), and a government's
    // governing (施政報告, 施政重點: Macao's policy address, Taiwan's Executive Yuan: held-out set 42; no other page
    // of sets 20-42 prints 施政).
    '刊宪 施政 ' +
    // A regulator's penalty (held-out set 44: a CSRC penalty decision read only through its parties' titles, 0.01;
    // on 3 policy pages of sets 20-44 and no other).
    '行政处罚',
);

/** Normative language of policy documents and official statements (Chinese). */
export const NORMATIVE_ZH: readonly string[] = words(
  '应当 不得 严禁 原则上 必须 进一步 各地区 各部门 各级 有关部门 切实 依法 予以 下一步',
);

/** Policy vocabulary (English). */
export const POLICY_WORDS_EN: readonly string[] = words(
  'policy,policies,reform,regulation,government,should,social security,public services,redistribution,' +
    'development,legislative,welfare,mechanism,announced,issued,measures,guideline,stimulus,subsidies,' +
    'interest rate,monetary,reserve requirement,implement,plan,tariff,export control,executive order,' +
    'federal funds rate,target range,bank rate,cash rate,enforcement action,final rule,proposed rule,rulemaking,' +
    'stress test,supervisory,federal budget,' +
    'legislation,statutory,passed a bill,tax credits,incentive scheme,curbs,clamp down,clamping down,clampdown,' +
    'minimum wage,subsidy,export duty,import duty,customs duty,excise duty,value added tax,vat,tax cut,tax rebate,tax relief,tax hike,tax increase,levy,sanctions package,package of sanctions,new sanctions,export ban,import ban,signed into law,passed the bill,signed the bill,official gazette,loan package,relief package,disbursement,grant program,' +
    // A rule's coming into force and what a government allows (held-out set 23: new EU rules on compensation, India's raised
    // limit needing government approval).
    'new rules,into force,government approval,' +
    // A government's package of grants for firms (held-out set 37: a £100m support package, 0.33).
    'support package,aid package,rescue package,stimulus package,grant support,grant funding,hardship fund,' +
    // A central bank's operations and the rates it sets (held-out set 27: a Fed liquidity statement, a rate cut).
    'open market operations,discount window,provide liquidity,providing liquidity,liquidity injection,policy rate,' +
    // Sanctions and deregulation are policy acts (held-out set 31: a ban on metal exchanges, a credit-union reform).
    'sanctions,prohibited,prohibition,ban on,bans on,deregulation,' +
    // A central bank's instruments by name (held-out set 32: Bank Indonesia's reverse repo rate and its
    // deposit and lending facilities, a macroprudential easing of loan-to-value ratios).
    'repo rate,deposit facility,lending facility,macroprudential,macro-prudential,loan-to-value,' +
    // A budget's measures, often printed as bullets with no verb (held-out set 33: a Chancellor's budget, 0.01).
    'budget,income tax,tax band,tax credit,basic rate,top rate,national insurance,child benefit,tax burden,taxable income,' +
    'corporation tax,stamp duty,fuel duty,capital gains tax,inheritance tax,tax allowance,personal allowance,' +
    // What a board decided, and a central bank's tools by name (held-out set 39: Bank of England minutes, 0.47;
    // a Bank of Japan decision, 0.33. In sets 20-40, "decided to" is on 25 policy pages and 3 others; base
    // rate, yield curve control and quantitative easing on 3, 3 and 2 policy pages and no other).
    'decided to,base rate,yield curve control,quantitative easing,' +
    // The Bank of Canada's rate (held-out set 62: a hold, 0.21).
    'overnight rate,' +
    // The same tools run the other way and in a crisis, laws signed, and spending bills (held-out set 60: Fed minutes
    // on emergency lending, 0.11; a Treasury Secretary on three bills signed into law, 0.46; on infrastructure bills).
    'quantitative tightening,asset purchases,emergency lending,into law,spending bill,spending plan,spending proposals,' +
    'infrastructure bill,infrastructure plan,infrastructure package',
  ',',
);

/**
 * Signal words that are not there, blanked before the lexicon counts: 行情 in 执行情况 and 运行情况 (…行 +
 * 情况), 大盘 in 稳住经济大盘, 年报 in 中国青年报 and 今年报告; a ministry before 直属 (教育部直属高校, the universities
 * under it: a university's budget is not the ministry's policy); 平台 of a government's own systems (监管平台,
 * 公共服务平台, 政务服务平台), not a company's (a company sells 政务平台, 监测平台, 调度平台); 首席 of a reporter's
 * title (首席记者), no analyst; 公告 of a government body (央行公告, 财政部公告), no company's filing.
 */
// Each alternative opens with the blanked character, so the RegExp engine skips to it (lookbehinds first
// made it try every position: 16 µs on a 2,351-character article against 1.8 µs).
export const NOT_SIGNALS_ZH =
  /情(?<=行情)(?=况)|大(?<=经济大)(?=盘)|年(?<=[青今去明]年)(?=报)|部(?=直属)|平(?<=(?:监管|公共服务|政务服务)平)(?=台)|首(?=席(?:记者|编辑|摄影|主持))|公(?<=(?:央行|人民银行|证监会|政府|[部委局署])公)(?=告)|发(?=布(?:会|[^。，；《“]{0,6}?数据(?:显示|表明)|的[^。，；《“]{0,6}?指标))/g;

/**
 * A body named as the source of figures (央行4月10日发布的一季度社会融资数据显示, 据海关总署最新数据显示):
 * it publishes statistics there, it does not make policy. Blanked before the bodies are counted.
 */
export const DATA_SOURCE_ZH =
  /(?:人民银行|央行|国家统计局|统计局|海关总署|外汇局|财政部|商务部)(?=[^。，；！？\n]{0,24}?数据(?:显示|表明))/g;

/**
 * English: the Treasury's bonds (Treasury yields, Treasurys, the 10-year Treasury note) and government bonds are a market, not the
 * department or the government (a futures exchange's contracts: "five-year government bonds", a central
 * bank's "government funds"); a speaker's "thank you" talks to nobody's money; a Federal Reserve Bank is the
 * Federal Reserve, counted once (not again as a Reserve Bank); a Secretary-General heads an international body
 * (OPEC, the UN), no government; a National, Royal or Commonwealth Bank of a country is a commercial bank
 * (economists at National Bank of Canada), and Government of Canada bonds are bonds.
 */
export const NOT_SIGNALS_EN =
  /Treasury(?=s\b| (?:yields?|market|prices|notes?|bonds?|bills?|auctions?)\b)|Treasury(?<=-year Treasury)|Secretary(?=-General)|Bank(?<=(?:National|Royal|Commonwealth|Development|Industrial|Agricultural|Merchants) Bank)|government(?= of [A-Z][a-z]+ (?:bonds?|securities|debt|bills|notes)\b)|you(?<=[Tt]hank you)|government(?= (?:bonds?|securities|debt|paper|bills|notes|yields?)\b)|(?<!the )government(?= (?:funds|deposits)\b)|Bank(?<=Federal Reserve Bank)/gi;

/**
 * A research institute or office, after the body it belongs to (商务部国际贸易经济合作研究院, 国家发改委宏观经济研究院,
 * 人民银行研究局): an expert's affiliation, not the body speaking. The body before it, within 14 characters, is
 * blanked before the bodies are counted.
 */
export const INSTITUTE_ZH = /研究(?:院|所|室|局|中心)/g;

/** Market-report vocabulary: a page dense with these is a market report (Chinese). */
export const MARKET_WORDS_ZH: readonly string[] = words(
  '沪指 深成指 创业板指 收盘 收评 涨停 跌停 个股 板块 成交额 成交量 股价 市值 涨幅 跌幅 点位 牛市 熊市 ' +
    '大盘 券商 私募 公募 收益率 首席投资官 估值 泡沫 增持 减持 抄底 行情 A股 港股 美股 恒指 道指 纳指 ' +
    '标普 收涨 收跌 低开 高开 翻红 北向资金 主力资金 换手率 市盈率 概念股 龙头股 报收 主力合约 消息面',
);

/** Company-news vocabulary (Chinese). */
export const COMPANY_WORDS_ZH: readonly string[] = words(
  '本公司 有限公司 董事会 股东 净利润 营业收入 营收 财报 业绩 公告 招股 上市 ' +
    '并购 收购 高管 融资 平台 公司 辟谣 网友 用户 IPO 发行价 募资 保荐 申购 中签 每股收益 同比增长 财年 ' +
    '季报 年报 董事长 总裁 CEO 品牌 门店 订单',
);

/** Commentary vocabulary: opinion pieces about policy are not policy articles (Chinese). */
export const OPINION_WORDS_ZH: readonly string[] = words(
  '经济学家 分析师 首席 研究员 观点 预期 利好 利空 投资者 看来 你',
);

/** Bylines and labels of opinion pieces, read in the title and the first lines (Chinese). */
export const EDITORIAL_MARKS_ZH: readonly string[] = words(
  '评论员 社评 社论 时评 快评 锐评 短评 本文作者 作者系 作者为 专栏 本文分析 本文认为 本文探讨 本文深刻 宏观团队 ' +
    // A research report's summary and a paper's lessons for China (…对我国的启示): held-out set 39; in sets
    // 20-40 no policy page prints either, six pages of others do.
    '报告摘要 启示 ' +
    // A review of a report or of data (…——读Q4央行货币政策执行报告, 评析: held-out set 44; in sets 20-44 on 2
    // pages, none of them policy).
    '述评 评析 ——读',
);

/** First-person opinion outside quotations (Chinese). */
export const FIRST_PERSON_ZH: readonly string[] = words('笔者 我认为 在我看来 我觉得 依我看 我们认为');

/** Market and company vocabulary (English), matched case-insensitively as words. */
export const MARKET_WORDS_EN: readonly string[] = words(
  'shares,shareholder,stock,earnings,deal,merger,acquisition,acquire,sale,bidder,' +
    'dividend,revenue,tender offer,breakup fee,appraisal,subsidiary,investor,' +
    'analysts,Nasdaq,Dow,S&P,IPO,chief executive,profit,quarterly,futures,barrel,ounce,yields,' +
    'dealers,strategist,highs,bitcoin,crypto,cryptocurrency,Nikkei,' +
    // What markets and forecasters expect a central bank to do is no decision (held-out set 31).
    'economists polled,polled by,poll of economists,economists expect,betting,traders,' +
    // Figures a statistics office releases are data, not a decision (held-out set 35: a CPI release that
    // fanned fears of a Fed hike, 0.61).
    'consumer price index,producer price index,nonfarm payrolls,jobless claims,retail sales,' +
    // What markets price and forecasters tip is no decision (held-out set 36: an RBA preview, 0.97).
    'markets are pricing,priced in,economists tip,our call,' +
    // A bank's or broker's economists quoted on a decision write a note about it, no decision (held-out sets
    // 24-36: 14 of 188 English pages that are no policy say "economist at Westpac", "strategist at UBS"; none
    // of 237 policy pages).
    'economist at,economists at,analyst at,analysts at,strategist at,strategists at',
  ',',
);

/** Commentary vocabulary (English). */
export const OPINION_WORDS_EN: readonly string[] = ['op-ed', 'columnist', 'commentary', 'you', 'your'];

/** First-person opinion (English). */
export const FIRST_PERSON_EN: readonly string[] = words(
  "I think,in my view,in my opinion,I believe,my favorite,I wrote,I presume,email me,I don't think,I do not think",
  ',',
);

/** Media titles printed in 《》 that are never initiatives; those ending like a medium (周刊, 报) need no entry. */
export const MEDIA_TITLES: readonly string[] = words(
  '求是 财经 财新 新闻联播 焦点访谈 瞭望 半月谈 环球 新华每日电讯 参考消息 人民论坛 第一财经',
);

/** A 《》 title ending with one of these is a newspaper, magazine or outlet. */
export const MEDIA_TITLE_ENDINGS: readonly string[] = words(
  '报 刊 杂志 周刊 月刊 新闻 频道 网 社 客户端 电视台 电台',
);

/** Words right after 》 that show the title is a medium (《求是》杂志, 《华夏时报》记者). */
export const MEDIA_AFTER: readonly string[] = words(
  '杂志 记者 报道 栏目 专栏 编辑部 客户端 节目 公众号 微信 作者 表示 提到 获悉 了解 采访',
);

/** Words right before 《 that show the title is a medium (新华社《学习进行时》). */
export const MEDIA_BEFORE: readonly string[] = ['新华社', '央视', '新华网', '人民网'];

/** Words after a closing quotation that make the quoted phrase a way of working (通过“揭榜挂帅”等方式). */
export const MECHANISM_AFTER: readonly string[] = words(
  '等方式 等模式 等机制 等制度 等做法 等办法 方式 做法',
);

/** Paragraphs that introduce footnotes or references: the numbered lines after them are not directives. */
export const NOTES_HEADINGS: readonly string[] = words(
  'note notes footnote footnotes reference references source sources 注 注释 参考文献 资料来源',
);

/** Words in a title that, with a document ending, make the title a policy document's name. */
export const TITLE_DOCUMENT_WORDS: readonly string[] = words('关于 印发 通知 办法 方案 意见 规划');

/** Lower-case words allowed inside an English name (Belt and Road Initiative). */
export const EN_CONNECTORS: readonly string[] = ['of', 'and', 'for', 'on', 'in', 'to'];

/** Capitalised words that open a sentence or phrase but never a name. */
export const EN_NOT_NAME: readonly string[] = words(
  'According In As At By For From On With Under Since After Before During Through This That These Those ' +
    'Its Their Our His Her A An The And But Then When While If Although Because Per Via ' +
    // Verbs of Title Case headlines (Treasury Releases Guidance on … Inflation Reduction Act).
    'Releases Issues Unveils Launches Announces Signs Extends Proposes Approves Publishes Adopts Introduces Says ' +
    'Passes Clears Backs Rejects Amends Cuts Raises Hikes Bans Sets Plans Seeks Strikes Blocks Delays Scraps Expands ' +
    'Tables Presents Outlines Your My',
);

/** Capitalised names that end like an initiative but name an institution (International Monetary Fund). */
export const EN_NOT_INITIATIVES: readonly string[] = ['International Monetary Fund'];

/** Endings of a policy document's title (《…实施意见》, 《…统计公报》). */
export const DOCUMENT_ENDINGS: readonly string[] = words(
  '意见 通知 方案 规划 纲要 计划 报告 办法 条例 法 规定 决定 决议 指引 指南 公报 协定 协议 白皮书 细则 ' +
    '措施 政策 目录 清单 标准 规则 章程 指数 准则 通告 批复 建议 战略 规范 守则 宪法 声明 倡议 议定书 ' +
    '公约 举措 工作要点 征求意见稿 送审稿 讨论稿 草案 体系 税则 法典 安排 路线图 通则 ' +
    // A budget, a bill and an order (held-out set 40: 《財政預算案》, 《2023年差餉(豁免)令》).
    '预算案 预算 法案 令',
);

/** Document nouns right after 》 (《…》白皮书, 《…》全文). */
export const DOCUMENT_AFTER: readonly string[] = words(
  '白皮书 全文 智库报告 报告 文件 蓝皮书 规划 方案 意见 通知 实施',
);

/** Verbs right before 《 that introduce an issued or published document. */
export const DOCUMENT_BEFORE: readonly string[] = words(
  '印发 印发了 发布 发布了 发布的 出台 出台了 公布 颁布 签署 签署的 审议通过 审议通过了 通过了 发表 ' +
    '文章 下发 下发了 制定 修订 贯彻落实 现将 简称 编制 按照 根据 依据 落实',
);

/** Words inside a 《》 title that show a speech, book, film or news item rather than a policy document. */
export const NON_DOCUMENT_WORDS: readonly string[] = words(
  '讲话 演讲 致辞 宣言 谈话 答记者问 专访 —— ？ ? ！ 发布会 答复 蓝皮书 摘编 文选 文集 选编 读本',
);

/** One class of named initiative: the suffix, its type and what the name before it needs. */
export interface SuffixClass {
  suffix: string;
  type: InitiativeType;
  /** The name needs a quoted part (“双创”专项债券) — otherwise the phrase is a generic instrument. */
  needsQuote?: boolean;
  /** The name needs a quotation anywhere in it, not only right before the suffix (“米袋子”省长负责制). */
  quoteInName?: boolean;
  /** The name must begin with a national scope word (国家融资担保基金). */
  needsNational?: boolean;
  /** Accepted without a quote only right after one of these verbs (实施扩大内需战略); the name starts there. */
  needsVerb?: readonly string[];
  /** With a quote, the name is the quote plus the suffix, with no scope word before it. */
  quoteOnly?: boolean;
  /** With quoteOnly: one of these verbs must come right before the quotation (建设“数字工信”平台, not 在“抖音”平台上). */
  verbBefore?: readonly string[];
  /** Minimum characters before the suffix (default 3). */
  minPrefix?: number;
  /** Minimum characters before the suffix inside a quotation the suffix closes (default minPrefix). */
  minQuoted?: number;
  /** The suffix is specific by itself: generic modifiers before it still make a name (国家重点研发计划). */
  specific?: boolean;
  /** The name needs an acronym in brackets (政府和社会资本合作（PPP）模式). */
  needsAcronym?: boolean;
  /** Words right before the suffix that make it a company's own (员工持股计划, 股份回购计划). */
  notAfter?: readonly string[];
  /** With needsVerb: a quotation that the suffix closes (“千亿产业提升计划”) does instead of the verb. */
  orQuoted?: boolean;
  /** Characters that end the name on their left for this suffix alone (作 in 李克强作政府工作报告, or 做). */
  startsAfter?: string;
  /** No name where one of `before` ends right before the suffix and one of `after` starts right after it. */
  notAcross?: { before: readonly string[]; after: readonly string[] };
}

/**
 * Result verbs that end a zone's name on its left (打造成…试验区, 建成…示范区). Bare 建设 does not:
 * 浙江高质量发展建设共同富裕示范区 is the zone's name.
 */
export const ZONE_BUILD_VERBS: readonly string[] = ['建成', '建设成', '打造成'];

/** Verbs that create or build a zone; place-like zone names count only right after one of them. */
const ZONE_VERBS: readonly string[] = [
  ...words('建设 设立 创建 打造 批复 推进 推动 规划建设 高标准建设'),
  // The result verbs too, or 打造成…新区 would start the name at 成.
  ...ZONE_BUILD_VERBS,
];

/** Verbs that launch a quoted platform or campaign (建设“数字工信”平台, 开展“消费提振年”活动). */
const LAUNCH_VERBS: readonly string[] = words('建设 搭建 打造 上线 开展 举办 组织 启动 推进 实施 推出 创建');

/** Suffix classes of one type and with the same requirements, the suffixes separated by spaces. */
const classes = (type: InitiativeType, suffixes: string, more?: Partial<SuffixClass>): SuffixClass[] =>
  words(suffixes).map((suffix) => ({ suffix, type, ...more }));

/** Quoted names only: the name is the quotation plus the suffix (“揭榜挂帅”机制). */
const QUOTED = { needsQuote: true, quoteOnly: true };

/** Suffix classes of initiatives; the longest suffix ending at a position wins. */
export const SUFFIX_CLASSES: readonly SuffixClass[] = [
  ...classes('campaign', '专项行动 专项活动', { minPrefix: 2 }),
  // Not an act done in some manner (财政部门积极行动, 落实战略的自觉行动), nor where 行 and 动 belong to two
  // words (上行 + 动力, 举行 + 动员, 进行 + 动员: not 线上行动, 海上行动, 促进行动).
  ...classes('campaign', '行动', {
    notAfter: words('自觉 积极 迅速 实际 具体 坚决 一致'),
    notAcross: { before: words('上 下 执 运 银 举 盛 履 进'), after: words('力 员 能 作 态') },
  }),
  // Goods or services sent to the countryside under a programme (实施家电下乡, 启动新一轮汽车下乡活动, 开展绿色建材下乡
  // 活动: held-out sets 50 and 51), right after a verb that carries it out; not people going (干部下乡调研).
  ...classes('campaign', '下乡活动 下乡', {
    minPrefix: 2,
    needsVerb: words('实施 开展 组织开展 推动 推进 启动 重启 继续 恢复'),
  }),
  ...classes('program', '专项整治 专项 试点 试点示范'),
  ...classes('project', '工程包', { minPrefix: 2, specific: true }),
  // A central bank's named facility (推出碳减排支持工具, 推动普惠小微贷款支持工具…落地), right after a verb that
  // makes or uses it; not the kind (结构性货币政策支持工具).
  ...classes('program', '支持工具', {
    minPrefix: 3,
    needsVerb: words('推出 创设 设立 推动 延续 实施 运用 用好'),
    notAfter: ['政策', '等'],
  }),
  ...classes('project', '工程'),
  // A central bank's lending facility as it is created (创设定向中期借贷便利); a routine operation with one
  // (开展1年期中期借贷便利操作) names an instrument, not a programme.
  ...classes('program', '借贷便利', { minPrefix: 2, needsVerb: words('创设 设立 推出') }),
  ...classes('program', '专项债券', { needsQuote: true }),
  // Money set aside under a quoted programme's name (“保交楼”专项借款, “腾笼换鸟”专项经费); unquoted, these
  // are generic funding words (专项资金 above).
  ...classes('program', '专项借款 专项贷款 专项资金 专项经费', QUOTED),
  ...classes('program', '基金', { needsNational: true }),
  ...classes('program', '研发计划 科技计划', { minPrefix: 2, specific: true }),
  ...classes('plan', '投资计划 规划纲要', { minPrefix: 2 }),
  ...classes('plan', '行动计划'),
  // A roadmap as it is carried out or issued (落实逐步淘汰白炽灯路线图).
  ...classes('plan', '路线图', { minPrefix: 3, needsVerb: words('落实 实施 发布 制定 出台 印发') }),
  // Not 规划 done in some manner (与现实城市同步规划建设, 适度超前规划): a verb.
  ...classes('plan', '规划', { notAfter: words('同步 超前 提前 科学 合理 一体 统一 所') }),
  // A plan is a name in a quotation (“倍增”计划, “千亿产业提升计划”), or unquoted right after 实施 or 启动
  // (深入实施家政服务业提质扩容计划), unless a company's.
  ...classes('plan', '计划', {
    needsVerb: ['实施', '启动'],
    orQuoted: true,
    // “千人计划”, “倍增计划”: programmes named in two characters (named.ts, a quotation the suffix closes).
    minQuoted: 2,
    notAfter: words(
      '持股 回购 减持 增持 激励 发行 融资 募资 收购 出售 上市 经营 生产 销售 采购 扩产 开店 招聘 裁员 分红',
    ),
  }),
  ...classes('zone', '示范区 试验区 先行区 先导区 引领区 示范基地 示范产业基地 示范园区'),
  // A base by its quoted name (“全国高校实践育人创新创业基地”); unquoted, a base is a company's or a kind, and
  // a company's production, manufacturing or research base is its own, quoted or not.
  ...classes('zone', '基地', {
    needsQuote: true,
    notAfter: words('生产 制造 研发 物流 仓储 加工 装配 备货 种植 养殖 采购 销售'),
  }),
  // City designations need a verb that makes or names the city one (支持深圳建设全球海洋中心城市).
  ...classes('zone', '示范城市 中心城市', {
    needsVerb: [...ZONE_VERBS, ...words('入选 获批 获评 成为 评为 培育 加快 深化')],
  }),
  ...classes('zone', '自由贸易港 自贸港 自由贸易试验区 自贸试验区 综合试验区 自贸片区', { minPrefix: 2 }),
  // Science cities and valleys are places too: a name only where one is being built (构建起中原科技城),
  // not where a plan focuses on one that is there (聚焦张江科学城).
  ...classes('zone', '科技城 科学城 农谷 光谷', {
    minPrefix: 2,
    needsVerb: [...ZONE_VERBS, ...words('构建 布局 谋划 获批')],
  }),
  ...classes('zone', '大湾区 经济带 经济区 新区 自贸区', { minPrefix: 2, needsVerb: ZONE_VERBS }),
  ...classes('other', '工作组'),
  ...classes('other', '战略', { needsVerb: ['实施'], quoteOnly: true }),
  ...classes('other', '改革', QUOTED),
  ...classes('mechanism', '合作 原则 机制 长效机制 工作机制 制度', QUOTED),
  ...classes('zone', '平台', { ...QUOTED, verbBefore: LAUNCH_VERBS }),
  ...classes('campaign', '活动 系列活动', { ...QUOTED, verbBefore: LAUNCH_VERBS }),
  // A week or month of public events by its quoted name (“职业教育活动周”, “安全生产宣传月”); not 活动月, which
  // shops hold too (“家电以旧换新活动月”).
  ...classes('campaign', '活动周 宣传周 宣传月', { needsQuote: true, minPrefix: 2 }),
  ...classes('mechanism', '模式 方式', { needsAcronym: true }),
  // A quoted name of a policy (“双特”政策, “先租后售”政策).
  ...classes('other', '政策', QUOTED),
  // A responsibility system named by a quotation (“米袋子”省长负责制); unquoted ones are kinds (安全生产责任制,
  // 首问负责制).
  ...classes('mechanism', '责任制 负责制', { quoteInName: true }),
  ...classes(
    'document',
    '管理办法 暂行办法 实施办法 实施细则 条例 指导意见 实施意见 行动方案 实施方案 工作方案 工作要点 若干措施 若干政策措施 若干意见 发行指引',
    {
      minPrefix: 4,
    },
  ),
  // A report is delivered (作报告): 国务院总理李克强作政府工作报告.
  ...classes('document', '工作报告', { minPrefix: 2, specific: true, startsAfter: '作做' }),
];

/**
 * The character before 制 in common words that name no way of working (体制 机制 控制 限制 编制 复制 …), and
 * in “一国两制”, a constitutional principle rather than a policy instrument.
 */
export const NOT_MECHANISM_BEFORE = '体机控限抵编管复强研压克节牵遏反专法税学建改定印绘录自仿试抑钳辖两';

/** Words right after any suffix that make it part of a longer, different word (工程师, 战略性). */
export const SUFFIX_BLOCKERS: readonly string[] = words('师 院 局 司 处 性 者 队 款 文件 指南');

/** Words right after a particular suffix that make the phrase a generic instrument (专项资金, 计划经济). */
export const SUFFIX_BLOCKERS_BY_SUFFIX: Readonly<Record<string, readonly string[]>> = {
  // People going to the countryside to do something (推动干部下乡调研, 大学生下乡创业: a review), not goods sent there.
  下乡: words('调研 创业 挂职 工作 服务 支教 蹲点 锻炼 就业 考察 走访 开展 参与'),
  专项: words(
    '资金 债 检查 治理 巡视 审计 贷款 借款 补助 附加 工作 规划 资助 奖补 引导 经费 安排 督查 行动 整改 考核 排查 升级 政策 ' +
      '发展资金',
  ),
  // A compound noun goes on (建设工程设计企业, 工程施工许可): no name ends here. Not 设计 or 施工 alone: a named
  // project's design and works are news (引江补汉工程设计已获批复, 滇中引水工程施工进度).
  工程: words(
    '技术 质量 造价 机械 款 量 监理 勘察 咨询 承包 总承包 设计企业 设计单位 施工许可 施工企业 施工单位 装备 材料',
  ),
  示范城市: words('群'),
  计划: words('经济 生育 单列'),
  规划: words('体系 政策体系 项目库 许可 设计'),
  // 试点 as a verb (支持海南省试点发展…, 并试点注册制, 在自贸试验区试点放宽…); not 开展 or 实施 (基础设施REITs
  // 试点开展以来: the pilot is the subject).
  试点: words('工作 企业 管理 经验 发展 推行 探索 实行 引入 注册制 放宽 推出'),
  试点示范: words('工作 企业 管理'),
  行动: words('纲领 自觉 态 上 人'),
  制度: words('机制 体系 建设 创新 优势 安排 保障 改革 型'),
  基金: words('会 公司 经理'),
  工作组: words('合 织'),
  工作报告: words('起草组'),
  战略: words('任务'),
};

/**
 * Words right after a suffix that make the phrase generic unless a quotation names it (临港地区规划编制, 规划管理,
 * 规划功能分区: plans as a field of work; “十四五”规划编制: the plan).
 */
export const UNQUOTED_SUFFIX_BLOCKERS: Readonly<Record<string, readonly string[]>> = {
  规划: words('编制 管理 功能'),
};

/**
 * Activating verbs that open a document's title when they follow the verb that issued it (印发推动…工作方案,
 * 出台支持…的若干措施); not 发布, 实施, 执行, which issue it (推动发布…, 印发实施…, 参照执行…).
 */
export const TITLE_OPENING_VERBS: readonly string[] = words('推动 推进 支持');

/** Verbs that put a named instrument into action; the name starts right after them. */
export const ACTIVATING_VERBS: readonly string[] = words(
  '组织开展 启动建设 启动创建 共建 实施 开展 启动 推进 推动 编制 制定 印发 出台 发布 组建 创建 设立 建立 ' +
    '打造 获得 参照 按照 依照 根据 依据 落实 贯彻 执行 部署 构建 培育 申报 纳入 发行 支持 利用 依托 启用 参与 ' +
    '入选 加入 完成 通过 作为 提出 发起 签署 围绕 下达 安排 打好 打赢 打响 推出',
);

/** Words that end a name on its left without being activating verbs (prepositions, conjunctions). */
export const LEFT_STOPS: readonly string[] = words(
  '复制推广 打造成 建设成 为了 为 对 向 把 从 以 与 或 在 由 将 被 让 使 给 比 比如 例如 譬如 诸如 像 即 是 等 了 办理 实现 到 于 关于 扩大 提供 加强 做好 抓好 ' +
    // Verbs that speak of a plan rather than name it (下面简要介绍“十四五”规划纲要, 国务院高度重视“十四五”规划: set 51).
    '介绍 重视 解读 讨论 提到 谈到 ' +
    '形成 变成 成为 进行 倡导 鼓励 打破 坚持 采取 运用 采用 随着 聚焦 对标 争取 囊括 涵盖 包括 加快 督促 要求 引导 需要 简称 保护好 管理好 建设好 维护好 利用好 发挥好 落实好 用好 管好 办好 守好 服务好 召开 听取 如 研究 结合 对接 开始 范围内 发挥 列入 下称 审议 申请 下放至 推广至 扩大至 扩展至 延伸至 复制至 授权 允许',
);

/**
 * Adverbs of manner: a verb after one is the clause's predicate (有序推进试点, 稳步开展行动), not a word of
 * the name it precedes; at a name's left edge they are stripped.
 */
export const MANNER_ADVERBS: readonly string[] = words(
  '有序 稳步 扎实 积极 大力 加快 持续 深入 全面 切实 不断 着力 认真 努力 全力 抓紧 继续 逐步 有效',
);

/** Words stripped from the left edge of a name: adverbs, particles, modals, leading verbs. */
export const LEADING_FILLERS: readonly string[] = [
  ...MANNER_ADVERBS,
  ...words(
    '进一步 今年 去年 明年 近期 近日 日前 当前 此前 还要 正在 已经 同时 此外 因此 其中 目前 原则上 首批 新一轮 新一批 ' +
      '坚决 建设 新建 我国 规范 推广 探索 完善 健全 优化 深化 安排 用好 下达 了 起 着 好 出 将 要 还 并 也 均 都 已 再',
  ),
];

/**
 * How a lead sentence that states a task opens (把人民健康放在…, 以改革创新为动力，…, 坚持…, 积极推进…):
 * a lead sentence that states a finding (新订单指数小幅回落, 基本生活消费保持平稳) lists no directive.
 */
export const LEAD_OPENERS: readonly string[] = [
  ...MANNER_ADVERBS,
  ...words(
    '把 以 确立 树立 坚持 加强 推进 推动 深化 完善 健全 强化 提高 提升 增强 扩大 保障 构建 建立 实施 落实 ' +
      '促进 培育 支持 鼓励 引导 统筹 筑牢 织牢 守住 防范 维护 巩固 拓展 推行 打造 优先',
  ),
];

/** How a lead sentence that states a finding ends (…增长较快, …成效持续显现, …明显加快). */
export const FINDING_ENDINGS: readonly string[] = words(
  '增长 加快 良好 显现 回落 平稳 上升 下降 较快 显著 明显 向好 进展 回升 回暖 扩大 提高 改善',
);

/** Leading words that mark a generic class of things rather than one named instance. */
export const COUNT_WORDS: readonly string[] = words(
  '一批 一系列 多个 多款 多项 若干 一些 有些 有的 每家 每个 此次 本次 这次 各类 各项 各种 各地 多地 这些 那些 上述 该 此 这一 各 每项 其他 其它',
);

/** Generic modifiers that do not make a name by themselves (重大工程, 战略性基础工程). */
export const GENERIC_MODIFIERS: readonly string[] = words(
  '重大 重点 相关 有关 新型 基础 系统 年度 全年 全市 全省 本地区 本部门 具体 发展 总体 国家级 省级 市级 有效 主要 国家 地方 ' +
    '地方政府 政府 在建 新 大 专项 示范 建设 改革 试验 工作 我国 中国 全国 本 系列 其他 其它 高水平 高标准 高质量 ' +
    // Kinds of construction works (房屋建筑工程, 市政基础设施工程, 分部分项工程).
    '房屋建筑 市政基础设施 分部分项 建筑 市政 土木',
);

/** Count classifiers: a number followed by one of these counts instances, so the name is generic. */
export const COUNT_CLASSIFIERS = '个家处批项座所只条份种类' as const;

/** Measure units: a number followed by one of these is a quantity, dropped from the name. */
export const MEASURE_UNITS: readonly string[] = words(
  '平方公里 公里 万亩 亩 吨 万元 亿元 元 米 千瓦 大类 年度 年',
);

/** Well-known initiatives printed bare in quotes, with their type. */
// Large-scale equipment renewal and consumer trade-ins (两新), major strategic projects (两重): printed as
// “两新”工作, “两新”政策, “两重”项目 and alone.
export const KNOWN_QUOTED_INITIATIVES: ReadonlyMap<string, InitiativeType> = new Map([
  ...words('一带一路 两新 两重').map((name) => [name, 'other'] as const),
  // Zhejiang's 千村示范、万村整治 programme, which central documents since 2023 tell every province to
  // learn from (学习运用“千万工程”经验); two characters before 工程 are too few to tell a name from a
  // figure of speech (“民心工程”, “样板工程”) by themselves.
  ['千万工程', 'project'],
  // LABELING's own example of a way of working, quoted whatever follows it (“揭榜挂帅”攻关: held-out set 50).
  ['揭榜挂帅', 'mechanism'],
]);

/** English initiative suffixes and their types. */
// Built in a call marked pure: only the English half (english-names.ts) reads it, and the content script's bundle
// then drops the table (248 B gzip of dead code there before).
export const EN_SUFFIXES: ReadonlyMap<string, InitiativeType> = /* @__PURE__ */ (() =>
  new Map(
    (
      [
        [
          'document',
          'Report Guidelines Opinions Measures Regulations Regulation Directive Circular Notice Agreement Act Law Bill Rules Provisions',
        ],
        ['plan', 'Plan Budget'],
        [
          'program',
          'Programme Program Fund Facility Scheme Instrument Package Yojana Yojna Abhiyan Grants Grant Credit Accounts Account',
        ],
        ['mechanism', 'Mechanism'],
        ['other', 'Initiative Strategy Framework Levy Regime Duty'],
        ['zone', 'Zone'],
        ['project', 'Project'],
        ['campaign', 'Campaign'],
      ] as const
    ).flatMap(([type, list]) => words(list).map((suffix) => [suffix, type] as const)),
  ))();
