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
  'en-ecb-bulletin-manufacturing-2025': { profile: 'ecb', junk: ['Lead Economist', 'Senior Economist'] },
  'en-federalreserve-fomc-20131030': {
    profile: 'federalreserve',
    junk: ['Stay Connected', '20th Street and Constitution Avenue N.W.'],
  },
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
};

/** Headlines, for the pages whose text.txt does not start with one. */
const TITLES: Record<string, string> = {
  'zh-govcn-guobanfa-2019-6':
    '国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见',
  'zh-sina-composite-miit-app': '汽车“缺芯”、APP治理、疫苗产能……工信部发布会回应这些关切',
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

/** A question-and-answer interview above its readers' comments (constructed by a review of the scorer). */
const QA_WITH_COMMENTS =
  '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>专访：稳健的货币政策要灵活适度_财经频道_某某网</title></head>\n<body>\n<div class="top"><a href="/">首页</a> <a href="/finance/">财经</a> <a href="/stock/">股票</a></div>\n<div class="page">\n <div class="col-left">\n <div class="article-wrap">\n  <h1>专访：稳健的货币政策要灵活适度</h1>\n  <div class="info">2024年03月06日 来源：某某网</div>\n  <div class="TRS_Editor">\n   <p>问：今年政府工作报告对货币政策的总基调是如何表述的？</p>\n   <p>答：报告提出，稳健的货币政策要灵活适度、精准有效。</p>\n   <p>问：下一步在降准降息方面还有没有空间？</p>\n   <p>答：我国法定存款准备金率平均水平为7%，仍有一定空间。</p>\n   <p>问：如何看待当前的人民币汇率走势？</p>\n   <p>答：人民币汇率在合理均衡水平上保持基本稳定。</p>\n   <p>问：在支持小微企业融资方面有哪些新举措？</p>\n   <p>答：我们将继续用好普惠小微贷款支持工具。</p>\n   <p>问：对于房地产市场的金融支持有什么考虑？</p>\n   <p>答：我们将一视同仁满足不同所有制房企合理融资需求。</p>\n   <p>问：怎样防范化解地方债务风险？</p>\n   <p>答：我们将配合有关部门统筹化解地方政府债务风险。</p>\n  </div>\n </div>\n </div>\n</div>\n<div class="ext-area">\n <div class="pl-area">\n <div class="pinglun">\n  <h3>网友热议（8）</h3>\n  <ul class="pl-list">\n   <li><span class="user">上海网友</span> 降准是好事，希望利率再低一点，房贷压力太大了。</li>\n   <li><span class="user">北京网友</span> 说得很好，但关键还是要落实，小微企业贷款依然难。</li>\n   <li><span class="user">广东网友</span> 汇率稳定很重要，出口企业最怕大起大落，希望保持。</li>\n   <li><span class="user">浙江网友</span> 地方债务问题要重视，不能再借新还旧了，要治本。</li>\n   <li><span class="user">江苏网友</span> 希望多出台一些支持消费的政策，提振信心。</li>\n   <li><span class="user">四川网友</span> 房地产还是要稳，不然老百姓的财富缩水太多了。</li>\n   <li><span class="user">山东网友</span> 专家说的有道理，关键看执行，基层企业感受还不明显。</li>\n   <li><span class="user">湖北网友</span> 利率低了，存款收益也低了，养老怎么办？</li>\n  </ul>\n </div>\n </div>\n</div>\n<div class="bottom">关于我们 | 联系我们 | 版权所有</div>\n</body></html>\n';

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

  it('reads a question-and-answer article over its comments, and a flash over a footer of label：value lines', async () => {
    // Constructed by a review: the 问：/答： lines' colons are prose, a footer's 电话：010-… is not.
    const page = parseHtml(QA_WITH_COMMENTS);
    try {
      expect(findGenericRoot(page.document)?.className).toBe('TRS_Editor');
    } finally {
      await page.close();
    }
    const hexun = await loadFixturePage('zh-hexun-mot-jingjinji-20190926', { withUrl: false });
    try {
      expect(hexun.article.root.className).toBe('art_contextBox');
    } finally {
      await hexun.close();
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
    // A doubled separator (a gov.cn gazette page, real) leaves no underscore, and ends the stripping: a
    // dash or bar inside the headline is no separator then (a review's titles).
    expect(
      stripSiteSuffix(
        '全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇的决议__2007年第23号国务院公报_中国政府网',
      ),
    ).toBe('全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇的决议');
    expect(stripSiteSuffix('奋进新征程 建功新时代——写在党的二十大召开之际__中国政府网')).toBe(
      '奋进新征程 建功新时代——写在党的二十大召开之际',
    );
    expect(stripSiteSuffix('财经观察｜央行下调存款准备金率__新浪财经_新浪网')).toBe(
      '财经观察｜央行下调存款准备金率',
    );
    expect(stripSiteSuffix('The Fed’s Dilemma — Explained || Example News')).toBe(
      'The Fed’s Dilemma — Explained',
    );
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
