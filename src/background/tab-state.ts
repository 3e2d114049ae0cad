/**
 * Per-tab state in storage.session, so it survives the service worker being stopped and restarted,
 * and is gone when the browser closes.
 */
import { browser } from '../shared/browser';
import { parseMessage, type TabState, TabStateSchema } from '../shared/messages';

const key = (tabId: number): string => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return parseMessage(TabStateSchema, stored[key(tabId)]);
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
