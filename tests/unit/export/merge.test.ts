import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../lib/export';
import { sampleRecord } from '../sample-record';

describe('planMerge', () => {
  const a = sampleRecord({ modified: 100 });
  const b = sampleRecord({ modified: 100 });
  const c = sampleRecord({ modified: 100 });

  it('adds new ids, updates when incoming is newer, skips equal and older', () => {
    const newer = { ...a, note: 'edited elsewhere', modified: 200 };
    const same = { ...b, note: 'same time, other content' };
    const older = { ...c, modified: 50 };
    const fresh = sampleRecord();
    const plan = planMerge([a, b, c], [newer, same, older, fresh]);
    expect(plan).toEqual({ add: [fresh], update: [newer], skip: [same, older] });
  });

  it('takes a Map as well as an array', () => {
    const newer = { ...a, modified: 101 };
    expect(planMerge(new Map([[a.id, a]]), [newer])).toEqual({ add: [], update: [newer], skip: [] });
  });

  it('with nothing stored, adds everything', () => {
    expect(planMerge([], [a, b])).toEqual({ add: [a, b], update: [], skip: [] });
  });

  it('when incoming repeats an id, only the newest copy takes part', () => {
    const v1 = { ...a, modified: 300 };
    const v2 = { ...a, modified: 400, note: 'v2' };
    const v2b = { ...a, modified: 400, note: 'v2 again' };
    expect(planMerge([a], [v1, v2, v2b])).toEqual({ add: [], update: [v2], skip: [v1, v2b] });
    expect(planMerge([], [v2, v1])).toEqual({ add: [v2], update: [], skip: [v1] });
  });

  it('never loses a record: every incoming record lands in exactly one list', () => {
    const incoming = [a, { ...b, modified: 999 }, sampleRecord(), { ...a, modified: 1 }];
    const plan = planMerge([a, b], incoming);
    expect([...plan.add, ...plan.update, ...plan.skip]).toHaveLength(incoming.length);
  });
});
