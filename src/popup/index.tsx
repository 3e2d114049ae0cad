/**
 * The toolbar popup: the active tab's findings at a glance. It asks the background for the tab's state
 * and renders it; it never reads the page itself. While the page is still being read it asks again,
 * briefly, so the summary appears without reopening the popup.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { localiseDocument, t } from '../shared/i18n';
import { defaultSettings, type Settings } from '../shared/settings';
import { FINDING_CSS } from '../shared/ui/FindingBody';
import { getSettings, getState, hostAllowed, openOptions, setSiteEnabled, targetTab } from './api';
import { Header, Report } from './Report';
import { Busy, Disabled, NoIngredients, NotEnabled, NotSkincare, Restricted, Unknown } from './States';
import { decideView, type PopupView } from './view';

const POLL_MS = 400;
const POLL_LIMIT = 40;

interface Loaded {
  tabId: number | null;
  view: PopupView;
  settings: Settings;
}

async function load(): Promise<Loaded> {
  const tab = await targetTab();
  if (!tab) return { tabId: null, view: { kind: 'restricted' }, settings: defaultSettings() };
  const [state, settings, allowed] = await Promise.all([
    getState(tab.id),
    getSettings(),
    hostAllowed(tab.url),
  ]);
  return {
    tabId: tab.id,
    view: decideView({ url: tab.url, state, settings, hostAllowed: allowed }),
    settings,
  };
}

function Popup() {
  const [loaded, setLoaded] = useState<Loaded>({
    tabId: null,
    view: { kind: 'loading' },
    settings: defaultSettings(),
  });
  const [polls, setPolls] = useState(0);
  const reload = useCallback(() => {
    load()
      .then(setLoaded)
      .catch(() => setLoaded((l) => ({ ...l, view: { kind: 'restricted' } })));
  }, []);
  useEffect(reload, []);
  const waiting = loaded.view.kind === 'analysing' || loaded.view.kind === 'unknown';
  useEffect(() => {
    if (!waiting || polls >= POLL_LIMIT) return undefined;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      reload();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, polls, reload]);

  const { view, tabId, settings } = loaded;
  const afterAction = (): void => {
    setPolls(0);
    reload();
  };
  return (
    <>
      <main id="main" data-view={view.kind}>
        {view.kind === 'loading' && <Busy text={t('popup_loading')} />}
        {view.kind === 'analysing' && <Busy text={t('popup_analysing')} />}
        {view.kind === 'restricted' && <Restricted />}
        {tabId !== null && (
          <>
            {view.kind === 'not-skincare' && <NotSkincare tabId={tabId} onDone={afterAction} />}
            {view.kind === 'unknown' && <Unknown tabId={tabId} onDone={afterAction} />}
            {view.kind === 'disabled' && <Disabled tabId={tabId} site={view.site} onDone={afterAction} />}
            {view.kind === 'not-enabled' && (
              <NotEnabled tabId={tabId} site={view.site} origin={view.origin} onDone={afterAction} />
            )}
            {(view.kind === 'ready' || view.kind === 'no-ingredients') && (
              <>
                <Header state={view.state} settings={settings} />
                {view.kind === 'no-ingredients' && <NoIngredients tabId={tabId} onDone={afterAction} />}
                <Report state={view.state} tabId={tabId} withIngredients={view.kind === 'ready'} />
              </>
            )}
          </>
        )}
      </main>
      <footer>
        <p class="footer-note">{t('popup_footer')}</p>
        <div class="footer-actions">
          {tabId !== null &&
            (view.kind === 'ready' || view.kind === 'no-ingredients' || view.kind === 'not-skincare') && (
              <button
                type="button"
                class="link"
                id="turn-off"
                onClick={() => void setSiteEnabled(tabId, false).then(afterAction)}
              >
                {t('popup_button_turn_off')}
              </button>
            )}
          <button type="button" class="link" id="open-options" onClick={openOptions}>
            {t('popup_open_options')}
          </button>
        </div>
      </footer>
    </>
  );
}

localiseDocument(document);
const style = document.createElement('style');
style.textContent = FINDING_CSS;
document.head.appendChild(style);
const app = document.getElementById('app');
if (app) render(<Popup />, app);
