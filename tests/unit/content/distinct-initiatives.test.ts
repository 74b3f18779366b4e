/** The page record's list of initiatives: one entry per name, however its quotes were typed. */
import { describe, expect, it } from 'vitest';
import { distinctInitiatives } from '../../../entrypoints/content/page-state';
import { analyze } from '../../../lib/detect';

describe('distinctInitiatives', () => {
  it('lists a name once whether printed with straight or curly quotes, and nothing for other pages', () => {
    const a = analyze(
      '工信部部署重点工作。一是实施"人工智能+制造"专项行动；二是推进“人工智能+制造”专项行动。三是编制《实施方案》。',
    );
    expect(a.initiatives.map((i) => i.text)).toEqual([
      '"人工智能+制造"专项行动',
      '“人工智能+制造”专项行动',
      '《实施方案》',
    ]);
    expect(distinctInitiatives(a)).toEqual([
      { text: '“人工智能+制造”专项行动', type: 'campaign' },
      { text: '《实施方案》', type: 'document' },
    ]);
    expect(distinctInitiatives({ ...a, isPolicy: false })).toEqual([]);
  });
});
