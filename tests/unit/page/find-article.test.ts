import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from '../../../lib/page/article-title';
import { findArticle, pageUrl } from '../../../lib/page/find-article';
import { findGenericRoot } from '../../../lib/page/generic-article';
import { profileForHost } from '../../../lib/page/profiles';
import { buildTextIndex } from '../../../lib/page/text-index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { FIXTURES, fixturePageIds, goldParagraphs, loadFixturePage } from './fixture-pages';

/** Per page: the profile that must find it, and page text outside the article that must stay out. */
const EXPECTED: Record<string, { profile: string; junk: string[] }> = {
  'en-nytimes-yahoo-verizon-2016': { profile: 'nytimes', junk: ['SUBSCRIBE NOW', 'Forgot password?'] },
  'en-theorychina-vulnerable-2012': {
    profile: 'theorychina',
    junk: ["Leaders' Works", 'Traffic Statistics Hits'],
  },
  'zh-163money-hlwplus-guidance-2015': { profile: '163', junk: ['网易首页', '查看网易地图'] },
  'zh-163money-market-close-20150703': { profile: '163', junk: ['网易首页', '查看网易地图'] },
  'zh-163money-ndrc-bonds-2015': { profile: '163', junk: ['网易首页', '查看网易地图'] },
  'zh-govcn-guobanfa-2019-6': { profile: 'govcn', junk: ['索 引 号：', '扫一扫在手机打开当前页'] },
  'zh-people-henan-20240510': { profile: 'people', junk: ['人民网评', '返回顶部'] },
  'zh-qq-data-crackdown-2019': {
    profile: 'qq',
    junk: ['正文已结束', '责任编辑：biaoffeng', '腾讯公司 版权所有'],
  },
  'zh-sina-12306-20181228': { profile: 'sina', junk: ['新浪首页', 'All Rights Reserved'] },
  'zh-sina-bond-bubble-20190909': { profile: 'sina', junk: ['新浪首页', 'All Rights Reserved'] },
  'zh-sina-composite-miit-app': { profile: 'sina', junk: ['新浪首页', '12306'] },
  'zh-sina-gdp-target-20220305': { profile: 'generic', junk: [] },
  'zh-sina-miit-app-20210716': { profile: 'generic', junk: [] },
  'zh-sinacn-announcement-tjcybh': { profile: 'sina', junk: ['首页 导航 反馈 登录'] },
  'zh-theorychina-modernization-2024': {
    profile: 'theorychina',
    junk: ['友情链接', '版权所有中央党史和文献研究院'],
  },
  'zh-thepaper-qiushi-20200103': { profile: 'thepaper', junk: ['沪公网安备', '报料 注册 登录'] },
  'zh-hexun-mot-jingjinji-20190926': { profile: 'hexun', junk: ['本站郑重声明', '站长统计'] },
  'zh-stcn-noon-announcements-20190926': { profile: 'stcn', junk: ['证券时报APP', '友情链接'] },
  'zh-xinhua-france-strike-20191210': { profile: 'xinhua', junk: ['飞瞰大凉山雪景', '关注我们'] },
  'zh-govcn-gazette-npc-2007': { profile: 'govcn', junk: ['网站纠错', '版权所有：中国政府网'] },
};

/** Headlines, for the pages whose text.txt does not start with one. */
const TITLES: Record<string, string> = {
  'zh-govcn-guobanfa-2019-6':
    '国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见',
  'zh-sina-composite-miit-app': '汽车“缺芯”、APP治理、疫苗产能……工信部发布会回应这些关切',
  // From <title> "…决议__2007年第23号国务院公报_中国政府网": a doubled separator before the gazette's name.
  'zh-govcn-gazette-npc-2007':
    '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007 年末国债余额限额的决议',
  'zh-sina-gdp-target-20220305': '',
  'zh-sina-miit-app-20210716': '',
};

describe('findArticle on every fixture page (at its address)', () => {
  it('covers every fixture page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixturePageIds());
  });

  for (const id of fixturePageIds()) {
    it(`finds the article of ${id}`, async () => {
      const page = await loadFixturePage(id);
      try {
        const expected = EXPECTED[id];
        expect(page.article.profile).toBe(expected?.profile);
        const text = buildTextIndex(page.article.root).text;
        const paragraphs = new Set(text.split('\n'));
        const gold = goldParagraphs(id);
        if (gold) {
          expect(paragraphs.has(gold[0] as string), 'first paragraph').toBe(true);
          expect(paragraphs.has(gold[gold.length - 1] as string), 'last paragraph').toBe(true);
          expect(gold.filter((p) => !paragraphs.has(p))).toEqual([]);
        } else {
          expect(text).toContain('工信部指出，上半年工业经济持续稳定恢复');
        }
        const pageText = buildTextIndex(page.document.body).text;
        for (const junk of expected?.junk ?? []) {
          expect(pageText, `${junk} is on the page`).toContain(junk);
          expect(text, `${junk} is not in the article`).not.toContain(junk);
        }
        const title =
          TITLES[id] ??
          readFileSync(join(FIXTURES, id, 'text.txt'), 'utf8')
            .split('\n')[0]
            ?.trim();
        expect(page.article.title).toBe(title);
      } finally {
        await page.close();
      }
    });
  }
});

describe('generic fallback', () => {
  const chinese = fixturePageIds().filter((id) => id.startsWith('zh-') && goldParagraphs(id));

  it('finds the whole body of every Chinese fixture without a site profile', async () => {
    for (const id of chinese) {
      const page = await loadFixturePage(id, { withUrl: false });
      try {
        const root = findGenericRoot(page.document);
        expect(root, id).not.toBeNull();
        const paragraphs = new Set(buildTextIndex(root as Element).text.split('\n'));
        const missing = (goldParagraphs(id) ?? []).filter((p) => !paragraphs.has(p));
        expect(missing, id).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('uses the page when it is just the article body (a fragment)', async () => {
    const page = await loadFixturePage('zh-sina-gdp-target-20220305', { withUrl: false });
    try {
      expect(page.article.profile).toBe('generic');
      expect(buildTextIndex(page.article.root).text).toBe(
        (goldParagraphs('zh-sina-gdp-target-20220305') ?? []).join('\n'),
      );
    } finally {
      await page.close();
    }
  });

  it('prefers the paragraphs over link lists and footers', () => {
    const para = '国务院常务会议部署推动大规模设备更新，要求各地区各部门加快落实，确保政策取得实效。';
    const page = parseHtml(
      `<body><nav><a href="/">首页</a> <a href="/a">财经</a> <a href="/b">股票</a></nav>
       <div class="side"><ul>${'<li><a href="/x">热门新闻标题一则热门新闻标题一则热门新闻</a></li>'.repeat(12)}</ul></div>
       <div class="main"><h1>标题</h1><div class="text"><p>${para}</p><p>${para}</p><p>${para}</p></div></div>
       <footer><p>版权所有 联系我们 网站地图 广告服务 About us, contact, privacy policy.</p></footer></body>`,
    );
    const root = findGenericRoot(page.document);
    expect(root?.className).toBe('text');
    void page.close();
  });

  it('returns null for a page without text, and body for text without paragraphs', () => {
    const empty = parseHtml('<body><script>x()</script></body>');
    expect(findArticle(empty.document, pageUrl(empty.document))).toBeNull();
    const short = parseHtml('<body><span>短讯</span></body>');
    expect(findArticle(short.document, pageUrl(short.document))?.root.localName).toBe('body');
    void empty.close();
    void short.close();
  });
});

describe('profiles and titles', () => {
  it("takes a profile selector's only match when it has text, and passes over one without text or with blank text only", () => {
    const url = 'https://finance.sina.com.cn/china/x.shtml';
    const para = '国务院常务会议部署推动大规模设备更新，要求各地区各部门加快落实。';
    // #artibody (the first selector) is empty or blank: .article, later in the profile, is the article.
    for (const artibody of [
      '<div id="artibody"></div>',
      '<div id="artibody"> <p>\u3000\n</p><!--x--></div>',
    ]) {
      const page = parseHtml(`<body>${artibody}<div class="article"><p>${para}</p></div></body>`);
      const found = findArticle(page.document, url);
      expect(found?.profile).toBe('sina');
      expect(found?.root.className).toBe('article');
      void page.close();
    }
    // Its only text deep inside, after blank text nodes, still counts.
    const deep = parseHtml(
      `<body><div id="artibody"> <div> <p> </p><p><b>${para}</b></p></div></div></body>`,
    );
    expect(findArticle(deep.document, url)?.root.id).toBe('artibody');
    void deep.close();
  });

  it('matches hosts by suffix', () => {
    expect(profileForHost('finance.sina.com.cn')?.name).toBe('sina');
    expect(profileForHost('finance.sina.cn')?.name).toBe('sina');
    expect(profileForHost('www.news.cn')?.name).toBe('xinhua');
    expect(profileForHost('FINANCE.PEOPLE.COM.CN')?.name).toBe('people');
    expect(profileForHost('notsina.com.cn')).toBeNull();
    expect(profileForHost('example.com')).toBeNull();
  });

  it('pageUrl finds the address in the page when none is given', () => {
    const page = parseHtml(
      '<html><head><meta property="og:url" content="https://finance.sina.com.cn/x/doc-1.shtml"></head><body><div id="artibody"><p>正文。</p></div><div><p>其他内容，其他内容，其他内容，其他内容，其他内容。</p></div></body></html>',
    );
    expect(findArticle(page.document, pageUrl(page.document))?.profile).toBe('sina');
    expect(findArticle(page.document, 'https://example.com/')?.profile).toBe('generic');
    void page.close();
  });

  it('strips site and channel names from document.title', () => {
    expect(stripSiteSuffix('60万"12306账号"外泄? 中铁总辟谣称消息不实|辟谣_新浪财经_新浪网')).toBe(
      '60万"12306账号"外泄? 中铁总辟谣称消息不实',
    );
    expect(
      stripSiteSuffix('在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网'),
    ).toBe('在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）');
    expect(stripSiteSuffix('棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等_财经_腾讯网')).toBe(
      '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等',
    );
    expect(stripSiteSuffix('Fed Holds Rates Steady - The New York Times')).toBe('Fed Holds Rates Steady');
    expect(stripSiteSuffix('工信部_新浪')).toBe('工信部_新浪');
    // A doubled separator (a gov.cn gazette page, real): the headline keeps no trailing underscore.
    expect(
      stripSiteSuffix(
        '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇的决议__2007年第23号国务院公报_中国政府网',
      ),
    ).toBe('全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇的决议');
  });

  it('falls back from og:title to h1 to document.title', () => {
    const h1 = parseHtml(
      '<title>标题一_新浪财经</title><body><h1><img alt=""></h1><h1>标题二</h1><p>正文</p></body>',
    );
    expect(findArticle(h1.document, pageUrl(h1.document))?.title).toBe('标题二');
    const bare = parseHtml('<title>关于推进的通知_中国政府网</title><body><p>正文</p></body>');
    expect(findArticle(bare.document, pageUrl(bare.document))?.title).toBe('关于推进的通知');
    void h1.close();
    void bare.close();
  });
});
