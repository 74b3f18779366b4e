import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COLOURS } from '../../../lib/annotation';
import { COLOUR_VALUES } from '../../../lib/highlight/paint';

// The lists colour a quote's border by class (components/NoteItem.tsx); the page paints with COLOUR_VALUES.
it('gives each colour class of the lists the colour the page paints', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../components/base.css'), 'utf8');
  const rules = new Map(
    [...css.matchAll(/\.quote\.c-(\w+)\s*\{\s*border-color:\s*([^;]+);\s*\}/g)].map((m) => [m[1], m[2]]),
  );
  expect(Object.fromEntries(rules)).toEqual(Object.fromEntries(COLOURS.map((c) => [c, COLOUR_VALUES[c]])));
});
