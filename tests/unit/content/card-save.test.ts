// @vitest-environment-options { "url": "https://www.federalreserve.gov/newsevents/pressreleases/monetary20240131a.htm" }
/**
 * The page's note card on a saved note writes only the fields the reader edited, as the lists do
 * (components/note-edit.ts): tags as another tool stored them (a comma, a semicolon, a leading #) and a
 * note's indentation stay exactly as they were, and a Save with nothing edited writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardHost, cardActions } from '../../../entrypoints/content/ui/card-actions';
import type { PageActions, UiActions, UiState } from '../../../entrypoints/content/ui/types';
import { sampleRecord } from '../sample-record';
import { controllerEnvironment, startController } from './controller-harness';
import { FED } from './pages';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));
// The UI as the controller draws it: its actions (the card's joined as entrypoints/page-ui.ts joins them)
// and the latest state.
const ui = vi.hoisted(() => ({ actions: null as UiActions | null, state: null as UiState | null }));
vi.mock('../../../entrypoints/content/ui/load', async () => ({
  RETRY_MS: 10_000,
  loadUi: (_doc: Document, actions: PageActions, host: CardHost) => {
    ui.actions = { ...actions, ...cardActions(host) };
    return {
      update(state: UiState) {
        ui.state = state;
      },
      preload() {},
      contains: () => false,
      remove() {},
    };
  },
}));

const URL_ = 'https://www.federalreserve.gov/newsevents/pressreleases/monetary20240131a.htm';
// As an import from another tool stores them (the schema takes them; parseTags would not make them).
const stored = sampleRecord({
  url: URL_,
  site: 'www.federalreserve.gov',
  quote: {
    type: 'TextQuoteSelector',
    exact: 'Bank Term Funding Program',
    prefix: 'announced the ',
    suffix: ' will',
  },
  position: { type: 'TextPositionSelector', start: 0, end: 0 },
  note: '    code block kept as typed\n',
  tags: ['US, China trade', '#2024', 'a;b'],
});

/** The `changes` and `base` of every update sent. */
const updates = (): unknown[] =>
  sendRequest.mock.calls
    .filter(([type]) => type === 'annotation:update')
    .map(([, payload]) => {
      const { changes, base } = payload as { changes: unknown; base: unknown };
      return { changes, base };
    });

/** Open the saved note's card (its badge), type into it as the reader would, and press Save. */
async function saveCard(edit: (draft: { note: string; tags: string }) => { note: string; tags: string }) {
  await startController();
  const actions = ui.actions as UiActions;
  actions.openBadge(stored.id);
  const panel = ui.state?.panel;
  if (panel?.mode !== 'card') throw new Error('no card');
  actions.updateDraft(edit(panel.draft));
  actions.save();
  await vi.advanceTimersByTimeAsync(10);
}

beforeEach(() => {
  controllerEnvironment();
  document.head.innerHTML = `<title>${FED.title}</title>`;
  document.body.innerHTML = `<article><h1>${FED.title}</h1>${FED.body.map((p) => `<p>${p}</p>`).join('')}</article>`;
  sendRequest.mockReset();
  sendRequest.mockImplementation(async (type: string, payload: { changes?: Record<string, unknown> }) => {
    if (type === 'annotations:for-page') return { ok: true, value: { records: [stored] } };
    if (type === 'annotation:update')
      return { ok: true, value: { record: { ...stored, ...payload.changes } } };
    if (type === 'page:seen') return { ok: true, value: { ok: true } };
    return { ok: false, error: 'no' };
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe("the page's note card writes only what the reader edited", () => {
  it('the card shows the note and tags as stored', async () => {
    await saveCard((draft) => {
      expect(draft).toEqual({ note: stored.note, tags: 'US, China trade, #2024, a;b' });
      return draft;
    });
  });

  it('Save with nothing edited sends nothing and closes the card', async () => {
    await saveCard((draft) => draft);
    expect(updates()).toEqual([]);
    expect(ui.state?.panel.mode).toBe('hidden');
  });

  it('a field edited and put back as it was counts as not edited', async () => {
    await saveCard((draft) => {
      ui.actions?.updateDraft({ note: `${draft.note}x`, tags: `${draft.tags}, x` });
      return draft;
    });
    expect(updates()).toEqual([]);
  });

  it('only the note edited: the tags are not sent, and stay as stored', async () => {
    await saveCard((draft) => ({ ...draft, note: 'rewritten' }));
    expect(updates()).toEqual([
      { changes: { note: 'rewritten' }, base: { note: stored.note, tags: stored.tags } },
    ]);
  });

  it('only the tags edited: the note (with its indentation) is not sent; tags are read as typed', async () => {
    await saveCard((draft) => ({ ...draft, tags: `${draft.tags}, 新增` }));
    expect(updates()).toEqual([
      {
        changes: { tags: ['US', 'China trade', '2024', 'a', 'b', '新增'] },
        base: { note: stored.note, tags: stored.tags },
      },
    ]);
  });
});
