/** The limits a note editor says before saving (`draftLimit`), as `parseTags` reads the tags text. */
import { describe, expect, it } from 'vitest';
import { draftLimit, parseTags, RECORD_LIMITS } from '../../lib/annotation';

describe('draftLimit', () => {
  it('passes what the record schema accepts', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}`).join(', ');
    expect(draftLimit('n'.repeat(RECORD_LIMITS.note), `${fifty}, t0, #t1`)).toBeNull();
    expect(draftLimit(`  ${'n'.repeat(RECORD_LIMITS.note)}\n`, `#${'长'.repeat(100)}`)).toBeNull();
    expect(draftLimit('', '')).toBeNull();
  });

  it('names the first limit gone over, where parseTags would cut silently', () => {
    expect(draftLimit('n'.repeat(50_001), '')).toEqual({ key: 'noteTooLong', limit: 50_000 });
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`).join('；');
    expect(draftLimit('', many)).toEqual({ key: 'tooManyTags', limit: 50 });
    expect(parseTags(many)).toHaveLength(50);
    expect(draftLimit('', `ok，${'长'.repeat(101)}`)).toEqual({ key: 'tagTooLong', limit: 100 });
    expect(parseTags(`ok，${'长'.repeat(101)}`)[1]).toHaveLength(100);
  });
});
