/**
 * Sites beyond the named retailers. The user allows one from the popup (the permission request runs
 * there, inside the click); the background then registers the detector for every origin the user has
 * allowed and runs it in the tab at once. Registrations are rebuilt from the granted permissions at
 * start-up and whenever permissions change, so the two can never drift apart.
 */

import { browser } from '../shared/browser';
import { PAINT_CSS_FILE } from '../shared/injected-files';

const SCRIPT_ID = 'detector-allowed-sites';
export const DETECTOR_FILE = 'detector.js';

/** Origins the user granted on top of those the manifest asks for at install. */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const declared = new Set(browser.runtime.getManifest().host_permissions ?? []);
  return origins.filter((o) => !declared.has(o));
}

export async function syncRegisteredDetector(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: origins, js: [DETECTOR_FILE], css: [PAINT_CSS_FILE], runAt: 'document_idle' },
  ]);
}

/** After a grant: register, then run the detector in the tab the user is looking at. */
export async function onSiteGranted(tabId: number): Promise<{ injected: boolean }> {
  await syncRegisteredDetector();
  try {
    await injectDetector(tabId);
    return { injected: true };
  } catch {
    return { injected: false };
  }
}

/**
 * A grant can arrive without the popup's follow-up message (Firefox closes the popup when its permission
 * prompt opens), so the background also runs the detector in every open tab of a newly granted origin.
 */
export async function onOriginsAdded(origins: string[]): Promise<void> {
  await syncRegisteredDetector();
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : injectDetector(tab.id).catch(() => undefined))),
  );
}

/**
 * The detector into a page that is already open, with the paint rules a registered detector brings. The
 * rules restyle the page once, now, where a page loaded after the grant gets them before its first style.
 */
export async function injectDetector(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.insertCSS({ target, files: [PAINT_CSS_FILE] });
  await browser.scripting.executeScript({ target, files: [DETECTOR_FILE] });
}
