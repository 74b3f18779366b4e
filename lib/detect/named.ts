/**
 * Named initiatives found by their suffix class (…工程, …专项行动, …示范区, “…”改革): the name
 * runs left from the suffix to the clause start, the nearest activating verb (实施, 开展) or
 * preposition — never the verb itself — and quantities and filler words are trimmed off.
 */
import {
  COUNT_CLASSIFIERS,
  COUNT_WORDS,
  GENERIC_MODIFIERS,
  LEADING_FILLERS,
  MEASURE_UNITS,
  PLACE_BUILDS_ZH,
  SUFFIX_BLOCKERS,
  SUFFIX_BLOCKERS_BY_SUFFIX,
  SUFFIX_CLASSES,
  type SuffixClass,
  UNQUOTED_SUFFIX_BLOCKERS,
} from './lexicon';
import { byFirst, byLength, JOINERS, lastIndexIn, leftEdge, WINDOW, wordAt } from './name-edge';
import { CLOSE_QUOTE, codes, endsWithAny, OPEN_QUOTE } from './text';
import { type Initiative, initiative } from './types';
import { WordTrie } from './word-trie';

const MAX_NAME = 40;
/** A quotation opened right after a conjunction, to the end of the text before the suffix. */
const QUOTE_AFTER_JOINER = new RegExp(`[${JOINERS}]“[^“]*$`);
/** Work budget on hostile pages: suffix hits past this many are not examined. */
export const MAX_SUFFIX_HITS = 20000;

const BY_SUFFIX = new Map(SUFFIX_CLASSES.map((c) => [c.suffix, c]));
const SUFFIXES = new WordTrie([[...BY_SUFFIX.keys()]]);
/** Units printed in Latin letters after a figure (200MW, 10kV, 5GW). */
const LATIN_UNIT = /^(?:[kKMGT]Wh?|[kK]V|km|kg|[KMGT]B)(?![A-Za-z])/;
/** A quantity (3个, 两项, 10余家) before a name, read at one position. */
const QUANTITY = /[0-9０-９.]+[多余]?|[一二三四五六七八九十百千万两]+[多余]?/y;
const FILLERS = byLength(LEADING_FILLERS);
/** Dashes and tildes between the two ends of a range. */
const DASHES = '-–—~～';
/** The generic modifiers and the blockers by first code unit, each list in the lexicon's order. */
const GENERIC_BY_FIRST = byFirst(GENERIC_MODIFIERS);
const BLOCKERS_BY_FIRST = byFirst(SUFFIX_BLOCKERS);
const COUNTS = byLength(COUNT_WORDS);
const MULTI_COUNTS = byLength(COUNT_WORDS.filter((w) => w.length > 1));

/** Strips leading fillers and quantities; `counted` when a count (一批, 98处, 多个) was removed. */
function trimLeft(text: string, start: number, end: number): { start: number; counted: boolean } {
  let s = start;
  let counted = false;
  const inner = lastCount(text, start, end);
  if (inner > s) {
    s = inner;
    counted = true;
  }
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    // The dash of a range (2016年-2022年政府工作报告) goes with the quantity before it.
    if (DASHES.includes(text[s] as string)) s++;
    const filler = wordAt(text, s, end - 1, FILLERS);
    if (filler) s += filler.length;
    const count = wordAt(text, s, end - 1, COUNTS);
    if (count) {
      s += count.length;
      counted = true;
    }
    QUANTITY.lastIndex = s;
    const m = QUANTITY.exec(text);
    if (m) {
      const after = s + m[0].length;
      const unit = MEASURE_UNITS.find((u) => text.startsWith(u, after));
      if (unit) s = after + unit.length;
      // 百项技术创新推进工程, 千村示范万村整治工程: a round 十 百 千 万 opening the name is part of it
      // (a measure after it is not: 万亩高标准农田示范区).
      else if (s === start && /^[十百千万]$/.test(m[0])) break;
      else if (COUNT_CLASSIFIERS.includes(text[after] as string)) {
        s = after + 1;
        counted = true;
      }
      // Figures before a Latin letter are a word of the name (5G规模化应用“扬帆”行动: held-out set 50).
      // A unit in Latin letters goes with its figures (200MW光伏发电示范工程: a review).
      else if (
        /[0-9]/.test(m[0]) &&
        (!/[A-Za-z]/.test(text[after] ?? '') || LATIN_UNIT.test(text.slice(after, after + 4)))
      )
        s = after + (LATIN_UNIT.exec(text.slice(after, after + 4))?.[0].length ?? 0);
    }
    if (s === before) break;
  }
  return { start: s, counted };
}

const COUNTED = codes('0123456789一二三四五六七八九十两多');
/** Places counted in figures (重庆4省市开展试点), never in words: 三省一市 names a region. */
const PLACE_CLASSIFIERS = codes('省市');
const BIG_DIGITS = codes('0123456789十百千万');
const CLASSIFIER_CODES = codes(COUNT_CLASSIFIERS);
/** 多 */
const DUO = 0x591a;

/** End of the last count (多个, 一批, 45个) inside text[start, end) outside quotations, or -1. */
function lastCount(text: string, start: number, end: number): number {
  let found = -1;
  let inQuote = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === OPEN_QUOTE) inQuote = true;
    else if (c === CLOSE_QUOTE) inQuote = false;
    if (inQuote) continue;
    const word = wordAt(text, p, end, MULTI_COUNTS);
    if (word) found = p + word.length;
    else if (COUNTED.has(c) && p + 2 <= end && CLASSIFIER_CODES.has(text.charCodeAt(p + 1))) {
      if (c !== DUO || BIG_DIGITS.has(text.charCodeAt(p - 1))) found = p + 2;
    } else if (c >= 48 && c <= 57 && p + 2 <= end && PLACE_CLASSIFIERS.has(text.charCodeAt(p + 1)))
      found = p + 2;
  }
  return found;
}

/**
 * A region's name opening a strategy's (黄河流域…, 长江经济带…, 京津冀…): a river basin, an economic belt, a bay area,
 * a city cluster. Not a province or a city, whose 上海科技创新和重大工程 is two things.
 */
const REGION =
  /^[\u4e00-\u9fff]{1,6}(?:流域|经济带|湾区|城市群|经济圈|经济区)|^(?:京津冀|长三角|长江三角洲|粤港澳|成渝)/;
const opensWithRegion = (part: string): boolean => REGION.test(part);
/** The kinds a region's strategy is named as (规划纲要, 战略, 实施方案); not 长三角一体化发展和重大工程. */
const REGION_STRATEGY_TYPES = new Set(['plan', 'document', 'other']);

/** Name characters before the suffix, without quotation marks. */
function coreLength(prefix: string): number {
  return prefix.replace(/[“”"（）()]/g, '').length;
}

/** True when the prefix is only generic modifiers (重大, 战略性基础, 地方政府). */
function isGeneric(prefix: string): boolean {
  let rest = prefix;
  for (let guard = 0; guard < 8 && rest.length > 0; guard++) {
    // Or an adjective in 性 (支撑性, 标志性): 等支撑性重大工程 names a kind of project.
    const w =
      /^..?性/.exec(rest)?.[0] ?? GENERIC_BY_FIRST.get(rest.charCodeAt(0))?.find((g) => rest.startsWith(g));
    if (!w) break;
    rest = rest.slice(w.length);
  }
  return rest.length < 2;
}

/** Checks a name against its suffix class; returns the final start or -1. */
function accept(
  text: string,
  start: number,
  suffixStart: number,
  end: number,
  cls: SuffixClass,
  counted: boolean,
): number {
  let s = start;
  let prefix = text.slice(s, suffixStart);
  const quoteBefore = text[suffixStart - 1] === '”';
  const hasQuote = /“[^”]+”/.test(prefix) && (!cls.quoteOnly || quoteBefore);
  if (cls.needsQuote && !quoteBefore) return -1;
  if (cls.quoteInName && !hasQuote) return -1;
  if (cls.quoteOnly && quoteBefore) {
    const open = lastIndexIn(text, '“', suffixStart, Math.max(0, suffixStart - MAX_NAME));
    return cls.verbBefore && !endsWithAny(text, open, cls.verbBefore) ? -1 : open;
  }
  if (cls.notAfter && endsWithAny(prefix, prefix.length, cls.notAfter)) return -1;
  if (
    cls.notAcross &&
    endsWithAny(text, suffixStart, cls.notAcross.before) &&
    cls.notAcross.after.some((w) => text.startsWith(w, end))
  )
    return -1;
  // A place building the zone: the name starts after 建设 when four or more characters of it remain.
  if (cls.type === 'zone' && !hasQuote) {
    let built = -1;
    for (const m of prefix.matchAll(PLACE_BUILDS_ZH)) built = m.index + m[0].length;
    if (built > 0 && suffixStart - (s + built) >= 4) {
      s += built;
      prefix = prefix.slice(built);
    }
  }
  // …等重大水利工程, …等领域开放试点: after 等, the words sum up the things listed before it, a class of them.
  if (!hasQuote && text[s - 1] === '等') return -1;
  if (cls.needsAcronym) {
    const tail = prefix.slice(-10);
    if (/[（(][A-Z]{2,8}[）)]$/.test(tail)) return s;
    const bare = /[A-Z]{2,8}$/.exec(tail);
    return bare ? suffixStart - bare[0].length : -1;
  }
  if (cls.needsNational) {
    const n = Math.max(
      lastIndexIn(text, '国家', suffixStart - 2, s),
      lastIndexIn(text, '中央', suffixStart - 2, s),
    );
    if (n < 0 || /[和与及、]/.test(text.slice(n, suffixStart))) return -1;
    s = n;
    prefix = text.slice(s, suffixStart);
  }
  // A quotation right after a conjunction starts the name (紧扣国家战略需求和“十五五”规划).
  const joined = QUOTE_AFTER_JOINER.exec(prefix);
  if (joined) {
    s += joined.index + 1;
    prefix = prefix.slice(joined.index + 1);
  }
  // Two things joined before the suffix whose second is only generic words (重点任务和重点工程,
  // 新型基础设施和重大工程): the suffix belongs to a generic phrase, not to a name.
  // Not where a region's name opens the first (黄河流域生态保护和高质量发展规划纲要: held-out set 49): a regional
  // strategy's name joins its two aims.
  const join = Math.max(prefix.lastIndexOf('和'), prefix.lastIndexOf('与'), prefix.lastIndexOf('及'));
  if (
    !hasQuote &&
    !cls.specific &&
    join >= 0 &&
    isGeneric(prefix.slice(join + 1)) &&
    !(REGION_STRATEGY_TYPES.has(cls.type) && opensWithRegion(prefix.slice(0, join)))
  )
    return -1;
  if (counted && !hasQuote) return -1;
  // A count right before the suffix (标准提升四大行动, 五大工程) sums up a list: it names nothing.
  if (
    end - s > MAX_NAME ||
    /[等和与及或、]$|[一二三四五六七八九十两\d]大$/.test(prefix) ||
    // A name never opens with 的 or 及: the edge fell inside a phrase (规划实施及综合试点). (和 and 与 open
    // names: 和美乡村, 和谐社区.)
    /^[的及]/.test(prefix)
  )
    return -1;
  // The words right before the suffix (after any 的) must say which one: “两步走”的发展规划 is generic.
  const de = prefix.lastIndexOf('的');
  const tight = prefix.slice(de + 1);
  if (!cls.specific && de >= 0 && tight.length > 0 && isGeneric(tight)) return -1;
  // 相关 and 有关 (related) say which kind, never which one: 城市建设相关行业规划; a question asks which one
  // (哪些领域和行业的实施方案).
  if (!hasQuote && /相关|有关|哪些|什么|如何|怎样|怎么/.test(prefix)) return -1;
  if (hasQuote) return s;
  if (coreLength(prefix) < (cls.minPrefix ?? 3)) return -1;
  if (!cls.specific && isGeneric(prefix)) return -1;
  return s;
}

/** Named initiatives found by suffix class, possibly overlapping (resolved by the caller). */
export function findNamedInitiatives(text: string): Initiative[] {
  const out: Initiative[] = [];
  let prevEnd = -1;
  let floor = 0;
  // Hostile pages: the scan itself stops after MAX_SUFFIX_HITS suffixes.
  for (const [suffixStart, end] of SUFFIXES.scan(text, MAX_SUFFIX_HITS)) {
    const suffix = text.slice(suffixStart, end);
    const cls = BY_SUFFIX.get(suffix) as SuffixClass;
    if (BLOCKERS_BY_FIRST.get(text.charCodeAt(end))?.some((b) => text.startsWith(b, end))) continue;
    if (SUFFIX_BLOCKERS_BY_SUFFIX[suffix]?.some((b) => text.startsWith(b, end))) continue;
    // A quoted name before the suffix is named all the same (“十四五”规划编制).
    if (
      text[suffixStart - 1] !== '”' &&
      UNQUOTED_SUFFIX_BLOCKERS[suffix]?.some((b) => text.startsWith(b, end))
    )
      continue;
    // A name starts after an earlier name joined by a conjunction (中原科技城、中原医学科学城和中原农谷).
    if (prevEnd === suffixStart) {
      // Adjacent suffixes continue one name (项目收益债券试点管理办法): keep the floor.
    } else if (prevEnd >= 0 && suffixStart - prevEnd <= WINDOW && JOINERS.includes(text[prevEnd] ?? '')) {
      floor = prevEnd + 1;
    } else floor = 0;
    prevEnd = end;
    // Common words such as 制度, 平台, 活动 name something only right after a quotation: skip the rest early.
    if (cls.quoteOnly && cls.needsQuote && text[suffixStart - 1] !== '”') continue;
    const edge = leftEdge(text, suffixStart, floor, cls);
    const { clause } = edge;
    const prev = out[out.length - 1];
    // The second of two names of one suffix joined by a conjunction (实施乡村振兴战略和区域协调发展战略)
    // shares the verb that opened the first…
    const shared =
      !!cls.needsVerb &&
      edge.left < 0 &&
      floor > 0 &&
      prev?.end === floor - 1 &&
      (prev.text.endsWith(suffix) ||
        (cls.type === 'zone' && prev.type === 'zone') ||
        // …or a quoted name of another kind (组织实施“一揽子”突破行动和“一条龙”应用计划).
        text[floor] === '“');
    const left = shared ? floor : edge.left;
    if (left < 0) continue;
    // An unbracketed document name needs its issuer (…关于…) or a verb before it (参照…管理办法), or a
    // name listed right before it (…指导意见、…行动方案): a bare clause ending in 指导意见 is more often a
    // wrapped title line or a headline.
    if (cls.type === 'document' && !cls.specific && left !== floor && left === clause) {
      const listed =
        prev?.end === left - 1 && prev.type === 'document' && '、，,；'.includes(text[prev.end] as string);
      if (!listed && lastIndexIn(text, '关于', suffixStart - 2, left) < 0) continue;
    }
    if (
      !cls.quoteOnly &&
      !cls.needsAcronym &&
      text[end] === '”' &&
      text[clause - 1] === '“' &&
      left === clause
    ) {
      // The suffix closes a quotation that holds no verb (通过“消费能力保障支持行动”, “十项重大工程”): the
      // quotation is the name, with its marks, when as many characters as the suffix's class asks for
      // (`minQuoted`, else `minPrefix`, else three) come before the suffix, and two of them are no generic
      // words (“千人计划” is a programme; “样板工程”, “重大工程” are figures of speech). Not for 模式 and 方式,
      // which name something only with an acronym (“优化履职方式” is a phrase).
      const inner = text.slice(clause, suffixStart);
      const least = cls.minQuoted ?? cls.minPrefix ?? 3;
      // A company's own, quoted or not (“大股东有无增持计划”).
      const owned = cls.notAfter && endsWithAny(text, suffixStart, cls.notAfter);
      // A quoted count of them names the set (标准提升“四大行动”, 推进“八大行动”: held-out sets 54 and 55), as 四大行动
      // unquoted does not.
      const set = /^[一二三四五六七八九十两0-9]{1,2}大$/.test(inner);
      if (!owned && ((inner.length >= least && (inner.length >= 3 || !isGeneric(inner))) || set))
        out.push(initiative(text, cls.type, clause - 1, end + 1));
      continue;
    }
    const { start, counted } = trimLeft(text, left, suffixStart);
    let s = accept(text, start, suffixStart, end, cls, counted);
    // A name never takes in an earlier name and the conjunction after it (实施京津冀协同发展战略和长江经济带
    // 发展战略, where the zone 经济带 between them broke the floor above): it starts after them.
    if (
      prev &&
      s >= 0 &&
      s <= prev.start &&
      prev.end < suffixStart &&
      JOINERS.includes(text[prev.end] as string)
    )
      s = prev.end + 1;
    if (s >= 0 && s < suffixStart) out.push(initiative(text, cls.type, s, end));
  }
  return out;
}
