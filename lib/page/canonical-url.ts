/**
 * The address annotations are filed under: the page's `<link rel="canonical">` when it is on the
 * same site, else the location; lowercase host, no fragment, no tracking parameters (docs/page.md).
 */
import { sameSite } from './profiles';

/** Query parameters that only say how the reader arrived (compared lowercase; written as text-rules.ts's tag lists). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set(
  (
    'from spm fr ref wfr sudaref dv cre mod loc tj vt wm gclid fbclid msclkid yclid dclid mc_cid mc_eid ' +
    '_ga igshid isappinstalled scene clicktime enterid nsukey adtag pgv_ref cmpid smid smtyp ocid'
  ).split(' '),
);

/** Parameter-name prefixes that are always tracking (`utm_source`, `share_token`, `shareid`). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'share'];

/** True for a query parameter that is dropped. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((prefix) => n.startsWith(prefix));
}

/** The address without fragment and tracking parameters (`url` is changed; URL parsing lowercased the host). */
function cleanUrl(url: URL): string {
  url.hash = '';
  if (url.search) {
    // Parameter by parameter: the form encoding parses each &-separated part alone and serialises a list as its
    // pairs joined by &, so this is URLSearchParams's result, without one list of every pair (which grew
    // super-linearly with thousands of parameters: tests/unit/robust/linear-page.test.ts).
    const kept: string[] = [];
    for (const part of url.search.slice(1).split('&')) {
      for (const pair of new URLSearchParams(part))
        if (!isTrackingParam(pair[0])) kept.push(new URLSearchParams([pair]).toString());
    }
    url.search = kept.join('&');
  }
  return url.href.replace(/\?$/, '');
}

/**
 * An address as notes are filed under it when there is no page to read a canonical link from (an imported
 * note): the same cleaning as `canonicalUrl`'s. An address that is not http(s) or does not parse is
 * returned as it is.
 */
export function cleanAddress(address: string): string {
  const trimmed = address.trim();
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return address;
  return cleanUrl(new URL(trimmed));
}

/** "canonical" as one of rel's space-separated tokens, in any case (the selector `[rel~="canonical" i]`). */
const CANONICAL_TOKEN = /(?:^|[\t\n\f\r ])canonical(?:$|[\t\n\f\r ])/i;

/** The trimmed href of the first `<link rel="canonical">` (rel read as space-separated tokens, any case), or null. */
export function canonicalLinkHref(doc: Document): string | null {
  // The document's <link>s (a collection the document keeps) rather than querySelector with an attribute
  // selector, which matched against every element of the page: 15 µs of each run on the seed Sina page.
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    const href = link.getAttribute('href');
    if (href !== null && CANONICAL_TOKEN.test(link.getAttribute('rel') ?? '')) return href.trim();
  }
  return null;
}

/** The canonical link's `href` resolved against `location`, when it is http(s), same-site and not just the home page. */
function sameSiteCanonical(href: string | null, location: URL): URL | null {
  if (href === null) return null;
  let target: URL;
  try {
    target = new URL(href, location);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(target.protocol) || !sameSite(target.hostname, location.hostname)) return null;
  if (target.pathname === '/' && location.pathname !== '/') return null;
  return target;
}

/**
 * The canonical address of the page at `location` (see the module comment); `href`, the document's
 * canonical link, when the caller has read it already.
 */
export function canonicalUrl(doc: Document, location: string, href = canonicalLinkHref(doc)): string {
  let loc: URL;
  try {
    loc = new URL(location.trim());
  } catch {
    return location.trim();
  }
  const canonical = /^https?:$/.test(loc.protocol) ? sameSiteCanonical(href, loc) : null;
  return cleanUrl(canonical ?? loc);
}
