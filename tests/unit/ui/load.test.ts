/**
 * The content script's side of the in-page UI (entrypoints/content/ui/load.ts): asks for the UI's script
 * only when there is something to show, once at a time, draws the latest state when it arrives, and
 * survives a failed load (the next update asks again) and the script's end while loading.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHost } from '../../../entrypoints/content/ui/card-actions';
import { loadUi, RETRY_MS } from '../../../entrypoints/content/ui/load';
import {
  BLANK_UI,
  type MountUi,
  type UiActions,
  type UiMount,
  type UiState,
} from '../../../entrypoints/content/ui/types';
import type { Reply } from '../../../lib/messages';
import { MOUNT_UI_GLOBAL } from '../../../lib/on-demand';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', () => ({ sendRequest }));

const blank: UiState = BLANK_UI;
const toast: UiState = { ...blank, toast: 'one' };
const later: UiState = { ...blank, toast: 'two' };
const actions = {} as UiActions;
const host = {} as CardHost;
const globals = globalThis as Record<string, unknown>;

/** A reply the test releases by hand, and the `mountUi` the "script" leaves when it runs. */
function pendingLoad(leaves: MountUi | undefined): { release: (ok?: boolean) => Promise<void> } {
  let resolve: (r: Reply<'ui:load'>) => void = () => undefined;
  sendRequest.mockImplementationOnce(() => new Promise((r) => (resolve = r)));
  return {
    async release(ok = true) {
      if (ok && leaves) globals[MOUNT_UI_GLOBAL] = leaves;
      resolve(ok ? { ok: true, value: { loaded: true } } : { ok: false, error: 'ui:load: no tab' });
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** A node inside the fake UI. */
const inside = document.createElement('div');

function fakeMount(): { mountUi: MountUi; drawn: UiState[] } {
  const drawn: UiState[] = [];
  const mount: UiMount = {
    update: (state) => void drawn.push(state),
    contains: (node) => node === inside,
    remove: () => undefined,
  };
  return { mountUi: () => mount, drawn };
}

beforeEach(() => {
  sendRequest.mockReset();
  delete globals[MOUNT_UI_GLOBAL];
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadUi', () => {
  it('asks for nothing while the UI would show nothing', () => {
    const ui = loadUi(document, actions, host);
    ui.update(blank, null);
    expect(sendRequest).not.toHaveBeenCalled();
    expect(ui.contains(inside)).toBe(false);
  });

  it('asks once while loading, then draws the latest state and passes later ones straight on', async () => {
    const fake = fakeMount();
    const load = pendingLoad(fake.mountUi);
    const ui = loadUi(document, actions, host);
    ui.update(toast, null);
    ui.update(later, null);
    expect(sendRequest).toHaveBeenCalledTimes(1);
    expect(sendRequest).toHaveBeenCalledWith('ui:load', {});
    await load.release();
    expect(fake.drawn).toEqual([later]);
    ui.update(blank, null);
    expect(fake.drawn).toEqual([later, blank]);
    expect(ui.contains(inside)).toBe(true);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('preloads when asked (a selection starting) and draws the first state without asking again', async () => {
    const fake = fakeMount();
    const load = pendingLoad(fake.mountUi);
    const ui = loadUi(document, actions, host);
    ui.preload();
    ui.preload();
    expect(sendRequest).toHaveBeenCalledTimes(1);
    await load.release();
    expect(fake.drawn).toEqual([]);
    ui.update(toast, null);
    expect(fake.drawn).toEqual([toast]);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('warns when the script did not load, and asks again at an update RETRY_MS later, not before', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000_000);
    const fake = fakeMount();
    const failed = pendingLoad(fake.mountUi);
    const ui = loadUi(document, actions, host);
    ui.update(toast, null);
    await failed.release(false);
    expect(warn).toHaveBeenCalledWith('PolicyMark: the in-page UI did not load (ui:load: no tab)');
    expect(fake.drawn).toEqual([]);
    now.mockReturnValue(1_000_000 + RETRY_MS - 1);
    ui.update(later, null);
    ui.preload();
    expect(sendRequest).toHaveBeenCalledTimes(1);
    now.mockReturnValue(1_000_000 + RETRY_MS);
    const retry = pendingLoad(fake.mountUi);
    ui.update(later, null);
    expect(sendRequest).toHaveBeenCalledTimes(2);
    await retry.release();
    expect(fake.drawn).toEqual([later]);
  });

  it('mounts nothing when the content script ended while the script was loading', async () => {
    const fake = fakeMount();
    const load = pendingLoad(fake.mountUi);
    const ui = loadUi(document, actions, host);
    ui.update(toast, null);
    ui.remove();
    await load.release();
    expect(fake.drawn).toEqual([]);
    ui.update(later, null);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('takes no stand-in that the script did not leave: an inherited name (a page element id) or no function', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeMount();
    // A page element's id is a named property of the window's prototype chain, not an own property.
    const proto = Object.getPrototypeOf(globalThis) as Record<string, unknown>;
    Object.defineProperty(proto, MOUNT_UI_GLOBAL, { value: fake.mountUi, configurable: true });
    try {
      const inherited = pendingLoad(undefined);
      const ui = loadUi(document, actions, host);
      ui.update(toast, null);
      await inherited.release();
      expect(fake.drawn).toEqual([]);
      expect(warn).toHaveBeenCalledWith('PolicyMark: the in-page UI did not load (no UI script)');
    } finally {
      delete proto[MOUNT_UI_GLOBAL];
    }
    globals[MOUNT_UI_GLOBAL] = { update: () => undefined };
    const notAFunction = pendingLoad(undefined);
    const ui = loadUi(document, actions, host);
    ui.update(toast, null);
    await notAFunction.release();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('leaves its function under a name that carries the extension version', () => {
    expect(MOUNT_UI_GLOBAL).toMatch(/^__policymarkMountUi@/);
  });
});
