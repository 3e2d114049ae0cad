/** The popup's side of the messaging: what it asks the background, each reply parsed or ignored. */
import { browser } from '../shared/browser';
import { type PopupMessage, TabStateSchema, unpackFindings } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { originPattern, type PopupState } from './view';

async function ask(message: PopupMessage): Promise<Record<string, unknown>> {
  const reply = await browser.runtime.sendMessage(message).catch(() => undefined);
  return typeof reply === 'object' && reply !== null ? (reply as Record<string, unknown>) : {};
}

/** The popup's tab: the active tab, or `?tab=<id>` when opened as a page (tests, the demo). */
export async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return { id: Number(param), url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

export async function getState(tabId: number): Promise<PopupState | null> {
  const parsed = TabStateSchema.safeParse((await ask({ type: 'popup/get-state', tabId })).state);
  if (!parsed.success) return null;
  const state = parsed.data;
  if (state.state !== 'ready') return state;
  return { state: 'ready', report: state.report, findings: unpackFindings(state) };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function hostAllowed(url: string | null): Promise<boolean> {
  const origin = url ? originPattern(url) : null;
  if (!origin) return false;
  return browser.permissions.contains({ origins: [origin] }).catch(() => false);
}

/** Shows a finding on the page: 'hidden' when it is there but in a closed tab or section. */
export async function reveal(tabId: number, findingId: string): Promise<'shown' | 'hidden' | 'absent'> {
  const reply = await ask({ type: 'popup/reveal', tabId, findingId });
  return reply.revealed === true ? 'shown' : reply.hidden === true ? 'hidden' : 'absent';
}

export async function setSiteEnabled(tabId: number, enabled: boolean): Promise<boolean> {
  return (await ask({ type: 'popup/set-site-enabled', tabId, enabled })).ok === true;
}

export async function analyseSelection(tabId: number): Promise<'ok' | 'empty' | 'unreadable'> {
  const reply = await ask({ type: 'popup/analyse-selection', tabId });
  if (reply.ok === true) return 'ok';
  return reply.reason === 'empty' ? 'empty' : 'unreadable';
}

/**
 * Must be called straight from the click handler, before any other await: browsers grant permission
 * prompts only inside a user gesture.
 */
export function requestSite(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

export async function siteGranted(tabId: number): Promise<void> {
  await ask({ type: 'popup/site-granted', tabId });
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
