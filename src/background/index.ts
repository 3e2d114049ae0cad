/**
 * The background: the message hub. It injects the annotator into pages the detector picked, keeps each
 * tab's findings for the popup and shows the badge. It never sends anything off the machine.
 */
import { browser } from '../shared/browser';
import { ContentMessageSchema, PopupMessageSchema, parseMessage, type TabState } from '../shared/messages';
import { badgeFor } from './badge';
import { clearTabState, getTabState, setTabState } from './tab-state';

type Sender = browser.Runtime.MessageSender;

/** Files injected, in order, into a page the detector picked: the knowledge base, then the annotator. */
export const ANNOTATOR_FILES = ['kb.js', 'annotator.js'];

/** Our own pages (popup, options), wherever they are open: a popup opened as a tab still counts. */
const extensionPage = (sender: Sender): boolean =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));

async function onContentMessage(message: unknown, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id || sender.frameId !== 0) return undefined;
  const parsed = parseMessage(ContentMessageSchema, message);
  if (!parsed) return undefined;
  if (parsed.type === 'detector/verdict') {
    if (!parsed.candidate) {
      await setTabState(tabId, { state: 'not-skincare', verdict: parsed.verdict });
      await showBadge(tabId, null);
      return { injected: false };
    }
    await setTabState(tabId, { state: 'analysing', verdict: parsed.verdict });
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ANNOTATOR_FILES });
    return { injected: true };
  }
  await setTabState(tabId, parsed.state);
  await showBadge(tabId, parsed.state);
  return { stored: true };
}

async function onPopupMessage(message: unknown): Promise<unknown> {
  const parsed = parseMessage(PopupMessageSchema, message);
  if (!parsed) return undefined;
  return { state: await getTabState(parsed.tabId) };
}

async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor(state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  if (extensionPage(sender)) return onPopupMessage(message);
  if (sender.tab) return onContentMessage(message, sender);
  return undefined;
});

// A new page in the tab: the old findings no longer describe it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    void clearTabState(tabId).then(() => showBadge(tabId, null));
  }
});
browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});
