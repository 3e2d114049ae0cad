/** Settings as the background reads and changes them: always parsed, written back whole. */
import { browser } from '../shared/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}
