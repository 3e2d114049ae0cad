/** The settings page. Every value is parsed with defaults on load and written back whole. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    browser.storage.sync
      .get(SETTINGS_KEY)
      .then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])))
      .catch(() => setSettings(parseSettings(undefined)));
  }, []);
  if (!settings) return <p>Loading…</p>;

  const update = (next: Settings): void => {
    setSettings(next);
    browser.storage.sync
      .set({ [SETTINGS_KEY]: next })
      .then(() => setStatus('Saved. Applies to pages you open from now on.'))
      .catch(() => setStatus('Could not save the setting.'));
  };

  return (
    <main>
      <h1>Skin Truth settings</h1>
      <label>
        <input
          type="checkbox"
          id="quiet-mode"
          checked={settings.quietMode}
          onChange={(e) => update({ ...settings, quietMode: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          Quiet mode
          <p class="hint">
            Show findings in the toolbar badge and popup only, without highlights on the page.
          </p>
        </span>
      </label>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
