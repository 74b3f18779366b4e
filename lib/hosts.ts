/**
 * The finance-news hosts PolicyMark runs on out of the box. One list, used by
 * the manifest (content-script matches and host permissions) and by the page
 * code that picks a site profile.
 */
import { hostMatches } from './page/site';

export const NEWS_HOST_PATTERNS = [
  '*://*.sina.com.cn/*',
  '*://*.sina.cn/*',
  '*://*.eastmoney.com/*',
  '*://*.163.com/*',
  '*://*.hexun.com/*',
  '*://*.people.com.cn/*',
  '*://*.gov.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.news.cn/*',
  '*://*.chinanews.com.cn/*',
  '*://*.chinanews.com/*',
  '*://*.thepaper.cn/*',
  '*://*.qq.com/*',
  '*://*.caijing.com.cn/*',
  '*://*.stcn.com/*',
  '*://*.cs.com.cn/*',
  '*://*.cnstock.com/*',
  '*://*.21jingji.com/*',
  '*://*.yicai.com/*',
  '*://*.jiemian.com/*',
  '*://*.theorychina.org.cn/*',
  '*://*.reuters.com/*',
  '*://*.federalreserve.gov/*',
  '*://*.ecb.europa.eu/*',
  '*://*.nytimes.com/*',
] as const;

/** Whether `hostname` is one of the built-in news hosts (`*.example.com` also matches `example.com`). */
export function isBuiltInHost(hostname: string): boolean {
  return NEWS_HOST_PATTERNS.some((p) => hostMatches(hostname, p.slice('*://*.'.length, -'/*'.length)));
}
