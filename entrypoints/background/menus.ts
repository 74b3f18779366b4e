/** Context-menu items and keyboard commands; both forward the action to the tab's content script. */
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../lib/messages';

async function forward(tabId: number | undefined, action: 'highlight' | 'note'): Promise<void> {
  if (tabId === undefined) return;
  const message: TabRequest = { type: 'tab:command', action };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export function setUpMenusAndCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'pm-highlight',
      title: browser.i18n.getMessage('menuHighlight'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: 'pm-note',
      title: browser.i18n.getMessage('menuNote'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void forward(tab?.id, info.menuItemId === 'pm-note' ? 'note' : 'highlight');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void forward(tab?.id, command === 'note-selection' ? 'note' : 'highlight');
  });
}
