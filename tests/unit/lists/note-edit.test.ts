import { describe, expect, it } from 'vitest';
import { draftChanges, startDraft } from '../../../components/note-edit';

const tags = ['Smith, John', '#hashtag', 'a;b', '财政；货币'];
const note = '  indented first line\nsecond line\n';

describe('draftChanges: a list edit writes only the fields the reader changed (audit p05)', () => {
  it('nothing edited: nothing to write', () => {
    expect(draftChanges(startDraft({ note, tags }))).toBeNull();
  });

  it('only the note edited: the tags are not written, so they stay exactly as stored', () => {
    const d = startDraft({ note, tags });
    expect(draftChanges({ ...d, note: `${note}more` })).toEqual({
      note: 'indented first line\nsecond line\nmore',
    });
  });

  it('only the tags edited: the note is not written (its indentation stays); tags are read as typed', () => {
    const d = startDraft({ note, tags });
    expect(d.tags).toBe('Smith, John, #hashtag, a;b, 财政；货币');
    expect(draftChanges({ ...d, tags: `${d.tags}, 新增` })).toEqual({
      tags: ['Smith', 'John', 'hashtag', 'a', 'b', '财政', '货币', '新增'],
    });
  });

  it('a field edited and put back as it was counts as not edited', () => {
    const d = startDraft({ note, tags });
    expect(draftChanges({ ...d, note: d.note, tags: d.tags })).toBeNull();
  });

  it('after a refused save the base follows the stored note, and what the reader left alone is still not written', () => {
    const d = { ...startDraft({ note, tags }), note: 'mine' };
    const rebased = { ...d, base: { note: 'theirs', tags: ['other'] } };
    expect(draftChanges(rebased)).toEqual({ note: 'mine' });
  });
});
