/**
 * The background: the message hub. It injects the annotator into pages the detector picked, keeps each
 * tab's findings for the popup, shows the badge, and carries out what the popup asks (reveal a
 * highlight, switch a site off or on, analyse a selection). It never sends anything off the machine.
 *
 * Every message is parsed with its schema, and its sender checked: content messages only from our own
 * content script in a tab's top frame, popup messages only from our own extension pages.
 */

import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { KB_FILES } from '../shared/injected-files';
import { ContentMessageSchema, PopupMessageSchema, parseMessage, type TabState } from '../shared/messages';
import { isSiteDisabled, withSite } from '../shared/settings';
import { badgeFor } from './badge';
import { analyseSelection } from './selection';
import { loadSettings, saveSettings } from './settings-store';
import { onOriginsAdded, onSiteGranted, syncRegisteredDetector } from './site-access';
import { clearTabState, getTabState, setTabState } from './tab-state';

type Sender = browser.Runtime.MessageSender;

/** Files injected, in order, into a page the detector picked: the knowledge base, then the annotator. */
export const ANNOTATOR_FILES = [...KB_FILES, 'annotator.js'];

/**
 * One file per call: each runs as its own task in the page, so parsing the knowledge base and starting
 * the annotator never add up to one long task.
 */
async function injectAnnotator(tabId: number): Promise<void> {
  for (const file of ANNOTATOR_FILES) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  }
}
const MENU_ID = 'analyse-selection';

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
    if (isSiteDisabled(await loadSettings(), sender.url ?? sender.tab?.url)) {
      await showState(tabId, { state: 'disabled' });
      return { injected: false };
    }
    await setTabState(tabId, { state: 'analysing', verdict: parsed.verdict });
    await injectAnnotator(tabId);
    return { injected: true };
  }
  await showState(tabId, parsed.state);
  return { stored: true };
}

async function onPopupMessage(message: unknown): Promise<unknown> {
  const parsed = parseMessage(PopupMessageSchema, message);
  if (!parsed) return undefined;
  const { tabId } = parsed;
  switch (parsed.type) {
    case 'popup/get-state':
      return { state: await getTabState(tabId) };
    case 'popup/reveal': {
      const reply = await browser.tabs
        .sendMessage(tabId, { type: 'content/reveal', findingId: parsed.findingId }, { frameId: 0 })
        .catch(() => undefined);
      const outcome = reply as { revealed?: unknown; hidden?: unknown } | undefined;
      return { revealed: outcome?.revealed === true, ...(outcome?.hidden === true ? { hidden: true } : {}) };
    }
    case 'popup/set-site-enabled':
      return setSiteEnabled(tabId, parsed.enabled);
    case 'popup/analyse-selection':
      return analyseSelection(tabId, ANNOTATOR_FILES);
    case 'popup/site-granted':
      return onSiteGranted(tabId);
  }
}

/** Off: remove everything from the tab now. On: reload it, so the page is read from a clean start. */
async function setSiteEnabled(tabId: number, enabled: boolean): Promise<{ ok: boolean }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url) return { ok: false };
  await saveSettings(withSite(await loadSettings(), tab.url, enabled));
  if (enabled) {
    await browser.tabs.reload(tabId);
  } else {
    await browser.tabs
      .sendMessage(tabId, { type: 'content/teardown' }, { frameId: 0 })
      .catch(() => undefined);
    await showState(tabId, { state: 'disabled' });
  }
  return { ok: true };
}

async function showState(tabId: number, state: TabState): Promise<void> {
  await setTabState(tabId, state);
  await showBadge(tabId, state);
}

async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor(state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
  if (extensionPage(sender)) return onPopupMessage(message);
  if (sender.tab) return onContentMessage(message, sender);
  return undefined;
});

// Annotators hold a port open only so that an extension reload breaks it and tells them they are
// orphans; nothing is ever sent on it, so it does not keep this worker awake.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== 'annotator') port.disconnect();
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

browser.runtime.onInstalled.addListener(() => {
  // Menus persist with the extension; re-creating them on install or update keeps the title current.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menu_analyse_selection'),
      contexts: ['selection'],
    }),
  );
  void syncRegisteredDetector().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  void syncRegisteredDetector().catch(() => undefined);
});
browser.permissions.onAdded.addListener(
  (added) => void onOriginsAdded(added.origins ?? []).catch(() => undefined),
);
browser.permissions.onRemoved.addListener(() => void syncRegisteredDetector().catch(() => undefined));

// The click on the menu item grants activeTab, which is what lets us read the selection.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void analyseSelection(tab.id, ANNOTATOR_FILES);
});
