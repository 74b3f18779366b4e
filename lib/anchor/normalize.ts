/**
 * Comparison form of article text: punctuation and letter width folded, whitespace dropped,
 * with maps between offsets in the real text and in the folded text.
 */

/** Folded text plus offset maps; every folded character stands for exactly one real character. */
export interface NormalizedText {
  /** The folded text (no whitespace; half-width punctuation, digits and letters). */
  norm: string;
  /** `toRaw[i]` is the offset in the real text of folded character `i`. */
  toRaw: Int32Array;
  /** `toNorm[r]` is the number of folded characters before real offset `r` (length: real length + 1). */
  toNorm: Int32Array;
}

const SINGLE: Array<[number, number]> = [
  [0x201c, 0x22], // “ → "
  [0x201d, 0x22], // ” → "
  [0x2018, 0x27], // ‘ → '
  [0x2019, 0x27], // ’ → '
  [0x2013, 0x2d], // – → -
  [0x2014, 0x2d], // — → -
  [0xff61, 0x3002], // ｡ → 。
  [0xff64, 0x3001], // ､ → 、
];

const IGNORED = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000,
  0xfeff,
];

let table: Uint16Array | null = null;

/** Folded UTF-16 unit for every unit, 0 for ignorable ones (128 KB, built on first use). */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const [from, to] of SINGLE) t[from] = to;
  for (const c of IGNORED) t[c] = 0;
  for (let c = 0x2000; c <= 0x200d; c++) t[c] = 0;
  table = t;
  return t;
}

/** Fold a short string (a quote, prefix or suffix) without building offset maps. */
export function foldString(s: string): string {
  const t = foldTable();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const f = t[code] as number;
    if (f !== 0 || code === 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Fold a whole text once and keep both offset maps; linear in the text length. */
export function normalizeText(text: string): NormalizedText {
  const units = new Uint16Array(text.length);
  const toRaw = new Int32Array(text.length);
  const toNorm = new Int32Array(text.length + 1);
  const t = foldTable();
  let n = 0;
  for (let r = 0; r < text.length; r++) {
    toNorm[r] = n;
    const code = text.charCodeAt(r);
    const f = t[code] as number;
    if (f === 0 && code !== 0) continue;
    units[n] = f;
    toRaw[n++] = r;
  }
  toNorm[text.length] = n;
  let norm = '';
  for (let i = 0; i < n; i += 8192) {
    norm += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return { norm, toRaw: toRaw.subarray(0, n), toNorm };
}

/** Real-text range covered by the folded range [ns, ne), which must be non-empty. */
export function rawRange(nt: NormalizedText, ns: number, ne: number): { start: number; end: number } {
  return { start: nt.toRaw[ns] as number, end: (nt.toRaw[ne - 1] as number) + 1 };
}
