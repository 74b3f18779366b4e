/**
 * Paints ranges with the CSS Custom Highlight API under `policymark-*` names.
 * The page's DOM is never modified: highlights live in `CSS.highlights` and the
 * `::highlight()` rules in an adopted stylesheet.
 */
import type { Colour } from '../annotation';

export const DIRECTIVE = 'policymark-directive';
export const INITIATIVE = 'policymark-initiative';
export const FLASH = 'policymark-flash';
export const userHighlightName = (colour: Colour): string => `policymark-user-${colour}`;

/**
 * Background colours of the reader's highlights (light and dark schemes share them). Colours here are
 * written #rrggbbaa, shorter than rgba(): the alpha byte is round(alpha × 255) of the rgba() values they
 * replace (.55 → 8c, .5 → 80, .45 → 73), and Chromium and Firefox paint both forms to the same pixels.
 */
export const COLOUR_VALUES: Record<Colour, string> = {
  yellow: '#ffdd338c',
  green: '#6edc7880',
  blue: '#64aaff73',
  pink: '#ff78b473',
  purple: '#b482ff73',
};

export function highlightCss(): string {
  const user = Object.entries(COLOUR_VALUES)
    .map(([c, bg]) => `::highlight(${userHighlightName(c as Colour)}){background-color:${bg};color:inherit}`)
    .join('');
  // Written minified: this string ships in the content script.
  return `::highlight(${DIRECTIVE}){background-color:#ffaa3c38;text-decoration:underline 2px #dc6e00e6;text-underline-offset:3px}::highlight(${INITIATIVE}){background-color:#3c8cff29;text-decoration:underline 2px dotted #145adce6;text-underline-offset:3px}${user}::highlight(${FLASH}){background-color:#ff500080}`;
}

/** Installs the `::highlight` rules once per document; returns a remover. */
export function installHighlightStyles(doc: Document): () => void {
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Replace what is painted under `name` with `ranges` (an empty list clears it). */
export function paint(name: string, ranges: Range[], priority: number): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/** Remove every PolicyMark highlight from the document. */
export function clearAll(): void {
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith('policymark-') && name !== STATUS) CSS.highlights.delete(name);
  }
}

export const STATUS = 'policymark-status';

/**
 * Count finished pipeline runs in an empty `policymark-status` highlight (its
 * priority): tests and tools can wait for the content script without it
 * touching the page's DOM. It paints nothing.
 */
export function markRun(): void {
  const status = CSS.highlights.get(STATUS) ?? new Highlight();
  status.priority += 1;
  CSS.highlights.set(STATUS, status);
}

/** Briefly (1.2 s) paint a range to show where it is. */
export function flash(range: Range): void {
  paint(FLASH, [range], 10);
  setTimeout(() => CSS.highlights.delete(FLASH), 1200);
}
