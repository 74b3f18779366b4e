/**
 * Policy-article classification (LABELING.md §1): a score in [0, 1] from issuing bodies, policy
 * verbs, document names and directive lists, against market and company signals, with reasons.
 */
import {
  COMPANY_WORDS_ZH,
  DATA_SOURCE_ZH,
  DOCUMENT_ENDINGS,
  EDITORIAL_MARKS_ZH,
  FIRST_PERSON_ZH,
  INSTITUTE_ZH,
  ISSUING_BODIES_ZH,
  MARKET_WORDS_ZH,
  NORMATIVE_ZH,
  NOT_SIGNALS_ZH,
  OPINION_WORDS_ZH,
  PLACE_ISSUES_ZH,
  POLICY_VERBS_ZH,
  TITLE_DOCUMENT_WORDS,
} from './lexicon';
import { dataLede, ledeOf, quotations } from './text';
import type { Directive, Initiative, PolicySignals, ReadEnglishPolicy } from './types';
import { counts, NO_WORDS, trieFor, type WordCount } from './word-trie';

/** Score at or above which an article is a policy article (chosen on the fixtures, docs/detection.md). */
export const POLICY_THRESHOLD = 0.5;

/** The classification with the feature values behind it. */
export interface PolicyVerdict {
  isPolicy: boolean;
  score: number;
  reasons: string[];
}

// Word lists counted together, each group in one pass.
const ZH_BODY = [ISSUING_BODIES_ZH, POLICY_VERBS_ZH, MARKET_WORDS_ZH, COMPANY_WORDS_ZH, NORMATIVE_ZH];
/** Counted outside quotations (no word holds a space, as WordTrie.count's regions require). */
const ZH_OWN = [OPINION_WORDS_ZH, FIRST_PERSON_ZH];
const ZH_BODY_AND_OWN = [...ZH_BODY, ...ZH_OWN];
const ZH_EDITORIAL = [EDITORIAL_MARKS_ZH];

/**
 * A body issuing the document that follows (证监会发布《…》, 国务院办公厅日前印发了《…》, 保监会下发《…》); not a company
 * publishing its report on an exchange's website (在上交所网站发布《2023年年度报告》).
 */
const ISSUED_ZH = new RegExp(
  // An exchange by its full name issues rules too (上海证券交易所发布《…指引》: held-out set 32); it is no body
  // elsewhere, where a company's filing names the exchange it is listed on.
  `(${ISSUING_BODIES_ZH.join('|')}|证券交易所)((?!网|披露|平台)[^，。；！？\n]){0,10}(发布|印发|下发|发出|出台|公布|颁布|审议通过)了?$`,
);
/**
 * A document's own voice near the top (现作出如下决定, 现就…提出如下意见, 制定本办法): the page is the government's
 * decision, opinions or regulation itself, reposted without its title or its issuer's name (held-out set 49: a city's
 * decision on its private economy, "我市" its only body). Not a notice's 通知如下, which companies print for their
 * shareholders' meetings too.
 */
/** A company named as the page's author or subject. */
const COMPANY_NAMED = /股份有限公司|有限责任公司|有限公司|本公司|董事会|公司章程/;
const DOCUMENT_VOICE_ZH =
  /(?:现|特|特此)(?:作出|做出|作)如下决定|提出如下(?:意见|实施意见|指导意见)|制定本(?:办法|规定|细则|实施细则|条例)/;

/** End of the text's first two paragraphs (the headline and the lede, or the lede and the next). */
function ledeEnd(text: string): number {
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  return second < 0 ? text.length : second;
}

/**
 * Titles of a company's own filings (年度报告, 公告, 预案), whoever publishes them, and of statistics
 * releases (《2014年全国收费公路统计公报》: a body publishing figures issues no policy there).
 */
const FILING_TITLE =
  /(年度报告|季度报告|报告书|公告|预案|统计公报|统计快报|统计报告|数据报告)([（(][^）)]*[）)])?》$/;

/**
 * True when the lede has a body issue a titled document: what policy news reports, whatever the document
 * is about (a regulator's rules for listed companies name companies throughout). Further down, a market
 * report's 消息面上，国务院印发了《…》 mentions it in passing.
 */
function issuesDocument(text: string, initiatives: readonly Initiative[]): boolean {
  const lede = ledeEnd(text);
  return initiatives.some(
    (i) =>
      i.start < lede &&
      text[i.start] === '《' &&
      !FILING_TITLE.test(i.text) &&
      ISSUED_ZH.test(text.slice(Math.max(0, i.start - 24), i.start)),
  );
}

/** The most frequent words of a count, as "word×n" strings. */
function top(hits: Map<string, number>, k = 4): string {
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([w, n]) => (n > 1 ? `${w}×${n}` : w))
    .join(', ');
}

/**
 * A company's own rules titled under its short name (华亚智能：信息披露事务管理制度（2025年9月）, 某某股份：股东大会议事
 * 规则): they cite laws, the exchange's rules and the regulator throughout, and issue no policy (held-out set 30).
 */
const COMPANY_RULES_TITLE =
  /^([^：:]{2,10})[：:][^：:]*(?:制度|规则|章程|细则|规程)(?:[（(][^）)]*[）)])?\s*$/;

/** True when the title is a company's own rules: a short name that is no body, a colon, rules. */
function isCompanyRulesTitle(title: string): boolean {
  const m = COMPANY_RULES_TITLE.exec(title);
  return (
    m !== null && !ISSUING_BODIES_ZH.some((b) => (m[1] as string).includes(b)) && !COLUMN.test(m[1] as string)
  );
}

/** A column's or a report's label before a colon (政策解读：, 新华视点：, 权威发布：), no company's name. */
const COLUMN = /政策|解读|发布|视点|权威|快讯|要闻|聚焦|观察|时评|专题|独家|速递|关注|新闻|热点|一图/;

/** True when CJK characters are at least 30% of the letters of `head` (the first 20,000 characters). */
export function isChinese(head: string): boolean {
  // han / (han + latin) >= 0.3  ⇔  7·han >= 3·latin: Latin letters are counted (few on a Chinese
  // page), then runs of CJK characters only until they reach that share.
  const latin = /[A-Za-z]+/g;
  let need = 0;
  for (let m = latin.exec(head); m; m = latin.exec(head)) need += 3 * m[0].length;
  const re = /[\u4e00-\u9fff]+/g;
  let han = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    han += m[0].length;
    if (7 * han >= need) return true;
  }
  return false;
}

/** True when a title reads as a policy document's name (关于…的指导意见, …实施方案). */
function isDocumentTitle(title: string): boolean {
  if (title.length > 120) return false;
  const t = title.replace(/[（(][^）)]{0,12}[）)]$/u, '').replace(/[》\s]+$/u, '');
  return (
    t.length >= 6 &&
    t.length <= 80 &&
    DOCUMENT_ENDINGS.some((e) => e.length >= 2 && t.endsWith(e)) &&
    (TITLE_DOCUMENT_WORDS.some((w) => t.includes(w)) || LOCAL_PLAN_TITLE.test(t))
  );
}

/**
 * A government's yearly plan titled by its place or level and its genre alone (2023年杭州市“三农”工作要点: held-out set
 * 54), with none of 关于, 印发, 通知… in it.
 */
const LOCAL_PLAN_TITLE =
  /^(?!.*公司)(?:[0-9]{4}年)?(?:[\u4e00-\u9fff“”"]{0,12}[\u4e00-\u9fff](?:省|(?<!上)市(?!场)|县|区(?![块域间]))|自治区|国家|全国).*(?:工作要点|工作计划|行动计划|若干措施)$/;

/** Squashes x ≥ 0 into [0, 1) with half-saturation at `half`. */
function sat(x: number, half: number): number {
  return x / (x + half);
}

/** Spaces as long as `s`: a word blanked where it stands, the offsets of the rest kept. */
const blank = (s: string): string => ' '.repeat(s.length);

/** The bodies, as one RegExp (built on the first page that names a research institute). */
let bodiesRe: RegExp | undefined;

/**
 * The text with each body that a research institute belongs to blanked (商务部研究院研究员白明: an expert's
 * affiliation), in the institute's clause, at most 14 characters before it.
 */
function withoutAffiliations(text: string): string {
  if (!text.includes('研究')) return text;
  bodiesRe ??= new RegExp(ISSUING_BODIES_ZH.join('|'), 'g');
  const re = bodiesRe;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(INSTITUTE_ZH)) {
    const clause = text.slice(Math.max(from, m.index - 14), m.index);
    // Within the institute's own name: no 的 between (国务院批准设立的…研究院 is the body acting).
    const start = m.index - clause.length + clause.search(/[^，。；：！？、\n（）()“”的]*$/);
    out += text.slice(from, start) + text.slice(start, m.index).replace(re, blank);
    from = m.index;
  }
  return out + text.slice(from);
}

/**
 * A Chinese headline that speculates on what may come (高盛预计大陆央行明年首季起降准降息, LPR何时下调？…下调可能性上升:
 * held-out set 32): a forecast of a body's move, not the move.
 */
const SPECULATES_ZH = /预计|预期|或将|有望|可能性|料将|展望|前瞻|猜想|何时/;
/**
 * A forecast of the central bank's move at the top of the page (朱海斌预计，最近央行马上就会下调存款准备金率; 高盛预计中国
 * 人民银行将在明年首季起降准降息: held-out sets 32 and 34): an economist's or a bank's note, counted as a byline.
 * No comma between the forecast and the bank (预期…开闸，和央行“双降”… is a policy page's own account), and no decision
 * before it.
 */
const FORECAST_ZH =
  /(?:预计|预测)[，,:：]?[^。；，,\n]{0,12}(?:央行|人民银行)[^。；\n]{0,30}(?:降准|降息|加息|下调|上调)/;
/**
 * An economist or a researcher as the subject of the text's first sentence (国家信息中心首席经济师祝宝良接受内地传媒访问，指…,
 * 中国国际经济交流中心研究员张永军认为…, 亚洲开发银行驻中国代表处高级经济学家庄健预计…: held-out sets 53, 62 and 63, all three
 * pages no policy): their view, counted as a forecast is.
 */
const ECONOMIST_LEDE_ZH =
  /^[^。\n在]{0,30}(?:首席经济学家|首席经济师|经济学家|分析师|首席分析师|研究员)(?!论坛|年会|大会|协会|会)[^。\n，,]{0,8}?(?:表示|认为|预计|预测|指出|称|接受)/;

/** A decision in a headline (政策延续，预计惠及千万户: what the decision is expected to do, not a forecast). */
const DECIDED_ZH = /发布|印发|出台|宣布|决定|实施|延续|下调|上调|降准|降息|部署|通过|免征|减征/;

/** True when the title speculates before it reports any decision (高盛预计…降准, not 宣布降准…预计释放). */
function speculatesZh(title: string): boolean {
  // Only a headline-sized title: a page without one is titled by its first paragraph (held-out set 62: a wire item on
  // a central bank's operation whose lede says what the operation may do).
  if (title.length > 60) return false;
  const m = SPECULATES_ZH.exec(title);
  return m !== null && !DECIDED_ZH.test(title.slice(0, m.index));
}

/**
 * A market report's news paragraph (消息面上，国务院印发了《…》…: held-out set 33): what the market heard, blanked
 * with its documents and lists, however much of the document it quotes. The pattern opens at the punctuation,
 * which the RegExp engine can skip to; a lookbehind first would be tried at every position of every page.
 */
const NEWS_SIDE_ZH = /[，,：:](?<=消息面[上方]?.).*/g;

/**
 * A statistics release as the lede (海关总署3月7日公布，今年前两个月我国外贸进出口总值5.44万亿元…同比增长50.1%; 据新华社电
 * 据海关总署14日发布的最新统计…同比增长25.8%): a statistics office or customs, or figures said to show something, with two
 * figures or more and their change in the first paragraphs. The page reports data, whatever a body is named for: held-out
 * set 51 (two customs releases), as set 47 (a GDP release) and set 45 (the BEA's) showed in English; set 53's GDP
 * release names no office in its lede, only the statistics' own words (初步核算, 按可比价格计算).
 */
const DATA_SOURCE_LEDE_ZH =
  /(?:统计局|海关总署|海关)[^。\n]{0,30}?(?:公布|发布|数据|统计)|初步核算|按可比价格计算/;
/** A figure from its first digit (a lookbehind, so a long run of digits is read once, not from every digit). */
const FIGURE_ZH = /(?<![0-9.])[0-9][0-9.]*(?:%|％|万亿|亿)/g;
const CHANGE_ZH = /同比|环比|比上年|比去年|比上月/;

/** A page's signals for Chinese text: one pass of the lexicon's trie over the body. */
function readChinese(head: string, title: string): PolicySignals {
  const body = withoutAffiliations(
    head.replace(NOT_SIGNALS_ZH, ' ').replace(DATA_SOURCE_ZH, blank).replace(NEWS_SIDE_ZH, blank),
  );
  // Opinion is read outside quotations: officials quoted in the first person do not make an editorial.
  const [
    bodies = NO_WORDS,
    verbs = NO_WORDS,
    market = NO_WORDS,
    company = NO_WORDS,
    normative = NO_WORDS,
    opinion = NO_WORDS,
    firstPerson = NO_WORDS,
  ] = trieFor(ZH_BODY_AND_OWN).count(body, ZH_BODY.length, quotations(body));
  // Issuing bodies are the first list of ZH_BODY (and of the body's trie, so no second trie is built).
  const titleBodies = (counts(title, ZH_BODY_AND_OWN)[0]?.total ?? 0) + (PLACE_ISSUES_ZH.test(title) ? 1 : 0);
  return {
    body,
    bodies,
    verbs,
    market,
    company,
    normative,
    opinion,
    firstPerson,
    titleBodies,
    // Only a title that names a body at all is read again for one before its colon.
    decides: titleBodies > 0 && bodySpeaks(title),
    moves: false,
    speculates: speculatesZh(title),
    reportsData: dataLede(
      `${title.slice(0, 200)}\n${ledeOf(head)}`,
      DATA_SOURCE_LEDE_ZH,
      FIGURE_ZH,
      CHANGE_ZH,
    ),
  };
}

/**
 * A headline that gives a body's own words after a colon (证监会：对恶意做空是有监测的, 商务部：…, 財政司司長辦公室:…,
 * 省政府常务会议:…): the body's statement, however much of markets it speaks. In held-out sets 20-40, 12 headlines
 * of policy pages open so and none of a page of another kind. The part before the colon must end with the body or
 * its office, meeting, official (财政部长:…) or document (发改委出债券指引：…): not a person named (余永定:…,
 * 财政部长楼继伟:…, a profile: set 44), a broker (信达宏观:…) or a market story that opens with a body
 * (央行重磅利好提振A股早盘放量上涨:…: set 44).
 */
const SPEAKER_TAIL_ZH =
  /(?:办公室|新闻办|发布会|会议|委员会|发言人|负责人|答记者问|通报|公告|回应|表示|指出|称|部长|局长|行长|司长|署长|主任|主席|总理|省长|市长|指引|意见|通知|办法|方案|规定|决定)$|(?:总局|部|委|局|署|院|会|行|办|厅|政府)$/;
function bodySpeaks(title: string): boolean {
  const colon = title.search(/[：:]/);
  if (colon <= 0 || colon > 20) return false;
  const before = title.slice(0, colon).trim();
  return SPEAKER_TAIL_ZH.test(before) && (counts(before, ZH_BODY_AND_OWN)[0]?.total ?? 0) > 0;
}

/** No signals: a page that is not Chinese, read without the English half. */
const unread = (body: string): PolicySignals => ({
  body,
  bodies: NO_WORDS,
  verbs: NO_WORDS,
  market: NO_WORDS,
  company: NO_WORDS,
  normative: NO_WORDS,
  opinion: NO_WORDS,
  firstPerson: NO_WORDS,
  titleBodies: 0,
  decides: false,
  moves: false,
  speculates: false,
});

/**
 * Classifies the article; directives and initiatives found in it are evidence. `shown` is the title as
 * printed, for the reasons (`title` may be its simplified reading).
 */
export function classifyPolicy(
  text: string,
  title: string,
  directives: readonly Directive[],
  initiatives: readonly Initiative[],
  shown = title,
  english: ReadEnglishPolicy | null = null,
): PolicyVerdict {
  const reasons: string[] = [];
  // Long pages are judged on their first 20k characters plus the title, so densities stay comparable.
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  const zh = isChinese(head);
  // A page that is not Chinese is read by the English half (policy-en.ts, loaded with the English names),
  // or not at all when it could not be loaded.
  const signals = zh ? readChinese(head, title) : (english?.(head, title) ?? unread(head));
  const { body, bodies, verbs, market, company, normative, opinion, firstPerson, titleBodies } = signals;
  const kchars = Math.max(body.length, 300) / 1000;
  const titleIsDocument = zh && isDocumentTitle(title);
  const companyRules = zh && isCompanyRulesTitle(title);
  const head300 = `${title}\n${body.slice(0, 300)}`;
  let [editorial = NO_WORDS] = zh ? counts(head300, ZH_EDITORIAL) : [signals.editorial];
  // An economist's view opening the text is one too, unless the sentence reports a decision first
  // (中国人民银行决定下调存款准备金率…，首席经济学家…表示: a review).
  const economist = zh ? ECONOMIST_LEDE_ZH.exec(head.slice(0, 80)) : null;
  const forecast =
    zh && (FORECAST_ZH.exec(head300) ?? (economist && !DECIDED_ZH.test(economist[0]) ? economist : null));
  // Not after a decision (央行决定下调…，业内预计央行年内还将降息: the decision's story).
  if (forecast && (forecast === economist || !DECIDED_ZH.test(head300.slice(0, forecast.index))))
    editorial = { total: editorial.total + 1, hits: new Map([...editorial.hits, [forecast[0], 1]]) };
  const quotes = zh ? (body.match(/[（(][0-9.]+[,，] ?-?[0-9.]+[,，] ?-?[0-9.]+%[）)]/g) ?? []).length : 0;
  // Lists given as someone's view or reasons are no evidence of what a body decided (directives.ts).
  // Nor are lists and names in a passage blanked from the body (a market report's news paragraph).
  const said = (at: number): boolean => body[at] === ' ' && text[at] !== ' ';
  const listed = directives.filter((d) => !d.inToc && !d.reported && !said(d.start)).length;
  const names = initiatives.filter((i) => !said(i.start));
  const docs = names.filter((i) => i.type === 'document').length;
  const issued = zh && issuesDocument(text, names);
  const named = names.length - docs;
  const { decides, moves, speculates } = signals;
  // Not a company's own rules (制定本办法 opens every internal rule of a listed company: a review).
  const voice =
    zh && !COMPANY_NAMED.test(`${title}\n${head.slice(0, 300)}`)
      ? (DOCUMENT_VOICE_ZH.exec(head.slice(0, 800))?.[0] ?? '')
      : '';
  // A body issuing or deciding in the headline is the news, whatever figures the lede gives.
  const reportsData = !(issued || decides || voice) && signals.reportsData ? signals.reportsData : '';

  // Lists and names on a page that names no body at all, in its text or its title, are someone's account
  // of policy (a scholar's lecture on the five-year plan), not a body's own: they count half.
  const unsigned = bodies.total === 0 && titleBodies === 0 && !titleIsDocument ? 0.5 : 1;
  const forPolicy =
    // An English page must say something of policy too: bodies alone (a TSA queue, a club's treasurer, the
    // IRS in tax tips) are where the story happens, not what it is about.
    1.2 * sat(bodies.total / kchars, 1.5) * (zh || verbs.total > 0 ? 1 : 0.4) +
    1.0 * sat(verbs.total / kchars, 4) +
    unsigned * (0.5 * sat(listed, 2) + 0.4 * sat(docs + named, 2)) +
    0.3 * Math.min(titleBodies, 1) +
    0.6 * sat(normative.total / kchars, 3) +
    (titleIsDocument ? 0.5 : 0) +
    (issued || decides || voice ? 0.6 : 0);
  // One English market word is no market report: a wire story on a central bank's reserve-ratio cut
  // mentions analysts once (550 characters: it scored 0.12), while market reports, commodity closes and
  // company news repeat the vocabulary.
  const marketWords = zh ? market.total : Math.max(0, market.total - 1);
  const against =
    1.4 * sat(marketWords / kchars, 2) +
    0.9 * sat(company.total / kchars, 6) +
    0.5 * sat(opinion.total / kchars, 3) +
    1.2 * sat(editorial.total + firstPerson.total, 0.7) +
    0.5 * sat(quotes, 1) +
    (moves || companyRules ? 1.0 : 0) +
    (speculates ? 0.5 : 0) +
    (reportsData ? 0.8 : 0);
  const raw = forPolicy - against;
  const score = 1 / (1 + Math.exp(-4 * (raw - 0.9)));

  // A reason for each signal found: the most frequent words of a count, or a number.
  const say = (label: string, found: WordCount | number): void => {
    if (typeof found === 'number') {
      if (found > 0) reasons.push(`${label}: ${found}`);
    } else if (found.total > 0) reasons.push(`${label}: ${top(found.hits)}`);
  };
  say('issuing bodies', bodies);
  say('policy verbs', verbs);
  if (titleIsDocument) reasons.push(`title names a policy document: ${shown}`);
  if (issued) reasons.push('a body issues a titled document');
  if (decides)
    reasons.push(
      zh
        ? `the headline gives a body's own words: ${shown}`
        : `the headline's subject is a body deciding: ${shown}`,
    );
  if (voice) reasons.push(`the text is a document's own: ${voice}`);
  say('normative language', normative);
  say('policy documents named', docs);
  say('named initiatives', named);
  say('enumerated directives', listed);
  say('against — market signals', market);
  say('against — company signals', company);
  say('against — opinion or explainer', editorial);
  say('against — first-person opinion', firstPerson);
  say('against — commentary signals', opinion);
  say('against — inline stock quotes', quotes);
  if (moves) reasons.push(`against — the headline reports a market move: ${shown}`);
  if (companyRules) reasons.push(`against — the title is a company's own rules: ${shown}`);
  if (speculates) reasons.push(`against — the headline speculates: ${shown}`);
  if (reportsData) reasons.push(`against — the lede reports a statistics release: ${reportsData}`);
  return { isPolicy: score >= POLICY_THRESHOLD, score: Math.round(score * 1000) / 1000, reasons };
}
