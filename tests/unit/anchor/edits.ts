/**
 * Programmatic page edits for the anchoring corpus. Each edit returns the new text and where the
 * saved quote went (or null when its text is gone), tracked through the splices.
 */
import {
  type CorpusText,
  paragraphs,
  pickQuotes,
  rng,
  type SavedQuote,
  type Span,
  seedOf,
  sentences,
} from './corpus';

/** The page edits the corpus applies. */
export const EDIT_KINDS = [
  'unchanged',
  'paragraphs-around',
  'typo-fixed',
  'word-inserted',
  'unrelated-paragraph-deleted',
  'width-changed',
  'ad-inserted',
  'ad-beside',
  'ads-around',
  'paragraph-deleted',
  'sentence-rewritten',
  'shifted-typo-fixed',
  'paragraph-moved',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One saved note checked against one edited page. */
export interface EditCase {
  textId: string;
  edit: EditKind;
  quote: SavedQuote;
  /** The page the note was saved on, and the page it is re-anchored on. */
  oldText: string;
  newText: string;
  /** Where the quoted text is in newText, or null when it no longer exists. */
  expected: Span | null;
}

interface Splice {
  at: number;
  del: number;
  ins: string;
  /** The splice edits the quoted text itself; the quote survives, changed. */
  inside?: boolean;
}

/** Apply non-overlapping splices and track span `q` through them. */
export function applySplices(
  text: string,
  splices: Splice[],
  q: Span,
): { text: string; expected: Span | null } {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  let out = '';
  let at = 0;
  let ds = 0;
  let de = 0;
  let alive = true;
  for (const sp of sorted) {
    out += text.slice(at, sp.at) + sp.ins;
    at = sp.at + sp.del;
    const d = sp.ins.length - sp.del;
    const b = sp.at + sp.del;
    if (b <= q.start && !(sp.inside && sp.at === q.start)) {
      ds += d;
      de += d;
    } else if (sp.at >= q.end) {
      // after the quote
    } else if (sp.inside) {
      de += d;
    } else {
      alive = false;
    }
  }
  out += text.slice(at);
  return { text: out, expected: alive ? { start: q.start + ds, end: q.end + de } : null };
}

/** Paragraphs and sentences used as inserted or replacement text (from a different article). */
export interface Filler {
  paragraphs: string[];
  sentences: string[];
}

/** Filler for a text: Chinese from the long report (or another article for the report itself), English from the other English article. */
export function fillerFor(t: CorpusText, all: CorpusText[]): Filler {
  const source =
    t.lang === 'en'
      ? all.find((o) => o.lang === 'en' && o.id !== t.id)
      : all.find(
          (o) =>
            o.id ===
            (t.id === 'zh-theorychina-modernization-2024'
              ? 'zh-people-henan-20240510'
              : 'zh-theorychina-modernization-2024'),
        );
  const text = source?.text ?? 'Filler paragraph one.\nFiller paragraph two.';
  const lang = source?.lang ?? 'en';
  return {
    paragraphs: paragraphs(text)
      .map((p) => text.slice(p.start, p.end))
      .filter((p) => p.length > 40),
    sentences: sentences(text, lang)
      .map((s) => text.slice(s.start, s.end))
      .filter((s) => s.length > 8),
  };
}

const ZH_TYPO = '的了在是和有也就都而及与着或';
const FULL_DIGIT = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

function typoAt(r: () => number, text: string, q: Span): Splice | null {
  const inner: number[] = [];
  for (let i = q.start + 1; i < q.end - 1; i++) if (/[\p{L}\p{N}]/u.test(text[i] as string)) inner.push(i);
  if (inner.length === 0) return null;
  const i = inner[Math.floor(r() * inner.length)] as number;
  const c = text[i] as string;
  let t: string;
  if (/[A-Za-z]/.test(c)) t = c.toLowerCase() === 'e' ? 'a' : 'e';
  else if (/\d/.test(c)) t = c === '1' ? '7' : '1';
  else t = [...ZH_TYPO].find((z) => z !== c) as string;
  if (c === c.toUpperCase() && /[a-z]/i.test(c)) t = t.toUpperCase();
  return { at: i, del: 1, ins: t, inside: true };
}

function wordInsert(r: () => number, lang: 'zh' | 'en', text: string, q: Span): Splice | null {
  if (lang === 'en') {
    const spaces: number[] = [];
    for (let i = q.start + 1; i < q.end - 1; i++) if (text[i] === ' ') spaces.push(i + 1);
    if (spaces.length === 0) return null;
    return { at: spaces[Math.floor(r() * spaces.length)] as number, del: 0, ins: 'very ', inside: true };
  }
  const at = q.start + 1 + Math.floor(r() * (q.end - q.start - 2));
  return { at, del: 0, ins: r() < 0.5 ? '进一步' : '切实', inside: true };
}

/** Punctuation width and whitespace changed across a whole text, with where each old character went. */
export interface WidthChange {
  text: string;
  /** `pos[i]`: offset in the new text of old character i's replacement (length: old length + 1). */
  pos: number[];
}

/** Change punctuation width and whitespace across the whole text (the quote-independent part). */
export function changeWidth(lang: 'zh' | 'en', text: string): WidthChange {
  const zh: Record<string, string> = {
    '，': ', ',
    '：': ':',
    '；': '; ',
    '（': '(',
    '）': ')',
    '？': '?',
    '！': '!',
    ' ': '',
  };
  const en: Record<string, string> = { ',': '，', '(': '（', ')': '）', '’': "'", ':': '：' };
  const map = lang === 'zh' ? zh : en;
  const pos: number[] = [];
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    pos.push(len);
    let t = map[c] ?? (c >= '0' && c <= '9' ? FULL_DIGIT(c) : c);
    if (lang === 'en' && c === ' ' && text[i - 1] === ',') t = '';
    parts.push(t);
    len += t.length;
  }
  pos.push(len);
  return { text: parts.join(''), pos };
}

/** Where quote `q` went under a width change: whitespace added after its last character stays outside. */
export function trackWidth(old: string, w: WidthChange, q: Span): Span {
  const lastT = w.text.slice(w.pos[q.end - 1], w.pos[q.end]);
  const lastKept = /\s/.test(old[q.end - 1] as string) ? lastT.length : lastT.trimEnd().length;
  return { start: w.pos[q.start] as number, end: (w.pos[q.end - 1] as number) + lastKept };
}

const AD = {
  zh: '广告\n点击下载新浪财经APP，查看更多实时行情和深度解读',
  en: 'Sponsored content\nSubscribe to our newsletter for daily market coverage',
};
const RELATED = {
  zh: '相关阅读：国常会部署进一步稳经济一揽子政策措施 央行：保持流动性合理充裕',
  en: 'Related Coverage: Markets rally as investors weigh the latest earnings reports',
};

/** All edit cases for one text. */
export function buildCases(t: CorpusText, all: CorpusText[], quoteCount: number, salt = ''): EditCase[] {
  const r = rng(seedOf(`${t.id}/edits${salt}`));
  const filler = fillerFor(t, all);
  const paras = paragraphs(t.text);
  const sents = sentences(t.text, t.lang);
  const mid = paras[Math.floor(paras.length / 2)] as Span;
  const sep = t.lang === 'zh' ? '' : ' ';
  const fill = (n: number) =>
    Array.from({ length: n }, () => filler.paragraphs[Math.floor(r() * filler.paragraphs.length)]);
  const out: EditCase[] = [];
  const width = changeWidth(t.lang, t.text);
  for (const q of pickQuotes(t, quoteCount, salt)) {
    const len = q.end - q.start;
    const push = (edit: EditKind, oldText: string, res: { text: string; expected: Span | null }) =>
      out.push({ textId: t.id, edit, quote: q, oldText, newText: res.text, expected: res.expected });
    push('unchanged', t.text, { text: t.text, expected: q });
    push(
      'paragraphs-around',
      t.text,
      applySplices(
        t.text,
        [
          { at: 0, del: 0, ins: `${fill(2).join('\n')}\n` },
          { at: t.text.length, del: 0, ins: `\n${fill(1)[0]}` },
        ],
        q,
      ),
    );
    const typo = len >= 4 ? typoAt(r, t.text, q) : null;
    if (typo) {
      const old = applySplices(t.text, [typo], q).text;
      push('typo-fixed', old, { text: t.text, expected: q });
      let shift = '';
      while (shift.length < 1500) shift += `${fill(1)[0]}\n`;
      push('shifted-typo-fixed', old, applySplices(t.text, [{ at: 0, del: 0, ins: shift }], q));
    }
    const word = len >= 6 ? wordInsert(r, t.lang, t.text, q) : null;
    if (word) push('word-inserted', t.text, applySplices(t.text, [word], q));
    const others = paras.filter((p) => p.end < q.start - 1 || p.start > q.end + 1);
    if (others.length) {
      const p = others[Math.floor(r() * others.length)] as Span;
      const del =
        p.end < t.text.length
          ? { at: p.start, del: p.end - p.start + 1, ins: '' }
          : { at: p.start - 1, del: p.end - p.start + 1, ins: '' };
      push('unrelated-paragraph-deleted', t.text, applySplices(t.text, [del], q));
    }
    push('width-changed', t.text, { text: width.text, expected: trackWidth(t.text, width, q) });
    push('ad-inserted', t.text, applySplices(t.text, [{ at: mid.start, del: 0, ins: `${AD[t.lang]}\n` }], q));
    const own = paras.find((p) => p.start <= q.start && q.end <= p.end) as Span;
    push('ad-beside', t.text, applySplices(t.text, [{ at: own.start, del: 0, ins: `${AD[t.lang]}\n` }], q));
    push(
      'ads-around',
      t.text,
      applySplices(
        t.text,
        [
          { at: own.start, del: 0, ins: `${AD[t.lang]}\n` },
          { at: own.end, del: 0, ins: `\n${RELATED[t.lang]}` },
        ],
        q,
      ),
    );
    const delOwn =
      own.end < t.text.length
        ? { at: own.start, del: own.end - own.start + 1, ins: '' }
        : { at: Math.max(0, own.start - 1), del: own.end - own.start + 1, ins: '' };
    const deleted = applySplices(t.text, [delOwn], q);
    // Deleting one of two identical neighbouring paragraphs leaves the same text whichever was deleted.
    const i = paras.indexOf(own);
    const body = (p?: Span) => (p ? t.text.slice(p.start, p.end) : null);
    if (body(paras[i - 1]) === body(own))
      deleted.expected = {
        start: (paras[i - 1] as Span).start + q.start - own.start,
        end: (paras[i - 1] as Span).start + q.end - own.start,
      };
    else if (body(paras[i + 1]) === body(own)) deleted.expected = { start: q.start, end: q.end };
    push('paragraph-deleted', t.text, deleted);
    const first = sents.find((s) => s.start <= q.start && q.start < s.end);
    const last = sents.find((s) => s.start < q.end && q.end <= s.end);
    if (first && last) {
      const target = last.end - first.start;
      const repl =
        [...filler.sentences].sort((a, b) => Math.abs(a.length - target) - Math.abs(b.length - target))[
          Math.floor(r() * 5)
        ] ?? 'Rewritten.';
      push(
        'sentence-rewritten',
        t.text,
        applySplices(t.text, [{ at: first.start, del: target, ins: repl + (t.lang === 'en' ? '' : sep) }], q),
      );
    }
    // The quote's paragraph moved whole to the end of the text (a page that reorders its blocks).
    if (own.end < t.text.length) {
      const ownText = t.text.slice(own.start, own.end);
      const rest = t.text.slice(0, own.start) + t.text.slice(own.end + 1);
      const at = rest.length + 1 + (q.start - own.start);
      push('paragraph-moved', t.text, {
        text: `${rest}\n${ownText}`,
        expected: { start: at, end: at + q.end - q.start },
      });
    }
  }
  return out;
}
