import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanAddress, isTrackingParam } from '../../../lib/page/canonical-url';
import { SITE_PROFILES, sameSite } from '../../../lib/page/profiles';
import { registrableDomain } from '../../../lib/page/site';

/** A document whose head holds `head`. */
function docWith(head: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  return doc;
}

const sinaDoc = 'https://finance.sina.com.cn/china/2024-03-29/doc-inaptxyz1234567.shtml';

describe('canonicalUrl', () => {
  it('uses a same-site <link rel="canonical">, sina.cn and sina.com.cn counting as one site', () => {
    const doc = docWith(`<link rel="canonical" href="${sinaDoc}">`);
    expect(
      canonicalUrl(doc, 'https://finance.sina.cn/2024-03-29/detail-inaptxyz1234567.d.html?vt=4&from=wap'),
    ).toBe(sinaDoc);
    expect(canonicalUrl(doc, `${sinaDoc}?utm_source=x#comments`)).toBe(sinaDoc);
  });

  it('resolves a relative canonical against the location', () => {
    const doc = docWith('<link rel="Canonical" href="/n1/2024/0510/c1004-40232587.html">');
    expect(
      canonicalUrl(doc, 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html?from=timeline'),
    ).toBe('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html');
  });

  it('reads rel as space-separated tokens: the first link holding "canonical" among them', () => {
    const doc = docWith(
      `<link rel="alternate" href="https://m.sina.cn/other.html"><link rel="canonicalish" href="https://finance.sina.com.cn/wrong.shtml"><link rel="shortlink  CANONICAL" href="${sinaDoc}">`,
    );
    expect(canonicalUrl(doc, 'https://finance.sina.cn/2024-03-29/detail-x.d.html')).toBe(sinaDoc);
  });

  it('splits rel at ASCII whitespace only, as Chromium does (not at a no-break space or a vertical tab)', () => {
    const location = 'https://finance.sina.cn/2024-03-29/detail-x.d.html';
    for (const rel of ['canonical\u00a0', 'x\u00a0canonical', 'canonical\u000b'])
      expect(canonicalUrl(docWith(`<link rel="${rel}" href="${sinaDoc}">`), location)).toBe(location);
    expect(canonicalUrl(docWith(`<link rel="x\tcanonical\f" href="${sinaDoc}">`), location)).toBe(sinaDoc);
  });

  it('ignores a canonical on another site, a non-http one and one pointing at the home page', () => {
    const location = 'https://news.example-aggregator.com/a/123?id=9';
    expect(
      canonicalUrl(docWith('<link rel="canonical" href="https://finance.sina.com.cn/x.shtml">'), location),
    ).toBe(location);
    expect(
      canonicalUrl(docWith('<link rel="canonical" href="ftp://news.example-aggregator.com/a">'), location),
    ).toBe(location);
    expect(
      canonicalUrl(docWith('<link rel="canonical" href="https://news.example-aggregator.com/">'), location),
    ).toBe(location);
    expect(canonicalUrl(docWith(''), location)).toBe(location);
  });

  it('drops the fragment and tracking parameters, keeps meaningful ones, lowercases the host', () => {
    const doc = docWith('');
    expect(
      canonicalUrl(
        doc,
        'https://WWW.Gov.CN/zhengce/content/2019-02/14/content_5365711.htm?utm_medium=a&spm=1.2&id=7&share_token=z&page=2&fbclid=q#p3',
      ),
    ).toBe('https://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm?id=7&page=2');
    expect(canonicalUrl(doc, 'https://example.com/Path/Case?ref=tw&wfr=spider&fr=x&FROM=y')).toBe(
      'https://example.com/Path/Case',
    );
    expect(canonicalUrl(doc, 'https://example.com/a?q=a%20b&utm_x=1')).toBe(
      canonicalUrl(doc, 'https://example.com/a?q=a%20b'),
    );
  });

  it('returns an unparsable location unchanged, and trims a location that is not http(s)', () => {
    expect(canonicalUrl(docWith(''), 'not a url')).toBe('not a url');
    expect(canonicalUrl(docWith(''), ' about:blank ')).toBe('about:blank');
  });

  it('lists tracking parameters by name and prefix', () => {
    for (const name of [
      'utm_campaign',
      'from',
      'spm',
      'share_from',
      'shareId',
      'fr',
      'ref',
      'wfr',
      'fbclid',
    ]) {
      expect(isTrackingParam(name), name).toBe(true);
    }
    for (const name of ['id', 'page', 'p', 'docid', 'date', 'q'])
      expect(isTrackingParam(name), name).toBe(false);
  });
});

describe('site', () => {
  it('computes registrable domains with two-label suffixes', () => {
    expect(registrableDomain('finance.sina.com.cn')).toBe('sina.com.cn');
    expect(registrableDomain('www.gov.cn')).toBe('www.gov.cn');
    expect(registrableDomain('www.miit.gov.cn')).toBe('miit.gov.cn');
    expect(registrableDomain('money.163.com')).toBe('163.com');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });

  it('treats publisher aliases as one site and ministries as different sites', () => {
    expect(sameSite('finance.sina.cn', 'finance.sina.com.cn')).toBe(true);
    expect(sameSite('www.news.cn', 'www.xinhuanet.com')).toBe(true);
    expect(sameSite('www.miit.gov.cn', 'www.ndrc.gov.cn')).toBe(false);
    expect(sameSite('a.example.com', 'b.example.org')).toBe(false);
  });
});

describe('sameSite from the site profiles', () => {
  it('a profile lists several hosts only as registrable domains (each is one publisher)', () => {
    const multi = SITE_PROFILES.filter((p) => p.hosts.length > 1);
    expect(multi.map((p) => p.name).sort()).toEqual(['chinanews', 'people', 'sina', 'xinhua']);
    for (const p of multi) for (const h of p.hosts) expect(registrableDomain(h)).toBe(h);
  });

  it('folds the domains of one profile and keeps other sites apart', () => {
    expect(sameSite('finance.sina.cn', 'k.sina.com')).toBe(true);
    expect(sameSite('www.news.cn', 'www.xinhuanet.com')).toBe(true);
    expect(sameSite('www.people.cn', 'finance.people.com.cn')).toBe(true);
    expect(sameSite('finance.sina.com.cn', 'money.163.com')).toBe(false);
    expect(sameSite('www.miit.gov.cn', 'www.ndrc.gov.cn')).toBe(false);
  });

  it('keeps hosts no profile covers apart: shared hosting is not one site', () => {
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('www.example.com', 'example.com')).toBe(true);
    expect(sameSite('blog.example.com', 'example.com')).toBe(false);
    expect(sameSite('blog.example.com', 'blog.example.com')).toBe(true);
    // A page the reader enabled cannot file its notes under another host of its domain.
    const doc = docWith('<link rel="canonical" href="https://bob.github.io/post.html">');
    expect(canonicalUrl(doc, 'https://alice.github.io/post.html')).toBe('https://alice.github.io/post.html');
  });

  it('a host no profile covers is never the site of a profile, even under its registrable domain', () => {
    // The ECB's profile is keyed by europa.eu, the registrable domain of ecb.europa.eu; www.europa.eu and
    // europa.eu are keyed by themselves (less www.). Before, both keys read "europa.eu".
    for (const other of ['www.europa.eu', 'europa.eu', 'ec.europa.eu'])
      expect(sameSite(other, 'www.ecb.europa.eu'), other).toBe(false);
    expect(sameSite('www.ecb.europa.eu', 'ecb.europa.eu')).toBe(true);
    expect(sameSite('www.europa.eu', 'europa.eu')).toBe(true);
    // The same for every profile whose hosts lie under a registrable domain of their own.
    for (const p of SITE_PROFILES)
      for (const h of p.hosts)
        if (registrableDomain(h) !== h)
          expect(sameSite(`www.${registrableDomain(h)}`, `www.${h}`), h).toBe(false);
    // A canonical link from www.europa.eu to the ECB is not followed (notes stay filed under the page).
    const doc = docWith('<link rel="canonical" href="https://www.ecb.europa.eu/press/x.html">');
    expect(canonicalUrl(doc, 'https://www.europa.eu/x.html')).toBe('https://www.europa.eu/x.html');
  });

  it('cleans a query parameter by parameter exactly as one URLSearchParams list did (addresses of stored notes stay the same)', () => {
    // The cleaning before: every pair in one list, filtered, serialised once.
    const before = (address: string): string => {
      const url = new URL(address);
      url.hash = '';
      if (url.search) {
        const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
        url.search = new URLSearchParams(kept).toString();
      }
      return url.href.replace(/\?$/, '');
    };
    const queries = [
      'a=b%20c',
      'a=b+c',
      'x=1&&y=2',
      '=v',
      'k=',
      'k',
      'a=1=2',
      'utm_source=x&id=%E4%B8%AD',
      'q=中文&from=wx',
      'a=%zz',
      'a=%',
      'A=1&UTM_x=2',
      'a=b;c',
      `a='"<>\`{}|`,
      'share=1&id=3',
      '&&&',
      'a=%2B%26%3D',
      'sp ace=1',
      'id=1&spm=a.b.c&page=2#frag',
    ];
    for (const q of queries) {
      const address = `https://finance.sina.com.cn/a.shtml?${q}`;
      expect(cleanAddress(address), q).toBe(before(address));
    }
  });
});
