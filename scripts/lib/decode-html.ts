/**
 * Decodes the bytes of a saved page: BOM, else valid UTF-8, else the charset the page declares
 * (`<meta charset>`, `http-equiv content-type`; GB2312/GBK read as GB18030), else GB18030.
 */

/** The decoded page and the charset it was read with (a WHATWG encoding label). */
export interface DecodedHtml {
  html: string;
  charset: string;
}

/** The charset named by the page's meta tags in its first 64 KiB, lowercased; null when none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 65536));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

/** Maps legacy Chinese labels to GB18030, the superset every browser actually uses for them. */
function normaliseLabel(label: string): string {
  return /^(gb2312|gbk|gb_2312-80|x-gbk|cp936|gb18030)$/i.test(label) ? 'gb18030' : label;
}

/** True when `bytes` is well-formed UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks the charset and decodes. Well-formed UTF-8 wins over a declared legacy charset because
 * saved copies are often re-encoded without their meta tag being updated, and GBK text with
 * Chinese characters is practically never well-formed UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { html: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { html: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  if (isUtf8(bytes)) return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  const declared = declaredCharset(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ? normaliseLabel(declared) : 'gb18030');
  } catch {
    decoder = new TextDecoder('gb18030');
  }
  return { html: decoder.decode(bytes), charset: decoder.encoding };
}
