/**
 * English initiatives: capitalised names ending in Report, Plan, Programme, Initiative, Act …
 * (World Development Report 2005), and the quoted five-year plan periods (“twelfth five-year” period).
 */
import { EnglishPattern } from './latin';
import { EN_CONNECTORS, EN_NOT_INITIATIVES, EN_NOT_NAME, EN_SUFFIXES } from './lexicon';
import { type Initiative, initiative } from './types';

const CONNECTORS = new Set(EN_CONNECTORS);
const NOT_NAME = new Set(EN_NOT_NAME);
const MAX_WORDS = 8;

/** True for a capitalised word, an all-caps acronym or an ordinal like 14th. */
function isCapitalised(w: string): boolean {
  return /^(?:[A-Z][A-Za-z’'-]*|[0-9]{1,2}(?:st|nd|rd|th))$/.test(w);
}

/** A word that may be part of a name: capitalised, and not one that only opens a sentence (The, Under). */
const isNameWord = (w: string): boolean => isCapitalised(w) && !NOT_NAME.has(w);

/** Capitalised prepositions that a law's title keeps inside it, between capitalised words. */
const INNER_PREPOSITIONS = new Set(['Through', 'Against']);

/** Suffixes that often take their subject after them: Guidelines on …, Plan for …. */
const TAKES_OBJECT = new Set(
  (
    'Report Agreement Plan Guidelines Opinions Measures Regulations Circular Notice Law Act Programme ' +
    'Program Initiative Strategy Rules Provisions Scheme Facility Fund'
  ).split(' '),
);

/**
 * Words that of/on/for may follow inside a name: heads that take an object (and Outline, which heads a
 * name without ending one: Outline of the … Plan), and bodies (Bank of England).
 */
const OF_HEADS = new Set([
  // Not Provisions, whose name takes on only: the Clean Vehicle Provisions of an act are part of it.
  ...[...TAKES_OBJECT].filter((w) => w !== 'Provisions'),
  ...'Outline Bank Department Ministry Republic Bureau Commission'.split(' '),
]);

/**
 * Heads that end a name only after a word that says what kind it is: a levy on something (Energy Profits Levy,
 * Apprenticeship Levy; not economist Mickey Levy), a tax credit (Children's Tax Credit, Earned Income Tax
 * Credit), a grant or an account of a programme (Sure Start Maternity Grant, Community Development Block Grant,
 * Individual Learning Accounts, Individual Savings Account; not Hugh Grant, National Accounts: held-out set 33), a
 * regime of rules (below).
 * A levy's, a budget's or a duty's name may be that word alone (the Apprenticeship Levy, the Autumn Budget, the
 * Consumer Duty); a Tax Credit or a Savings Account may not.
 */
const ONE_WORD_HEADS = new Set(['Levy', 'Budget', 'Duty']);
const QUALIFIED_HEADS: ReadonlyMap<string, RegExp> = new Map([
  [
    'Levy',
    /\b(Profits?|Windfall|Energy|Carbon|Digital|Apprenticeship|Bank|Drinks|Sugar|Import|Export|Housing|Infrastructure|Tax|Property|Land|Stamp|Fuel|Plastic|Services|Tourism|Transaction|Climate|Health|Social) $/,
  ],
  ['Credit', /\bTax $/],
  [
    'Grant',
    /\b(Maternity|Block|Capital|Housing|Facilities|Research|Recovery|Support|Innovation|Start-?up|Hardship|Restart|Heating|Improvement|Tuition|Relief|Business|Community|Energy|Education) $/,
  ],
  ['Accounts', /\b(Savings|Learning|Retirement|Spending|Lifetime|Training) $/],
  ['Account', /\b(Savings|Learning|Retirement|Spending|Lifetime|Training) $/],
  // A regulatory regime (Investment Firms Prudential Regime, Senior Managers and Certification Regime: held-out
  // set 35), not a government (the North Korean Regime).
  [
    'Regime',
    /\b(Prudential|Certification|Permissions|Regulatory|Reporting|Capital|Supervisory|Resolution|Sanctions|Customs|Tax|Trade|Visa|Immigration|Licensing|Disclosure) $/,
  ],
  // A government's budget of a year or a season (Union Budget 2020, Autumn Budget: held-out set 37), not a
  // company's or a household's budget.
  [
    'Budget',
    /\b(Union|Spring|Autumn|Summer|Emergency|Federal|Interim|Supplementary|Mini|National|Provincial) $/,
  ],
  // The FCA's Consumer Duty (held-out set 37), not a tax's duty (Fuel Duty is a tax, no initiative).
  ['Duty', /\bConsumer $/],
]);

/** The words before Package that make it a policy's package (Support Package, Stimulus Package). */
const PACKAGE_HEADS =
  /\b(Relief|Support|Stimulus|Aid|Rescue|Recovery|Sanctions|Fiscal|Economic|Preparedness|Assistance|Reform|Investment|Budget|Policy|Energy|Climate) $/;

/**
 * Whether a suffix word may end a name where it stands (`at` its start, `after` its end): Bill before a
 * capitalised word is a first name (CEO Bill Muir), and a package is a policy's only after a word that
 * says so (Household Support Package, not a car's Cold Weather Package or a pay package).
 */
function endsNameHere(text: string, suffix: string, at: number, after: number): boolean {
  if (suffix === 'Bill') return !/^ [A-Z]/.test(text.slice(after, after + 2));
  if (suffix === 'Package' || suffix === 'package')
    return PACKAGE_HEADS.test(text.slice(Math.max(0, at - 14), at));
  // A regulator's name (Australian Prudential Regulation Authority: held-out set 36), not a regulation's.
  if (suffix === 'Regulation')
    return !/^ (?:Authority|Agency|Commission|Office|Board|Bureau)\b/.test(text.slice(after, after + 14));
  // A title-case headline's verb (Supreme Court Rules Trump Tariffs Unlawful), not the Working Rules of ….
  if (suffix === 'Rules') return !/^ [A-Z]/.test(text.slice(after, after + 2));
  // A government's budget by its year (Budget 2024, Budget 2008 Measures: held-out set 56).
  if (suffix === 'Budget' && /^ (?:19|20)[0-9]{2}\b/.test(text.slice(after, after + 6))) return true;
  return QUALIFIED_HEADS.get(suffix)?.test(text.slice(Math.max(0, at - 16), at)) ?? true;
}

/**
 * True when the word before `pos` is a head that ends a name where it stands (the Payment Infrastructure
 * Development Fund scheme), not one that needs a word of its kind first (the Universal Credit scheme).
 */
function endsAName(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  const at = text.lastIndexOf(w, pos - 1);
  return EN_SUFFIXES.has(w) && endsNameHere(text, w, at, at + w.length);
}

/** The possessive of an institution's head noun (Union's, Reserve's, Bank's). */
const INSTITUTION_POSSESSIVE =
  /^(Union|Commission|Bank|Government|Ministry|Council|Department|Reserve|Treasury|Parliament|Congress|Agency|Authority|Administration|Board|Fund|Organization|Office|Committee)['’]s$/;

/** The word ending right before the space(s) before `pos`. */
function wordBefore(text: string, pos: number): string {
  return /[A-Za-z]+ +$/.exec(text.slice(Math.max(0, pos - 30), pos))?.[0].trim() ?? '';
}

/** to and a capitalised verb of purpose (Plan to Boost…), not a place or a body (Scheme to Nepal, Plan to Parliament). */
const TO_PURPOSE =
  /^ (to) (?=(?:Boost|Promote|Support|Accelerate|Strengthen|Stimulate|Improve|Expand|Reduce|Prevent|Protect|Stabili[sz]e|Encourage|Develop|Advance|Build|Create|Enhance|Lower|Tackle|Combat|Address|Increase|Foster|Facilitate|Ensure|Make|Help|Counter|Fight|End|Save|Restore|Revitali[sz]e|Moderni[sz]e|Deepen|Implement|Unlock|Spur|Revive)\b)/;

/** End of "on/for/of + capitalised words" after a suffix, or `end` when none follows. */
function objectEnd(text: string, end: number, head: string): number {
  // Or to and a capitalised verb, in a title that says what the thing is for (Special Action Plan to Boost
  // Consumption: held-out set 52); in running text its verb is in lower case (a plan to boost consumption).
  const m = /^ (on|for|of) /.exec(text.slice(end, end + 5)) ?? TO_PURPOSE.exec(text.slice(end, end + 20));
  if (!m) return end;
  // A report's object opens with the or a gerund (Report on the Work of the Government): a headline's
  // Report on Jobs Shows … does not.
  if (head === 'Report' && !/^(the |[A-Z][a-z]+ing )/.test(text.slice(end + m[0].length, end + 40)))
    return end;
  let pos = end + m[0].length;
  let last = end;
  for (let words = 0; words < 20; words++) {
    // Small words between the capitalised ones (Responding to the Novel …, Doing a Good Job); not and the or
    // and a, which start another phrase (… Transfers and the Personal Information Protection Law).
    // A quoted word too (Guiding Opinions on Actively Promoting the "Internet Plus" Action Plan: held-out set 56).
    const w = /^((the|a|of|on|in|for|to|and(?! the | a )) )*("?[A-Z][A-Za-z’'-]*"?|[0-9]{4})/.exec(
      text.slice(pos, pos + 60),
    );
    // A weekday is no part of a name: the Report on the Work of the Government on Tuesday.
    if (!w || /day$/.test(w[3] ?? '')) break;
    last = pos + w[0].length;
    pos = last;
    if (text[pos] !== ' ') break;
    pos++;
  }
  return last;
}

/**
 * Heads that British and European usage writes in lower case after a capitalised name (the Decent Homes
 * programme, the Holiday Activities and Food programme, the Cost of Living Support package: held-out set 31).
 */
const LOWER_HEADS = ['programme', 'scheme', 'package'];

/**
 * A programme's acronym before a lower-case head: three capitals or more, or capitals joined by hyphens (the
 * PM-POSHAN scheme: held-out set 52), no body's (IMF, ECB, NHS, SEC…) nor a broadcaster's (a BBC programme).
 */
const PROGRAMME_ACRONYM =
  /^(?!(?:IMF|ECB|NHS|OECD|SEC|FCA|PRA|RBA|RBI|RBNZ|SNB|BOJ|PBOC|NDRC|CFPB|FDIC|OCC|UK|USA|EU|UN|WTO|ASEAN|GCC|BBC|ABC|CNN|NBC|CBS|ITV|PBS|RTE|SBS)$)(?:[A-Z]{3,}s?|[A-Z]{2,}(?:-[A-Z0-9]+)+)$/;

/** The suffix words as whole words (each starts with a letter: a match starts at a Latin word). */
export const EN_SUFFIX = new EnglishPattern(
  new RegExp(`\\b(${[...EN_SUFFIXES.keys(), ...LOWER_HEADS].join('|')})\\b`),
  0,
);

/**
 * An institution's, a place's or an office's name, which a lower-case head after it describes (the European
 * Union scheme, the Hong Kong scheme, the Prime Minister programme).
 */
const INSTITUTION_NAME =
  /\b(Union|Commission|Bank|Government|Ministry|Council|Department|Reserve|Treasury|Parliament|Congress|Agency|Authority|Administration|Board|Office|Committee|Organi[sz]ation|Institute|Association|Kingdom|States|Zealand|Africa|America|Europe|Asia|Britain|England|Scotland|Wales|Ireland|China|India|Japan|Germany|France|Kong|York|Korea|Arabia|Emirates|Lanka|Rica|Minister|President|Governor|Chancellor|Secretary|Mayor)$/;

/** An appositive that calls what precedes it an organisation (, a Wellington-based think tank). */
const ORGANISATION_AFTER =
  /^,? (?:an? |the )(?:[\w-]+ ){0,3}(?:think[- ]tank|research (?:institute|group|cent(?:re|er))|institute|organi[sz]ation|charity|non-?profit|foundation|consultancy|lobby group|advocacy group|NGO|association|coalition|company|firm)\b/;

/** A reporting verb in the rest of the clause: the phrase before it is who speaks, not what the name is. */
const SPEECH_AFTER =
  /^[^,.;]*?\b(?:said|says|told|tells|estimated|estimates|reported|reports|noted|notes|added|adds|wrote|writes|argued|argues)\b/;

/** Capitalised names ending in an initiative suffix, with an optional year after them. */
function findCapitalisedNames(text: string): Initiative[] {
  const out: Initiative[] = [];
  for (const m of EN_SUFFIX.matches(text)) {
    const suffix = m[1] as string;
    const lowerHead = LOWER_HEADS.includes(suffix);
    const type = EN_SUFFIXES.get(lowerHead ? suffix[0]?.toUpperCase() + suffix.slice(1) : suffix);
    const suffixEnd = m.index + m[0].length;
    if (!type || !endsNameHere(text, suffix, m.index, suffixEnd)) continue;
    // Walk back word by word over capitalised words and inner connectors.
    let start = m.index;
    let words = 0;
    let pos = m.index;
    // Where the name's words end before the head (before a bracketed acronym).
    let headAt = m.index;
    while (words < MAX_WORDS) {
      let e = pos;
      while (e > 0 && text[e - 1] === ' ') e--;
      if (e === pos || e === 0) break;
      // A name's acronym in brackets before a lower-case head (the National Export Insurance Account (NEIA)
      // scheme: held-out set 52) is part of it.
      const bracketed =
        lowerHead && words === 0 ? /\([A-Z]{2,8}\)$/.exec(text.slice(Math.max(0, e - 10), e)) : null;
      if (bracketed) {
        pos = e - bracketed[0].length;
        headAt = pos;
        continue;
      }
      let b = e;
      while (b > 0 && e - b < 30 && /[A-Za-z0-9’'-]/.test(text[b - 1] as string)) b--;
      // An opening single quote is no part of the word, and the name starts after it ('14th Five-Year Plan').
      const quoted = b < e && "'’".includes(text[b] as string);
      if (quoted) b++;
      const w = text.slice(b, e);
      // A possessor opening the name is no part of it (China's 14th Five-Year Plan, the Fed's Main Street
      // Lending Program), nor is an institution's possessive however long its name (the European Union's
      // General Data Protection Regulation); inside a name a possessive is (Countering America's
      // Adversaries …), and so are the plural nouns that name who a programme serves (the Children's Health
      // Insurance Program) and an office that owns one (the President's Malaria Initiative).
      if (
        /['’]s$/.test(w) &&
        !/((ren|men|ple)|^(President|Governor|Mayor|Secretary))['’]s$/.test(w) &&
        (!isNameWord(wordBefore(text, b)) || INSTITUTION_POSSESSIVE.test(w))
      )
        break;
      if (isNameWord(w)) {
        // Two names joined by and (Bipartisan Infrastructure Law and Inflation Reduction Act): stop at and
        // when the name on the right has two words of its own (not Strategy and Action Plan).
        if (text.startsWith(' and ', e) && EN_SUFFIXES.has(w) && words > 1) break;
        start = b;
        words++;
        pos = b;
        if (quoted) break;
      } else if (INNER_PREPOSITIONS.has(w) && words > 0 && isNameWord(wordBefore(text, b))) {
        // Through or Against between capitalised words of a law's title (Countering America’s Adversaries
        // Through Sanctions Act: held-out set 49), not opening a phrase before a name.
        pos = b;
      } else if (CONNECTORS.has(w) && (w === 'and' || OF_HEADS.has(wordBefore(text, b)))) {
        // of/on/for inside a name follow its head (Guidelines on …, Bank of England Act): not Information
        // on … of … Act.
        pos = b;
      } else break;
    }
    // A name does not open with its own head: Regulation EE and Regulation YY are two names, not one.
    if (start < m.index && text.startsWith(`${suffix} `, start)) continue;
    let end = suffixEnd;
    const after = TAKES_OBJECT.has(suffix) ? objectEnd(text, end, suffix) : end;
    const year = /^,? (of )?(19|20)[0-9]{2}\b/.exec(text.slice(after, after + 10));
    // One word before the suffix names something only with an object, or a law as an acronym (CARES Act),
    // as its two sponsors' names (Dodd-Frank Act, Glass-Steagall Act) or with its year (Finance Bill 2024, Budget 2024:
    // held-out set 56;
    // not a company's Annual Report 2024, nor Harvard Law, 2012).
    // One word will do before a lower-case head when it is a programme's acronym (the LSAP programme, the PLI
    // scheme: held-out set 38), not a body's (the IMF programme, the ECB scheme).
    const acronymHead =
      lowerHead && words === 1 && PROGRAMME_ACRONYM.test(text.slice(start, m.index).trimEnd());
    if (
      (words < 2 &&
        after === end &&
        !acronymHead &&
        !ONE_WORD_HEADS.has(suffix) &&
        !/^([A-Z]{3,}|[A-Z][a-zA-Z]+(-[A-Z][a-zA-Z]+)+) Act$/.test(text.slice(start, end)) &&
        !(year && (suffix === 'Act' || suffix === 'Bill' || suffix === 'Budget'))) ||
      EN_NOT_INITIATIVES.includes(text.slice(start, after))
    )
      continue;
    // Provisions name a document by their subject (Provisions on …): General Provisions head a chapter, and
    // the Clean Vehicle Provisions of an act are part of it.
    if (suffix === 'Provisions' && (after === end || !text.startsWith(' on ', end))) continue;
    // A lower-case head names only after two capitalised words of its own, not an institution's or a
    // country's (the Bank of England scheme, a United Kingdom programme).
    // Nor after a name that has a head of its own (the Payment Infrastructure Development Fund scheme: the Fund).
    if (
      lowerHead &&
      ((words < 2 && !acronymHead) ||
        INSTITUTION_NAME.test(text.slice(start, headAt).trimEnd()) ||
        endsAName(text, headAt))
    )
      continue;
    // The singular Regulation also ends an institution's name (Department of Licensing and Regulation).
    if (
      suffix === 'Regulation' &&
      /\b(Department|Ministry|Office|Bureau|Division|Board) of\b/.test(text.slice(start, end))
    )
      continue;
    end = after;
    if (year) end += year[0].length;
    // Its acronym in brackets belongs to it (Transmission Protection Instrument (TPI)).
    const acronym = /^ \([A-Z]{2,8}\)/.exec(text.slice(end, end + 12));
    if (acronym) end += acronym[0].length;
    // An organisation of that name, as an appositive says (The New Zealand Initiative, a Wellington-based think
    // tank: held-out set 49), is no initiative.
    // Not where the phrase is a speaker (…Act, the company said; …Initiative, a research group at X said: a review).
    const appositive = ORGANISATION_AFTER.exec(text.slice(end, end + 60));
    if (
      appositive &&
      !SPEECH_AFTER.test(text.slice(end + appositive[0].length, end + appositive[0].length + 60))
    )
      continue;
    out.push(initiative(text, type, start, end));
  }
  return out;
}

/** The words every quoted five-year plan period holds. */
const FIVE_YEAR = /five-year/i;

/** Quoted five-year plan periods: “twelfth five-year” period. */
function findFiveYearPlans(text: string): Initiative[] {
  const out: Initiative[] = [];
  // The words alone first: a search for a literal skips through the text, the pattern tries every position.
  if (!FIVE_YEAR.test(text)) return out;
  const re = /[“"]([A-Za-z-]{0,20} )?five-year[”"]( period| plan| Plan)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(initiative(text, 'plan', m.index, m.index + m[0].length));
  }
  return out;
}

/** Small words a title leaves in lowercase. */
const TITLE_SMALL = new Set('a an and as at by for from in into of on or the to under via with'.split(' '));
/** Words that issue or name what a quotation right after them quotes (issued the “…”; entitled “…”). */
const TITLE_CUES = new Set(
  'issued released published entitled titled signed adopted unveiled approving approved approves guidance rule rules order orders notice regulation regulations circular'.split(
    ' ',
  ),
);
/** What may stand between the cue and the quotation: articles, a kind of rule, a date, a list number. */
const TITLE_GAP = new Set(
  (
    'the a an its their new final interim proposed on dated known as by january february march april may june ' +
    'july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Works whose titles name no policy instrument (a speech titled “…”, a survey released on …). */
const NOT_TITLED = new Set(
  'speech remarks address lecture paper article blog post book essay interview podcast column survey study testimony'.split(
    ' ',
  ),
);

/**
 * True when the quotation that starts after `before` is a title by its context: the last word that
 * issues or names it (rules released on October 17, 2023: (1) “…”; the order signed by President Trump,
 * “…”), with only TITLE_GAP words, numbers and, after `by`, capitalised names between, and no speech,
 * paper, survey … in the three words before that cue. Words are read from the same sentence only. A scan
 * over words, not a RegExp: a pattern of optional alternatives that overlap (digits, `on 1`) backtracked
 * exponentially on a run of digits.
 */
function hasTitleCue(before: string): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.search(/[;!?“”"][^;!?“”"]*$/)) + 1);
  const words = sentence.split(/[\s,:()]+/).filter(Boolean);
  let named = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    const lower = w.toLowerCase();
    if (TITLE_CUES.has(lower)) {
      const lead = words.slice(Math.max(0, k - 3), k).map((x) => x.toLowerCase());
      return !lead.some((x) => NOT_TITLED.has(x));
    }
    // A capitalised name stands only after `by` (… signed by President Trump, “…”).
    if (/^[A-Z]/.test(w) && !TITLE_GAP.has(lower)) {
      named = true;
      continue;
    }
    if (named && lower !== 'by') return false;
    named = false;
    if (!TITLE_GAP.has(lower) && !/^\d+$/.test(w)) return false;
  }
  return false;
}

/** A quotation opening with a year and a capital. */
const DATED_TITLE = /[“"]((?:19|20)\d\d [A-Z][^“”"\n]{8,300}?)[”"]/g;

/** A quotation opening with a capital (a match starts right before a Latin word). */
export const QUOTED_TITLE = new EnglishPattern(/[“"]([A-Z][^“”"\n]{8,300}?)[”"]/, -1);

/**
 * Quoted titles of rules, orders and documents: a quotation in title case (every word capitalised but
 * small words, three to 30 words, or two ending in Rule, Order or Act) right after a word that issues or names it (two interim final rules
 * released on October 17, 2023: (1) “Export Controls on Semiconductor Manufacturing Items”). Reported with
 * its quotation marks, and a comma inside them, as printed, and typed a document. The next title of a list
 * (and (2) “…”) needs no cue of its own.
 */
function findQuotedTitles(text: string): Initiative[] {
  const out: Initiative[] = [];
  // Titles opening with their year ("2024 Key Work Division Plan of the State Council") start at no Latin
  // word: a scan of their own, which English pages (the only ones read for English names) can afford.
  const dated = text.includes('20') || text.includes('19') ? [...text.matchAll(DATED_TITLE)] : [];
  const found = QUOTED_TITLE.matches(text);
  const all = dated.length === 0 ? found : [...found, ...dated].sort((a, b) => a.index - b.index);
  for (const m of all) {
    const inner = (m[1] as string).replace(/[,.]$/, '');
    const words = inner.split(/[ :;—–]+/).filter(Boolean);
    // Two words name a rule, order or act by its short title (an interim final rule (the “Affiliates Rule”)).
    const short = words.length === 2 && /^(?:Rule|Order|Act)$/.test(words[1] as string);
    if ((words.length < 3 && !short) || words.length > 30) continue;
    // Title case; a translated title with a head noun may leave a few words lowercase (Work Plan for
    // Promoting High quality Economic Development through Standard Upgrading: held-out set 31).
    const lower = words.filter((w) => !/^[A-Z0-9(]/.test(w) && !TITLE_SMALL.has(w)).length;
    if (lower > 0 && (4 * lower > words.length || !words.some((w) => EN_SUFFIXES.has(w)))) continue;
    const prev = out[out.length - 1];
    // The next title of a list (“…” and (2) “…”, “…”, the “…”) needs no cue of its own.
    const listed =
      prev && /^[\s,;]*(?:and |or )?(?:the )?(?:\(?\d+\) *)?$/.test(text.slice(prev.end, m.index));
    if (!listed && !hasTitleCue(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    // A titled document, whatever its head noun (Special Action Plan for Boosting Consumption): the English
    // for a title in 《》, which LABELING.md types `document`.
    out.push(initiative(text, 'document', m.index, m.index + m[0].length));
  }
  return out;
}

/**
 * Documents named by their number: Executive Order 13224, Executive Order (E.O.) 13886, Public Law 117-169,
 * Proclamation 10522 (three digits or more), Notice 2023-1, Revenue Procedure 2024-5 (a year and a dash:
 * a bank's Privacy Notice 2024 is none); and by their letters, as the Federal Reserve's and the SEC's
 * regulations are (Regulation EE, Regulation NMS; one letter before punctuation: Regulation Z. Held-out set 34;
 * not Regulation US or AI, a country's or a topic's).
 */
function findNumberedEnglish(text: string): Initiative[] {
  const out: Initiative[] = [];
  const re =
    /\b(?:(?:Executive Order|Public Law|Proclamation)(?: \(E\.O\.\))? (?:No\. )?\d{3,}(?:-\d+)?|(?:Notice|Revenue Procedure|Revenue Ruling) \d{2,4}-\d+|Regulation (?:([A-Z])\1|NMS|SHO|FD|ATS|SCI|BI|AB|AC|BTR|[A-Z](?=[.,;:)]|$)))\b/gm;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push(initiative(text, 'document', m.index, m.index + m[0].length));
  return out;
}

/**
 * A lowercase name that its acronym in brackets right after it spells, word by word, ending in an
 * initiative suffix: the ECB's asset purchase programme (APP) and pandemic emergency purchase programme
 * (PEPP). The acronym is what makes the words a name rather than a description.
 */
// Not fund: an exchange traded fund (ETF), a money market fund (MMF) are kinds of fund, spelt the same way.
const ACRONYM_NAME =
  /\b((?:[A-Za-z][a-z-]* ){1,7})(programme|program|facility|scheme|instrument|initiative) \(([A-Z]{2,8})\)/g;

/** Words of a company's or a borrower's programmes, never a policy's. */
const CORPORATE = new Set(
  'credit loan loans buyback share shares stock dividend reinvestment loyalty customer repair note notes'.split(
    ' ',
  ),
);

function findAcronymNames(text: string): Initiative[] {
  const out: Initiative[] = [];
  for (const m of text.matchAll(ACRONYM_NAME)) {
    const acronym = m[3] as string;
    const words = `${m[1]}${m[2]}`.split(' ');
    const named = words.slice(-acronym.length);
    if (named.length !== acronym.length) continue;
    if (named.some((w, k) => w[0]?.toUpperCase() !== acronym[k])) continue;
    // A company's or a borrower's (revolving credit facility (RCF), share buyback programme (SBP)).
    if (named.some((w) => CORPORATE.has(w.toLowerCase()))) continue;
    const suffix = m[2] as string;
    const type = EN_SUFFIXES.get(suffix[0]?.toUpperCase() + suffix.slice(1)) ?? 'program';
    const start = (m.index as number) + (m[1] as string).length - (named.join(' ').length - suffix.length);
    out.push(initiative(text, type, start, (m.index as number) + m[0].length));
  }
  return out;
}

/** All English initiatives in the text. */
export function findEnglishInitiatives(text: string): Initiative[] {
  return findCapitalisedNames(text).concat(
    findAcronymNames(text),
    findFiveYearPlans(text),
    findQuotedTitles(text),
    findNumberedEnglish(text),
  );
}
