import { describe, expect, it } from 'vitest';
import { NEWS_HOST_PATTERNS } from '../../lib/hosts';

describe('news host patterns', () => {
  it('are valid match patterns', () => {
    for (const p of NEWS_HOST_PATTERNS) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
