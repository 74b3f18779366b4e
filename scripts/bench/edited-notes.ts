/**
 * Saved notes for the anchoring benchmark: non-overlapping quotes spread over an article text, and the same
 * text with every quote edited by one character (substitution, insertion or deletion), with the true spans.
 */
import type { Rng } from './rng';

/** A span of text offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Notes on a text and the same notes on the changed text. */
export interface EditedText {
  text: string;
  spans: Span[];
}

const CJK_SUBSTITUTES = ['的', '了', '和', '在', '有', '是'];
const LATIN_SUBSTITUTES = ['x', 'q', 'z'];

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/** A stand-in character different from `ch`, of the same script. */
function substitute(ch: string, rng: Rng): string {
  const pool = /[\u3400-\u9fff]/.test(ch) ? CJK_SUBSTITUTES : LATIN_SUBSTITUTES;
  const options = pool.filter((c) => c !== ch);
  return rng.pick(options);
}

/**
 * `count` non-overlapping spans, one per equal slot of the text, 8–60 characters long, starting and ending on
 * non-space characters; fewer when the text is too short for that many slots.
 */
export function pickQuotes(text: string, count: number, rng: Rng): Span[] {
  const slot = Math.floor(text.length / count);
  if (slot < 12) throw new Error(`text of ${text.length} characters is too short for ${count} notes`);
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    const base = i * slot;
    for (let attempt = 0; attempt < 20; attempt++) {
      const length = rng.int(8, Math.min(60, slot - 2));
      const start = base + rng.int(0, slot - length - 1);
      const end = start + length;
      const quote = text.slice(start, end);
      if (isSpace(text[start]) || isSpace(text[end - 1]) || quote.replace(/\s/g, '').length < 6) continue;
      spans.push({ start, end });
      break;
    }
  }
  return spans;
}

/** Applies one single-character edit inside each span (spans sorted, non-overlapping); returns the new text and spans. */
export function editEachQuote(text: string, spans: readonly Span[], rng: Rng): EditedText {
  const parts: string[] = [];
  const moved: Span[] = [];
  let cursor = 0;
  let shift = 0;
  for (const span of spans) {
    const inner: number[] = [];
    for (let p = span.start; p < span.end; p++) if (!isSpace(text[p])) inner.push(p);
    const kind = rng.pick(['substitute', 'insert', 'delete'] as const);
    // Insertions go between two characters of the quote, never at its edges.
    const p = kind === 'insert' ? rng.pick(inner.filter((q) => q > span.start)) : rng.pick(inner);
    const ch = text[p] as string;
    parts.push(text.slice(cursor, p));
    let delta = 0;
    if (kind === 'substitute') parts.push(substitute(ch, rng));
    else if (kind === 'insert') {
      parts.push(substitute(ch, rng), ch);
      delta = 1;
    } else delta = -1;
    cursor = p + 1;
    moved.push({ start: span.start + shift, end: span.end + shift + delta });
    shift += delta;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), spans: moved };
}

/** Whether a placement is the true span, each boundary within `tolerance` characters. */
export function isCorrect(found: Span | null, truth: Span, tolerance = 2): boolean {
  return (
    found !== null &&
    Math.abs(found.start - truth.start) <= tolerance &&
    Math.abs(found.end - truth.end) <= tolerance
  );
}
