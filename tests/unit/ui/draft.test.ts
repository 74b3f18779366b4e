import { describe, expect, it } from 'vitest';
import { shownOf } from '../../../components/note-edit';
import { holdsDraft, type Panel, type Target } from '../../../entrypoints/content/ui/types';
import { sampleRecord } from '../sample-record';

const box = { left: 0, top: 0, width: 10, height: 10 };
const card = (target: Target, note: string, tags = ''): Panel => ({
  mode: 'card',
  box,
  target,
  draft: { note, tags },
  shown: target.kind === 'saved' ? shownOf(target.record) : { note: '', tags: '' },
  error: null,
  saving: false,
  recordId: 'id',
});
const selection = { kind: 'selection', start: 0, end: 2 } as Target;

describe('holdsDraft: a card with unsaved typing is not replaced by a new selection', () => {
  it('a new note: held once the reader typed a note or tags', () => {
    expect(holdsDraft(card(selection, ''))).toBe(false);
    expect(holdsDraft(card(selection, '  '))).toBe(false);
    expect(holdsDraft(card(selection, 'compare with Q2'))).toBe(true);
    expect(holdsDraft(card(selection, '', '财政'))).toBe(true);
  });

  it('a saved note: held once the text differs from what is saved', () => {
    const record = sampleRecord({ note: 'saved', tags: ['a', 'b'] });
    const saved: Target = { kind: 'saved', record };
    expect(holdsDraft(card(saved, 'saved', 'a, b'))).toBe(false);
    expect(holdsDraft(card(saved, 'saved, edited', 'a, b'))).toBe(true);
    expect(holdsDraft(card(saved, 'saved', 'a'))).toBe(true);
  });

  it('the toolbar or nothing: never held', () => {
    expect(holdsDraft({ mode: 'hidden' })).toBe(false);
    expect(holdsDraft({ mode: 'toolbar', box, target: selection })).toBe(false);
  });
});
