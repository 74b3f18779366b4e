/** Small realistic articles for the policy classifier tests: one per kind of page in LABELING.md §1. */

/** Policy news: an issued document with its directives. */
export const POLICY_ZH = [
  '国务院办公厅印发《关于加快发展数字经济的指导意见》',
  '新华社北京3月1日电 近日，国务院办公厅印发《关于加快发展数字经济的指导意见》（以下简称《意见》）。《意见》提出，要加快推进数字产业化和产业数字化，健全数据要素市场体系。',
  '《意见》明确了三方面重点任务：一是加强数字基础设施建设；二是推动数字技术创新；三是完善数字经济治理体系。',
  '《意见》要求，各地区各部门要切实抓好落实，工业和信息化部、国家发展改革委要加强统筹协调。',
].join('\n');

/** A ministry press conference. */
export const POLICY_ZH_PRESS = [
  '商务部：今年将开展“消费提振年”活动',
  '在国新办举行的新闻发布会上，商务部副部长表示，商务部将会同有关部门实施县域商业建设行动，推动大宗消费更新升级，出台支持服务消费的政策措施。',
  '下一步，商务部将重点做好以下工作：首先是稳住汽车、家电等大宗消费；其次是培育壮大新型消费；最后是优化消费环境。',
].join('\n');

/** A market close. */
export const MARKET_CLOSE_ZH = [
  '收评：沪指涨0.5% 创业板指跌0.3%',
  '截至收盘，沪指报3050.12点，涨0.51%；深成指报9800点，跌0.12%；创业板指跌0.3%。两市成交额8500亿元。',
  '板块方面，券商股走强，半导体板块回调。个股方面，逾2000只个股上涨，30只个股涨停。北向资金净流入50亿元。',
].join('\n');

/** An earnings report. */
export const EARNINGS_ZH = [
  '某某科技2023年净利润同比增长35%',
  '某某科技股份有限公司发布年报，2023年实现营业收入120亿元，同比增长20%；归母净利润15亿元，同比增长35%。公司董事会拟每10股派发现金红利3元。',
  '公司表示，业绩增长主要得益于新品放量，未来将继续加大研发投入。',
].join('\n');

/** A listing. */
export const IPO_ZH = [
  '某某股份今日登陆科创板 首日大涨150%',
  '某某股份今日在上交所科创板上市，发行价为25元/股，募资总额20亿元。开盘后股价大涨150%，市值突破200亿元。',
  '保荐机构为中信证券。公司主要从事芯片设计业务，此次IPO募资将用于新一代芯片研发。',
].join('\n');

/** A company announcement. */
export const ANNOUNCEMENT_ZH = [
  '某某集团关于控股股东股份质押的公告',
  '本公司董事会及全体董事保证本公告内容不存在虚假记载、误导性陈述或者重大遗漏。',
  '公司于近日收到控股股东通知，获悉其所持有本公司的部分股份办理了质押手续。截至公告日，控股股东累计质押股份占其所持股份的45%。',
].join('\n');

/** An editorial about a policy. */
export const EDITORIAL_ZH = [
  '降准落地，A股怎么走？',
  '本文作者系某证券首席经济学家。',
  '央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。笔者认为，此次降准体现了稳健货币政策的灵活适度，对市场是明确利好。',
  '从历史经验看，降准后A股短期表现偏强，银行、地产板块有望受益。我们预计，后续仍有降息空间，投资者可关注低估值蓝筹。',
].join('\n');

/** A newspaper's commentator piece about a policy. */
export const EDITORIAL_ZH_OFFICIAL = [
  '经济日报评论员：稳外资要打好政策组合拳',
  '近日，商务部等部门出台了稳外资的一系列政策措施。笔者认为，稳外资关键在于优化营商环境。从各地实践看，政策落地仍存在堵点。我们必须看到，外资企业的关切需要得到更多回应。',
  '在我看来，下一步应在市场准入、要素保障等方面持续发力，让外资企业真正享受到政策红利。这既需要政策加力，也需要观念转变。',
].join('\n');

/** A regulator's draft guidance on listings: company words, but a policy document. */
export const GUIDANCE_ZH = [
  '关于进一步深化新股发行体制改革的指导意见',
  '根据党中央、国务院关于今年经济工作的部署，深化新股发行体制改革是完善资本市场的重要任务之一。改革的主要内容是，健全公众公司发行股票和上市交易的基础性制度，推动各市场主体进一步归位尽责。',
  '一、完善规则，明确责任，强化信息披露',
  '要进一步推进以信息披露为中心的发行制度建设，落实发行人、各中介机构独立的主体责任。发行人和各中介机构应按法规制度履行职责，不得包装和粉饰业绩。',
  '1、发行人作为信息披露第一责任人，必须始终恪守诚实守信的行为准则。',
  '2、保荐机构应遵守业务规则和行业规范，诚实守信，勤勉尽责。',
  '二、适当调整询价范围和配售比例',
  '3、扩大询价对象范围，充实网下机构投资者。',
].join('\n');

/** English policy news. */
export const POLICY_EN = [
  "China's State Council unveils plan to boost consumption",
  'The State Council on Tuesday issued guidelines to boost consumption, calling for measures to expand services consumption. The plan says the government should implement tax incentives and subsidies.',
  'Firstly, the government will expand trade-in programs; secondly, it will improve the social security system; finally, local governments should remove restrictions on purchases.',
].join('\n');

/** A central bank's rate decision, told the way wire stories tell it: the committee by its acronym. */
export const POLICY_EN_FOMC = [
  'Fed raises interest rates again',
  'The FOMC raised the federal funds rate by 25 basis points to a range of 4.5% to 4.75%, after a 50-basis-point hike in December.',
  'In its statement the FOMC said inflation had eased somewhat but remained elevated. Powell said the FOMC would keep monetary policy restrictive until inflation returns to its 2% target.',
].join('\n');

/** China's leadership told the way wire stories tell it (a constructed story): the Politburo, a cabinet meeting. */
export const POLICY_EN_POLITBURO = [
  'China to step up support for the economy',
  'The Politburo pledged on Friday to step up support for the economy and to stabilise the property market, state media reported.',
  'A cabinet meeting chaired by Premier Li Qiang later called for measures to expand domestic demand and for cities to adjust housing rules.',
].join('\n');

/** A premier's statement at a cabinet meeting, as a wire story tells it (shape of a real story outside the fixtures). */
export const POLICY_EN_PREMIER = [
  'China will focus on boosting consumption, premier says',
  "BEIJING - China's Premier Li Qiang told a plenary session of the cabinet on Friday that great efforts are needed to lift the economy and that the country will concentrate on stimulating consumption, state media said.",
  'Li said China would study measures to raise household incomes in both the countryside and the cities, and would tailor support to the needs of different groups of people, according to the state media report.',
  "Figures released on Thursday showed that China's economy lost further momentum in July, as new home prices fell at their fastest pace in nine years, factory output slowed and joblessness edged higher.",
].join('\n');

/** A central bank's reserve-ratio cut (shape of a real story outside the fixtures): "joint-stock" is not a market word. */
export const POLICY_EN_PBC = [
  'PBC to lower reserve ratio',
  "The People's Bank of China, the central bank, said on Tuesday it will lower the reserve requirement for some financial institutions.",
  'The ratio for large commercial banks, joint-stock commercial banks, city commercial banks and rural commercial banks outside the counties will be cut by 1 percentage point from April 25, according to a statement on its website.',
  'The move aims to increase support for small and micro firms and to strengthen the stability of funds in the banking system, the bank said.',
].join('\n');

/** A football report: "Premier" here is a league, not a head of government. */
export const SPORTS_EN = [
  'Arsenal top the Premier League after late winner',
  'Arsenal moved to the top of the Premier League on Saturday with a late winner against Chelsea, the third Premier League win in a row for the side.',
  'The manager praised his defence and said the squad would rest key players before the Premier League resumes after the international break.',
].join('\n');

/** English market news. */
export const MARKET_EN = [
  'Stocks rally as tech shares climb',
  'The S&P 500 rose 1.2% and the Nasdaq gained 2%. Shares of Apple rose after quarterly earnings beat expectations.',
  'Investors cheered the results; analysts expect profit growth to continue. First, the deal lifts the stock; second, the buyback supports shareholders.',
].join('\n');

/** A White House fact sheet on tariffs (shape of a real one outside the fixtures: no State Council, no Fed). */
export const POLICY_EN_TARIFF = [
  'Fact Sheet: President Modifies Reciprocal Tariff Rates',
  'Today, President Donald J. Trump signed an Executive Order modifying the reciprocal tariff rates applied to imports from several trading partners.',
  'The order keeps the additional tariffs on goods that threaten national security and directs the Secretary of Commerce to monitor import volumes.',
  'Trading partners that take steps to remedy the non-reciprocal trade arrangements may see their rates adjusted by a further order.',
].join('\n');

/** An export-control rule of the Commerce Department (shape of a real release outside the fixtures). */
export const POLICY_EN_EXPORT_CONTROLS = [
  'Commerce Strengthens Export Controls on Advanced Computing Items',
  "The Department of Commerce's Bureau of Industry and Security (BIS) is implementing new export controls on advanced computing chips and the tools that make them.",
  'The rule expands the list of items that need a licence and adds entities to the Entity List.',
  'Firstly, it widens the licence requirement to more destinations. Secondly, it narrows the exceptions. Thirdly, it adds a reporting duty for exporters.',
].join('\n');

/** A Bank of England rate decision (shape of a real release outside the fixtures). */
export const POLICY_EN_BOE = [
  'Bank Rate increased to 5.25% - August 2023',
  "The Bank of England's Monetary Policy Committee sets monetary policy to meet the 2% inflation target.",
  'At its meeting ending on 2 August 2023, the Committee voted by a majority of 6-3 to increase Bank Rate by 0.25 percentage points, to 5.25%.',
  'The Committee will continue to monitor indications of persistent inflationary pressures in the economy.',
].join('\n');

/**
 * A short wire story on a rate cut (constructed; the shape of real ones outside the fixtures): the central
 * bank's move said in "a quarter point", and analysts mentioned once.
 */
export const POLICY_EN_RATE_CUT = [
  'Central bank cuts its key rate by a quarter point',
  'The central bank said on Thursday it would cut its benchmark interest rates by a quarter point to 3.5%, citing slowing growth and weak demand.',
  'Many analysts had expected the move after weak factory data.',
].join('\n');

/** A commodities close (constructed): oil futures and barrels, with "government data" twice. */
export const COMMODITIES_EN = [
  'Oil settles higher after stockpiles fall',
  'U.S. oil futures rose more than $1 a barrel on Wednesday after government data showed an unexpected draw in crude stockpiles.',
  'Brent futures edged lower after producers agreed to keep the output cap of 30 million barrels a day, and the government said inventories fell by 5 million barrels.',
].join('\n');

/** A wire story on a rate rise told in the singular (constructed; the shape of an AP story outside the fixtures). */
export const POLICY_EN_FED_HIKE = [
  'Fed raises key rate by three-quarters of a point',
  'The Federal Reserve raised its key interest rate by three-quarters of a point on Wednesday, its third straight such increase, to fight inflation.',
  'The move lifts the benchmark rate to a range of 3% to 3.25%.',
].join('\n');

/** Another central bank's decision (constructed): the Reserve Bank and its cash rate. */
export const POLICY_EN_RBA = [
  'Australia lifts cash rate to 3.1%',
  'The Reserve Bank of Australia raised its cash rate by 25 basis points to 3.1% on Tuesday, the eighth increase since May.',
  'Governor Philip Lowe said further increases were expected as the board works to return inflation to its target.',
].join('\n');

/**
 * A central bank's yield-curve decision told with its market paragraph (constructed, after a second
 * review's Reuters-style cases): the dollar, the yen and traders are the subject's own words here.
 */
export const POLICY_EN_BOJ = [
  'BOJ loosens its grip on long-term yields',
  'The Bank of Japan on Tuesday made its 1% cap on long-term yields a reference rather than a strict limit, keeping its short-term interest rate at -0.1%.',
  'The dollar rose 0.5% to 150 yen after the decision, and traders said the BOJ had disappointed those expecting a bolder step.',
  'The governor said the BOJ will keep monetary policy loose until its inflation target is met in a stable manner.',
].join('\n');

/** A bond-market story (constructed): Treasury yields, traders and the dollar, the Fed only as what they watch. */
export const BONDS_EN = [
  'Treasury yields climb ahead of inflation data',
  'Treasury yields rose on Monday as traders weighed how long the Federal Reserve will keep interest rates high.',
  'The 10-year Treasury yield gained 5 basis points and the dollar firmed against the yen, as policy makers signalled patience.',
].join('\n');

/** A metals close (constructed, after a review's case): gold per ounce, futures, a trader, central banks buying. */
export const METALS_EN = [
  'Gold climbs to a record on rate-cut bets',
  'Gold rose to a record on Monday as bets that the Federal Reserve will cut interest rates lifted demand.',
  'Spot gold gained 1.1% to $2,350 per ounce, and U.S. gold futures rose 1.2%. Central banks kept buying, a metals trader said.',
  'Silver rose 2% to $27.90 an ounce.',
].join('\n');

/** A personal-finance explainer (constructed): interest rates and the Fed, told to "you". */
export const EXPLAINER_EN = [
  'What rising interest rates mean for your money',
  'When the Federal Reserve raises interest rates, the cost of borrowing goes up for you too.',
  'If you carry a balance on your credit card, your minimum payment will rise. If you have a variable-rate loan, check your statement.',
  'On the bright side, your savings account may earn more. Shop around: you can often find a better rate online.',
  'Before you buy a home, ask your lender how a higher rate changes what you can afford.',
].join('\n');

/** An exchange's rule revision as a Chinese finance site reports it (shape of a real story outside the fixtures). */
export const POLICY_ZH_EXCHANGE = [
  '上交所发布修订后的股票上市规则',
  '4月30日，上交所、深交所同步发布修订后的股票上市规则等9项业务规则，自发布之日起实施。',
  '本次修订严格退市标准，提高现金分红要求，进一步规范减持行为，此前已向社会公开征求意见。',
  '业内人士表示，新规则将推动提升上市公司质量。',
].join('\n');

/** A plan-progress report: 执行情况 and 稳住经济大盘 hold no market words (shape of a real report outside the fixtures). */
export const POLICY_ZH_PROGRESS = [
  '市政府通报上半年重点工作执行情况',
  '市政府召开常务会议，听取上半年国民经济和社会发展计划执行情况及经济运行情况汇报。',
  '会议要求，各部门要全力稳住经济大盘，加快推进重大项目建设，落实好各项惠企政策。',
  '据《中国青年报》报道，今年报告期内全市固定资产投资保持增长。',
].join('\n');

/** A company's cloud deal that a government must clear (shape of a real wire story outside the fixtures). */
export const COMPANY_DEAL_EN = [
  'Microsoft signs $1.5 billion cloud deal with G42',
  "Microsoft signed a $1.5 billion deal with Abu Dhabi's G42 on Monday, Microsoft President Brad Smith said, under which G42 will run its AI applications on Microsoft's cloud.",
  "The deal, one of the largest in the company's history, includes a plan to build data centres. The Department of Commerce must approve exports of advanced chips under the deal.",
  'Microsoft will take a seat on the board. The companies did not disclose other terms of the deal.',
].join('\n');

/** An FOMC statement as the Fed prints it: the body names itself only as "the Committee" (outside the fixtures). */
export const POLICY_EN_FOMC_STATEMENT = [
  'FOMC Statement June 11-12, 2024',
  'Recent indicators suggest that economic activity has continued to expand at a solid pace. Job gains have remained strong, and the unemployment rate has remained low. Inflation has eased over the past year but remains elevated. In recent months, there has been modest further progress toward the Committee’s 2 percent inflation objective.',
  'The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over the longer run. The Committee judges that the risks to achieving its employment and inflation goals have moved toward better balance over the past year. The economic outlook is uncertain, and the Committee remains highly attentive to inflation risks.',
  'In support of its goals, the Committee decided to maintain the target range for the federal funds rate at 5-1/4 to 5-1/2 percent. In considering any adjustments to the target range for the federal funds rate, the Committee will carefully assess incoming data, the evolving outlook, and the balance of risks. The Committee does not expect it will be appropriate to reduce the target range until it has gained greater confidence that inflation is moving sustainably toward 2 percent. In addition, the Committee will continue reducing its holdings of Treasury securities and agency debt and agency mortgage‑backed securities. The Committee is strongly committed to returning inflation to its 2 percent objective.',
].join('\n');

/** A bank regulator's enforcement actions (shape of an OCC release outside the fixtures). */
export const POLICY_EN_ENFORCEMENT = [
  'OCC Announces Enforcement Actions for October 2024',
  'WASHINGTON—The Office of the Comptroller of the Currency (OCC) today released enforcement actions taken against national banks and federal savings associations.',
  'The OCC uses enforcement actions against banks to require the board of directors and management to take timely actions to correct the deficient practices or violations identified.',
].join('\n');

/** A city programme announced by the city's industry bureau (shape of a Dongguan story outside the fixtures). */
export const POLICY_ZH_CITY_BUREAU = [
  '1021家企业入列新一轮“倍增计划”名单',
  '5月24日，东莞市工业和信息化局开展2022年“倍增计划”企业动态遴选调整工作，今年共有521家试点企业上榜。',
  '自2017年以来，东莞持续推进“倍增计划”，配置针对性扶持政策，加大政策精准扶持力度，支持企业通过增资扩产、兼并重组等方式，实现规模和效益倍增。',
].join('\n');

/**
 * A US regulator adopting a rule (constructed, after a held-out page that scored 0.13): the agency is
 * named by its initials and the action is a final rule; nothing else says policy.
 */
export const POLICY_EN_SEC_RULE = [
  'SEC adopts rule on fund naming',
  'The Securities and Exchange Commission voted 4-1 on Wednesday to adopt a final rule that requires funds whose names suggest a focus to invest at least 80% of their assets accordingly.',
  'The SEC received thousands of comment letters on the proposed rule, and the final rule gives larger fund groups two years to comply.',
].join('\n');

/** Company news that cites an SEC filing (constructed): the regulator is named, the story is earnings. */
export const COMPANY_SEC_FILING_EN = [
  'Chipmaker warns on quarterly revenue',
  'The company said in a filing with the SEC on Monday that quarterly revenue would fall short of estimates, and its shares fell 9% in after-hours trading.',
  'Analysts had expected higher earnings, and the stock has lost a fifth of its value this year.',
].join('\n');

/**
 * A central bank's press conference transcript (constructed, after a review's Fed and ECB transcripts,
 * which scored 0.003 and 0.07): the officials speak in the first person and the reporters say you.
 */
export const POLICY_EN_PRESS_CONFERENCE = [
  'Transcript of the Chair’s Press Conference, June 12',
  'CHAIR. Good afternoon. Today the Federal Open Market Committee decided to lower the target range for the federal funds rate by a quarter point. We will continue to reduce our securities holdings.',
  'REPORTER. Thank you. You said the labor market has cooled. Do you think you were late, and would you cut again in July?',
  'CHAIR. I think we are well positioned. If you look at inflation, you see it has come down, and we will decide meeting by meeting.',
  'REPORTER. Can you say what your colleagues think about the balance sheet?',
  'CHAIR. I would not want to get ahead of the Committee. I think the policy rate is our main tool.',
].join('\n');

/** A company's earnings call transcript (constructed): spoken words, and company and market news. */
export const EARNINGS_CALL_EN = [
  'Transcript of the third-quarter earnings call',
  'CHIEF EXECUTIVE. Thank you. Revenue rose 8% in the quarter and earnings per share beat estimates. I think our margins will keep improving.',
  'ANALYST. Thanks. Can you talk about the dividend and the share buyback, and what you expect for quarterly sales next year?',
  'CHIEF EXECUTIVE. I believe sales will grow, and we will raise the dividend. Our shares remain good value for investors.',
].join('\n');

/**
 * A regulator's new rules for listed companies (constructed, after a held-out flash that scored 0.12): the
 * rules' own subject, listed companies and their mergers, fills the text with company words.
 */
export const POLICY_ZH_REGULATOR_RULES = [
  '证监会：支持上市公司围绕新兴产业进行并购重组',
  '证监会发布《关于深化上市公司并购重组市场改革的意见》，支持上市公司围绕产业升级开展并购重组。支持科创板上市公司并购产业链上下游资产。支持上市公司收购优质未盈利资产，鼓励私募投资基金参与上市公司并购。上市公司并购重组的审核将更加高效。',
].join('\n');

/** Personal-finance advice addressed to the reader (constructed, after a held-out page read as policy). */
export const ADVICE_ZH = [
  '刚工作的年轻人如何合理分配资金',
  '刚步入社会，你的收入有限、开支繁杂，如何建立健康的财务体系？',
  '一、养成储蓄习惯。你必须先存后花，每月发工资后先把一部分存起来，你会发现钱越攒越多。',
  '二、避开消费陷阱。你要建立记账习惯，分清你的需要和想要，别让分期付款掏空你的钱包。',
].join('\n');

/**
 * A central bank's bank supervision (constructed, after a held-out Fed announcement that scored 0.39):
 * the stress test's own terms (revenue, dividends, stock) read as market words.
 */
export const POLICY_EN_STRESS_TEST = [
  'Federal Reserve Board announces dates for bank stress test results',
  'The Federal Reserve Board on Thursday announced that results from its supervisory stress tests will be released on June 23.',
  'The stress tests are conducted by Federal Reserve supervisors and assess whether large banks have enough capital to absorb losses in a severe recession.',
  'The tests project revenue, losses and capital ratios, and assume no changes in dividend payments and no stock repurchases.',
].join('\n');

/**
 * Sports news whose acronyms are also bodies' (a review's real pages): the Southeastern Conference
 * (SEC) and runs batted in (RBI) name no regulator and no central bank.
 */
export const SPORTS_ACRONYMS_EN = [
  'Georgia beats Alabama for SEC title',
  'Georgia won the SEC Championship game 27-24 on Saturday. The SEC title is its third in four years, and SEC Commissioner Greg Sankey said the conference deserves two playoff spots.',
  'Aaron Judge hit a two-run homer and Gleyber Torres added an RBI single as the Yankees beat the Red Sox. Juan Soto had an RBI double, and Rafael Devers had two RBIs for Boston.',
].join('\n');

/** A podcast's interview transcript (constructed, after a review's real Odd Lots page): commentary. */
export const PODCAST_TRANSCRIPT_EN = [
  'Transcript: An economist on inflation and what the Fed should do about it',
  'HOST: Welcome back. You have been saying the Fed is behind the curve. What do you think it should do?',
  'GUEST: I think the Federal Reserve should raise interest rates faster. In my view the policy rate is far too low, and I believe monetary policy has to lean against demand.',
  'HOST: And what would you tell people who say you are too hawkish?',
  'GUEST: I think they underrate how broad inflation has become. Your grocery bill tells you that.',
].join('\n');

/** A company's annual report published on the exchange's website (constructed, after a review): company news. */
export const ANNUAL_REPORT_FLASH_ZH = [
  '贵州茅台：2023年净利润同比增长19%',
  '贵州茅台晚间在上交所网站发布《2023年年度报告》，公司实现营业收入1505亿元，同比增长18%；净利润747亿元，同比增长19%。公司拟每股派发现金红利30.876元。',
].join('\n');

/**
 * A market close that mentions a State Council document in its news paragraph (after a review's real
 * 2015 stockstar page): the issuing counts only in a lede.
 */
export const MARKET_CLOSE_MENTION_ZH = [
  '沪深两市震荡回落 银行股护盘',
  '沪深两市大盘今日震荡回落，中小创遭遇重创，场内掀起跌停潮。尾盘银行股崛起护盘，但获利盘涌出形成抛压。截至收盘，上证综指报收3114.80点，下跌2.67%；深证成指下跌6.55%；两市成交额6810亿元。',
  '行业方面，28个行业指数仅有银行板块上涨，计算机、电子和通信指数跌幅居前。概念方面，题材概念全线回调，传感器、移动支付板块跌幅居前。',
  '消息面上，中共中央、国务院于近日印发了《关于深化国有企业改革的指导意见》。《指导意见》提出，到2020年在国有企业改革重要领域和关键环节取得决定性成果。',
].join('\n');

/**
 * US agencies named by what they are (constructed, after the eighth held-out set's housing-finance and tax
 * releases, which scored 0.06 and 0.04): the agency once in full with its acronym, then by the acronym.
 */
export const POLICY_EN_AGENCY = [
  'FHFA raises conforming loan limits for 2026',
  'The Federal Housing Finance Agency (FHFA) announced on Tuesday that it will raise the maximum conforming loan limit for mortgages acquired by Fannie Mae and Freddie Mac.',
  'The FHFA said the new limit reflects the rise in home prices measured by its house price index. FHFA also set higher limits for high-cost areas.',
].join('\n');

/** A treasurer's budget (constructed, after an Australian budget story read as not policy, 0.39). */
export const POLICY_EN_BUDGET = [
  'Treasurer defends energy rebates in federal budget',
  'Treasurer Jim Chalmers defended the $300 energy rebates for every household in his third federal budget, saying the measures were needed to ease cost-of-living pressure.',
  'Economists said the rebates could add to inflation, but the treasurer said the budget also capped the price of medicines.',
].join('\n');

/** A company launching a product named … Service (constructed): no agency, company news. */
export const PRODUCT_SERVICE_EN = [
  'Streaming company unveils Premium Music Service',
  'The company unveiled its Premium Music Service on Monday, priced at $10.99 a month, and said the launch would lift quarterly revenue.',
  'Its shares rose 4% as analysts said the Premium Music Service could win subscribers from rivals.',
].join('\n');

/**
 * Where a story happens, not what it is about (after a review's real pages): an agency screening
 * travellers and a PTA treasurer's embezzlement name bodies but say nothing of policy.
 */
export const TRAVEL_AGENCY_EN = [
  'Record number of travelers expected at airports this holiday',
  'The Transportation Security Administration (TSA) expects to screen a record 3 million passengers on Sunday. TSA officers urged travelers to arrive early, and the TSA said wait times at major airports could exceed an hour.',
].join('\n');

export const PTA_TREASURER_EN = [
  'Former PTA treasurer charged with theft',
  'A former PTA treasurer was charged on Monday with taking $13,000 from the school group. The treasurer wrote checks to herself over two years, police said, and the PTA president noticed the missing money.',
].join('\n');

/** A listed body as the place of a story with no policy in it (constructed): a White House visit. */
export const WHITE_HOUSE_VISIT_EN = [
  'Champions celebrate title at the White House',
  'The champions visited the White House on Friday, posed for photos on the South Lawn and gave the President a signed jersey.',
  'The White House said the team also toured the East Wing before lunch.',
].join('\n');

/** A prudential regulator known by its initials (constructed, after a held-out page that scored 0.06). */
export const POLICY_EN_APRA = [
  'APRA lifts mortgage serviceability buffer',
  'APRA said on Wednesday it would require banks to test whether new borrowers could afford their repayments if the interest rate rose by 3 percentage points, up from 2.5.',
  'The regulator said the higher buffer would apply from November to all new home loans.',
].join('\n');

/** The other APRA, the music-rights society (constructed): no regulator, no policy. */
export const MUSIC_APRA_EN = [
  'Songwriters win APRA awards',
  'Three songwriters won APRA awards on Tuesday night. APRA said the winners were chosen by its members, and APRA will stream the ceremony next week.',
].join('\n');

/**
 * Legislatures and cabinets outside the US and China (constructed, after the tenth held-out set's
 * Korean, EU and Indian stories, which scored 0.03-0.12).
 */
export const POLICY_EN_LEGISLATURE = [
  'Lawmakers back bigger tax credits for chipmakers',
  'The National Assembly on Thursday passed a bill that gives chipmakers bigger tax credits for new plants.',
  'The legislation raises the credit for large companies to 15% from 8%, and takes effect next month.',
].join('\n');

/** A carmaker's sales story that mentions tax credits (constructed): company news. */
export const COMPANY_TAX_CREDITS_EN = [
  'Carmaker says US sales rose 12%',
  'The carmaker said US sales rose 12% in the quarter as buyers took advantage of tax credits, and its shares gained 3%.',
  'Analysts expect quarterly revenue to beat estimates, helped by strong demand for its electric SUV.',
].join('\n');

/** Trade measures (constructed, after an EU sanctions package and an onion export ban read as not policy). */
export const POLICY_EN_TRADE_MEASURES = [
  'EU adopts new sanctions on steel imports',
  'The EU on Friday adopted a new package of sanctions, including an import ban on steel products and an export ban on machine tools.',
  'The measures add to the export duty agreed by the European Council in March and take effect next month.',
].join('\n');

/** A tax cut decided by a cabinet of ministers (constructed, after a VAT cut in Angola read as not policy). */
export const POLICY_EN_VAT_CUT = [
  'VAT on basic foods to be halved',
  "The country's Council of Ministers decided on Thursday to cut the value added tax (VAT) on basic foods from 14% to 7%.",
  'The Minister of Finance said the tax cut would ease the cost of living and take effect on January 1.',
].join('\n');

/**
 * A state law (constructed, after a California minimum-wage law read as not policy, 0.08): the legislature
 * passes it and it is signed into law.
 */
export const POLICY_EN_STATE_LAW = [
  'Farm workers to get higher minimum wage',
  'A bill raising the minimum wage for farm workers to $18 an hour was signed into law on Tuesday.',
  'The state legislature passed the bill last month after a year of talks with growers and unions.',
].join('\n');

/**
 * Local and legal stories with official words (after a review's real pages, read as policy by a first
 * version of the rules above that counted Council, Mayor, Governor, approved, imposed and sanctions): a
 * council meeting on parking, a board of governors' motions, a court's sanctions.
 */
export const COUNCIL_MEETING_EN = [
  'Council approves new parking rules downtown',
  'The City Council approved changes to parking rules at its meeting on Tuesday by a 7-0 vote, and Mayor Ann Lee thanked the Student Council for its petition.',
  'Council members said the new meters would be installed in March.',
].join('\n');

export const GOVERNORS_MOTIONS_EN = [
  'Board of Governors approves motions',
  'The following motions were approved by the Board of Governors at its meeting: the renaming of the library, the new academic calendar and the appointment of two deans.',
  'The Governors also approved the minutes of the previous meeting.',
].join('\n');

export const COURT_SANCTIONS_EN = [
  'Judge orders sanctions over frivolous lawsuit',
  'A federal judge ordered nearly $1 million in sanctions against the plaintiff and his attorney, finding the lawsuit frivolous. The judge imposed the sanctions jointly.',
  'The attorney said he would appeal the sanctions.',
].join('\n');

/** A company's board approves a deal and its shareholders a dividend (constructed): company news, no policy. */
export const COMPANY_APPROVALS_EN = [
  'Shareholders approve merger of two regional grocers',
  'Shareholders of Fresh Valley approved the merger with Green Basket on Thursday, and the board approved a special dividend of 40 cents a share.',
  'The deal values Fresh Valley at $2.1 billion; analysts said the combined chain would have 900 stores. Shares rose 3%.',
].join('\n');

/** A gold market report quoting the World Gold Council (constructed): prices, no policy. */
export const GOLD_COUNCIL_MARKET_EN = [
  'Gold holds near record as ETF demand climbs',
  'Gold traded at $2,410 an ounce on Monday, near its record, as investors added to bullion funds.',
  'Holdings of gold ETFs rose for a third month, the World Gold Council said, and futures volumes climbed on the Comex.',
].join('\n');

/**
 * Universities' budgets (constructed, after a held-out page read as policy, 0.76): 教育部 and 工信部 name the
 * ministries the universities sit under (教育部直属高校), not a ministry's decision.
 */
export const UNIVERSITY_BUDGETS_ZH = [
  '教育部直属高校2024年部门预算出炉',
  '近日，75所教育部直属高校陆续公开2024年部门预算。其中，清华大学预算总额最高，浙江大学、北京大学紧随其后。',
  '工信部直属高校中，哈尔滨工业大学预算最多。教育部直属高校预算总额较上年有所增长，部分高校预算有所下降。',
].join('\n');
