/**
 * Site profiles: where the article body and headline sit on the news sites PolicyMark knows.
 * Selectors are tried in order; docs/page.md says which were checked against saved pages.
 */
import { hostMatches, registrableDomain } from './site';

/**
 * One site's layout: host suffixes it covers, body selectors and headline selectors (in order of preference).
 * Several hosts in one profile must be registrable domains of one publisher: `sameSite` treats them as one site.
 */
export interface SiteProfile {
  readonly name: string;
  readonly hosts: readonly string[];
  readonly body: readonly string[];
  readonly title: readonly string[];
}

/**
 * Every known site, a row each: name, hosts, body selectors, headline selectors. The lists are written
 * comma-separated (no host or selector holds a comma), selectors in order of preference, each tried on
 * its own. Hosts are matched as suffixes (`finance.sina.com.cn` matches `sina.com.cn`).
 */
const ROWS: ReadonlyArray<readonly [name: string, hosts: string, body: string, title: string]> = [
  [
    'sina',
    'sina.com.cn,sina.cn,sina.com',
    '#artibody,section.art_pic_card.art_content,section.art_content,.art_pic_card,.article',
    'h1.main-title,.main-title,#artibodyTitle,h1.art_tit_h1,.art_tit_h1',
  ],
  ['163', '163.com', '#endText,.post_body,.post_text', '#h1title,.post_title,.post_content_main h1'],
  [
    'people',
    'people.com.cn,people.cn',
    '.rm_txt_con,#rwb_zw,.box_con,#p_content',
    '.rm_txt h1,.text_title h1,#p_title',
  ],
  [
    'govcn',
    'gov.cn',
    '#UCAP-CONTENT,.pages_content,td.b12c,#zoom',
    'meta[name=ArticleTitle],.article h1,#ti,table.bd1 td[colspan="3"]',
  ],
  ['thepaper', 'thepaper.cn', '.news_txt,[class*=index_cententWrap]', 'h1.news_title,[class*=index_title]'],
  [
    'qq',
    'qq.com',
    '#Cnt-Main-Article-QQ,.content-article',
    '.qq_article .hd h1,.LEFT h1,.content-article h1',
  ],
  ['theorychina', 'theorychina.org.cn', '#font_area,.TRS_Editor', ''],
  [
    'xinhua',
    'xinhuanet.com,news.cn',
    '#detail,#p-detail,#detailContent',
    '.head-line .title,.h-title,#title',
  ],
  ['eastmoney', 'eastmoney.com', '#ContentBody,.txtinfos,.newsContent .Body', '.newsContent h1,.title h1'],
  ['hexun', 'hexun.com', '.art_contextBox,#artibody', '.articleName h1'],
  ['chinanews', 'chinanews.com.cn,chinanews.com', '.left_zw,#fontzoom', '.content_left_title'],
  ['caijing', 'caijing.com.cn', '#the_content,.article-content,.main_txt', '#cont_title,.article-title'],
  ['stcn', 'stcn.com', '.detail-content,#ctrlfscont,.txt_con', '.detail-title'],
  ['cs', 'cs.com.cn', '.article-t,.artical_c,#ozoom,.Dtext', '.artical_t h1'],
  ['cnstock', 'cnstock.com', '#qmt_content_div,.content-inner', '.main-content h1.title,h1.title'],
  ['21jingji', '21jingji.com', '.txtContent,.detailCont,.main_content', '.titleHead h1'],
  ['yicai', 'yicai.com', '#multi-text,.m-txt,.m-text', '.m-title h1,.title h1'],
  ['jiemian', 'jiemian.com', '.article-content', '.article-header h1'],
  [
    'reuters',
    'reuters.com',
    '[data-testid=ArticleBody],.article-body,[class*=article-body__content]',
    '[data-testid=Heading]',
  ],
  ['federalreserve', 'federalreserve.gov', '#article', '#article h3.title,h3.title'],
  ['ecb', 'ecb.europa.eu', 'main .section,main', 'main .title h1'],
  [
    'nytimes',
    'nytimes.com',
    'section[name=articleBody],article#story,#story',
    'h1[itemprop=headline],h1[data-testid=headline],#headline',
  ],
];

const list = (items: string): string[] => (items ? items.split(',') : []);

/** Every known site, from ROWS. */
export const SITE_PROFILES: readonly SiteProfile[] = ROWS.map(([name, hosts, body, title]) => ({
  name,
  hosts: list(hosts),
  body: list(body),
  title: list(title),
}));

/** The profile covering `host`, or null. */
export function profileForHost(host: string): SiteProfile | null {
  for (const profile of SITE_PROFILES) {
    if (profile.hosts.some((suffix) => hostMatches(host, suffix))) return profile;
  }
  return null;
}

/**
 * The publisher key of a host: for a host a profile covers, `profile:` and its registrable domain, or the
 * first host of the profile that lists that domain among several (sina.cn, sina.com → sina.com.cn; news.cn
 * → xinhuanet.com). Hosts no profile covers (sites the reader enabled) are their own key, less a leading
 * www. (hosts come from URL parsing, so lowercase): the short suffix list does not know shared hosting such
 * as github.io, where one registrable domain holds many unrelated sites. The prefix keeps the two kinds
 * apart: the ECB's key is `profile:europa.eu`, never `europa.eu`, the key of www.europa.eu (a host has no
 * `:` but in an IPv6 literal, which begins with `[`). Keys are compared, never stored.
 */
function siteKey(host: string): string {
  if (profileForHost(host) === null) return host.replace(/^www\./, '');
  const domain = registrableDomain(host);
  const profile = SITE_PROFILES.find((p) => p.hosts.length > 1 && p.hosts.includes(domain));
  return `profile:${profile ? (profile.hosts[0] as string) : domain}`;
}

/**
 * True when two hosts belong to the same site: on the news sites of the profiles, the same registrable
 * domain or domains of one publisher's profile; elsewhere, the same host.
 */
export function sameSite(a: string, b: string): boolean {
  return siteKey(a) === siteKey(b);
}
