/**
 * Finds the article container on unknown layouts with a cheap Readability-like score: paragraph
 * text (CJK characters weigh double) and punctuation credited to ancestors, discounted by link density.
 * One read-only walk of the body, no cloning.
 */
import { isBlockElement, isSkippedElement } from './text-rules';

/** A paragraph needs this much weighted text (≈ 12 CJK characters or 25 Latin letters) to count. */
const MIN_PARAGRAPH = 25;
/** Sentence and clause punctuation, full- and half-width: ，。；：、！？,;:!? */
const PUNCTUATION: ReadonlySet<number> = new Set([...'，。；：、！？,;:!?'].map((c) => c.charCodeAt(0)));
const POSITIVE = /article|content|text|body|main|post|entry|detail|story|zw|正文/i;
// Tested anywhere in the label: foot also finds footer, side also finds sidebar.
const NEGATIVE =
  /comment|foot|side|nav|menu|related|recommend|share|banner|ad-|ads|promo|hot|rank|copyright/i;

/** Text totals of one block: weighted characters, the part inside links, punctuation marks. */
interface Stats {
  weight: number;
  linkWeight: number;
  punctuation: number;
}

/** True for the code unit of an ASCII digit or letter (false past the end: NaN). */
function isDigitOrLatin(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Weighted length of a string (non-space characters, CJK counted twice) and its punctuation marks. */
export function measureText(s: string): { weight: number; punctuation: number } {
  let weight = 0;
  let punctuation = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) continue;
    weight += (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ? 2 : 1;
    // A colon right before a digit or a Latin letter labels a value (电话：010-…, 邮箱：a@b): a footer's, not
    // prose (问：…, Speaker: … count).
    if (PUNCTUATION.has(c) && !((c === 0xff1a || c === 58) && isDigitOrLatin(s.charCodeAt(i + 1))))
      punctuation++;
  }
  return { weight, punctuation };
}

/** Sums text per nearest block ancestor (the "paragraph"), following the text index's skip rules. */
function collectParagraphs(body: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (el: Element, block: Element, inLink: boolean): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const { weight, punctuation } = measureText((n as Text).data);
        if (weight === 0) continue;
        let s = stats.get(block);
        if (!s) {
          s = { weight: 0, linkWeight: 0, punctuation: 0 };
          stats.set(block, s);
        }
        s.weight += weight;
        if (inLink) s.linkWeight += weight;
        s.punctuation += punctuation;
      } else if (n.nodeType === 1 && !isSkippedElement(n as Element)) {
        const child = n as Element;
        visit(child, isBlockElement(child) ? child : block, inLink || child.localName === 'a');
      }
    }
  };
  visit(body, body, false);
  return stats;
}

/** Totals over the blocks under `el` (itself included): all text, the part in links, the qualifying paragraphs. */
function totalsUnder(
  el: Element,
  paragraphs: Map<Element, Stats>,
): { weight: number; linkDensity: number; good: number } {
  let weight = 0;
  let linkWeight = 0;
  let good = 0;
  for (const [block, s] of paragraphs) {
    if (!el.contains(block)) continue;
    weight += s.weight;
    linkWeight += s.linkWeight;
    if (qualifies(s)) good += s.weight;
  }
  return { weight, linkDensity: weight ? linkWeight / weight : 0, good };
}

/** True for a block with enough text, mostly outside links, to count as a paragraph. */
function qualifies(s: Stats): boolean {
  return s.weight >= MIN_PARAGRAPH && s.linkWeight <= s.weight / 2;
}

/** Multiplier from the element's tag, class and id (main content up, navigation and footers down). */
function classWeight(el: Element): number {
  const name = el.localName;
  if (name === 'nav' || name === 'footer' || name === 'aside' || name === 'header') return 0.3;
  const label = `${el.getAttribute('class') ?? ''} ${el.id}`;
  let w = name === 'article' || name === 'main' ? 1.2 : 1;
  if (POSITIVE.test(label)) w *= 1.25;
  if (NEGATIVE.test(label)) w *= 0.5;
  return w;
}

/** The element that most likely holds the article body, `body` when no paragraph qualifies, null for an empty page. */
export function findGenericRoot(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const paragraphs = collectParagraphs(body);
  if (paragraphs.size === 0) return null;

  const scores = new Map<Element, number>();
  const credit = (el: Element | null, amount: number): void => {
    if (el && body.contains(el)) scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  for (const [block, s] of paragraphs) {
    if (!qualifies(s)) continue;
    const score = 1 + s.punctuation + Math.min(Math.floor(s.weight / 100), 3);
    const parent = block === body ? null : block.parentElement;
    if (block.localName !== 'p') credit(block, score);
    credit(parent, score);
    credit(parent && parent !== body ? parent.parentElement : null, score / 2);
  }
  if (scores.size === 0) return body;

  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  let best: Element = body;
  let bestScore = 0;
  for (const [el, raw] of ranked) {
    const score = raw * classWeight(el) * (1 - totalsUnder(el, paragraphs).linkDensity);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Climb (at most three levels) while an ancestor holds clearly more paragraph text and little
  // else: the body split across sibling containers, e.g. around an advertisement.
  for (let up = best.parentElement, level = 0; up && level < 3; up = up.parentElement, level++) {
    if (!body.contains(up)) break;
    const { good, weight } = totalsUnder(up, paragraphs);
    if (good >= 1.5 * totalsUnder(best, paragraphs).good && good >= 0.75 * weight && classWeight(up) >= 1)
      best = up;
    if (up === body) break;
  }
  return best;
}
