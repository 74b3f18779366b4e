/**
 * Edit corpus for re-anchoring: real fixture texts, saved quotes of several kinds, and programmatic
 * page edits whose effect on each quote is tracked, so the right outcome is known.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRng } from '../../../scripts/bench/rng';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** One article text in the coordinate system of lib/page's text index. */
export interface CorpusText {
  id: string;
  lang: 'zh' | 'en';
  text: string;
  /** Directive and initiative strings from labels.json, used as realistic saved quotes. */
  labelled: string[];
}

/** Trim lines, collapse whitespace, drop empty lines, join with "\n". */
export function normaliseArticle(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function labelledStrings(dir: string): string[] {
  const file = join(dir, 'labels.json');
  if (!existsSync(file)) return [];
  const labels = JSON.parse(readFileSync(file, 'utf8')) as {
    directives?: Array<{ marker?: string; text?: string }>;
    initiatives?: Array<{ text?: string }>;
  };
  const out: string[] = [];
  for (const d of labels.directives ?? []) {
    if (d.marker) out.push(d.marker);
    if (d.marker && d.text) out.push(d.marker + d.text);
  }
  for (const i of labels.initiatives ?? []) if (i.text) out.push(i.text);
  return out;
}

/** Every fixture with a text.txt, plus a Chinese digest page (all Chinese texts in a row) for repeats. */
export function loadCorpusTexts(): CorpusText[] {
  const out: CorpusText[] = [];
  for (const id of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, id, 'text.txt');
    if (!existsSync(file)) continue;
    const text = normaliseArticle(readFileSync(file, 'utf8'));
    if (text.length < 40) continue;
    const lang = id.startsWith('en-') ? 'en' : 'zh';
    out.push({ id, lang, text, labelled: labelledStrings(join(FIXTURES, id)) });
  }
  const zh = out.filter((t) => t.lang === 'zh' && t.text.length < 20000);
  out.push({
    id: 'zh-digest',
    lang: 'zh',
    text: zh.map((t) => t.text).join('\n'),
    labelled: ['一是', '二是', '三是', '（一）', '（二）', '第一，', '新质生产力', '高质量发展'],
  });
  return out;
}

/** Small deterministic PRNG (the benchmark's mulberry32). */
export function rng(seed: number): () => number {
  return makeRng(seed).next;
}

/** Seed derived from a string. */
export function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/** Paragraph spans (without the "\n"). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

const ZH_END = /[。！？；!?]/;

/** Sentence spans inside paragraphs (terminator included). */
export function sentences(text: string, lang: 'zh' | 'en'): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(text)) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i] as string;
      const isEnd =
        lang === 'zh' ? ZH_END.test(ch) : /[.!?]/.test(ch) && (i + 1 === p.end || text[i + 1] === ' ');
      if (isEnd) {
        out.push({ start: s, end: i + 1 });
        s = i + 1;
        while (s < p.end && text[s] === ' ') s++;
      }
    }
    if (s < p.end) out.push({ start: s, end: p.end });
  }
  return out.filter((x) => x.end > x.start);
}

/** The kinds of saved quote the corpus covers. */
export type QuoteKind = 'sentence' | 'paragraph' | 'phrase' | 'short' | 'repeated' | 'labelled';

/** A saved note's quote in the original text. */
export interface SavedQuote extends Span {
  kind: QuoteKind;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/** Quotes whose 32-character context on both sides also occurs elsewhere cannot be told apart even unedited. */
function uniqueInContext(text: string, q: Span): boolean {
  const withContext = text.slice(Math.max(0, q.start - 32), Math.min(text.length, q.end + 32));
  return occurrences(text, withContext).length === 1;
}

const ZH_REPEATS = [
  '一是',
  '二是',
  '三是',
  '发展',
  '中国',
  '经济',
  '市场',
  '企业',
  '（一）',
  '中国式现代化',
  '，',
  '的',
];
const EN_REPEATS = ['the', 'of', 'and', 'Yahoo', 'China', 'a', 'is'];

/** Pick saved quotes of every kind, deterministically. */
export function pickQuotes(t: CorpusText, count: number, salt = ''): SavedQuote[] {
  const r = rng(seedOf(t.id + salt));
  const out: SavedQuote[] = [];
  const add = (start: number, end: number, kind: QuoteKind) => {
    if (end <= start || start < 0 || end > t.text.length) return;
    const q = { start, end, kind };
    if (t.text.slice(start, end).includes('\n')) return;
    if (out.some((o) => o.start === start && o.end === end)) return;
    if (uniqueInContext(t.text, q)) out.push(q);
  };
  const sents = sentences(t.text, t.lang).filter((s) => s.end - s.start >= 6);
  const paras = paragraphs(t.text).filter((p) => p.end - p.start >= 4 && p.end - p.start <= 400);
  const per = Math.max(2, Math.round(count / 6));
  for (let i = 0; i < per && sents.length; i++) {
    const s = pick(r, sents);
    add(s.start, Math.min(s.end, s.start + 160), 'sentence');
  }
  for (let i = 0; i < Math.ceil(per / 2) && paras.length; i++) {
    const p = pick(r, paras);
    add(p.start, p.end, 'paragraph');
  }
  for (let i = 0; i < per && sents.length; i++) {
    const s = pick(r, sents);
    if (t.lang === 'zh') {
      const len = 4 + Math.floor(r() * 12);
      const a = s.start + Math.floor(r() * Math.max(1, s.end - s.start - len));
      add(a, Math.min(s.end, a + len), 'phrase');
    } else {
      const words = [...t.text.slice(s.start, s.end).matchAll(/\S+/g)];
      if (words.length < 3) continue;
      const k = Math.floor(r() * (words.length - 2));
      const n = 2 + Math.floor(r() * 3);
      const first = words[k] as RegExpMatchArray;
      const last = words[Math.min(words.length - 1, k + n - 1)] as RegExpMatchArray;
      add(s.start + (first.index ?? 0), s.start + (last.index ?? 0) + last[0].length, 'phrase');
    }
  }
  for (let i = 0; i < per && sents.length; i++) {
    const s = pick(r, sents);
    if (t.lang === 'zh') {
      const len = 1 + Math.floor(r() * 3);
      const a = s.start + Math.floor(r() * Math.max(1, s.end - s.start - len));
      add(a, a + len, 'short');
    } else {
      const words = [...t.text.slice(s.start, s.end).matchAll(/\b[A-Za-z]{1,3}\b/g)];
      if (words.length === 0) continue;
      const w = pick(r, words);
      add(s.start + (w.index ?? 0), s.start + (w.index ?? 0) + w[0].length, 'short');
    }
  }
  for (const word of t.lang === 'zh' ? ZH_REPEATS : EN_REPEATS) {
    const occ = occurrences(t.text, word).filter(
      (i) => t.lang === 'zh' || /\W/.test(`${t.text[i - 1] ?? ' '}${t.text[i + word.length] ?? ' '}`),
    );
    for (let i = 0; i < 2 && occ.length; i++) {
      const at = pick(r, occ);
      add(at, at + word.length, 'repeated');
    }
  }
  for (const s of t.labelled) {
    const occ = occurrences(t.text, s);
    if (occ.length) {
      const at = pick(r, occ);
      add(at, at + s.length, 'labelled');
    }
  }
  return out;
}
