import { describe, expect, it } from 'vitest';
import { ENABLED_KEY, PAUSED_KEY, siteState } from '../../../lib/store/settings';

describe('siteState: one read of both lists answers for a site', () => {
  const stored = { [PAUSED_KEY]: ['finance.sina.com.cn'], [ENABLED_KEY]: ['https://news.example.org/*'] };

  it('a built-in host is chosen without being listed, and paused when its host is in the paused list', () => {
    expect(siteState(stored, 'finance.sina.com.cn', 'https://finance.sina.com.cn/*')).toEqual({
      builtIn: true,
      chosen: true,
      paused: true,
    });
  });

  it('another site is chosen only when its origin is in the enabled list', () => {
    expect(siteState(stored, 'news.example.org', 'https://news.example.org/*')).toEqual({
      builtIn: false,
      chosen: true,
      paused: false,
    });
    expect(siteState(stored, 'blog.example.org', 'https://blog.example.org/*').chosen).toBe(false);
    expect(siteState({}, 'news.example.org', 'https://news.example.org/*').chosen).toBe(false);
  });
});
