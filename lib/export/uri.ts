/**
 * IRI → RFC 3986 URI for `target.source`: percent-encodes (as UTF-8) every character a URI may not hold
 * where it stands. Page addresses from `location.href` are already URIs and come back unchanged.
 */

/** Characters allowed anywhere in a URI (unreserved, reserved and `%`), except `#`, `[`, `]`. */
const ALLOWED = /[A-Za-z0-9\-._~:/?@!$&'()*+,;=]/;

function authorityEnd(iri: string): number {
  const start = iri.indexOf('//');
  if (start < 0 || start > 7) return 0;
  const rel = iri.slice(start + 2).search(/[/?#]/);
  return rel < 0 ? iri.length : start + 2 + rel;
}

/** The URI form of `iri`; equal to `iri` when it already is a valid URI. */
export function toUri(iri: string): string {
  const hostEnd = authorityEnd(iri);
  let seenHash = false;
  return iri.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (c: string, offset: number) => {
    if (ALLOWED.test(c)) return c;
    if (c === '#' && !seenHash) {
      seenHash = true;
      return c;
    }
    if ((c === '[' || c === ']') && offset < hostEnd) return c;
    if (c === '%' && /^[\da-f]{2}$/i.test(iri.slice(offset + 1, offset + 3))) return c;
    return encodeURIComponent(c.toWellFormed());
  });
}
