/**
 * The popup's designed states other than the full summary. Each says what is going on in plain words
 * and offers the one action that helps: analyse a selection, turn the site back on, allow the site.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { analyseSelection, requestSite, setSiteEnabled, siteGranted } from './api';

function Panel({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="state" data-state={id} aria-labelledby={`state-${id}`}>
      <h1 id={`state-${id}`}>{title}</h1>
      {children}
    </section>
  );
}

/** The button behind "select the list on the page", with its outcome announced. */
export function AnalyseSelection({ tabId, onDone }: { tabId: number; onDone: () => void }) {
  const [status, setStatus] = useState('');
  const run = (): void => {
    void analyseSelection(tabId).then((result) => {
      if (result === 'ok') onDone();
      else setStatus(t(result === 'empty' ? 'popup_selection_empty' : 'popup_selection_failed'));
    });
  };
  return (
    <div class="actions">
      <button type="button" class="primary" id="analyse-selection" onClick={run}>
        {t('popup_button_analyse_selection')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}

export function Restricted() {
  return (
    <Panel id="restricted" title={t('popup_state_restricted_title')}>
      <p>{t('popup_state_restricted')}</p>
    </Panel>
  );
}

export function NotSkincare({ tabId, onDone }: { tabId: number; onDone: () => void }) {
  return (
    <Panel id="not-skincare" title={t('popup_state_not_skincare_title')}>
      <p>{t('popup_state_not_skincare')}</p>
      <AnalyseSelection tabId={tabId} onDone={onDone} />
    </Panel>
  );
}

export function Unknown({ tabId, onDone }: { tabId: number; onDone: () => void }) {
  return (
    <Panel id="unknown" title={t('popup_state_unknown_title')}>
      <p>{t('popup_state_unknown')}</p>
      <AnalyseSelection tabId={tabId} onDone={onDone} />
    </Panel>
  );
}

export function NoIngredients({ tabId, onDone }: { tabId: number; onDone: () => void }) {
  return (
    <section class="state" data-state="no-ingredients" aria-labelledby="state-no-ingredients">
      <h2 id="state-no-ingredients">{t('popup_state_no_ingredients_title')}</h2>
      <p>{t('popup_state_no_ingredients')}</p>
      <AnalyseSelection tabId={tabId} onDone={onDone} />
    </section>
  );
}

export function Disabled({ tabId, site, onDone }: { tabId: number; site: string; onDone: () => void }) {
  const turnOn = (): void => {
    void setSiteEnabled(tabId, true).then(onDone);
  };
  return (
    <Panel id="disabled" title={t('popup_state_disabled_title')}>
      <p>{t('popup_state_disabled', site)}</p>
      <div class="actions">
        <button type="button" class="primary" id="turn-on" onClick={turnOn}>
          {t('popup_button_turn_on')}
        </button>
      </div>
    </Panel>
  );
}

export function NotEnabled(props: { tabId: number; site: string; origin: string; onDone: () => void }) {
  const [status, setStatus] = useState('');
  const allow = (): void => {
    // The request comes first, synchronously inside the click: that is what makes it a user gesture.
    void requestSite(props.origin).then(async (granted) => {
      if (!granted) {
        setStatus(t('popup_permission_denied'));
        return;
      }
      await siteGranted(props.tabId);
      props.onDone();
    });
  };
  return (
    <Panel id="not-enabled" title={t('popup_state_not_enabled_title')}>
      <p>{t('popup_state_not_enabled', props.site)}</p>
      <div class="actions">
        <button type="button" class="primary" id="allow-site" onClick={allow}>
          {t('popup_button_enable_site', props.site)}
        </button>
        <p class="status" role="status">
          {status}
        </p>
      </div>
      {/* Without the permission, the click that opened the popup still lets us read a selection once. */}
      <AnalyseSelection tabId={props.tabId} onDone={props.onDone} />
    </Panel>
  );
}

export function Busy({ text }: { text: string }) {
  return (
    <p class="empty" role="status" aria-busy="true">
      {text}
    </p>
  );
}
