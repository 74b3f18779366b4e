import { describe, expect, it } from 'vitest';
import { isBuiltInHost, NEWS_HOST_PATTERNS } from '../../lib/hosts';
import { sitePattern } from '../../lib/store/settings';

describe('news host patterns', () => {
  it('are valid match patterns', () => {
    for (const p of NEWS_HOST_PATTERNS) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });

  it('match the domain and its subdomains, nothing that only ends with the same letters', () => {
    expect(isBuiltInHost('finance.sina.com.cn')).toBe(true);
    expect(isBuiltInHost('sina.com.cn')).toBe(true);
    expect(isBuiltInHost('WWW.GOV.CN')).toBe(true);
    expect(isBuiltInHost('www.federalreserve.gov')).toBe(true);
    expect(isBuiltInHost('notsina.com.cn')).toBe(false);
    expect(isBuiltInHost('sina.com.cn.evil.example')).toBe(false);
    expect(isBuiltInHost('policy-reader.example')).toBe(false);
  });
});

describe('sitePattern ("Enable on this site")', () => {
  it('is the origin pattern of an http(s) page, without port, path or query', () => {
    expect(sitePattern('https://policy-reader.example:8443/a/b.html?x=1#y')).toBe(
      'https://policy-reader.example/*',
    );
    expect(sitePattern('http://blog.example/')).toBe('http://blog.example/*');
  });
  it('is null for other schemes and for text that is not an address', () => {
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('file:///tmp/a.html')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });
});
