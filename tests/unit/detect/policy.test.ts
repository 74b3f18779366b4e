/** Policy classification (LABELING.md §1): policy news true; market, company, IPO and editorial pages false. */
import { describe, expect, it } from 'vitest';
import { analyze, POLICY_THRESHOLD } from '../../../lib/detect/index';
import { FIRST_PERSON_ZH, OPINION_WORDS_ZH } from '../../../lib/detect/lexicon';
import * as articles from './articles';

describe('policy classification', () => {
  it.each([
    ['POLICY_ZH', articles.POLICY_ZH],
    ['POLICY_ZH_PRESS', articles.POLICY_ZH_PRESS],
    ['POLICY_EN', articles.POLICY_EN],
    ['POLICY_EN_FOMC', articles.POLICY_EN_FOMC],
    ['POLICY_EN_POLITBURO', articles.POLICY_EN_POLITBURO],
    ['POLICY_EN_PREMIER', articles.POLICY_EN_PREMIER],
    ['POLICY_EN_PBC', articles.POLICY_EN_PBC],
    ['GUIDANCE_ZH', articles.GUIDANCE_ZH],
    ['POLICY_EN_TARIFF', articles.POLICY_EN_TARIFF],
    ['POLICY_EN_EXPORT_CONTROLS', articles.POLICY_EN_EXPORT_CONTROLS],
    ['POLICY_EN_BOE', articles.POLICY_EN_BOE],
    ['POLICY_ZH_EXCHANGE', articles.POLICY_ZH_EXCHANGE],
    ['POLICY_ZH_PROGRESS', articles.POLICY_ZH_PROGRESS],
    ['POLICY_EN_FOMC_STATEMENT', articles.POLICY_EN_FOMC_STATEMENT],
    ['POLICY_EN_ENFORCEMENT', articles.POLICY_EN_ENFORCEMENT],
    ['POLICY_ZH_CITY_BUREAU', articles.POLICY_ZH_CITY_BUREAU],
    ['POLICY_EN_RATE_CUT', articles.POLICY_EN_RATE_CUT],
    ['POLICY_EN_FED_HIKE', articles.POLICY_EN_FED_HIKE],
    ['POLICY_EN_RBA', articles.POLICY_EN_RBA],
    ['POLICY_EN_BOJ', articles.POLICY_EN_BOJ],
    ['POLICY_EN_SEC_RULE', articles.POLICY_EN_SEC_RULE],
    ['POLICY_EN_PRESS_CONFERENCE', articles.POLICY_EN_PRESS_CONFERENCE],
    ['POLICY_ZH_REGULATOR_RULES', articles.POLICY_ZH_REGULATOR_RULES],
    ['POLICY_EN_STRESS_TEST', articles.POLICY_EN_STRESS_TEST],
    ['POLICY_EN_AGENCY', articles.POLICY_EN_AGENCY],
    ['POLICY_EN_BUDGET', articles.POLICY_EN_BUDGET],
    ['POLICY_EN_APRA', articles.POLICY_EN_APRA],
    ['POLICY_EN_LEGISLATURE', articles.POLICY_EN_LEGISLATURE],
    ['POLICY_EN_TRADE_MEASURES', articles.POLICY_EN_TRADE_MEASURES],
    ['POLICY_EN_VAT_CUT', articles.POLICY_EN_VAT_CUT],
    ['POLICY_EN_STATE_LAW', articles.POLICY_EN_STATE_LAW],
  ])('%s is a policy article', (_name, text) => {
    const a = analyze(text);
    expect(a.isPolicy).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(POLICY_THRESHOLD);
  });

  it.each([
    ['MARKET_CLOSE_ZH', articles.MARKET_CLOSE_ZH],
    ['EARNINGS_ZH', articles.EARNINGS_ZH],
    ['IPO_ZH', articles.IPO_ZH],
    ['ANNOUNCEMENT_ZH', articles.ANNOUNCEMENT_ZH],
    ['EDITORIAL_ZH', articles.EDITORIAL_ZH],
    ['EDITORIAL_ZH_OFFICIAL', articles.EDITORIAL_ZH_OFFICIAL],
    ['MARKET_EN', articles.MARKET_EN],
    ['SPORTS_EN', articles.SPORTS_EN],
    ['COMPANY_DEAL_EN', articles.COMPANY_DEAL_EN],
    ['COMMODITIES_EN', articles.COMMODITIES_EN],
    ['BONDS_EN', articles.BONDS_EN],
    ['EXPLAINER_EN', articles.EXPLAINER_EN],
    ['METALS_EN', articles.METALS_EN],
    ['COMPANY_SEC_FILING_EN', articles.COMPANY_SEC_FILING_EN],
    ['EARNINGS_CALL_EN', articles.EARNINGS_CALL_EN],
    ['ADVICE_ZH', articles.ADVICE_ZH],
    ['SPORTS_ACRONYMS_EN', articles.SPORTS_ACRONYMS_EN],
    ['PODCAST_TRANSCRIPT_EN', articles.PODCAST_TRANSCRIPT_EN],
    ['ANNUAL_REPORT_FLASH_ZH', articles.ANNUAL_REPORT_FLASH_ZH],
    ['MARKET_CLOSE_MENTION_ZH', articles.MARKET_CLOSE_MENTION_ZH],
    ['PRODUCT_SERVICE_EN', articles.PRODUCT_SERVICE_EN],
    ['TRAVEL_AGENCY_EN', articles.TRAVEL_AGENCY_EN],
    ['PTA_TREASURER_EN', articles.PTA_TREASURER_EN],
    ['WHITE_HOUSE_VISIT_EN', articles.WHITE_HOUSE_VISIT_EN],
    ['MUSIC_APRA_EN', articles.MUSIC_APRA_EN],
    ['COMPANY_TAX_CREDITS_EN', articles.COMPANY_TAX_CREDITS_EN],
    ['COMPANY_APPROVALS_EN', articles.COMPANY_APPROVALS_EN],
    ['GOLD_COUNCIL_MARKET_EN', articles.GOLD_COUNCIL_MARKET_EN],
    ['COUNCIL_MEETING_EN', articles.COUNCIL_MEETING_EN],
    ['GOVERNORS_MOTIONS_EN', articles.GOVERNORS_MOTIONS_EN],
    ['COURT_SANCTIONS_EN', articles.COURT_SANCTIONS_EN],
    ['UNIVERSITY_BUDGETS_ZH', articles.UNIVERSITY_BUDGETS_ZH],
  ])('%s is not a policy article', (_name, text) => {
    const a = analyze(text);
    expect(a.isPolicy).toBe(false);
    expect(a.score).toBeLessThan(POLICY_THRESHOLD);
  });

  it("does not count a market report's news paragraph, however much of a document it quotes (held-out set 33)", () => {
    const news =
      '消息面上，中共中央、国务院于近日印发了《关于深化国有企业改革的指导意见》。《指导意见》提出，国有企业必须切实推进改革，深化混合所有制改革，加强国有资产监管，推进国有资本投资运营公司试点，指导各地完善现代企业制度。';
    const close = [
      '沪指大跌2.67% 两市成交6810亿元',
      '沪深两市大盘今日震荡回落。截至收盘，上证综指报收3114.80点，下跌2.67%；深证成指下跌6.55%。',
      news,
    ].join('\n');
    const a = analyze(close);
    expect(a.isPolicy).toBe(false);
    expect(
      a.reasons.some((r) => r.startsWith('policy documents named:') || r.startsWith('normative language:')),
    ).toBe(false);
    // The same paragraph as a page's own news is counted.
    const own = analyze(news.replace('消息面上，', ''));
    expect(own.reasons.some((r) => r.startsWith('policy documents named:'))).toBe(true);
    expect(own.reasons.some((r) => r.startsWith('normative language:'))).toBe(true);
  });

  it('counts curbs on credit as policy language in English (blind held-out set 24)', () => {
    const r = analyze('China will keep clamping down on credit. The curbs were introduced this year.', {
      title: 'China keeps credit curbs',
    });
    const words = r.reasons.find((x) => x.startsWith('policy verbs:')) ?? '';
    expect(words).toContain('curbs');
    expect(words).toContain('clamping down');
  });

  it('counts a rule coming into force as policy language in English (blind held-out set 23)', () => {
    const r = analyze(
      'New EU rules set compensation for air passengers. The new rules come into force on Thursday.',
      {
        title: 'Air passengers win new rights',
      },
    );
    const words = r.reasons.find((x) => x.startsWith('policy verbs:')) ?? '';
    expect(words).toContain('new rules');
    expect(words).toContain('into force');
  });

  it('explains itself with reasons for and against', () => {
    const yes = analyze(articles.POLICY_ZH);
    expect(yes.reasons.some((r) => r.startsWith('issuing bodies:') && r.includes('国务院办公厅'))).toBe(true);
    expect(yes.reasons.some((r) => r.startsWith('policy documents named:'))).toBe(true);
    expect(yes.reasons.some((r) => r.startsWith('enumerated directives:'))).toBe(true);
    const no = analyze(articles.MARKET_CLOSE_ZH);
    expect(no.reasons.some((r) => r.startsWith('against — market signals:') && r.includes('沪指'))).toBe(
      true,
    );
    const editorial = analyze(articles.EDITORIAL_ZH_OFFICIAL);
    expect(editorial.reasons.some((r) => r.startsWith('against — opinion or explainer:'))).toBe(true);
    expect(editorial.reasons.some((r) => r.startsWith('against — first-person opinion:'))).toBe(true);
  });

  it("reads an essay's 本文分析 and a research team's byline (宏观团队) as opinion, not a source line or a reporter's byline (held-out set 35, a review)", () => {
    const body =
      '新冠疫情暴发后，全球央行释放流动性以刺激经济，有效应对了疫情的冲击，但也造成了央行资产负债表的大幅扩张。央行的政策工具进一步丰富，央行实施的措施各有侧重。';
    expect(analyze(`货币超发的危害\n${body}`).reasons.join()).not.toContain('opinion or explainer');
    expect(analyze(`货币超发的危害\n本文分析了货币超发为何并未引发通胀。${body}`).reasons).toContain(
      'against — opinion or explainer: 本文分析',
    );
    expect(analyze(`央行再降息可能性不大\n文/解运亮 信达证券宏观团队\n${body}`).reasons).toContain(
      'against — opinion or explainer: 宏观团队',
    );
    // A source line, a length note, a reporter's byline, a document's 本文件 and 中文/English are no opinion.
    const news = '上海市政府近日印发《关于促进消费的若干措施》，提出十条措施。';
    for (const line of [
      '本文来源：上海发布',
      '（本文约800字）',
      '文/本报记者 李明',
      '本文件自印发之日起施行。中文/English',
    ]) {
      const a = analyze(`上海出台促进消费十条措施\n${line}\n${news}`);
      expect(a.reasons.join()).not.toContain('opinion or explainer');
      expect(a.isPolicy).toBe(true);
    }
  });

  it('reads opinion outside quotations: an official quoted in the first person is still policy news', () => {
    const a = analyze(`${articles.POLICY_ZH_PRESS}\n“我认为，这些措施将有效提振消费。”商务部负责人说。`);
    expect(a.isPolicy).toBe(true);
    expect(a.reasons.some((r) => r.startsWith('against — first-person opinion:'))).toBe(false);
  });

  it("reads an English quotation in straight double quotes as the speaker's, not the page's (a blind held-out page)", () => {
    const bill = analyze(
      'No more concessions on terror bill\nThe government will not make further concessions on its plan for control orders, the home secretary said. He announced the bill would go before Parliament. "I think the bill should pass as it stands," he said. "I believe what I announced yesterday will be sufficient," he added. Ministers should publish the orders, the government said.',
    );
    expect(bill.reasons.join()).not.toContain('first-person opinion');
    expect(bill.isPolicy).toBe(true);
    // Outside quotation marks, or across a paragraph break, the first person is still the page's.
    const own = analyze(
      'Why the bill is wrong\nI think the government should drop its plan. "It is\nI believe" no answer.',
    );
    expect(own.reasons).toContain('against — first-person opinion: i think, i believe');
    // Quote marks that do not pair up as a quotation (inches, an odd count) remove nothing (a review).
    const inches = analyze(
      'Why the pipes plan is wrong\nThe 12" pipes cost more. I think the plan is wrong and I believe it will fail. He said "yes".',
    );
    expect(inches.reasons).toContain('against — first-person opinion: i think, i believe');
  });

  it('reads the first person outside quotations only, a quotation of over 300 characters excepted', () => {
    const quoted = (inner: string) =>
      analyze(`${articles.POLICY_ZH_PRESS}\n商务部负责人说：“${inner}”`).reasons.find((r) =>
        r.startsWith('against — first-person opinion:'),
      );
    expect(quoted('我认为，这些措施将有效提振消费。')).toBeUndefined();
    // Past 300 characters it is no quotation the rule knows: the text reads as the page's own words.
    expect(quoted(`我认为${'这些措施将有效提振消费。'.repeat(30)}`)).toBe(
      'against — first-person opinion: 我认为',
    );
    // The Chinese lists read outside quotations are counted in the body's pass with the quotations as
    // regions, which needs words without spaces.
    for (const word of [...OPINION_WORDS_ZH, ...FIRST_PERSON_ZH]) expect(word).not.toMatch(/\s/);
  });

  it('counts no signal word inside another word (执行情况, 经济大盘, 中国青年报, 今年报告)', () => {
    const a = analyze(articles.POLICY_ZH_PROGRESS);
    expect(a.reasons.filter((r) => r.startsWith('against'))).toEqual([]);
    // The same words standing alone still count.
    const market = analyze('大盘震荡，行情低迷，公司发布年报。');
    expect(market.reasons).toContain('against — market signals: 大盘, 行情');
    expect(market.reasons.some((r) => r.includes('年报'))).toBe(true);
  });

  it('does not read a Chinese document called "Opinions on …" in English as commentary', () => {
    const a = analyze(
      'The State Council issued the Opinions on Deepening the Implementation of the AI Plus Action.\nThe opinions set targets for 2027 and call for broader use of AI in industry.',
    );
    expect(a.reasons.some((r) => r.startsWith('against — commentary'))).toBe(false);
  });

  it('counts an English market word against only once past its first mention, and as no commentary', () => {
    // "a quarter point" is no earnings quarter, and analysts are quoted in policy news too.
    const cut = analyze(articles.POLICY_EN_RATE_CUT);
    expect(cut.reasons).toContain('against — market signals: analysts');
    expect(cut.reasons.some((r) => r.startsWith('against — commentary'))).toBe(false);
    expect(cut.reasons.some((r) => r.startsWith('against') && r.includes('quarter'))).toBe(false);
    // A market report on the same kind of decision repeats its vocabulary, and stays one.
    const wrap = analyze(
      'Stocks slip as the Fed holds rates\nThe Federal Reserve held interest rates steady on Wednesday. Shares of banks fell and the Dow lost 1%.',
    );
    expect(wrap.reasons).toContain('against — market signals: stock, shares, dow');
    expect(wrap.isPolicy).toBe(false);
  });

  it('reads a currency or crypto report that waits on central banks as a market report (held-out pages)', () => {
    // Central banks and their policy are the story's news peg; traders, dealers and strategists, record
    // highs and coin prices are what it reports.
    const fx = analyze(
      'Dollar edges up as markets await the ECB\nThe dollar edged up against the euro on Friday, a day before the European Central Bank meets. Its policymakers are expected to ease monetary policy, dealers said. The yen held near two-month highs after the Bank of Japan kept interest rates on hold. "The central bank meetings are the event risk," said a currency strategist in London. The euro stayed off its highs, and dealers expect a quiet session.',
    );
    expect(fx.reasons).toContain('against — market signals: dealers×2, highs×2, strategist');
    expect(fx.isPolicy).toBe(false);
    const coins = analyze(
      'Bitcoin slides as the Fed signals higher rates\nBitcoin fell 6% after the Federal Reserve said it would keep monetary policy tight. Crypto traders sold, and the cryptocurrency market lost $90 billion.',
    );
    expect(coins.isPolicy).toBe(false);
  });

  it('reads a regulator handing down a titled document (下发《…》) as issuing it (a blind held-out page)', () => {
    // The lede of a real story (2014-06-12, from the GitHub corpus dji2001/chinese_financial_news_projet),
    // where insurers and their yields fill the rest of the page.
    const rules = analyze(
      '保监会启动万能保险改革 以回归保障本质为宗旨\n披着保险华丽外衣的万能保险产品即将受到保监会新的监管规定。保监会近日内部下发《万能保险精算规定（征求意见稿）》，对万能保险的风险保额、结算利率、费用收取、持续奖金等方面进行规定。体现出让利消费者、万能保险更多地回归保障本质宗旨。\n万能险在国外属于保障型险种，产品类型介于定期寿险和终身寿险之间，消费者在享受到保障功能的同时，又能分享来自资本市场的收益。然而引入我国后，演变至今，保障功能几可忽略不计，基本上已"沦陷"为价格敏感型的理财型险种。许多中小型保险公司就通过发行高收益率、高现金价值的万能险冲保费规模，如很多通过互联网销售的保险理财产品，年化预期收益率达6%~8%。\n此次意见稿大大提升了万能险的保障功能，要求保险公司除提供有年金选择权的万能保险外，对于投保年龄满18周岁的被保险人，个人万能保险在保单签发时的死亡风险保额应满足下列情形之一：意外和疾病死亡风险保额不低于保单账户价值的20%；意外死亡风险保额不低于保单账户价值的50%。\n死亡风险保额是指有效保额减去保单账户价值。其中有效保额是指被保险人身故时，保险公司支付的死亡保险金额。在2007年下发的《万能保险精算规定》中，个人万能保险在保单签发时的死亡风险保额，仅规定不得低于保单账户价值的5%。',
    );
    expect(rules.reasons).toContain('a body issues a titled document');
    expect(rules.isPolicy).toBe(true);
  });

  it('reads an English headline that reports a market move as a market report (a blind held-out page)', () => {
    const fx = analyze(
      "Dollar gains on Greenspan speech\nThe dollar rose against the euro after the Federal Reserve chairman said the US trade deficit is set to stabilise. He highlighted the US government's willingness to curb spending. The White House and the finance ministers of the G7 meet on Friday to discuss policy and the interest rate outlook.",
    );
    expect(fx.reasons).toContain(
      'against — the headline reports a market move: Dollar gains on Greenspan speech',
    );
    expect(fx.isPolicy).toBe(false);
    // A body deciding is no market move, nor is a market word that is not the headline's subject.
    for (const title of [
      'Fed holds rates as stocks rise',
      'Oil ministers agree output cuts',
      'Gold mining law passes',
      // A review's regulatory headlines: a noun between, or a verb that is no price move here.
      'Oil firms face windfall tax',
      'Yuan reform gains pace',
      'Markets watchdog hits banks with new rules',
      'Oil giants hit by new EU sanctions',
    ])
      expect(analyze(`${title}\nThe decision was taken.`).reasons.join()).not.toContain('market move');
  });

  it('reads an English headline whose subject is a body deciding as policy news (held-out pages)', () => {
    // Short decision stories say little more of policy than their headline.
    const imf = analyze(
      "IMF approves $1.2 billion for Ghana\nThe International Monetary Fund said on Friday its executive board had completed the second review of Ghana's programme, allowing an immediate disbursement of $360 million. Ghana defaulted on most of its external debt in 2022.",
    );
    expect(imf.reasons).toContain(
      "the headline's subject is a body deciding: IMF approves $1.2 billion for Ghana",
    );
    expect(imf.isPolicy).toBe(true);
    const eu = analyze(
      'EU adopts new sanctions on Russian oil\nThe 27 member states agreed on Friday to lower the price cap on Russian crude to $47.60 a barrel and listed 105 more tankers of the shadow fleet.',
    );
    expect(eu.isPolicy).toBe(true);
    expect(
      analyze('Cabinet Approves Changes to Chip Incentive Scheme\nThe changes take effect next month.')
        .reasons,
    ).toContain(
      "the headline's subject is a body deciding: Cabinet Approves Changes to Chip Incentive Scheme",
    );
    // The body with its country or its board (held-out sets 26 and 31).
    for (const title of [
      'ITALIAN TREASURY CUTS INTEREST ON CERTIFICATES',
      'Federal Reserve Board announces approval of application by WesBanco, Inc.',
      'Japanese government approves extra budget',
    ])
      expect(analyze(`${title}\nThe decision was taken on Wednesday.`).reasons).toContain(
        `the headline's subject is a body deciding: ${title}`,
      );
    // Not a body further in (a market wrap), nor a company named after one.
    for (const title of ['Stocks slip as the Fed holds rates', 'Treasury Wine Estates announces a buyback'])
      expect(analyze(`${title}\nShares rose 2%.`).reasons.join()).not.toContain('a body deciding');
  });

  it("reads Treasury yields as the bond market, not the Treasury, and an explainer's you as no news", () => {
    const bonds = analyze(articles.BONDS_EN);
    expect(bonds.reasons).toContain('issuing bodies: Federal Reserve');
    expect(bonds.reasons).toContain('against — market signals: yields×2, traders');
    // The department itself still counts, its securities bought by a central bank too.
    const fomc = analyze(
      'The Committee will continue to buy Treasury securities. The Treasury issued guidance.',
    );
    expect(fomc.reasons).toContain('issuing bodies: Treasury×2');
    expect(analyze(articles.EXPLAINER_EN).reasons).toContain('against — commentary signals: your×6, you×6');
  });

  it("names each central bank once, and hears no commentary in a speaker's thank you (a second review)", () => {
    const ny = analyze('The Federal Reserve Bank of New York said the Federal Reserve would act.');
    expect(ny.reasons).toContain('issuing bodies: Federal Reserve×2');
    const speech = analyze(
      'Thank you, and thank you for inviting me. The Federal Reserve will keep monetary policy restrictive.',
    );
    expect(speech.reasons.some((r) => r.startsWith('against — commentary'))).toBe(false);
    // A currency and a bond yield are what a central bank's own decisions are about: no market report.
    expect(analyze(articles.POLICY_EN_BOJ).reasons).toContain('issuing bodies: BOJ×3, Bank of Japan');
    // Central banks named Central Bank of … and their Monetary Boards (a blind held-out page); the European
    // Central Bank is counted once, as itself.
    const cbsl = analyze(
      'The Monetary Board of the Central Bank of Sri Lanka decided to maintain the policy rates of the Central Bank.',
    );
    expect(cbsl.reasons).toContain('issuing bodies: Monetary Board, Central Bank of');
    expect(analyze('The European Central Bank kept rates on hold.').reasons).toContain(
      'issuing bodies: European Central Bank',
    );
    // Central banks called Bank of <country> (blind held-out pages); the commercial banks of those names are not.
    expect(analyze('The Bank of Canada held its key rate at 5%.').reasons).toContain(
      'issuing bodies: Bank of Canada',
    );
    expect(analyze('Bank of America and Bank of China reported profits.').reasons.join()).not.toContain(
      'issuing bodies',
    );
  });

  it('counts the nouns of policy (政策 措施 制度 试点) with its verbs: a report with no issuing body (held-out pages)', () => {
    const a = analyze(
      '海南自由贸易港启动全岛封关\n12月18日起，全岛封关运作正式启动，一系列税收政策和配套措施同步实施。进口商品实行负面清单管理，“零关税”政策覆盖约6600个税目。加工增值内销免关税政策由试点扩大到全岛，相关监管制度同步落地。',
    );
    expect(a.reasons).toContain('policy verbs: 政策×3, 措施, 实施, 试点');
    expect(a.isPolicy).toBe(true);
    // A market report's one mention of policy stays one.
    const close = analyze(
      '沪指收涨0.8%\n今日沪指高开高走，收盘上涨0.8%，两市成交额1.2万亿元。分析人士认为，稳增长政策持续发力，市场情绪回暖，券商、地产板块领涨，个股涨多跌少。',
    );
    expect(close.isPolicy).toBe(false);
  });

  it('counts local governments, their departments and executive meetings as issuing bodies (a blind held-out set)', () => {
    const county = analyze(
      '第36次县长办公会议召开\n会议审议了县财政局关于2020年预算执行情况的汇报，要求各乡镇抓好落实。',
    );
    expect(county.reasons).toContain('issuing bodies: 县长办公会, 财政局');
    const vouchers = analyze('据山东省商务厅介绍，一季度全省发放消费券5亿元，拉动消费超100亿元。');
    expect(vouchers.reasons).toContain('issuing bodies: 商务厅');
    // A county's or district's party secretary directing its leaders' meeting (held-out set 18).
    const meeting = analyze(
      '丰润区召开四大班子联席会议\n我区召开四大班子联席会议，研究部署当前重点工作。区委书记指出，要重点抓好产业项目谋划推进和招商引资。\n一要改进工作方法。\n二要解放思想，推进工作落实。',
    );
    expect(meeting.reasons).toContain('issuing bodies: 区委书记');
    expect(meeting.isPolicy).toBe(true);
  });

  it("hears an official's own words, not an opinion, in a speech titled as one (held-out set 18)", () => {
    const speech = analyze(
      'Budget Speech by the Financial Secretary\nI believe that our economy will recover this year. The Government will extend the relief measures, and I propose to waive rates for the first quarter.',
    );
    expect(speech.reasons).toContain('issuing bodies: Financial Secretary, Government');
    expect(speech.reasons.some((r) => r.includes('first-person'))).toBe(false);
    expect(speech.isPolicy).toBe(true);
    // A column on the same budget keeps its first person.
    const column = analyze(
      'A columnist on the budget\nI believe that the Government got the relief measures wrong, and in my view the waiver of rates is a mistake.',
    );
    expect(column.reasons).toContain('against — first-person opinion: i believe, in my view');
    expect(column.isPolicy).toBe(false);
  });

  it("reads a budget's measures printed as bullets with no verb, and the Chancellor opening a sentence (held-out set 33)", () => {
    const budget = [
      "The Chancellor's speech: measure for measure",
      'The Chancellor started his speech just after 3.30pm by heralding his budget as a budget for Britain to succeed.',
      '• 10p bottom rate of income tax on the first £1,500 of taxable income.',
      "• Basic rate of income tax down 1p to 22p in a year's time.",
      '• Married couples allowance to be replaced from 2001 by a new tax credit for children.',
      '• No tax for child benefit. Next month it will be increased on the first child.',
    ].join('\n');
    const a = analyze(budget);
    expect(a.reasons).toContain('issuing bodies: The Chancellor×2');
    expect(a.reasons).toContain('policy verbs: budget×2, income tax×2, taxable income, basic rate');
    expect(a.isPolicy).toBe(true);
    // Not a chancellor of anything else in lower case.
    expect(
      analyze(budget.replace(/The Chancellor/g, 'the university chancellor')).reasons.join(),
    ).not.toContain('issuing bodies');
  });

  it('reads an English opinion page by its label, its disclaimer or a headline arguing a case (held-out set 33)', () => {
    const body = [
      'People used to say the Federal Reserve had to raise rates to fight inflation that never came. Then they said it had to raise rates to fight bubbles that nobody could find.',
      'What is real, though, are all the jobs the economy has been adding, an average of 243,000 a month for the last year, enough to drive unemployment down to 5.1 percent.',
      'Wages have barely moved, and prices are rising more slowly than at any time in the past decade. A return to normal looks a long way off for most families.',
      'So it is hard to see why the Fed should move this September, when waiting a few more months would cost so little and could spare millions of workers a weaker recovery.',
    ].join('\n');
    expect(analyze(`The Fed and the jobs market\n${body}`).isPolicy).toBe(true);
    const labelled = analyze(`The Fed and the jobs market\nCommentary\n${body}`);
    expect(labelled.reasons).toContain('against — opinion or explainer: Commentary');
    expect(labelled.isPolicy).toBe(false);
    const disclaimed = analyze(
      `The Fed and the jobs market\nThe views expressed by contributors are their own and not the view of The Hill\n${body}`,
    );
    expect(disclaimed.reasons).toContain(
      'against — opinion or explainer: views expressed by contributors are their own',
    );
    expect(disclaimed.isPolicy).toBe(false);
    const argued = analyze(`This is the worst argument for the Fed to raise rates\n${body}`);
    expect(argued.reasons.join()).toContain('opinion or explainer: This is the worst argument');
    expect(argued.isPolicy).toBe(false);
    // A label inside the story is no section label; a word of it in a sentence is none either.
    const inside = analyze(`The Fed and the jobs market\n${body}\nCommentary\nThe commentary above is ours.`);
    expect(inside.reasons.join()).not.toContain('opinion or explainer');
  });

  it('reads an op-ed signed "writes <name>" and an explainer of a notion as no news of policy (held-out set 34)', () => {
    const brash = [
      'He began by noting that the Labour finance spokesman was arguing for some change in the law under which the Reserve Bank operates.',
      'One change he advocates is a move away from leaving all decisions on monetary policy with the governor once the governor and the Minister of Finance have agreed the rate of inflation the Government wants.',
      'Fair enough: there are arguments for and against the single decision-maker model, and I can understand why some people would prefer a committee.',
      'The second change would widen what the bank is to target from low inflation alone to low inflation plus full employment. That would be a mistake, because in the long run interest rates cannot deliver jobs.',
    ].join('\n');
    expect(analyze(`Gould wrong about banks\n${brash}`).isPolicy).toBe(true);
    const signed = analyze(
      `Gould wrong about banks\nAlmost everything he contended was wrong, writes Don Brash.\n${brash}`,
    );
    expect(signed.reasons).toContain('against — opinion or explainer: writes Don Brash');
    expect(signed.isPolicy).toBe(false);
    const explainer = [
      'A final rule is the conclusive stage in the federal rulemaking process: a legally binding regulation issued by a government agency. Final rules establish, modify or repeal procedures that carry the force of law.',
      'The framework for rulemaking in the United States is set by an act of 1946, which lays down the procedures agencies must follow when they develop and issue regulations.',
      'An agency usually publishes a proposed rule first, takes comments from the public, and may revise the text before the final rule is published with its effective date.',
    ].join('\n');
    const notion = analyze(`What Is a Final Rule?\n${explainer}`);
    expect(notion.reasons).toContain('against — opinion or explainer: What Is a Final Rule?');
    expect(notion.isPolicy).toBe(false);
    // A question about one rule is news of it; a plain title is too.
    expect(analyze(`What Is the Final Rule on Climate Disclosure?\n${explainer}`).isPolicy).toBe(true);
    expect(analyze(`Final rules and the federal process\n${explainer}`).isPolicy).toBe(true);
  });

  it('reads a Chancellor cutting a tax in the headline as the decision, in lower case in the story (held-out set 34)', () => {
    const a = analyze(
      'Chancellor cuts basic income tax by 2p\nThe chancellor has unveiled plans for a two per cent cut in basic income tax in a Budget which he claimed would expand prosperity and fairness. Gordon Brown delivered his 11th set of economic plans to parliament.',
    );
    expect(a.reasons).toContain(
      "the headline's subject is a body deciding: Chancellor cuts basic income tax by 2p",
    );
    expect(a.isPolicy).toBe(true);
  });

  it("takes a statistics office's explanation of its figures and a writer's reasons for no directives (held-out set 34)", () => {
    const gdp = analyze(
      '国家统计局：一季度国内生产总值同比增长5.3%\n国家统计局发布数据显示，初步核算，一季度国内生产总值296299亿元，同比增长5.3%。\n国家统计局副局长盛来运在国新办新闻发布会上回答经济增速是否超预期时表示，第一，GDP增长5.3%是符合实际的，主要是工业回升带动的；第二，GDP增长5.3%是有支撑的，三大需求指标都是稳定回升的；第三，实物量指标的增长与GDP增长相匹配。',
    );
    expect(gdp.directives.map((d) => [d.marker, d.reported])).toEqual([
      ['第一，', true],
      ['第二，', true],
      ['第三，', true],
    ]);
    const forPolicy = gdp.reasons.filter((r) => !r.startsWith('against')).join();
    expect(forPolicy).not.toContain('国家统计局');
    // 发布 of a press conference (新闻发布会) or of figures (发布数据显示) is no policy verb.
    expect(forPolicy).not.toContain('发布');
    expect(gdp.reasons).toContain('against — the lede reports a statistics release: 统计局发布');
    expect(gdp.isPolicy).toBe(false);
    expect(analyze('国务院发布《关于数据安全的指导意见》。').reasons.join()).toContain('policy verbs: 发布');
    const blog = analyze(
      '说易先生的方案与政府房地产政策的思路是基本一致的，有三个理由。一是国有土地的全民所有性问题没有反映；二是方案只是因应房价过高的手段；三是没有考虑新增人口的需求。',
    );
    expect(blog.directives.every((d) => d.reported)).toBe(true);
  });

  it("reads a data release's figures as data, a listicle or a 'we shouldn't' headline as an argument, and a reader's 'you could' as no speculation (held-out set 35)", () => {
    const cpi = analyze(
      [
        'Consumer prices rise',
        'Higher energy prices boosted overall U.S. consumer prices, and even excluding volatile food and energy costs consumer prices rose sharply. The news may further fan fears that the Federal Reserve will raise interest rates later this year.',
        'The consumer price index rose 0.5% in March, up from a 0.3% increase in February, the Labor Department said Wednesday. The closely watched core rate rose 0.4%.',
        'Economists had expected a smaller rise. Retail sales also rose in March, the department said, and jobless claims fell for a third week.',
      ].join('\n'),
    );
    const market = cpi.reasons.find((r) => r.startsWith('against — market signals:')) ?? '';
    for (const w of ['consumer price index', 'retail sales', 'jobless claims']) expect(market).toContain(w);
    expect(cpi.isPolicy).toBe(false);
    const tax = [
      "Let's start off with some heresy: I don't think it's always a bad idea to raise taxes. Because this country has spent so much for so long, we'll have to raise taxes at some point.",
      'Now, it would be a terrible idea to raise taxes on anybody right now, whether by letting the tax cuts expire or by putting new tax increases into place.',
    ].join('\n');
    const listicle = analyze(`5 Reasons We Shouldn't Raise Taxes Right Now\n${tax}`);
    expect(listicle.reasons).toContain(
      "against — opinion or explainer: 5 Reasons We Shouldn't Raise Taxes Right Now",
    );
    expect(listicle.reasons.join()).toContain("first-person opinion: i don't think");
    expect(analyze(`Taxes and the recovery\n${tax}`).reasons.join()).not.toContain('opinion or explainer');
    const epg = [
      'The Energy Secretary announced the decision on Wednesday alongside the Spring Budget.',
      'A key element of the Budget was extending energy bills support for millions of households: the government will keep the energy price guarantee at its current level for three more months.',
      'How will the extension help you? The government said your typical bill will stay at £2,500 a year until July.',
    ].join('\n');
    const saving = analyze(`Energy bill support extended: here's how much money you could save\n${epg}`);
    expect(saving.reasons.join()).toContain('issuing bodies: government×2, Energy Secretary');
    expect(saving.reasons.join()).not.toContain('speculates');
    expect(saving.isPolicy).toBe(true);
    expect(analyze(`Energy bill support extended: prices could rise\n${epg}`).reasons.join()).toContain(
      'the headline speculates',
    );
  });

  it('counts the same names behind the score whatever English words were blanked before them (a review)', () => {
    const body =
      'The Federal Reserve said it would expand the Term Asset-Backed Securities Loan Facility and the Main Street Lending Program. It also extended the Primary Dealer Credit Facility and the Commercial Paper Funding Facility through March.';
    for (const lead of [
      'Bond yields fell sharply.',
      'Treasury yields fell sharply.',
      'Treasurys rallied as the SEC was silent.',
    ])
      expect(analyze(`Fed expands lending programs\n${lead} ${body}`).reasons).toContain(
        'named initiatives: 4',
      );
  });

  it("reads no opinion in an official's 'we must' or a news explainer's 'you need to know', and no minister in a university's chancellor (a review)", () => {
    const fed =
      'The Federal Reserve held its policy rate steady on Wednesday. The Fed said inflation remains elevated and the committee will keep policy restrictive.';
    for (const title of [
      'Powell: We must stay restrictive as Fed holds rates steady',
      'Fed holds rates; Powell says "we need to see more progress"',
    ]) {
      const a = analyze(`${title}\n${fed}`);
      expect(a.reasons.join()).not.toContain('opinion or explainer');
      expect(a.isPolicy).toBe(true);
    }
    const budget = analyze(
      'Budget 2024: everything you need to know\nThe Chancellor raised employer national insurance in the Budget and froze income tax thresholds.',
    );
    expect(budget.reasons.join()).not.toContain('opinion or explainer');
    expect(budget.reasons).toContain('issuing bodies: The Chancellor');
    const university = analyze(
      'Chancellor announces retirement after 12 years\nThe Chancellor said he would step down in June after twelve years leading the university system.',
    );
    expect(university.reasons.join()).not.toContain('issuing bodies');
    expect(university.reasons.join()).not.toContain('deciding');
    expect(university.isPolicy).toBe(false);
  });

  it('counts the lists of a notice a statistics office issues with others, and 发布 of a document about data (a review)', () => {
    const joint = analyze(
      '国家发展改革委、国家统计局近日联合印发通知，要求：一是加强统计。二是规范数据。三是强化监督。',
    );
    expect(joint.directives.some((d) => d.reported)).toBe(false);
    expect(joint.reasons).toContain('enumerated directives: 3');
    expect(
      analyze(
        '网信办发布数据出境安全评估办法\n国家互联网信息办公室近日发布数据出境安全评估办法，自9月1日起施行。',
      ).reasons.join(),
    ).toContain('policy verbs: 发布×2');
  });

  it("reads a preview's tipping and pricing, an editorial's 'Our view' and Norges Bank deciding (held-out set 36)", () => {
    const rba =
      'The Reserve Bank of Australia is tipped to keep the cash rate on hold at its meeting on Tuesday. Economists tip a pause after ten rises, and markets are pricing in a small chance of a further increase. The RBA board has said that some further tightening may be needed.';
    const preview = analyze(`RBA tipped to hold rates steady\n${rba}`);
    expect(preview.reasons).toContain('against — market signals: economists tip, markets are pricing');
    expect(preview.reasons.join()).toContain('the headline speculates');
    expect(preview.isPolicy).toBe(false);
    const norges = analyze(
      'Norges Bank raises policy rate\nNorges Bank raised its policy rate by 0.25 percentage point to 1.25 percent on Thursday. The Executive Board said the rate will most likely remain at this level.',
    );
    expect(norges.reasons).toContain('issuing bodies: Norges Bank×2');
    expect(norges.isPolicy).toBe(true);
    const editorial = analyze(
      'Now is not the time for a Fed cut\nThe economy is strong: Our view\nThe Federal Reserve should not cut interest rates now.',
    );
    expect(editorial.reasons).toContain('against — opinion or explainer: : Our view');
  });

  it('a policy headline saying what a rule will see done does not speculate (only sees, expects, predicts)', () => {
    const rules =
      'The Treasury said on Tuesday that the scheme, set out in regulations laid before Parliament, will take effect on 1 April. The Chancellor said the measures would support small businesses. Under the new rules, firms will be required to report their emissions, and the Financial Conduct Authority will supervise compliance.';
    for (const title of [
      'New rules will see banks hold more capital',
      'Government scheme will see 300,000 homes insulated',
      'Banks see new capital rules take effect',
      'What savers can expect from the new ISA rules',
    ])
      expect(analyze(`${title}\n${rules}`).reasons.join(), title).not.toContain('speculates');
    expect(analyze(`ING sees ECB cutting rates again this week\n${rules}`).reasons.join()).toContain(
      'the headline speculates',
    );
  });

  it('reads previews, forecasts, market closes, questions and essays for what they are (held-out set 37)', () => {
    const ecb =
      'The European Central Bank cut its deposit rate by a quarter point last month, and its Governing Council said policy would stay data-dependent. Inflation is close to target and the monetary policy stance is less restrictive.';
    // A forecast of a central bank's move in the headline or as the lede's subject.
    const ing = analyze(
      `ING sees ECB cutting rates again this week\nING expects the European Central Bank to cut interest rates again this week.\n${ecb}`,
    );
    expect(ing.reasons.join()).toContain('the headline speculates');
    expect(ing.reasons.join()).toContain('expects the European Central Bank to cut');
    expect(ing.isPolicy).toBe(false);
    for (const title of [
      'The economic week ahead: 23-27 October',
      'Stocks edge up ahead of Fed meeting',
      'What to watch at the ECB',
    ])
      expect(analyze(`${title}\n${ecb}`).reasons.join()).toContain('the headline speculates');
    // A body deciding in the headline is still the decision.
    expect(analyze(`ECB cuts rates, sees inflation at target\n${ecb}`).reasons.join()).not.toContain(
      'speculates',
    );
    // A market's close, whatever moved it.
    expect(analyze(`Stocks close higher ahead of Federal Reserve meeting\n${ecb}`).reasons.join()).toContain(
      'the headline reports a market move',
    );
    // A headline that opens with How explains (held-out sets 36 and 38).
    expect(analyze(`How the Reserve Bank decides the OCR\n${ecb}`).reasons.join()).toContain(
      'against — opinion or explainer: How the Reserve Bank decides the OCR',
    );
    // An analysis labelled so at the lede's start (held-out set 38), not the word in a sentence.
    expect(
      analyze(`The Reserve Bank's committee\nAnalysis - The committee meets every six weeks.\n${ecb}`)
        .reasons,
    ).toContain('against — opinion or explainer: Analysis - ');
    expect(
      analyze(`ECB cuts rates\nAnalysis by the staff showed inflation easing.\n${ecb}`).reasons.join(),
    ).not.toContain('opinion or explainer');
    // A yes-or-no question, and a piece that says what it argues.
    const question = analyze(`Is Central Bank Independence Under Threat?\n${ecb}`);
    expect(question.reasons.join()).toContain('against — opinion or explainer');
    expect(
      analyze(
        `Central banks and their critics\nThis article argues that independence is under pressure.\n${ecb}`,
      ).reasons,
    ).toContain('against — opinion or explainer: This article argues');
  });

  it("reads a bank's forecast of the central bank's move at a page's top as a note (held-out sets 32 and 34)", () => {
    const body =
      '人民银行在近日发布的货币政策执行报告中表示，将实施好适度宽松的货币政策，保持流动性合理充裕，引导金融机构加大对实体经济的支持力度，进一步推动社会综合融资成本下降。';
    const note = analyze(
      '高盛报告\n高盛预计中国人民银行将在明年一季度起降准降息，较先前预测有所推迟。\n高盛分析师在报告中指出，央行三季度货币政策执行报告的语气比上一季度更为审慎，降准时间从今年四季度推迟至明年一季度，降息时间推迟至三季度。',
    );
    expect(note.reasons).toContain(
      'against — opinion or explainer: 预计中国人民银行将在明年一季度起降准降息',
    );
    expect(note.isPolicy).toBe(false);
    // The decision's own story, which then says what is expected next, and a page whose 预期 is no forecast of the bank.
    for (const lede of [
      '央行决定下调存款准备金率0.5个百分点，业内预计央行年内还将降息。',
      '基金互认终于开闸。预期内地香港基金互认开闸，和央行“双降”一起，被市场解读为利好。',
    ])
      expect(analyze(`央行新闻\n${lede}\n${body}`).reasons.join()).not.toContain('opinion or explainer');
  });

  it("reads a government's support package of grants as policy (held-out set 37)", () => {
    const scot = analyze(
      'Applications open for £100m support package for small businesses\nA £100 million package of additional grant support for small businesses is now open for applications. The funds will be administered by local authorities and will pay out grants in May, the Scottish Government said.\nFiona Hyslop, economy secretary, said the support package would help firms facing hardship.',
    );
    expect(scot.reasons.join()).toContain('support package');
    expect(scot.reasons.join()).toContain('economy secretary');
    expect(scot.isPolicy).toBe(true);
  });

  it("reads a bank economist's note on a decision as commentary, not the decision (held-out sets 24-36)", () => {
    const note = analyze(
      'BoC: The Bank did not disappoint - NBF\nThe Bank of Canada (BoC) kept its policy interest rate at 0.25% and unveiled significant new measures to support the financial system, economists at National Bank of Canada said.\nKey quotes\n“Nobody was surprised on the rate front: it stayed at 0.25%, as economists had universally seen it.”\n“The real focus was on asset purchases, and here the Bank delivered. Its reach has expanded dramatically.”\n“This response should bolster investor confidence, and there could be more yet to come.”',
    );
    expect(note.reasons).toContain('against — opinion or explainer: economists at National Bank of Canada');
    expect(note.isPolicy).toBe(false);
    // Economists quoted further down a story of the decision are no note.
    const story = analyze(
      'Bank of Canada holds rate at 0.25%\nThe Bank of Canada kept its policy interest rate at 0.25% and unveiled new measures to support the financial system.\nThe Governing Council stands ready to adjust its programs, it said. "No surprise," said economists at National Bank of Canada.',
    );
    expect(story.reasons.join()).not.toContain('opinion or explainer');
    expect(story.isPolicy).toBe(true);
  });

  it("takes an analyst's or a company's list for no directive of policy (blind held-out sets 24 and 25)", () => {
    const head = '人民币中间价连续回调\n近日，人民币兑美元中间价连续三个交易日回调，市场关注央行动向。';
    const lists = [
      '王青认为，一是本轮回调以政策微调为契机；二是考虑到美元指数企稳；三是鉴于出口增速放缓。',
      '在业内人士看来，一是本轮回调以政策微调为契机；二是考虑到美元指数企稳；三是鉴于出口增速放缓。',
      '主要原因有三：一是本轮回调以政策微调为契机；二是考虑到美元指数企稳；三是鉴于出口增速放缓。',
    ];
    for (const list of lists) {
      const a = analyze(`${head}\n${list}`);
      // Shown as directives all the same.
      expect(a.directives.map((d) => d.marker)).toEqual(['一是', '二是', '三是']);
      expect(a.directives.every((d) => d.reported)).toBe(true);
      expect(a.reasons.some((r) => r.startsWith('enumerated directives'))).toBe(false);
    }
    // An analyst's list whatever the verb (a review).
    for (const lead of ['中金公司研究部表示，', '华泰证券固收团队指出，', '分析人士称，']) {
      const a = analyze(
        `${head}\n${lead}一是本轮回调以政策微调为契机；二是考虑到美元指数企稳；三是鉴于出口增速放缓。`,
      );
      expect(a.directives.every((d) => d.reported)).toBe(true);
    }
    // A body's own list, the same words, counts; so does one a spokesman or an official reads out, also in
    // an interview, or one of measures taken (a review).
    for (const lead of [
      '会议强调，',
      '国家发改委新闻发言人表示，',
      '会议认为，',
      '中国人民银行行长潘功胜在接受新华社记者采访时表示，下一步将重点做好以下工作：',
      '记者从市人社局采访了解到，今年以来我市主要采取了以下措施稳就业：',
      '国家发展改革委有关负责同志表示，出台《意见》主要有三方面原因：',
    ]) {
      const a = analyze(
        `${head}\n${lead}一是本轮回调以政策微调为契机；二是考虑到美元指数企稳；三是鉴于出口增速放缓。`,
      );
      expect(a.directives.some((d) => d.reported)).toBe(false);
      expect(a.reasons).toContain('enumerated directives: 3');
    }
    // A list whose items open paragraphs, after a lead-in paragraph that gives reasons.
    const paras = analyze(
      `${head}\n马斌认为，物流企业能够顶住压力主要包括三方面原因：\n一是国家政策引导和保障。\n二是企业责任意识。\n三是行业韧性。`,
    );
    expect(paras.directives.map((d) => d.reported)).toEqual([true, true, true]);
    // A paragraph that does not introduce the list (no colon) is no lead-in: a government's measures after
    // an expert's comment on them stay its own (a review).
    const measures = analyze(
      `${head}\n省政府日前出台稳经济一揽子措施。专家认为，措施针对性强。\n一是加大财政资金支持力度。\n二是强化金融支持。\n三是稳定就业。`,
    );
    expect(measures.directives.length).toBe(3);
    expect(measures.directives.some((d) => d.reported)).toBe(false);
  });

  it("counts the State Council's financial commission as a body, and a government's own platforms as no company (blind held-out set 25)", () => {
    expect(analyze('金融委会议部署资本市场改革发展。').reasons).toContain('issuing bodies: 金融委');
    // A meeting's readout alone is no body: companies and associations hold meetings too (a review).
    const meeting = analyze(
      '某某证券召开2024年度工作会议\n会议指出，2023年公司营业收入和净利润实现双增长，经纪业务市场份额提升。会议强调，要加快财富管理转型，提升投行业务竞争力。会议部署了2024年重点工作。',
    );
    expect(meeting.isPolicy).toBe(false);
    // A body named as the source of figures issues nothing there.
    const figures = analyze(
      '挖掘机销量同比增长\n央行4月10日发布的一季度社会融资数据显示，社融增长较快。国家统计局公布的数据表明，投资回升。据海关总署最新数据显示，出口回升。',
    );
    expect(figures.reasons.some((r) => r.startsWith('issuing bodies'))).toBe(false);
    expect(analyze('央行发布通知，下调存款准备金率。').reasons).toContain('issuing bodies: 央行');
    const platforms = analyze(
      '重庆推进不动产登记服务智能化\n全市建成不动产登记监测监管平台，完善公共服务平台，接入全国一体化政务服务平台。',
    );
    expect(platforms.reasons.some((r) => r.includes('company signals'))).toBe(false);
    // A company's platform is still one, also one it sells to governments (a review).
    const company = analyze('某公司推出理财平台\n该公司上线了一站式理财平台，平台用户突破千万。');
    expect(company.reasons.some((r) => r.includes('company signals') && r.includes('平台'))).toBe(true);
    const vendor = analyze(
      '阿里云发布新一代政务平台\n阿里云在云栖大会上发布新一代政务平台，该政务平台已服务20多个省份。',
    );
    expect(vendor.reasons.some((r) => r.includes('company signals') && r.includes('平台'))).toBe(true);
    // A province or city doing what governments do, in the headline, issues it (a Chongqing plan); a company
    // named after a place does not.
    const plan = '\n全市建成不动产登记监测监管平台。2020年，全市实现不动产登记一网通办。';
    expect(analyze(`重庆推进不动产登记服务智能化${plan}`).score).toBeGreaterThan(
      analyze(`推进不动产登记服务智能化${plan}`).score,
    );
    expect(analyze(`上海银行推进不动产登记服务智能化${plan}`).score).toBe(
      analyze(`推进不动产登记服务智能化${plan}`).score,
    );
  });

  it('reads government bonds as a market, local commissions as bodies and a chief reporter as no analyst (blind held-out set 26)', () => {
    const futures = analyze(
      'NZFE volumes rise\nThe seven contracts currently traded on the NZFE are: five-year government bonds, the share price index, 90-day bank bills and the U.S. dollar.',
    );
    expect(futures.reasons.some((r) => r.includes('government'))).toBe(false);
    expect(analyze('The government raised the minimum wage.').reasons).toContain(
      'issuing bodies: government',
    );
    const grants = analyze(
      '深圳公示企业研发资助名单\n（首席记者 王海荣）8月17日，深圳市科创委对2020年度企业研究开发资助计划拟资助企业名单进行公示。',
    );
    expect(grants.reasons).toContain('issuing bodies: 科创委');
    expect(grants.reasons.some((r) => r.includes('commentary'))).toBe(false);
    expect(analyze('环保部发布重点流域水污染防治规划。').reasons).toContain('issuing bodies: 环保部');
    // An analyst's title still reads as commentary.
    expect(analyze('某券商首席经济学家认为，降准可期。').reasons.some((r) => r.includes('commentary'))).toBe(
      true,
    );
  });

  it('knows any Reserve Bank, central-bank operations and the USDA, and no government funds (blind held-out set 27)', () => {
    const peru = analyze(
      'The Board of Directors of the Central Reserve Bank of Peru (BCRP) decided to lower the reference interest rate by 100 basis points.',
    );
    expect(peru.reasons).toContain('issuing bodies: Reserve Bank');
    expect(peru.isPolicy).toBe(true);
    const fed = analyze(
      'The Federal Reserve will provide reserves as necessary through open market operations. As always, the discount window is available.',
    );
    expect(fed.reasons).toContain('policy verbs: open market operations, discount window');
    const oats = analyze(
      'USDA LIFTS CROSS-COMPLIANCE FOR 1987 CROP OATS\nThe USDA said it is lifting the limited cross-compliance requirement for 1987 crop oats.',
    );
    expect(oats.isPolicy).toBe(true);
    expect(oats.reasons.join()).toContain("the headline's subject is a body deciding");
    // A central bank's balance sheet names the government's deposits, not the government.
    const swiss = analyze(
      'Swiss sight deposits rise\nSight deposits at the Swiss National Bank rose by 3.10 billion francs. Other deposits on call - mainly government funds - fell 1.60 billion francs.',
    );
    expect(swiss.reasons.join()).not.toContain('government');
    expect(swiss.isPolicy).toBe(false);
  });

  it("reads a research institute as an expert's affiliation, a central bank's 公告 as no filing, and a speaker's lists without any body at half (blind held-out set 27)", () => {
    const expert = analyze(
      '中欧贸易摩擦升级\n商务部国际贸易经济合作研究院研究员梅新育认为，摩擦短期难以缓和。国务院发展研究中心金融研究所研究员表示，出口承压。',
    );
    expect(expert.reasons.some((r) => r.startsWith('issuing bodies'))).toBe(false);
    // The body itself, in the same text, still counts.
    expect(analyze('商务部研究院研究员表示，商务部将出台稳外贸措施。').reasons).toContain(
      'issuing bodies: 商务部',
    );
    const bills = analyze('央行今日继续发行央票\n据央行公告称，今日将继续进行20亿元央票操作。');
    expect(bills.reasons.some((r) => r.includes('company signals'))).toBe(false);
    const filing = analyze('某公司发布公告称，拟回购股份。').reasons.find((r) =>
      r.includes('company signals'),
    );
    expect(filing).toContain('公告');
    // The same lists and plan, with and without a body that speaks: a scholar's lecture is no policy.
    const lecture =
      '今天很高兴跟大家分享我们的研究，核心内容是几个层面。\n第一，从“十四五”规划来看，新发展格局正在形成。\n第二，《政府工作报告》提出的目标可以实现。\n第三，“十四五”规划纲要部署的改革会深化。';
    expect(analyze(lecture, { title: '刘元春：“十四五”时期的几个趋势' }).isPolicy).toBe(false);
    expect(analyze(lecture, { title: '国务院：“十四五”时期的几个趋势' }).isPolicy).toBe(true);
  });

  it("reads Bank Negara and a central bank's policy statement, and the Premier by name and title (blind held-out set 28)", () => {
    const bnm = analyze(
      'At the Monetary Policy Committee (MPC) meeting today, Bank Negara Malaysia decided to reduce the Overnight Policy Rate (OPR) by 50 basis points to 2.00 percent.',
      { title: 'Monetary Policy Statement' },
    );
    expect(bnm.reasons).toContain("the headline's subject is a body deciding: Monetary Policy Statement");
    expect(bnm.reasons.join()).toContain('Bank Negara');
    const premier = analyze('李克强总理2日在中法工商峰会上表示，中国将继续实施积极的财政政策。');
    expect(premier.reasons).toContain('issuing bodies: 李克强总理');
    // Another country's premier is no issuer of Chinese policy (a fixture on a French strike).
    const france = analyze('法国总理菲利普11日公布养老金改革方案，工会继续罢工。');
    expect(france.reasons.some((r) => r.startsWith('issuing bodies'))).toBe(false);
  });

  it("keeps set 27 and 28's rules to what they mean (a review)", () => {
    // A currency report's reference rate is the market's; a verb is no instrument; a commercial bank named
    // Negara is no central bank; a preview of a statement is no statement.
    const yuan = analyze(
      'The PBOC set the midpoint rate at 7.1012 per dollar. The onshore yuan opened at 7.1820 and traders said the reference rate signalled support.',
      { title: 'Yuan firms after stronger midpoint' },
    );
    expect(yuan.isPolicy).toBe(false);
    const funds = analyze('The government funds 70% of the cost of new research centres, the ministry said.');
    expect(funds.reasons).toContain('issuing bodies: government, ministry');
    expect(
      analyze('State-owned lender Bank Negara Indonesia plans to issue bonds.').reasons.join(),
    ).not.toContain('Bank Negara');
    const preview = analyze('Swaps price a hold; the kiwi dollar slipped.', {
      title: 'Monetary Policy Statement preview: RBNZ seen holding at 5.5%',
    });
    expect(preview.reasons.join()).not.toContain('a body deciding');
    // A body that sets up an institute acts: it is no affiliation.
    expect(analyze('国务院批准设立的国家人工智能研究院近日揭牌成立。').reasons).toContain(
      'issuing bodies: 国务院',
    );
    expect(analyze('国家知识产权局新闻发言人介绍，专利转化运用取得进展。').reasons).toContain(
      'issuing bodies: 知识产权局',
    );
  });

  it('reads local departments as bodies, enforcement as policy, and a statistics release as no issued document (blind held-out set 29)', () => {
    const rides = analyze(
      '江西开展网约车专项整治\n江西省交通运输执法局近日部署开展网约车专项整治，依法查处非法营运行为。',
    );
    expect(rides.reasons).toContain('issuing bodies: 执法局');
    expect(rides.reasons.join()).toContain('查处');
    const bulletin = analyze(
      '交通运输部发布《2014年全国收费公路统计公报》\n交通运输部发布《2014年全国收费公路统计公报》。',
    );
    expect(bulletin.reasons).not.toContain('a body issues a titled document');
    expect(analyze('国务院印发《关于推动未来产业创新发展的实施意见》。').reasons).toContain(
      'a body issues a titled document',
    );
  });

  it('hears UK ministers, sanctions and forecasts, and reads Treasury notes as bonds (blind held-out set 31)', () => {
    const support = analyze(
      'Millions of households will benefit from a new package of support, the Chancellor announced. The Economic Secretary said the measures start in April.',
      { title: 'Cost of living support announced' },
    );
    expect(support.reasons).toContain('issuing bodies: the Chancellor, Economic Secretary');
    // A German chancellor's government and a secretary's travels are where a story happens: not counted.
    expect(analyze('Unemployment rose under Chancellor Gerhard Schroeder.').reasons.join()).not.toContain(
      'Chancellor',
    );
    expect(analyze('The OPEC Secretary-General said output would rise.').reasons.join()).not.toContain(
      'Secretary',
    );
    expect(
      analyze('The UK brought the exchanges into the scope of the bans on prohibited metal.').reasons,
    ).toContain('policy verbs: bans on, prohibited');
    const yields = analyze(
      'The yield on the benchmark 10-year Treasury note slipped, and the 30-year Treasury bond dipped.',
    );
    expect(yields.reasons.join()).not.toContain('Treasury');
    const forecast = analyze(
      'Bank of America expects that the Fed will slow its tightening. The Fed raised its interest rate in November.',
      { title: 'Forecast: Recession may force Fed to cut interest rates' },
    );
    expect(forecast.reasons).toContain(
      'against — the headline speculates: Forecast: Recession may force Fed to cut interest rates',
    );
    expect(forecast.isPolicy).toBe(false);
    // A noun is no verb: "The RBA cut we're still waiting for" is no body deciding.
    const waiting = analyze('Economists polled by Bloomberg see the cash rate on hold.', {
      title: "The RBA cut we're still waiting for",
    });
    expect(waiting.reasons.join()).not.toContain('a body deciding');
    expect(waiting.reasons).toContain('against — market signals: economists polled, polled by');
    expect(
      analyze('The cash rate is now 4.1%.', { title: 'RBA cuts the cash rate to 4.1%' }).reasons.join(),
    ).toContain('a body deciding');
  });

  it("reads a company's own rules as no policy, a body's as its own (blind held-out set 30)", () => {
    const rules = analyze(
      '根据《公司法》《证券法》和《公司章程》的规定，并参照《深圳证券交易所股票上市规则》，制订本制度。公司应当依法披露中国证监会、深圳证券交易所要求披露的信息。',
      { title: '华亚智能：信息披露事务管理制度（2025年9月）' },
    );
    expect(rules.reasons).toContain(
      "against — the title is a company's own rules: 华亚智能：信息披露事务管理制度（2025年9月）",
    );
    expect(rules.isPolicy).toBe(false);
    expect(
      analyze('证监会发布规则。', { title: '证监会：上市公司信息披露管理办法实施细则' }).reasons.join(),
    ).not.toContain("company's own rules");
  });

  it('hears new central banks and exchanges issuing rules, and reads previews as previews (blind held-out set 32)', () => {
    const bi = analyze(
      'The Bank Indonesia Board of Governors agreed to lower the 7-day Reverse Repo Rate by 25 basis points, and relaxed the loan-to-value ratios.',
      { title: 'BI lowers interest rate to 5.25%' },
    );
    expect(bi.reasons).toContain('issuing bodies: Bank Indonesia');
    expect(bi.reasons.join()).toContain('repo rate');
    // A commercial bank named after its country, and a government's bonds, are no bodies.
    expect(
      analyze(
        'Economists at National Bank of Canada said Government of Canada bonds rallied.',
      ).reasons.join(),
    ).not.toContain('issuing bodies');
    const preview = analyze('The ECB is expected to hold. Traders weigh the odds.', {
      title: 'Five key questions for markets before the ECB meeting',
    });
    expect(preview.reasons.join()).toContain('the headline speculates');
    const sse = analyze(
      '11月25日下午，上海证券交易所发布《上海证券交易所分级基金业务管理指引》，自2017年5月1日起施行。',
    );
    expect(sse.reasons).toContain('a body issues a titled document');
    // A company listed on the exchange names it without making it a body.
    expect(analyze('公司股票在深圳证券交易所上市交易。').reasons.join()).not.toContain('issuing bodies');
    const goldman = analyze('高盛分析师在报告中指出，央行将降准降息。', {
      title: '高盛预计大陆央行明年首季起降准降息',
    });
    expect(goldman.reasons).toContain(
      'against — the headline speculates: 高盛预计大陆央行明年首季起降准降息',
    );
  });

  it("keeps speculating headlines and company rules to what they mean (this session's review)", () => {
    // The month, and a body deciding in the headline, are no speculation.
    const irs = analyze(
      'The IRS announced that taxpayers in California affected by storms now have until May 15 to file their returns.',
      { title: 'IRS extends tax deadline to May 15 for California storm victims' },
    );
    expect(irs.reasons.join()).not.toContain('speculates');
    // What a decision is expected to do, after the decision, is no forecast of it.
    const vat = analyze('财政部、税务总局发布公告，对小规模纳税人免征增值税政策延续实施。', {
      title: '小规模纳税人免征增值税政策延续 预计惠及千万户',
    });
    expect(vat.reasons.join()).not.toContain('speculates');
    // A column's label before the colon is no company's name.
    const csrc = analyze('中国证监会发布全面实行股票发行注册制相关制度规则，自公布之日起施行。', {
      title: '政策解读：全面实行股票发行注册制相关制度规则',
    });
    expect(csrc.reasons.join()).not.toContain("company's own rules");
    expect(csrc.isPolicy).toBe(true);
  });

  it("reads Hong Kong's government bodies, and a body's statement in the headline, as policy (held-out set 40)", () => {
    const hkma = analyze(
      '香港金融管理局今日宣布三项新措施，要求银行收紧按揭贷款的成数上限，并提高部分按揭贷款的风险权重。金管局总裁表示，楼价持续上升，有关措施有助银行体系应对楼市调整的风险。',
      { title: '金管局宣布三项新措施' },
    );
    expect(hkma.reasons.join()).toContain('金管局');
    expect(hkma.isPolicy).toBe(true);
    const market =
      '港股今日随外围下挫，成交额较大，但市场运作有序。证监会会密切监察市场，金管局会继续维持货币市场有序运作，并按情况适时加固防卫措施。';
    const statement = analyze(market, { title: '财政司司长办公室：对市场波动严阵以待' });
    expect(statement.reasons).toContain(
      "the headline gives a body's own words: 财政司司长办公室：对市场波动严阵以待",
    );
    expect(statement.isPolicy).toBe(true);
    // A person's or a broker's words are no body's.
    for (const title of ['余永定：中国经济之问', '信达宏观：央行短期内再降息可能性不大'])
      expect(analyze(market, { title }).reasons.join(), title).not.toContain("a body's own words");
    // An order published in the Gazette.
    expect(analyze('政府今日刊宪，落实预算案的宽免措施。', { title: '豁免令刊宪' }).reasons.join()).toContain(
      '刊宪',
    );
  });

  it("reads a government's 施政 as policy (held-out set 42)", () => {
    expect(
      analyze('展望明年，特区政府施政总体方向是稳经济、促发展。', { title: '施政报告' }).reasons.join(),
    ).toContain('施政');
  });

  it("reads a broker's report summary and a paper's lessons for China as commentary (held-out set 39)", () => {
    const note = analyze(
      '报告摘要\n第一，3月前半月发电耗煤量环比回升，发改委指出前两个月发电量同比增长。第二，政策仍将支持基建投资，推动专项债加快发行。',
      { title: '【某某宏观】3月经济初窥' },
    );
    expect(note.reasons.join()).toContain('against — opinion or explainer: 报告摘要');
    expect(note.isPolicy).toBe(false);
    const paper = analyze(
      '一、引言\n负利率政策是指央行将政策利率下调至零以下的政策。多国央行实施负利率政策，本节梳理其效果。',
      { title: '负利率政策的实践效果及对我国的启示' },
    );
    expect(paper.reasons.join()).toContain('against — opinion or explainer: 启示');
  });

  it('reads previews, opinion, interviews and explainers of central banks for what they are (held-out sets 39 and 40)', () => {
    const boc =
      'The central bank has held its target for the overnight rate at 0.25 per cent since March, and its governing council has said the rate is as low as it can go. The Bank of Canada publishes its decision at 10 a.m.';
    // A decision still to come, as the lede's subject, or what the bank should do.
    const preview = analyze(
      `Bank of Canada to make rate announcement\nThe Bank of Canada is expected to keep its key interest rate unchanged this morning.\nEconomists expect the central bank will maintain its target.\n${boc}`,
    );
    expect(preview.reasons.join()).toContain('Bank of Canada is expected to');
    const decided = analyze(
      `Bank of Canada to make rate announcement\nThe Bank of Canada kept its key interest rate unchanged this morning.\n${boc}`,
    );
    expect(preview.score).toBeLessThan(decided.score - 0.2);
    expect(
      analyze(
        `Rates and the recovery\nThe central bank should lower rates this month.\n${boc}`,
      ).reasons.join(),
    ).toContain('central bank should lower');
    // The decision's own story is none of these.
    expect(
      analyze(
        `Bank of Canada holds key rate at 0.25%\nThe Bank of Canada kept its key rate at 0.25 per cent.\n${boc}`,
      ).reasons.join(),
    ).not.toContain('opinion or explainer');
    for (const [title, against] of [
      ['The Fed Is About to Make a Mistake', 'the headline speculates'],
      ['Raising rates now would be a mistake', 'opinion or explainer'],
      ['MNI INTERVIEW: Shadow board member sees shallow cuts', 'opinion or explainer'],
      ['Rate cuts: What they mean for you', 'opinion or explainer'],
    ] as const)
      expect(analyze(`${title}\n${boc}`).reasons.join(), title).toContain(against);
    // A minister answering questions on a package is no speculation.
    expect(
      analyze(`Support package: 5 key questions answered by the Finance Minister\n${boc}`).reasons.join(),
    ).not.toContain('speculates');
  });

  it("reads calendars, former officials' words, explainers and columns on what a bank should do for what they are (held-out sets 41 and 42)", () => {
    const bnm =
      'The central bank raised the overnight policy rate in 2023 and has kept it since. The Monetary Policy Committee meets six times a year and publishes its statement after each meeting.';
    for (const [title, against] of [
      ['Economic calendar: top 5 things to watch this week', 'the headline speculates'],
      ['Ex-central bank governor: stabilising the currency is key', 'opinion or explainer'],
      ['What is the policy rate and how it affects your loan, explained', 'opinion or explainer'],
      ['The bottom line: Bank of Canada should keep cutting interest rates', 'opinion or explainer'],
    ] as const)
      expect(analyze(`${title}\n${bnm}`).reasons.join(), title).toContain(against);
    // Economists projecting the decision at the lede.
    expect(
      analyze(
        `OPR likely to remain unchanged\nEconomists are projecting that Bank Negara will keep the overnight policy rate unchanged today.\n${bnm}`,
      ).reasons.join(),
    ).toContain('projecting that Bank Negara will keep');
    // The bank deciding is none of these.
    expect(
      analyze(
        `Bank Negara keeps OPR at 3%\nBank Negara kept the overnight policy rate at 3 per cent.\n${bnm}`,
      ).reasons.join(),
    ).not.toMatch(/opinion or explainer|speculates/);
  });

  it("takes a body's words in a headline only where the part before the colon ends with the body, its office or official (held-out set 44)", () => {
    const body = '今年将继续实施积极的财政政策，加大支出力度，优化支出结构。';
    for (const title of [
      '财政部长：今年仍将坚持积极财政政策',
      '发改委出债券指引：放宽城投债',
      '省政府常务会议：部署稳增长',
    ])
      expect(analyze(body, { title }).reasons.join(), title).toContain("a body's own words");
    // A person named after the body's title (a profile), and a market story that opens with a body.
    for (const title of [
      '财政部长楼继伟：肩负家国情怀的改革派',
      '央行重磅利好提振A股早盘放量上涨：沪指收复2800点',
    ])
      expect(analyze(body, { title }).reasons.join(), title).not.toContain("a body's own words");
  });

  it('reads fact sheets, penalties, reviews of a report and headlines to the reader for what they are (held-out sets 43 and 44)', () => {
    const budget =
      'The Budget cuts taxes for working families and invests in housing. The President signed an executive order directing agencies to lower costs.';
    expect(analyze(`FACT SHEET: The Budget Lowers Costs for Families\n${budget}`).reasons.join()).toContain(
      "the headline's subject is a body deciding",
    );
    expect(analyze(`The New Tax Law and Your Paycheck\n${budget}`).reasons.join()).toContain(
      'opinion or explainer: The New Tax Law and Your Paycheck',
    );
    // A press conference's questions and answers are no speculation.
    expect(
      analyze(`Transcript of the questions and answers from the press conference\n${budget}`).reasons.join(),
    ).not.toContain('speculates');
    expect(
      analyze('证监会依法对该公司作出行政处罚，没收违法所得。', { title: '证监会通报' }).reasons.join(),
    ).toContain('行政处罚');
    const review = analyze(
      '近期央行发布的货币政策执行报告，对利率和金融总量的论述有重要参考意义。央行强调实施适度宽松的货币政策，加大逆周期调节力度。',
      { title: '重结构，重传导——读央行货币政策执行报告' },
    );
    expect(review.reasons.join()).toContain('opinion or explainer: ——读');
  });

  it("reads a budget's headline as the decision, and a media conference as spoken words (held-out sets 45 and 46)", () => {
    const measures =
      'Income tax: the personal allowance rises to £6,475.\nFuel duty: up 2p a litre from April.\nPensions: the state pension rises by 5%.';
    const glance = analyze(`Budget 2009 at a glance\n${measures}`);
    expect(glance.reasons.join()).toContain(
      "the headline's subject is a body deciding: Budget 2009 at a glance",
    );
    expect(glance.isPolicy).toBe(true);
    // A budget airline, or a budget's deficit (figures), is no budget decided.
    for (const title of ['Budget airline adds routes', 'Budget deficit widens in May'])
      expect(analyze(`${title}\n${measures}`).reasons.join(), title).not.toContain('body deciding');
    // The officials' own words at a media conference are not the page's opinion.
    const conference = analyze(
      'Media conference: monetary policy decision\nGood afternoon. As you know, the Board decided to leave the cash rate at 4.1 per cent. I think you will all have seen the news.',
    );
    expect(conference.reasons.join()).not.toContain('first-person opinion');
  });

  it("reads a monetary policy committee's decisions, however printed (held-out set 39)", () => {
    const minutes = analyze(
      "Minutes show rate vote was unanimous\nMinutes of this month's meeting of the Bank of England's monetary policy committee (MPC) show that all members supported a cut in the base rate. The MPC decided to keep the option of a further reduction.",
    );
    expect(minutes.reasons.join()).toContain('monetary policy committee');
    expect(minutes.reasons.join()).toContain('MPC');
    expect(minutes.reasons.join()).toContain('decided to');
    expect(minutes.isPolicy).toBe(true);
    // MPC counts only where monetary policy is spelt out.
    expect(
      analyze('MPC wins the league\nThe MPC cricket club won the league on Saturday.').reasons.join(),
    ).not.toContain('MPC');
  });

  it('reads explainers, statistics releases, testimony and a document without its title for what they are (held-out sets 49-52)', () => {
    const ceiling = [
      'The debt ceiling is a limit on how much money the federal government can borrow to pay its bills.',
      'It has been raised or suspended many times since 1960, and hitting it would mean missed payments on bills Congress already approved.',
    ].join('\n');
    expect(analyze(`Debt ceiling\n${ceiling}`).isPolicy).toBe(true);
    const what = analyze(`What is the debt ceiling?\n${ceiling}`);
    expect(what.reasons).toContain('against — opinion or explainer: What is the debt ceiling?');
    expect(what.isPolicy).toBe(false);
    expect(analyze(`Explainer: What Is Quantitative Tightening?\n${ceiling}`).reasons.join()).toContain(
      'opinion or explainer: Explainer: What Is Quantitative Tightening?',
    );
    // A question naming one rule at length is news of the rule; so is a plain headline.
    for (const title of [
      'What is in the debt ceiling deal Congress passed?',
      'Congress and the debt ceiling',
    ])
      expect(analyze(`${title}\n${ceiling}`).reasons.join(), title).not.toContain('opinion or explainer');

    // Customs' or a statistics office's figures as the lede: a data release.
    const customs = analyze(
      '海关总署3月7日公布，今年前两个月我国外贸进出口总值5.44万亿元，同比增长32.2%。其中，出口3.06万亿元，同比增长50.1%；进口2.38万亿元，同比增长14.5%。\n外贸保持向好势头，得益于推动稳外贸政策落地和优化营商环境。',
    );
    expect(customs.reasons).toContain('against — the lede reports a statistics release: 海关总署3月7日公布');
    expect(customs.isPolicy).toBe(false);
    const cpi = analyze(
      'Consumer prices rise more than expected\nConsumer prices rose faster than expected in March, the Bureau of Labor Statistics reported Tuesday.\nThe index increased 0.2 percent in March and is up 1.5 percent for the year. The Federal Reserve targets 2 percent inflation, and the Senate is weighing a higher minimum wage.',
    );
    expect(cpi.reasons).toContain(
      'against — the lede reports a statistics release: Bureau of Labor Statistics reported',
    );
    expect(cpi.isPolicy).toBe(false);
    // Figures without a statistics source, or a body deciding in the headline, are a policy page's.
    const cut = analyze(
      '国务院常务会议部署稳外贸措施，今年前两个月进出口同比增长32.2%，出口增长50.1%。\n会议决定，进一步推动外贸企业减税降费。',
    );
    expect(cut.reasons.join()).not.toContain('statistics release');
    expect(cut.isPolicy).toBe(true);
    const decided = analyze(
      '海关总署：前两月进出口同比增长32.2%\n海关总署3月7日公布，今年前两个月我国外贸进出口总值5.44万亿元，同比增长32.2%，出口同比增长50.1%。',
    );
    expect(decided.reasons.join()).not.toContain('statistics release');

    // A statement before a committee is the official's own words, not the page's opinion.
    const testimony = analyze(
      'Statement of Secretary Mnuchin Before the Senate Banking Committee\nI believe the relief package Congress passed and the Federal Reserve facilities we set up will provide liquidity to the economy.',
    );
    expect(testimony.reasons.join()).not.toContain('first-person opinion');

    // A decision's own preamble, reposted without its title or any body's name.
    const decision = analyze(
      '民营经济是推动我市经济社会发展的重要力量。为进一步壮大发展民营经济，拓宽就业渠道，现作出如下决定。\n一、发展目标\n实施鼓励创业行动，力争民营经济营业收入年均增长15%。\n二、实施鼓励创业行动\n鼓励支持全民创业。',
    );
    expect(decision.reasons).toContain("the text is a document's own: 现作出如下决定");
    expect(decision.isPolicy).toBe(true);
    // A company's notice of its shareholders' meeting is none.
    expect(
      analyze('公司董事会决定召开2023年年度股东大会，现将有关事项通知如下。').reasons.join(),
    ).not.toContain("document's own");
  });

  it("reads a country or China's regulators deciding in an English headline, a GDP release's own words and a city's yearly plan (held-out sets 53-56)", () => {
    const ipo = [
      'The State Council will roll out the registration-based IPO system across the market and normalise delisting, a meeting chaired by Vice Premier Liu He decided.',
      'IPO pricing and stock listings will be market-based, and investors will be better protected, the meeting said.',
    ].join('\n');
    for (const title of [
      'China to fully implement IPO registration system, normalize delisting',
      'CSRC to ensure quality of IPOs',
    ])
      expect(analyze(`${title}\n${ipo}`).reasons.join(), title).toContain(
        "the headline's subject is a body deciding",
      );
    // A country "set to" become something, or its exports rising, decides nothing.
    for (const title of [
      'India set to overtake Japan as third-largest economy',
      'China exports rise 5% in May',
    ])
      expect(analyze(`${title}\n${ipo}`).reasons.join(), title).not.toContain('body deciding');
    const gdp = analyze(
      '前三季度国民经济运行稳中有进\n今年以来，各地区、各部门在党中央、国务院的坚强领导下，坚持稳中求进工作总基调，推进供给侧结构性改革，国民经济运行总体平稳。\n初步核算，前三季度国内生产总值529971亿元，按可比价格计算，同比增长6.7%。一季度同比增长6.7%，二季度增长6.7%。分产业看，第一产业增加值40666亿元，同比增长3.5%；第二产业增加值209415亿元，增长6.1%；第三产业增加值279890亿元，增长7.6%。\n农业生产形势较好。全国秋粮播种面积稳中略减，夏粮产量13926万吨，比上年减产1.2%。规模以上工业增加值同比实际增长6.0%，增速比上半年加快0.1个百分点。\n前三季度，社会消费品零售总额238482亿元，同比名义增长10.4%。全国固定资产投资426906亿元，同比名义增长8.2%。全国居民人均可支配收入17735元，扣除价格因素实际增长6.3%。',
    );
    expect(gdp.reasons).toContain('against — the lede reports a statistics release: 初步核算');
    expect(gdp.isPolicy).toBe(false);
    const plan = analyze(
      '2023年是实施“十四五”规划承上启下的关键之年，做好“三农”工作责任重大。\n一、实施生态农业提效行动\n坚持绿色发展，推进化肥农药减量。\n二、实施乡村建设行动\n落实农村人居环境整治。',
      { title: '2023年杭州市“三农”工作要点' },
    );
    expect(plan.reasons).toContain('title names a policy document: 2023年杭州市“三农”工作要点');
    // A company's or a person's work points are no government's plan.
    expect(analyze('加强学习', { title: '某公司2023年工作要点' }).reasons.join()).not.toContain(
      'title names',
    );
  });

  it("reads a central bank's rate announcement, Taiwan's economics ministry and the words of Fed minutes and signed laws (held-out sets 57-60)", () => {
    const statement =
      'At its meeting today, the Board decided to leave the cash rate unchanged at 4.75 per cent.\nThe global economy is growing at about trend pace. Inflation is consistent with the target, and the Board judged the setting of monetary policy to be appropriate.';
    const rba = analyze(`RBA interest rate announcement - full text\n${statement}`);
    expect(rba.reasons).toContain(
      "the headline's subject is a body deciding: RBA interest rate announcement - full text",
    );
    expect(rba.isPolicy).toBe(true);
    // A preview of the decision decides nothing.
    expect(analyze(`RBA rate decision preview: what to expect\n${statement}`).reasons.join()).not.toContain(
      'body deciding',
    );
    const moea = analyze(
      '推深度节能 经济部今年将助中小企业减碳1万吨\n经济部中企署今天表示，今年将落实中小微企业多元振兴发展计划，协助中小企业推动深度节能，提升竞争力。',
    );
    expect(moea.reasons.join()).toContain('issuing bodies: 经济部');
    const worded: Array<[string, string]> = [
      [
        'Minutes of the Federal Open Market Committee meeting tied calm in markets to emergency lending tools.',
        'emergency lending',
      ],
      ['Over the past year the President has signed three bills into law.', 'into law'],
      ['Yellen urged Congress to pass the infrastructure bill and the spending bill.', 'infrastructure bill'],
    ];
    for (const [text, word] of worded) expect(analyze(text).reasons.join(), word).toContain(word);
  });

  it('reads a lede standing as the title, an economist opening the text, the full name of the NDRC, a rate hold and a headline in capitals (held-out sets 61-64)', () => {
    // A page without a headline is titled by its first paragraph, whose words of what may follow are no headline's.
    const repo =
      '7月30日，央行在公开市场开展7天期170亿元逆回购操作，中标利率4.4%。分析称，央行再度启用逆回购工具，有助于缓解市场偏悲观的流动性预期，本周公开市场有望实现净投放。';
    const untitled = analyze(
      `${repo}\n央行上周对一些金融机构进行定向资金投放，并通过窗口指导调控货币市场利率。`,
    );
    expect(untitled.reasons.join()).not.toContain('headline speculates');
    expect(untitled.isPolicy).toBe(true);
    // An economist's view as the first sentence.
    const view = analyze(
      '国家信息中心首席经济师祝宝良接受媒体访问，指如果维持目前的宏观调控政策力度，明年经济增长将放缓至5.5%左右。他认为，进一步加大宏观政策调控力度，实施积极的财政政策，适度提高财政赤字率，经济增速可在5.8%左右。',
    );
    expect(view.reasons.join()).toContain('opinion or explainer: 国家信息中心首席经济师祝宝良接受');
    expect(view.isPolicy).toBe(false);
    expect(
      analyze('中国国家发展和改革委员会副主任宁吉喆24日表示，需从四方面着力。').reasons.join(),
    ).toContain('issuing bodies: 发展和改革委员会');
    const boc = analyze(
      'The Bank of Canada held its overnight rate at 4.5% on Wednesday, as was expected by most economists.\nIn a statement announcing its decision, the bank said demand is still exceeding supply.',
    );
    expect(boc.reasons.join()).toContain('overnight rate');
    expect(boc.isPolicy).toBe(true);
    const relief =
      'On April 9 the Treasury Secretary approved the establishment of a Main Street Business Lending Program to support the flow of credit.\nUsing funds appropriated under the CARES Act, Treasury will make a $75 billion equity investment to implement the program.';
    const caps = analyze(relief, { title: 'FEDERAL RESERVE BOARD’S PANDEMIC RELIEF EFFORTS' }).score;
    expect(caps).toBe(analyze(relief, { title: 'Federal Reserve Board’s Pandemic Relief Efforts' }).score);
    expect(caps).toBeGreaterThan(analyze(relief, { title: 'PANDEMIC RELIEF EFFORTS' }).score);
  });

  it("keeps this session's signals to what they mean (a review of held-out sets 49-64's rules)", () => {
    // A policy page citing figures "by statistics" is no statistics release; nor is a sanctions story citing an agency's figures.
    const tax = analyze(
      '财政部、税务总局、工业和信息化部日前联合发布公告，延续新能源汽车车辆购置税减免政策。据统计，2023年新能源汽车销量同比增长37.9%，减免车购税1218亿元，同比增长32.9%。',
      { title: '三部门延续新能源汽车购置税减免政策' },
    );
    expect(tax.reasons.join()).not.toContain('statistics release');
    expect(tax.isPolicy).toBe(true);
    const oil = analyze(
      "Treasury targets Russian oil revenue with new sanctions\nRussia's oil export revenue fell 20 percent to $12.4 billion in May, figures released by the International Energy Agency showed, up 3 percent from April.",
    );
    expect(oil.reasons.join()).not.toContain('statistics release');
    // A central bank governor speaking at an economists' forum is no economist's view; nor is a decision's story.
    const pan = analyze(
      '中国人民银行行长潘功胜在中国首席经济学家论坛年会上表示，人民银行将实施适度宽松的货币政策，适时降准降息。',
    );
    expect(pan.reasons.join()).not.toContain('opinion or explainer');
    expect(pan.isPolicy).toBe(true);
    const cut = analyze('中国人民银行决定下调存款准备金率，首席经济学家张三表示，此举释放长期资金。');
    expect(cut.reasons.join()).not.toContain('opinion or explainer');
    // A company's own rules are no government's document, and 市场 or 上市 is no city.
    const rules = analyze('为规范员工持股计划，根据相关法律法规，制定本办法。一、总则', {
      title: 'XX银行股份有限公司员工持股计划管理办法',
    });
    expect(rules.reasons.join()).not.toContain("document's own");
    for (const title of ['XX股份有限公司市场营销中心2024年工作计划', '上市公司2024年工作要点'])
      expect(analyze('加强学习。', { title }).reasons.join(), title).not.toContain('title names');
    // A country that keeps a top spot or sets a record decides nothing.
    for (const title of [
      'Japan keeps top spot as largest foreign holder of US Treasuries',
      'China sets record for EV exports',
    ])
      expect(
        analyze(`${title}\nHoldings rose to $1.1 trillion in May, data showed.`).reasons.join(),
        title,
      ).not.toContain('body deciding');
  });

  it('keeps the score in [0, 1] and echoes the title', () => {
    for (const text of ['', 'x', articles.POLICY_ZH, articles.MARKET_EN]) {
      const a = analyze(text, { title: 'T' });
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(a.title).toBe('T');
    }
  });

  it('still reports directives on a non-policy page (the caller decides what to paint)', () => {
    const a = analyze(articles.MARKET_EN);
    expect(a.isPolicy).toBe(false);
    expect(a.directives.map((d) => d.marker)).toEqual(['First,', 'second,']);
  });
});
