/** Context-menu items and keyboard commands forward the action to the tab they came from. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => void;
const listeners: Record<string, Listener> = {};
const created: Array<{ id: string; contexts: string[] }> = [];
const sent: Array<[number, unknown]> = [];
const on = (name: string) => ({ addListener: (l: Listener) => (listeners[name] = l) });

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onInstalled: on('installed') },
    contextMenus: {
      create: (item: { id: string; contexts: string[] }) => created.push(item),
      onClicked: on('menu'),
    },
    commands: { onCommand: on('command') },
    i18n: { getMessage: (key: string) => key },
    tabs: {
      sendMessage: async (tabId: number, message: unknown) => {
        sent.push([tabId, message]);
      },
    },
  },
}));

const { setUpMenusAndCommands } = await import('../../../entrypoints/background/menus');

const fire = (name: string, ...args: unknown[]): void =>
  (listeners[name] as (...a: unknown[]) => void)(...args);

describe('menus and commands', () => {
  beforeEach(() => {
    created.length = 0;
    sent.length = 0;
    setUpMenusAndCommands();
  });

  it('creates "Highlight" and "Add note" for selections at install', () => {
    fire('installed');
    expect(created.map((c) => [c.id, c.contexts])).toEqual([
      ['pm-highlight', ['selection']],
      ['pm-note', ['selection']],
    ]);
  });

  it('forwards menu clicks and shortcuts to the tab as tab:command', async () => {
    fire('menu', { menuItemId: 'pm-note' }, { id: 7 });
    fire('menu', { menuItemId: 'pm-highlight' }, { id: 7 });
    fire('command', 'note-selection', { id: 9 });
    fire('command', 'highlight-selection', { id: 9 });
    fire('command', 'highlight-selection', undefined);
    await Promise.resolve();
    expect(sent).toEqual([
      [7, { type: 'tab:command', action: 'note' }],
      [7, { type: 'tab:command', action: 'highlight' }],
      [9, { type: 'tab:command', action: 'note' }],
      [9, { type: 'tab:command', action: 'highlight' }],
    ]);
  });
});
