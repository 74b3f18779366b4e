/**
 * Policy-article classification (LABELING.md §1): a score in [0, 1] from issuing bodies, policy
 * verbs, document names and directive lists, against market and company signals, with reasons.
 */
import {
  COMPANY_WORDS_ZH,
  DATA_SOURCE_ZH,
  DOCUMENT_ENDINGS,
  EDITORIAL_MARKS_ZH,
  FIRST_PERSON_EN,
  FIRST_PERSON_ZH,
  ISSUING_BODIES_EN,
  ISSUING_BODIES_ZH,
  MARKET_WORDS_EN,
  MARKET_WORDS_ZH,
  NORMATIVE_ZH,
  NOT_SIGNALS_EN,
  NOT_SIGNALS_ZH,
  OPINION_WORDS_EN,
  OPINION_WORDS_ZH,
  PLACE_ISSUES_ZH,
  POLICY_VERBS_ZH,
  POLICY_WORDS_EN,
  TITLE_DOCUMENT_WORDS,
} from './lexicon';
import type { Directive, Initiative } from './types';
import { trieFor, type WordCount } from './word-trie';

/** Score at or above which an article is a policy article (chosen on the fixtures, docs/detection.md). */
export const POLICY_THRESHOLD = 0.5;

/** The classification with the feature values behind it. */
export interface PolicyVerdict {
  isPolicy: boolean;
  score: number;
  reasons: string[];
}

const NONE: WordCount = { total: 0, hits: new Map() };
const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());

// Word lists counted together, each group in one pass (English caseless lists over lowercased text).
const ZH_BODY = [ISSUING_BODIES_ZH, POLICY_VERBS_ZH, MARKET_WORDS_ZH, COMPANY_WORDS_ZH, NORMATIVE_ZH];
/** Counted outside quotations (no word holds a space, as WordTrie.count's regions require). */
const ZH_OWN = [OPINION_WORDS_ZH, FIRST_PERSON_ZH];
const ZH_BODY_AND_OWN = [...ZH_BODY, ...ZH_OWN];
const ZH_EDITORIAL = [EDITORIAL_MARKS_ZH];
const EN_BODIES = [ISSUING_BODIES_EN];
const EN_BODY_LOWER = [lower(POLICY_WORDS_EN), lower(MARKET_WORDS_EN)];
const EN_OWN_LOWER = [lower(OPINION_WORDS_EN), lower(FIRST_PERSON_EN)];

/**
 * A body issuing the document that follows (证监会发布《…》, 国务院办公厅日前印发了《…》, 保监会下发《…》); not a company
 * publishing its report on an exchange's website (在上交所网站发布《2023年年度报告》).
 */
const ISSUED_ZH = new RegExp(
  `(${ISSUING_BODIES_ZH.join('|')})((?!网|披露|平台)[^，。；！？\n]){0,10}(发布|印发|下发|发出|出台|公布|颁布|审议通过)了?$`,
);
/** End of the text's first two paragraphs (the headline and the lede, or the lede and the next). */
function ledeEnd(text: string): number {
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  return second < 0 ? text.length : second;
}

/** Titles of a company's own filings (年度报告, 公告, 预案), whoever publishes them. */
const FILING_TITLE = /(年度报告|季度报告|报告书|公告|预案)([（(][^）)]*[）)])?》$/;

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

/**
 * English bodies known by acronyms that name other things too: they count only where the text also says
 * what they stand for (SEC is a college sports conference, RBI a baseball statistic).
 */
const ACRONYMS_EN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bSEC\b/g, /Securities/],
  [/\bRB(I|A|NZ)s?\b/g, /Reserve Bank|central bank|cash rate|repo rate/],
  // The Australian Prudential Regulation Authority, not the music-rights society.
  [/\bAPRA\b/g, /Prudential|regulator|banks?\b/],
];

/**
 * An English title that announces an official's press conference, or a speech, remarks, an address or
 * testimony by someone (Budget Speech by the Financial Secretary): all of it is the officials' and the
 * reporters' own words. Not any transcript: a podcast's interview with an economist is commentary.
 */
const SPOKEN_EN =
  /\b(press|news) (conference|briefing)\b|\b(speech|remarks|address|testimony) (by|of)\b|\bbudget speech\b/i;

/**
 * An English headline whose subject is a public body deciding something: "IRS announces…", "Cabinet
 * approves…", "EU adopts…", "ECB holds rates…". Short wire stories on a decision may say little more of
 * policy than their headline (an IRS notice scored 0.04). The body must open the headline and the verb
 * follow it, so a market wrap ("Stocks slip as the Fed holds rates") is not one. EU, IMF, IRS and HMRC
 * count here, where nothing else can be meant; in running text their acronyms name other things too.
 */
const DECIDES_EN = new RegExp(
  `^(?:the |U\\.?S\\.? |UK |[A-Z][a-z]+'s )?(?:${ISSUING_BODIES_EN.join('|')}|EU|IMF|IRS|HMRC)(?: to| will)? (?:announce|approve|adopt|unveil|launch|cut|raise|hike|hold|keep|sign|pass|issue|propose|extend|expand|widen|set|order|ban|impose|lower|leave|tighten|ease|introduce|call|finali[sz]e|scrap|agree)(?:e?s|d|ed)?\\b`,
  'i',
);

/**
 * An English headline whose subject is a market and whose verb is a price move ("Dollar gains on
 * Greenspan speech", "Stocks slip as the Fed holds rates"): a market report, whatever policy moved it.
 */
const MOVES_EN =
  /^(?:the |U\.?S\.? |UK |European |Asian |Japanese |Chinese |global |world )?(?:dollar|euro|yen|yuan|sterling|pound|rupee|stocks?|shares|equities|bonds?|gilts|treasuries|yields?|oil|crude|gold|copper|markets?|wall street|ftse|dow|nasdaq|s&p(?: 500)?|nikkei|hang seng|bitcoin)(?: (?:prices?|futures|index|markets?|rates?|shares|stocks|yields?))? (?:gain|fall|rise|slip|jump|drop|climb|tumble|surge|slide|rall(?:y|ie)|dip|edge|stead(?:y|ie)|soar|sink|plunge|rebound|recover|retreat|advance|weaken|strengthen)(?:s|ed|d)?\b/i;

/**
 * English economic and financial regulators named by what they are rather than listed one by one:
 * capitalised names ending in Authority, Agency, Administration or Service with a word of their field
 * (Hong Kong Monetary Authority, Federal Housing Finance Agency, Internal Revenue Service, Financial
 * Conduct Authority). Not every agency: the TSA, the Secret Service or the Postal Service are where a
 * travel, crime or consumer story happens (a review's pages).
 */
const AGENCY =
  /\b((?:(?!The |A )[A-Z][a-z]+ (?:(?:of|and|for) )?){0,3}(?:Monetary|Financial|Finance|Revenue|Housing|Banking|Securities|Insurance|Conduct|Prudential|Regulation|Competition|Customs|Tax|Trade|Investment)(?: [A-Z][a-z]+| (?:and|of) [A-Z][a-z]+){0,3} (?:Authority|Agency|Administration|Service))\b(?: ?\[\d+\])?(?: \(([A-Z]{2,6})\))?/g;

/** The listed bodies plus the agencies named in `text`, and the acronym each is given in brackets (FHFA). */
function withAgencies(text: string, listed: WordCount): WordCount {
  const hits = new Map(listed.hits);
  let total = listed.total;
  const acronyms = new Set<string>();
  for (const [, name = '', acronym] of text.matchAll(AGENCY)) {
    hits.set(name, (hits.get(name) ?? 0) + 1);
    total++;
    if (acronym) acronyms.add(acronym);
  }
  // The acronym's own uses, not the bracket that defines it (the name already counted there).
  for (const a of acronyms) {
    const uses = (text.match(new RegExp(`\\b${a}\\b`, 'g'))?.length ?? 1) - 1;
    if (uses > 0) hits.set(a, uses);
    total += uses;
  }
  return total === listed.total ? listed : { total, hits };
}

/** Counts of each list of the group in `text`. */
function counts(text: string, lists: ReadonlyArray<readonly string[]>): WordCount[] {
  return trieFor(lists).count(text);
}

/** The most frequent words of a count, as "word×n" strings. */
function top(hits: Map<string, number>, k = 4): string {
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([w, n]) => (n > 1 ? `${w}×${n}` : w))
    .join(', ');
}

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

/** The quotations (“…”, up to 300 characters each) of `text`, as flattened [start, end) pairs; one linear pass. */
function quotations(text: string): number[] {
  const regions: number[] = [];
  let from = 0;
  let close = -1;
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', from)) {
    // The next ” after i only moves forward, so it is searched again only once i has passed it.
    if (close <= i) close = text.indexOf('”', i + 1);
    // No ” left: the rest of the text has no quotation.
    if (close < 0) break;
    if (close - i > 300) {
      from = i + 1;
      continue;
    }
    regions.push(i, close + 1);
    from = close + 1;
  }
  return regions;
}

/**
 * A quotation in straight double quotes (English pages often print them so): opening at a word's start,
 * closing before a space, punctuation or the line's end, within one paragraph.
 */
const STRAIGHT_QUOTE = /(?<=^|[\s([])"[^"\n]{1,300}"(?=[\s.,;:!?)\]]|$)/gm;

/** The text less its straight-quoted quotations, in paragraphs whose quote marks pair up (12" pipes do not). */
function withoutStraightQuotes(text: string): string {
  if (!text.includes('"')) return text;
  return text
    .split('\n')
    .map((line) => ((line.split('"').length - 1) % 2 === 0 ? line.replace(STRAIGHT_QUOTE, ' ') : line))
    .join('\n');
}

/** The text with each of its quotations, curly or straight, replaced by a space. */
function withoutQuotes(text: string): string {
  const regions = quotations(text);
  let out = '';
  let from = 0;
  for (let k = 0; k < regions.length; k += 2) {
    out += `${text.slice(from, regions[k])} `;
    from = regions[k + 1] as number;
  }
  return withoutStraightQuotes(out + text.slice(from));
}

/** True when a title reads as a policy document's name (关于…的指导意见, …实施方案). */
function isDocumentTitle(title: string): boolean {
  if (title.length > 120) return false;
  const t = title.replace(/[（(][^）)]{0,12}[）)]$/u, '').replace(/[》\s]+$/u, '');
  return (
    t.length >= 6 &&
    t.length <= 80 &&
    DOCUMENT_ENDINGS.some((e) => e.length >= 2 && t.endsWith(e)) &&
    TITLE_DOCUMENT_WORDS.some((w) => t.includes(w))
  );
}

/** Squashes x ≥ 0 into [0, 1) with half-saturation at `half`. */
function sat(x: number, half: number): number {
  return x / (x + half);
}

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
): PolicyVerdict {
  const reasons: string[] = [];
  // Long pages are judged on their first 20k characters plus the title, so densities stay comparable.
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  const zh = isChinese(head);
  let body = head.replace(zh ? NOT_SIGNALS_ZH : NOT_SIGNALS_EN, ' ');
  if (zh) body = body.replace(DATA_SOURCE_ZH, (source) => ' '.repeat(source.length));
  if (!zh)
    for (const [acronym, spelt] of ACRONYMS_EN) if (!spelt.test(body)) body = body.replace(acronym, ' ');
  const kchars = Math.max(body.length, 300) / 1000;
  // Opinion is read outside quotations: officials quoted in the first person do not make an editorial.
  // A press conference is all the officials' and reporters' own words (I think, you). Chinese pages count
  // both groups in one pass over the body; English ones count lowercased copies.
  const [
    bodyWords = NONE,
    verbs = NONE,
    market = NONE,
    company = NONE,
    normative = NONE,
    opinion = NONE,
    firstPerson = NONE,
  ] = zh
    ? trieFor(ZH_BODY_AND_OWN).count(body, ZH_BODY.length, quotations(body))
    : [
        ...counts(body, EN_BODIES),
        ...counts(body.toLowerCase(), EN_BODY_LOWER),
        // No English company or normative list.
        NONE,
        NONE,
        ...(SPOKEN_EN.test(title) ? [] : counts(withoutQuotes(body).toLowerCase(), EN_OWN_LOWER)),
      ];
  const bodies = zh ? bodyWords : withAgencies(body, bodyWords);
  const titleIsDocument = zh && isDocumentTitle(title);
  const [editorial = NONE] = zh ? counts(`${title}\n${body.slice(0, 300)}`, ZH_EDITORIAL) : [];
  const quotes = zh ? (body.match(/[（(][0-9.]+[,，] ?-?[0-9.]+[,，] ?-?[0-9.]+%[）)]/g) ?? []).length : 0;
  // Lists given as someone's view or reasons are no evidence of what a body decided (directives.ts).
  const listed = directives.filter((d) => !d.inToc && !d.reported).length;
  const docs = initiatives.filter((i) => i.type === 'document').length;
  const issued = zh && issuesDocument(text, initiatives);
  const named = initiatives.length - docs;
  // Issuing bodies are the first list of ZH_BODY (and of the body's trie, so no second trie is built).
  const titleBodies =
    (counts(title, zh ? ZH_BODY_AND_OWN : EN_BODIES)[0]?.total ?? 0) +
    (zh && PLACE_ISSUES_ZH.test(title) ? 1 : 0);
  const decides = !zh && DECIDES_EN.test(title);
  const moves = !zh && MOVES_EN.test(title);

  const forPolicy =
    // An English page must say something of policy too: bodies alone (a TSA queue, a club's treasurer, the
    // IRS in tax tips) are where the story happens, not what it is about.
    1.2 * sat(bodies.total / kchars, 1.5) * (zh || verbs.total > 0 ? 1 : 0.4) +
    1.0 * sat(verbs.total / kchars, 4) +
    0.5 * sat(listed, 2) +
    0.4 * sat(docs + named, 2) +
    0.3 * Math.min(titleBodies, 1) +
    0.6 * sat(normative.total / kchars, 3) +
    (titleIsDocument ? 0.5 : 0) +
    (issued || decides ? 0.6 : 0);
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
    (moves ? 1.0 : 0);
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
  if (decides) reasons.push(`the headline's subject is a body deciding: ${shown}`);
  say('normative language', normative);
  say('policy documents named', docs);
  say('named initiatives', named);
  say('enumerated directives', listed);
  say('against — market signals', market);
  say('against — company signals', company);
  say('against — editorial byline', editorial);
  say('against — first-person opinion', firstPerson);
  say('against — commentary signals', opinion);
  say('against — inline stock quotes', quotes);
  if (moves) reasons.push(`against — the headline reports a market move: ${shown}`);
  return { isPolicy: score >= POLICY_THRESHOLD, score: Math.round(score * 1000) / 1000, reasons };
}
