/**
 * A stable UUID (version 8, RFC 9562 "custom") derived from a name, for imported annotations whose id is
 * not a `urn:uuid:`: importing the same file twice yields the same ids, so the merge updates instead of
 * duplicating. A 128-bit non-cryptographic hash; not RFC 4122 version 5.
 */

function lane(name: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i) + seed;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The same name always gives the same lowercase UUID; different names almost surely differ. */
export function nameUuid(name: string): string {
  const hex = [1, 2, 3, 4].map((seed) => lane(name, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
