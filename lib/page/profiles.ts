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

/** Every known site. Hosts are matched as suffixes (`finance.sina.com.cn` matches `sina.com.cn`). */
export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    name: 'sina',
    hosts: ['sina.com.cn', 'sina.cn', 'sina.com'],
    body: [
      '#artibody',
      'section.art_pic_card.art_content',
      'section.art_content',
      '.art_pic_card',
      '.article',
    ],
    title: ['h1.main-title', '.main-title', '#artibodyTitle', 'h1.art_tit_h1', '.art_tit_h1'],
  },
  {
    name: '163',
    hosts: ['163.com'],
    body: ['#endText', '.post_body', '.post_text'],
    title: ['#h1title', '.post_title', '.post_content_main h1'],
  },
  {
    name: 'people',
    hosts: ['people.com.cn', 'people.cn'],
    body: ['.rm_txt_con', '#rwb_zw', '.box_con', '#p_content'],
    title: ['.rm_txt h1', '.text_title h1', '#p_title'],
  },
  {
    name: 'govcn',
    hosts: ['gov.cn'],
    body: ['#UCAP-CONTENT', '.pages_content', 'td.b12c', '#zoom'],
    title: ['meta[name=ArticleTitle]', '.article h1', '#ti', 'table.bd1 td[colspan="3"]'],
  },
  {
    name: 'thepaper',
    hosts: ['thepaper.cn'],
    body: ['.news_txt', '[class*=index_cententWrap]'],
    title: ['h1.news_title', '[class*=index_title]'],
  },
  {
    name: 'qq',
    hosts: ['qq.com'],
    body: ['#Cnt-Main-Article-QQ', '.content-article'],
    title: ['.qq_article .hd h1', '.LEFT h1', '.content-article h1'],
  },
  { name: 'theorychina', hosts: ['theorychina.org.cn'], body: ['#font_area', '.TRS_Editor'], title: [] },
  {
    name: 'xinhua',
    hosts: ['xinhuanet.com', 'news.cn'],
    body: ['#detail', '#p-detail', '#detailContent'],
    title: ['.head-line .title', '.h-title', '#title'],
  },
  {
    name: 'eastmoney',
    hosts: ['eastmoney.com'],
    body: ['#ContentBody', '.txtinfos', '.newsContent .Body'],
    title: ['.newsContent h1', '.title h1'],
  },
  { name: 'hexun', hosts: ['hexun.com'], body: ['.art_contextBox', '#artibody'], title: ['.articleName h1'] },
  {
    name: 'chinanews',
    hosts: ['chinanews.com.cn', 'chinanews.com'],
    body: ['.left_zw', '#fontzoom'],
    title: ['.content_left_title', 'h1.content_left_title'],
  },
  {
    name: 'caijing',
    hosts: ['caijing.com.cn'],
    body: ['#the_content', '.article-content', '.main_txt'],
    title: ['#cont_title', '.article-title'],
  },
  {
    name: 'stcn',
    hosts: ['stcn.com'],
    body: ['.detail-content', '#ctrlfscont', '.txt_con'],
    title: ['.detail-title'],
  },
  {
    name: 'cs',
    hosts: ['cs.com.cn'],
    body: ['.article-t', '.artical_c', '#ozoom', '.Dtext'],
    title: ['.artical_t h1'],
  },
  {
    name: 'cnstock',
    hosts: ['cnstock.com'],
    body: ['#qmt_content_div', '.content-inner'],
    title: ['.main-content h1.title', 'h1.title'],
  },
  {
    name: '21jingji',
    hosts: ['21jingji.com'],
    body: ['.txtContent', '.detailCont', '.main_content'],
    title: ['.titleHead h1'],
  },
  {
    name: 'yicai',
    hosts: ['yicai.com'],
    body: ['#multi-text', '.m-txt', '.m-text'],
    title: ['.m-title h1', '.title h1'],
  },
  { name: 'jiemian', hosts: ['jiemian.com'], body: ['.article-content'], title: ['.article-header h1'] },
  {
    name: 'reuters',
    hosts: ['reuters.com'],
    body: ['[data-testid=ArticleBody]', '.article-body', '[class*=article-body__content]'],
    title: ['[data-testid=Heading]'],
  },
  {
    name: 'federalreserve',
    hosts: ['federalreserve.gov'],
    body: ['#article'],
    title: ['#article h3.title', 'h3.title'],
  },
  { name: 'ecb', hosts: ['ecb.europa.eu'], body: ['main .section', 'main'], title: ['main .title h1'] },
  {
    name: 'nytimes',
    hosts: ['nytimes.com'],
    body: ['section[name=articleBody]', 'article#story', '#story'],
    title: ['h1[itemprop=headline]', 'h1[data-testid=headline]', '#headline'],
  },
];

/** The profile covering `host`, or null. */
export function profileForHost(host: string): SiteProfile | null {
  for (const profile of SITE_PROFILES) {
    if (profile.hosts.some((suffix) => hostMatches(host, suffix))) return profile;
  }
  return null;
}

/**
 * The publisher key of a host: its registrable domain, or the first host of the profile that lists that
 * domain among several (sina.cn, sina.com → sina.com.cn; news.cn → xinhuanet.com). Hosts no profile covers
 * (sites the reader enabled) are their own key, less a leading www. (hosts come from URL parsing, so
 * lowercase): the short suffix list does not know shared hosting such as github.io, where one registrable
 * domain holds many unrelated sites.
 */
function siteKey(host: string): string {
  if (profileForHost(host) === null) return host.replace(/^www\./, '');
  const domain = registrableDomain(host);
  const profile = SITE_PROFILES.find((p) => p.hosts.length > 1 && p.hosts.includes(domain));
  return profile ? (profile.hosts[0] as string) : domain;
}

/**
 * True when two hosts belong to the same site: on the news sites of the profiles, the same registrable
 * domain or domains of one publisher's profile; elsewhere, the same host.
 */
export function sameSite(a: string, b: string): boolean {
  return siteKey(a) === siteKey(b);
}
