/**
 * The finance-news hosts PolicyMark runs on out of the box. One list, used by the manifest
 * (content-script matches and host permissions), the content script and the popup (is this host built
 * in?), and the background (which granted origins the reader added).
 */
import { hostMatches } from './page/site';

/** The built-in news sites: each host and its subdomains. */
const NEWS_HOSTS: readonly string[] = (
  'sina.com.cn sina.cn eastmoney.com 163.com hexun.com people.com.cn gov.cn xinhuanet.com news.cn ' +
  'chinanews.com.cn chinanews.com thepaper.cn qq.com caijing.com.cn stcn.com cs.com.cn cnstock.com ' +
  '21jingji.com yicai.com jiemian.com theorychina.org.cn reuters.com federalreserve.gov ecb.europa.eu ' +
  'nytimes.com'
).split(' ');

/** Their match patterns (manifest content-script matches and host permissions). */
export const NEWS_HOST_PATTERNS: readonly string[] = NEWS_HOSTS.map((h) => `*://*.${h}/*`);

/** Whether `hostname` is one of the built-in news hosts (`*.example.com` also matches `example.com`). */
export function isBuiltInHost(hostname: string): boolean {
  return NEWS_HOSTS.some((h) => hostMatches(hostname, h));
}

/** The built content script, relative to the extension root (dynamic registration and injection). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
