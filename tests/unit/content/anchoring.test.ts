/**
 * Re-anchoring in the content script (entrypoints/content/anchoring.ts): notes placed by position or exact
 * quote need nothing more; a note whose quote was edited asks the background for the fuzzy step's script
 * once, and is placed by it; when that script cannot be had, the note keeps the exact step's answer (an
 * exact copy, or an orphan) and the next anchoring asks again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MS } from '../../../entrypoints/content/ui/load';
import { describeRange } from '../../../lib/anchor';
import { findFuzzy } from '../../../lib/anchor/fuzzy';
import type { AnnotationRecord } from '../../../lib/annotation';
import { ON_DEMAND_GLOBALS } from '../../../lib/on-demand';
import { sampleRecord } from '../sample-record';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const globals = globalThis as Record<string, unknown>;

/** A fresh copy of the module: what it loaded (or failed to) is per content script. */
async function freshModule() {
  vi.resetModules();
  return import('../../../entrypoints/content/anchoring');
}

const OLD =
  '国务院常务会议指出，当前就业形势总体稳定。一是加大援企稳岗力度，稳定就业大局。二是拓宽就业渠道，支持灵活就业和新就业形态。' +
  '三是强化职业技能培训，提升劳动者就业能力。四是兜牢民生底线，做好困难群众基本生活保障。会议要求各地抓好政策落实，确保各项措施落地见效。';

/** OLD with one quote edited (拓宽多元就业渠道) and one sentence (四是…) removed. */
const EDITED = OLD.replace('拓宽就业渠道', '拓宽多元就业渠道').replace(
  '四是兜牢民生底线，做好困难群众基本生活保障。',
  '',
);

/** A note on `quote` as saved on OLD. */
function noteOn(quote: string): AnnotationRecord {
  const start = OLD.indexOf(quote);
  const { quote: q, position } = describeRange(OLD, start, start + quote.length);
  return sampleRecord({ quote: q, position });
}

/** The fuzzy step's script, as the background runs it: it leaves `findFuzzy` for the content script. */
async function scriptRuns() {
  sendRequest.mockImplementation(async () => {
    globals[ON_DEMAND_GLOBALS.fuzzy] = findFuzzy;
    return { ok: true, value: { loaded: true } };
  });
}

beforeEach(() => {
  sendRequest.mockReset();
  for (const key of Object.keys(globals)) if (key.startsWith('__policymark')) delete globals[key];
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('anchorRecords (content script)', () => {
  it('notes whose quotes are still there exactly load nothing', async () => {
    const { anchorRecords } = await freshModule();
    const moved = `【快讯】${OLD}`;
    const notes = [noteOn('拓宽就业渠道'), noteOn('强化职业技能培训')];
    const { anchored, orphans } = await anchorRecords(moved, notes);
    expect(anchored.map((a) => moved.slice(a.start, a.end))).toEqual(['拓宽就业渠道', '强化职业技能培训']);
    expect(orphans).toEqual([]);
    expect(sendRequest).not.toHaveBeenCalled();
  });

  it('an edited quote loads the fuzzy step once and is placed by it; a removed one is an orphan', async () => {
    const { anchorRecords } = await freshModule();
    await scriptRuns();
    const notes = [noteOn('二是拓宽就业渠道，支持灵活就业'), noteOn('兜牢民生底线')];
    const { anchored, orphans } = await anchorRecords(EDITED, notes);
    expect(anchored.map((a) => EDITED.slice(a.start, a.end))).toEqual(['二是拓宽多元就业渠道，支持灵活就业']);
    expect(orphans).toEqual([notes[1]]);
    expect(sendRequest.mock.calls).toEqual([['script:load', { script: 'fuzzy' }]]);
    // Loaded once for this content script: the next anchoring uses it without asking.
    const again = await anchorRecords(EDITED, notes);
    expect(again.anchored).toEqual(anchored);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('when the fuzzy step cannot be loaded, the exact step answers and an anchoring 10 s later asks again', async () => {
    const { anchorRecords } = await freshModule();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sendRequest.mockResolvedValue({ ok: false, error: 'script:load: fuzzy: No tab with id: 7.' });
    // The edited quote, and one whose words stand exactly but whose surroundings changed (the exact step
    // places it; the fuzzy step is asked whether an edited copy in place fits better).
    const notes = [noteOn('二是拓宽就业渠道，支持灵活就业'), noteOn('加大援企稳岗力度')];
    const first = await anchorRecords(EDITED, notes);
    expect(first.anchored.map((a) => EDITED.slice(a.start, a.end))).toEqual(['加大援企稳岗力度']);
    expect(first.orphans).toEqual([notes[0]]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('No tab with id: 7.'));
    await scriptRuns();
    // Not at every anchoring (a page that keeps changing): the same answer, nothing asked.
    now += RETRY_MS - 1;
    expect(await anchorRecords(EDITED, notes)).toEqual(first);
    expect(sendRequest).toHaveBeenCalledTimes(1);
    now += 1;
    const second = await anchorRecords(EDITED, notes);
    expect(second.anchored.map((a) => EDITED.slice(a.start, a.end))).toEqual([
      '二是拓宽多元就业渠道，支持灵活就业',
      '加大援企稳岗力度',
    ]);
    expect(second.orphans).toEqual([]);
    expect(sendRequest).toHaveBeenCalledTimes(2);
  });
});

describe('placeSaved: a note just saved, painted on the text the page has when the save is answered', () => {
  it('the same text: where it was saved, without anchoring', async () => {
    const { placeSaved } = await freshModule();
    const note = noteOn('拓宽就业渠道');
    const at = { start: 99, end: 105 };
    expect(await placeSaved(note, at, OLD, () => OLD)).toBe(at);
  });

  it('a line inserted meanwhile: the same words at their new offsets; text changing again is followed', async () => {
    const { placeSaved } = await freshModule();
    const note = noteOn('拓宽就业渠道');
    const at = { start: OLD.indexOf('拓宽就业渠道'), end: OLD.indexOf('拓宽就业渠道') + 6 };
    const texts = [`10:01 新消息\n${OLD}`, `10:02 又一条\n10:01 新消息\n${OLD}`];
    let reads = 0;
    // The text changes once more while the first change is being anchored.
    const current = () => texts[Math.min(reads++, 1)] as string;
    const placed = await placeSaved(note, at, OLD, current);
    const last = texts[1] as string;
    expect(placed && last.slice(placed.start, placed.end)).toBe('拓宽就业渠道');
    expect(placed?.start).toBe(last.indexOf('拓宽就业渠道'));
    // Read three times: the first change, the second, and the second again (stable).
    expect(reads).toBe(3);
  });

  it('the saved words gone meanwhile: null (an orphan), never the old offsets; no article: as saved', async () => {
    const { placeSaved } = await freshModule();
    const note = noteOn('兜牢民生底线');
    const at = { start: OLD.indexOf('兜牢民生底线'), end: OLD.indexOf('兜牢民生底线') + 6 };
    sendRequest.mockResolvedValue({ ok: false, error: 'script:load: fuzzy: no tab' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await placeSaved(note, at, OLD, () => EDITED)).toBeNull();
    expect(await placeSaved(note, at, OLD, () => null)).toBe(at);
  });
});
