/**
 * Left edges of initiative names: the clause start (quotations and （PPP） skipped), then the
 * nearest activating verb, preposition or 的 to the left of the suffix — the name starts after it.
 */
import {
  ACTIVATING_VERBS,
  LEFT_STOPS,
  MANNER_ADVERBS,
  type SuffixClass,
  TITLE_OPENING_VERBS,
  ZONE_BUILD_VERBS,
} from './lexicon';
import { CLOSE_QUOTE, codes, endsWithAny, OPEN_QUOTE } from './text';

/** How far left of the suffix a name may start. */
export const WINDOW = 32;
/** Conjunctions that join two names (…和…, …、…). */
export const JOINERS = '和与及、';
/** Longest distance from an activating verb to a 的 inside the name (开展APP侵害用户权益的整治行动). */
const MAX_DE_REACH = 14;

/** Punctuation and list bullets that end a clause (a name never crosses them), as UTF-16 codes. */
const CLAUSE_PUNCT = codes('，。；：！？、,.;:!?《》「」【】[]…—/|\n “（(•●▪■◆◇□▷►');
/** 的 */
const DE = 0x7684;
/** Stops that end a name only where they open the clause, or follow a verb or an adverb of manner. */
const CLAUSE_VERBS = ['结合', '对接'];
/** Words in 代 after 以 (以现代农业…), which open no set phrase like 以工代赈. */
const ERA_WORDS = ['现代', '时代', '当代', '近代', '古代', '年代', '世代', '替代', '取代'];
/** A duration (三年, 3年), read where it starts. */
const DURATION = /[一二三四五六七八九十两0-9]{1,2}年/y;

/** True when text[from, to) is a duration (培育三年行动: between a verb and the suffix). */
function isDuration(text: string, from: number, to: number): boolean {
  // 年 last: most verbs before a suffix have none after them, and this test is cheaper than the search.
  if (text.charCodeAt(to - 1) !== 0x5e74) return false;
  DURATION.lastIndex = from;
  return DURATION.exec(text)?.[0].length === to - from;
}

/** Words (at most 4 characters) by their first UTF-16 code, longest first, for lookups at a position. */
export type WordSet = ReadonlyMap<number, readonly string[]>;

/** `words` by their first UTF-16 code, in the order given (for a first match in list order). */
export function byFirst(words: readonly string[]): Map<number, string[]> {
  const sets = new Map<number, string[]>();
  for (const w of words) {
    const code = w.charCodeAt(0);
    const list = sets.get(code) ?? [];
    list.push(w);
    sets.set(code, list);
  }
  return sets;
}

/** The word set of `words`; words longer than 4 characters are never looked up. */
export function byLength(words: readonly string[]): WordSet {
  const sets = byFirst([...new Set(words)].filter((w) => w.length > 0 && w.length <= 4));
  for (const list of sets.values()) list.sort((a, b) => b.length - a.length);
  return sets;
}

const VERBS = byLength(ACTIVATING_VERBS);
const ZONE_VERBS = byLength([...ACTIVATING_VERBS, ...ZONE_BUILD_VERBS]);
const STOPS = byLength(LEFT_STOPS);

/** The longest word of `sets` starting at `pos` and ending by `limit`, or ''. */
export function wordAt(text: string, pos: number, limit: number, sets: WordSet): string {
  if (pos >= limit) return '';
  const words = sets.get(text.charCodeAt(pos));
  if (!words) return '';
  for (const w of words) if (pos + w.length <= limit && text.startsWith(w, pos)) return w;
  return '';
}

/** Last index of `needle` starting in [floor, from], or -1 (bounded, unlike String#lastIndexOf). */
export function lastIndexIn(text: string, needle: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - needle.length); i >= floor; i--)
    if (text.startsWith(needle, i)) return i;
  return -1;
}

/** Start of the clause holding `pos`: after the nearest clause punctuation, skipping quotations and （PPP）. */
export function clauseStart(text: string, pos: number, floor: number): number {
  let i = pos - 1;
  while (i >= floor) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_QUOTE) {
      const open = lastIndexIn(text, '“', i, floor);
      if (open < 0) return i + 1;
      i = open - 1;
      continue;
    }
    if (c === 0xff09 || c === 41) {
      const open = Math.max(lastIndexIn(text, '（', i, floor), lastIndexIn(text, '(', i, floor));
      // （PPP） and place notes like 中国（上海）自由贸易试验区 stay inside the name.
      if (open >= floor && /^([A-Za-z0-9]{2,8}|[\u4e00-\u9fff]{2,4})$/.test(text.slice(open + 1, i))) {
        i = open - 1;
        continue;
      }
      return i + 1;
    }
    // A dash between two figures is a range (2026—2030年…实施方案: held-out set 53), no clause break.
    if (
      CLAUSE_PUNCT.has(c) &&
      !(c === 0x2014 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
    )
      return i + 1;
    i--;
  }
  return floor;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

interface Cut {
  start: number;
  end: number;
  kind: 'verb' | 'stop' | 'de';
}

/** Cut points (ends of verbs, prepositions and 的) in text[from, to), outside quotations. */
function cutPoints(text: string, from: number, to: number, verbs: WordSet, title?: boolean): Cut[] {
  const cuts: Cut[] = [];
  let inQuote = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === OPEN_QUOTE) inQuote = true;
    else if (c === CLOSE_QUOTE) inQuote = false;
    if (inQuote) continue;
    const verb = wordAt(text, p, to, verbs);
    let stop = wordAt(text, p, to, STOPS);
    // 以旧换新, 以工代赈, 以奖代补: 以 opens a set phrase inside the name, not a preposition before it (but
    // 以现代…, 以时代…: 代 ends a word there).
    if (
      stop === '以' &&
      '换代'.includes(text[p + 2] as string) &&
      !ERA_WORDS.includes(text.slice(p + 1, p + 3))
    )
      stop = '';
    // 比 compares (…规模比“AI+”行动实施前…), but 比较, 比照, 比例 and 比重 are words of their own (比如 is a
    // stop of its own).
    if (stop === '比' && '较照例重'.includes(text[p + 1] as string)) stop = '';
    // 使 makes (使…成为), but 使用 and 使命 are words of their own (城镇土地使用税暂行条例).
    if (stop === '使' && '用命'.includes(text[p + 1] as string)) stop = '';
    // 授权 grants (授权自贸试验区…), but 授权经营 and 授权投资 are terms of a reform's name (国有资本授权经营体制改革).
    if (stop === '授权' && '经投'.includes(text[p + 2] as string)) stop = '';
    // 扩大 widens (扩大试点范围), but 扩大内需 is the name of a strategy (2026—2030年扩大内需战略实施方案: held-out set 53).
    if (stop === '扩大' && text.startsWith('内需', p + 2)) stop = '';
    const last = cuts.at(-1);
    // 结合 and 对接 start a clause (结合国家…规划, 有效对接…), but inside a compound they are part of the
    // name (医养结合试点, 产教结合工程).
    if (CLAUSE_VERBS.includes(stop) && p > from && last?.end !== p && !endsWithAny(text, p, MANNER_ADVERBS))
      stop = '';
    // 实施了…, 开展了…: 了 right after a cut (an activating verb) belongs to it; elsewhere it ends a clause
    // (研究了…, 汇报了…).
    if (stop === '了' && last?.end === p) last.end++;
    // 印发推动…工作方案: a title-opening verb right after another verb belongs to the title.
    else if (title && last?.kind === 'verb' && last.end === p && TITLE_OPENING_VERBS.includes(verb))
      p += verb.length - 1; // Skipped: the verb stays inside the name.
    else if (verb && verb.length >= stop.length) cuts.push({ start: p, end: p + verb.length, kind: 'verb' });
    else if (stop) cuts.push({ start: p, end: p + stop.length, kind: 'stop' });
    else if (c === DE) cuts.push({ start: p, end: p + 1, kind: 'de' });
  }
  return cuts;
}

/**
 * After the last of `chars` standing as a word of its own in text[cs, to) (作 in 李克强作政府工作报告, 做 in
 * 李克强做政府工作报告; not in 作风, 工作, 合作, 叫做, 做好), or `cs`.
 */
function startAfter(text: string, chars: string, cs: number, to: number): number {
  let best = cs;
  for (const char of chars)
    for (let i = lastIndexIn(text, char, to - 1, cs); i >= best; i = lastIndexIn(text, char, i - 1, cs))
      if (
        !'工合协创运写操动制著叫看当'.includes(text[i - 1] ?? '') &&
        !'风为用品业出好大强实优法'.includes(text[i + 1] ?? '')
      ) {
        best = i + 1;
        break;
      }
  return best;
}

/** End of the last of `verbs` in text[from, to), or -1. */
function lastVerbEnd(text: string, from: number, to: number, verbs: readonly string[]): number {
  let best = -1;
  for (const v of verbs) {
    const i = lastIndexIn(text, v, to - v.length, from);
    if (i >= 0 && i + v.length > best) best = i + v.length;
  }
  return best;
}

/** Verbs that only launch what follows them; never a word of its name. */
const LAUNCHING_VERBS: readonly string[] = ['开展', '组织开展'];

/**
 * Left edge of the name whose suffix starts at `suffixStart` (-1 when a required verb is missing), with
 * the start of its clause, which the caller's checks need too.
 */
export function leftEdge(
  text: string,
  suffixStart: number,
  floor: number,
  cls: SuffixClass,
): { left: number; clause: number } {
  const reach = suffixStart - WINDOW;
  const clause = clauseStart(text, suffixStart, Math.max(floor, reach));
  // The window ended the search, not punctuation or an earlier name: the clause starts further left.
  const clipped = clause === reach && reach > floor && !CLAUSE_PUNCT.has(text.charCodeAt(reach - 1));
  return { left: edgeIn(text, suffixStart, clause, cls, clipped), clause };
}

function edgeIn(text: string, suffixStart: number, cs: number, cls: SuffixClass, clipped: boolean): number {
  if (
    cls.needsVerb &&
    text[suffixStart - 1] !== '”' &&
    !(cls.orQuoted && text[suffixStart + cls.suffix.length] === '”')
  )
    return lastVerbEnd(text, cs, suffixStart, cls.needsVerb);
  const from = cls.startsAfter ? startAfter(text, cls.startsAfter, cs, suffixStart) : cs;
  let to = suffixStart;
  if (cls.type === 'document') {
    const about = lastIndexIn(text, '关于', suffixStart - 2, cs);
    if (about >= cs) to = about;
  }
  const cuts = cutPoints(text, from, to, cls.type === 'zone' ? ZONE_VERBS : VERBS, cls.type === 'document');
  // 实施回收循环利用行动: a verb right before the suffix, or before a duration right before it (…培育三年
  // 行动), is part of the name when an activating verb or a stop before it opened the name (聚焦…培育三年
  // 行动, 通过…支持行动), or the name is an item of a 、 list (…年活动、百项技术创新推进工程) or a quotation
  // (“消费能力保障支持行动”). Not in documents: 实施条例, 实施办法 are their own words. Not 开展, which only
  // launches (开展试点: the clause's predicate, its object unnamed); 实施 and 启动 may be the name's own
  // (标准化战略实施工程).
  const n = cuts.length;
  const v = cuts[n - 1];
  const opened = n > 1 ? cuts[n - 2]?.kind !== 'de' : '、“'.includes(text[cs - 1] as string);
  // Words of the name before the verb too: a verb alone before the suffix is the clause's (为编制规划纲要指明方向:
  // held-out set 51).
  const named = v !== undefined && v.start > (n > 1 ? (cuts[n - 2]?.end ?? cs) : cs);
  if (
    cls.type !== 'document' &&
    v?.kind === 'verb' &&
    opened &&
    named &&
    (v.end === to || isDuration(text, v.end, to)) &&
    !endsWithAny(text, v.start, MANNER_ADVERBS) &&
    !LAUNCHING_VERBS.includes(text.slice(v.start, v.end))
  )
    cuts.pop();
  const last = cuts[cuts.length - 1];
  // No cut after a clipped window: the name would start inside a word (印|发关于…实施方案). A document's
  // title starts at its 关于; anything else is too long to be a name.
  if (!last) return !clipped ? from : to < suffixStart ? to : -1;
  // 实施鼓励创业行动, 实施…和地理标志运用促进工程: a verb-like stop (two characters or more, not 等 or 在)
  // after what opened the name (an activating verb, or a conjunction or 、 after an earlier name), with too
  // few characters after it for a name, is a word of the name; right before the suffix it is the clause's
  // verb (发起人申请试点).
  if (
    last.kind === 'stop' &&
    last.end - last.start > 1 &&
    last.end < suffixStart &&
    suffixStart - last.end < (cls.minPrefix ?? 3)
  ) {
    const before = cuts[cuts.length - 2];
    if (before?.kind === 'verb') return before.end;
    if (!before && JOINERS.includes(text[cs - 1] as string)) return cs;
  }
  if (last.kind === 'de') {
    // 开展APP侵害用户权益的整治行动: a 的 close after an activating verb stays inside the name; so does
    // one after a quotation opening the clause (“十四五”及中长期的工业和信息化发展规划). Not a clause
    // saying who made it: 通过了国务院所作的/提交的政府工作报告.
    const prev = cuts[cuts.length - 2];
    const reach = last.end - (prev ? prev.end : cs);
    if (
      reach <= MAX_DE_REACH &&
      (prev ? prev.kind === 'verb' : text[cs] === '“') &&
      !/(所[^的]{1,3}|提交)的$/.test(text.slice(last.end - 5, last.end))
    )
      return prev ? prev.end : cs;
  }
  return last.end;
}
