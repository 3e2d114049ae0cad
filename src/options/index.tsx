/**
 * The settings page. Values are parsed with defaults on load and written back whole; an import is
 * validated as a whole and, if it does not parse, changes nothing and says why.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { localiseDocument, t } from '../shared/i18n';
import {
  exportSettings,
  type ImportError,
  importSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../shared/settings';
import { AvoidList, Display, Sites } from './sections';

function importMessage(error: ImportError): string {
  switch (error.code) {
    case 'not-json':
      return t('options_import_not_json');
    case 'not-object':
      return t('options_import_not_object');
    case 'newer-version':
      return t('options_import_newer', error.version);
    case 'invalid-field':
      return t('options_import_invalid_field', error.field);
  }
}

function Backup({ settings, save }: { settings: Settings; save: (s: Settings, msg: string) => void }) {
  const [error, setError] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'skin-truth-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const onFile = (): void => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    chosen
      .text()
      .then((text) => {
        const result = importSettings(text);
        if (result.ok) {
          setError('');
          save(result.settings, t('options_imported'));
        } else {
          setError(importMessage(result.error));
        }
      })
      .catch(() => setError(t('options_import_unreadable')))
      .finally(() => {
        if (file.current) file.current.value = '';
      });
  };
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_section_backup')}</h2>
      <div class="row">
        <button type="button" id="export" onClick={download}>
          {t('options_export')}
        </button>
        <label class="file">
          <span>{t('options_import')}</span>
          <input type="file" id="import" accept="application/json,.json" ref={file} onChange={onFile} />
        </label>
      </div>
      <p class="error" role="alert" id="import-error">
        {error}
      </p>
    </section>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    browser.storage.sync
      .get(SETTINGS_KEY)
      .then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])))
      .catch(() => setSettings(parseSettings(undefined)));
  }, []);
  if (!settings) return <p>{t('options_loading')}</p>;

  const save = (next: Settings, message: string): void => {
    setSettings(next);
    browser.storage.sync
      .set({ [SETTINGS_KEY]: next })
      .then(() => setStatus(message))
      .catch(() => setStatus(t('options_save_failed')));
  };
  const update = (next: Settings): void => save(next, t('options_saved'));

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <Display settings={settings} update={update} />
      <AvoidList settings={settings} update={update} />
      <Sites settings={settings} update={update} />
      <Backup settings={settings} save={save} />
      <p class="status" role="status" id="status">
        {status}
      </p>
    </main>
  );
}

localiseDocument(document);
const app = document.getElementById('app');
if (app) render(<Options />, app);
