/** Sizes of messages without encoding them: what Chrome's 64 MiB message limit counts is UTF-8 bytes of JSON. */

/** Bytes of `s` in UTF-8, without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes `value` takes in a JSON array of a message (its JSON in UTF-8, and the comma after it). */
export function jsonItemBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value)) + 1;
}
