/**
 * Host arithmetic without the Public Suffix List: registrable domains for the hosts PolicyMark
 * meets (a short list of two-label suffixes such as com.cn). Which domains are one publisher
 * (sina.cn = sina.com.cn) is said by the site profiles (profiles.ts `sameSite`).
 */

/**
 * Two-label public suffixes: the registrable domain under them has three labels. Only the site profiles'
 * hosts are read this way (profiles.ts `sameSite`), and those are Chinese, .com, .gov and .eu domains.
 */
const TWO_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  'com.cn',
  'net.cn',
  'org.cn',
  'gov.cn',
  'edu.cn',
  'ac.cn',
]);

/** The registrable domain of a host (`finance.sina.com.cn` → `sina.com.cn`); IPs and single labels unchanged. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** Host of a URL, or '' when there is none or it does not parse. */
export function hostOf(url: string | undefined): string {
  return url && URL.canParse(url) ? new URL(url).hostname : '';
}

/** True when `host` is `suffix` or a subdomain of it. */
export function hostMatches(host: string, suffix: string): boolean {
  const h = host.toLowerCase();
  return h === suffix || h.endsWith(`.${suffix}`);
}
