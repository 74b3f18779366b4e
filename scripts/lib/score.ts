/**
 * Scores detector output against a fixture's labels.json with the rules of LABELING.md §4:
 * string matching (not offsets), folded markers, 10-character headline prefixes, lenient and
 * strict initiative matches, doubtful entries left out both ways. Pure: no I/O.
 */

/** A directive as labelled in labels.json (fields the scorer reads). */
export interface GoldDirective {
  marker: string;
  text: string;
  parent_index?: number | null;
  style?: string;
  in_toc?: boolean;
}

/** An initiative as labelled in labels.json. */
export interface GoldInitiative {
  text: string;
  type: string;
}

/** The parts of labels.json the scorer reads. */
export interface GoldLabels {
  id: string;
  is_policy: boolean;
  directives?: GoldDirective[];
  initiatives?: GoldInitiative[];
  doubtful?: Array<Record<string, unknown>>;
}

/** The parts of an Analysis the scorer reads. */
export interface Predicted {
  isPolicy: boolean;
  directives: Array<{ marker: string; text: string; parent: number | null; style?: string; inToc?: boolean }>;
  initiatives: Array<{ text: string; type: string }>;
}

/** Counts for one article; summed over articles for the summary. */
export interface ArticleScore {
  id: string;
  goldPolicy: boolean;
  predPolicy: boolean;
  /** Whether directives and initiatives were scored (gold policy article). */
  scored: boolean;
  dir: { tp: number; fp: number; fn: number; nestOk: number };
  ini: {
    tp: number;
    fp: number;
    fn: number;
    strictTp: number;
    strictFp: number;
    strictFn: number;
    typeOk: number;
  };
  /** Human-readable misses, for the per-page report. */
  misses: string[];
}

/** Unicode compatibility fold (full-width → ASCII) with all whitespace removed. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Folds a marker: compatibility forms, no whitespace, no trailing punctuation, lower case. */
export function foldMarker(m: string): string {
  return fold(m)
    .replace(/[,、:;.。]+$/u, '')
    .toLowerCase();
}

/** Folds quotation marks away (strict initiative match). */
export function foldQuotes(s: string): string {
  return fold(s).replace(/[“”‘’"'「」『』]/g, '');
}

/** True when a predicted directive matches a gold one (LABELING.md §4). */
export function directiveMatches(pred: { marker: string; text: string }, gold: GoldDirective): boolean {
  if (foldMarker(pred.marker) !== foldMarker(gold.marker)) return false;
  if (gold.style === 'headword') return true;
  const g = fold(gold.text);
  return fold(pred.text).startsWith(g.slice(0, 10));
}

/** Lenient initiative match: one contains the other and the shorter is at least 60% of the longer. */
export function lenientMatch(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length > 0 && l.includes(s) && s.length >= 0.6 * l.length;
}

/** Strict initiative match: equal after folding quotation marks. */
export function strictMatch(a: string, b: string): boolean {
  return foldQuotes(a) === foldQuotes(b);
}

/** Strings named by `doubtful` entries (their `text` or `item`, split at " / " and ", "). */
export function doubtfulStrings(doubtful: GoldLabels['doubtful']): string[] {
  const out: string[] = [];
  for (const d of doubtful ?? []) {
    const raw = typeof d.text === 'string' ? d.text : typeof d.item === 'string' ? d.item : '';
    for (const piece of raw.split(/ \/ |, |，/)) {
      const s = piece.replace(/\s*\([^)]*\)\s*$/u, '').trim();
      if (s.length > 0 && s.length <= 40) out.push(s);
    }
  }
  return out;
}

/** Aligns predictions to gold directives in document order (required ones first, then TOC copies); pred index → gold index. */
function alignDirectives(pred: Predicted['directives'], gold: GoldDirective[]): Map<number, number> {
  const used = new Set<number>();
  const predToGold = new Map<number, number>();
  for (const toc of [false, true]) {
    let cursor = 0;
    gold.forEach((g, gi) => {
      if (Boolean(g.in_toc) !== toc) return;
      // Body headings pair with predictions not flagged as TOC copies when there is one.
      const pick = (from: number, to: number, tocOk: boolean): number => {
        for (let i = from; i < to; i++) {
          const p = pred[i] as Predicted['directives'][number];
          if (!used.has(i) && (tocOk || !p.inToc) && directiveMatches(p, g)) return i;
        }
        return -1;
      };
      let pi = -1;
      for (const tocOk of toc ? [true] : [false, true]) {
        if (pi < 0) pi = pick(cursor, pred.length, tocOk);
        if (pi < 0) pi = pick(0, cursor, tocOk);
      }
      if (pi >= 0) {
        used.add(pi);
        predToGold.set(pi, gi);
        cursor = pi + 1;
      }
    });
  }
  return predToGold;
}

/** Scores directives: TOC copies (`in_toc`) are optional, neither required nor penalised. */
function scoreDirectives(
  pred: Predicted['directives'],
  gold: GoldDirective[],
  misses: string[],
): ArticleScore['dir'] {
  const predToGold = alignDirectives(pred, gold);
  const goldToPred = new Map<number, number>();
  for (const [p, g] of predToGold) goldToPred.set(g, p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let nestOk = 0;
  pred.forEach((p, pi) => {
    const gi = predToGold.get(pi);
    if (gi === undefined) {
      fp++;
      misses.push(`directive FP ${p.marker} ${p.text.slice(0, 24)}`);
      return;
    }
    const g = gold[gi] as GoldDirective;
    if (g.in_toc) return;
    tp++;
    const gp = g.parent_index ?? null;
    const pp = p.parent;
    const ok = gp === null ? pp === null : pp !== null && predToGold.get(pp) === gp;
    if (ok) nestOk++;
    else misses.push(`nesting ${p.marker} ${p.text.slice(0, 16)}: parent ${pp} vs gold ${gp}`);
  });
  gold.forEach((g, gi) => {
    if (!g.in_toc && !goldToPred.has(gi)) {
      fn++;
      misses.push(`directive FN ${g.marker} ${g.text.slice(0, 24)}`);
    }
  });
  return { tp, fp, fn, nestOk };
}

/** Unique strings (first type kept) of a list of initiatives. */
function unique<T extends { text: string; type: string }>(
  xs: readonly T[],
): Array<{ text: string; type: string }> {
  const seen = new Map<string, string>();
  for (const x of xs) if (!seen.has(x.text)) seen.set(x.text, x.type);
  return [...seen].map(([text, type]) => ({ text, type }));
}

/** Scores initiatives as unique strings per article, one-to-one, strict pairs first then lenient. */
function scoreInitiatives(
  predAll: Predicted['initiatives'],
  goldAll: GoldInitiative[],
  doubtful: string[],
  misses: string[],
): ArticleScore['ini'] {
  const gold = unique(goldAll).filter((g) => !doubtful.some((d) => strictMatch(d, g.text)));
  const pred = unique(predAll);
  const pairs = (
    test: (a: string, b: string) => boolean,
    usedP: Set<number>,
    usedG: Set<number>,
  ): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      let best = -1;
      let bestRatio = 0;
      pred.forEach((p, pi) => {
        if (usedP.has(pi) || !test(p.text, g.text)) return;
        const r = Math.min(p.text.length, g.text.length) / Math.max(p.text.length, g.text.length);
        if (r > bestRatio) {
          best = pi;
          bestRatio = r;
        }
      });
      if (best >= 0) {
        usedP.add(best);
        usedG.add(gi);
        out.push([best, gi]);
      }
    });
    return out;
  };
  const strictP = new Set<number>();
  const strictG = new Set<number>();
  const strict = pairs(strictMatch, strictP, strictG);
  const lenP = new Set(strictP);
  const lenG = new Set(strictG);
  const lenient = strict.concat(pairs(lenientMatch, lenP, lenG));
  let typeOk = 0;
  for (const [pi, gi] of lenient) {
    const p = pred[pi] as { text: string; type: string };
    const g = gold[gi] as GoldInitiative;
    if (p.type === g.type) typeOk++;
    else misses.push(`initiative type ${p.text}: ${p.type} vs gold ${g.type}`);
  }
  const ignored = (pi: number): boolean =>
    doubtful.some((d) => lenientMatch(d, (pred[pi] as { text: string }).text));
  let fp = 0;
  let strictFp = 0;
  pred.forEach((p, pi) => {
    if (!lenP.has(pi) && !ignored(pi)) {
      fp++;
      misses.push(`initiative FP ${p.text} (${p.type})`);
    }
    if (!strictP.has(pi) && !ignored(pi)) strictFp++;
  });
  gold.forEach((g, gi) => {
    if (!lenG.has(gi)) misses.push(`initiative FN ${g.text} (${g.type})`);
  });
  return {
    tp: lenient.length,
    fp,
    fn: gold.length - lenient.length,
    strictTp: strict.length,
    strictFp,
    strictFn: gold.length - strict.length,
    typeOk,
  };
}

/** Scores one article. A predicted non-policy article highlights nothing, so it predicts no items. */
export function scoreArticle(pred: Predicted, gold: GoldLabels): ArticleScore {
  const misses: string[] = [];
  const empty = { tp: 0, fp: 0, fn: 0, nestOk: 0 };
  const emptyIni = { tp: 0, fp: 0, fn: 0, strictTp: 0, strictFp: 0, strictFn: 0, typeOk: 0 };
  const base = { id: gold.id, goldPolicy: gold.is_policy, predPolicy: pred.isPolicy, misses };
  if (!gold.is_policy) return { ...base, scored: false, dir: empty, ini: emptyIni };
  const shown: Predicted = pred.isPolicy ? pred : { isPolicy: false, directives: [], initiatives: [] };
  return {
    ...base,
    scored: true,
    dir: scoreDirectives(shown.directives, gold.directives ?? [], misses),
    ini: scoreInitiatives(shown.initiatives, gold.initiatives ?? [], doubtfulStrings(gold.doubtful), misses),
  };
}

/** Precision, recall and F1 from counts (1 when there is nothing to find and nothing found). */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Summary over articles (LABELING.md §4). */
export interface Summary {
  articles: number;
  policyAccuracy: number;
  directives: { p: number; r: number; f1: number; nesting: number; tp: number; fp: number; fn: number };
  initiativesLenient: { p: number; r: number; f1: number };
  initiativesStrict: { p: number; r: number; f1: number };
  initiativeTypeAccuracy: number;
}

/** Sums article scores into the summary figures. */
export function summarize(scores: readonly ArticleScore[]): Summary {
  const sum = (f: (s: ArticleScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const dir = { tp: sum((s) => s.dir.tp), fp: sum((s) => s.dir.fp), fn: sum((s) => s.dir.fn) };
  const nestOk = sum((s) => s.dir.nestOk);
  const iniTp = sum((s) => s.ini.tp);
  return {
    articles: scores.length,
    policyAccuracy:
      scores.length === 0 ? 1 : sum((s) => (s.goldPolicy === s.predPolicy ? 1 : 0)) / scores.length,
    directives: { ...prf(dir.tp, dir.fp, dir.fn), nesting: dir.tp === 0 ? 1 : nestOk / dir.tp, ...dir },
    initiativesLenient: prf(
      iniTp,
      sum((s) => s.ini.fp),
      sum((s) => s.ini.fn),
    ),
    initiativesStrict: prf(
      sum((s) => s.ini.strictTp),
      sum((s) => s.ini.strictFp),
      sum((s) => s.ini.strictFn),
    ),
    initiativeTypeAccuracy: iniTp === 0 ? 1 : sum((s) => s.ini.typeOk) / iniTp,
  };
}
