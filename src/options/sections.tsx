/** The options page's sections. Each gets the current settings and an `update` that saves them whole. */
import { useEffect, useState } from 'preact/hooks';
import { avoidLabel } from '../core/avoid-list';
import { browser } from '../shared/browser';
import { type MessageKey, t } from '../shared/i18n';
import {
  AVOID_GROUPS,
  type AvoidItem,
  CATEGORIES,
  type Settings,
  siteKey,
  withSite,
} from '../shared/settings';

export interface SectionProps {
  settings: Settings;
  update: (next: Settings) => void;
}

const checked = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;

export function Display({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="display-heading">
      <h2 id="display-heading">{t('options_section_display')}</h2>
      <label class="check">
        <input
          type="checkbox"
          id="quiet-mode"
          checked={settings.quietMode}
          aria-describedby="quiet-mode-hint"
          onChange={(e) => update({ ...settings, quietMode: checked(e) })}
        />
        <span>
          {t('options_quiet_mode')}
          <span class="hint" id="quiet-mode-hint">
            {t('options_quiet_mode_hint')}
          </span>
        </span>
      </label>
      <fieldset disabled={settings.quietMode}>
        <legend>{t('options_categories')}</legend>
        {CATEGORIES.map((c) => (
          <label class="check" key={c}>
            <input
              type="checkbox"
              id={`category-${c}`}
              checked={settings.highlight[c]}
              onChange={(e) => update({ ...settings, highlight: { ...settings.highlight, [c]: checked(e) } })}
            />
            <span>{t(`category_${c}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

export function Sites({ settings, update }: SectionProps) {
  const [granted, setGranted] = useState<string[]>([]);
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const switchOff = (e: Event): void => {
    e.preventDefault();
    const typed = site.trim();
    // "boots.com" and "https://www.boots.com/skincare" both name the same site.
    const url = /^https?:\/\//i.test(typed) ? typed : `https://${typed}`;
    if (!typed || siteKey(url) === null) {
      setSiteError(t('options_disable_site_invalid'));
      return;
    }
    setSiteError('');
    setSite('');
    update(withSite(settings, url, false));
  };
  const refresh = (): void => {
    void browser.permissions.getAll().then(({ origins = [] }) => {
      const declared = new Set(browser.runtime.getManifest().host_permissions ?? []);
      setGranted(origins.filter((o) => !declared.has(o)));
    });
  };
  useEffect(refresh, []);
  const revoke = (origin: string): void => {
    void browser.permissions.remove({ origins: [origin] }).then(refresh);
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_section_sites')}</h2>
      <p class="hint">{t('options_sites_hint')}</p>
      <h3 id="disabled-heading">{t('options_disabled_sites')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">{t('options_disabled_none')}</p>
      ) : (
        <ul aria-labelledby="disabled-heading" id="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                onClick={() =>
                  update({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })
                }
              >
                {t('options_turn_on_site', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={switchOff}>
        <label for="disable-site">{t('options_disable_site_label')}</label>
        <input
          id="disable-site"
          type="text"
          value={site}
          aria-describedby="disable-site-error"
          onInput={(e) => setSite(e.currentTarget.value)}
        />
        <button type="submit">{t('options_disable_site')}</button>
        <span class="error" id="disable-site-error" role="alert">
          {siteError}
        </span>
      </form>
      <h3 id="granted-heading">{t('options_granted_sites')}</h3>
      {granted.length === 0 ? (
        <p class="empty">{t('options_granted_none')}</p>
      ) : (
        <ul aria-labelledby="granted-heading">
          {granted.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>{' '}
              <button type="button" onClick={() => revoke(origin)}>
                {t('options_revoke_site', origin)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const sameItem = (a: AvoidItem, b: AvoidItem): boolean =>
  a.kind === 'group' && b.kind === 'group'
    ? a.id === b.id
    : a.kind === 'ingredient' && b.kind === 'ingredient' && a.name.toLowerCase() === b.name.toLowerCase();

export function AvoidList({ settings, update }: SectionProps) {
  const [name, setName] = useState('');
  const has = (item: AvoidItem): boolean => settings.avoid.some((i) => sameItem(i, item));
  const toggle = (item: AvoidItem, on: boolean): void => {
    const rest = settings.avoid.filter((i) => !sameItem(i, item));
    update({ ...settings, avoid: on ? [...rest, item] : rest });
  };
  const add = (e: Event): void => {
    e.preventDefault();
    const trimmed = name.trim().slice(0, 120);
    if (!trimmed) return;
    toggle({ kind: 'ingredient', name: trimmed }, true);
    setName('');
  };
  const ingredients = settings.avoid.filter((i) => i.kind === 'ingredient');
  return (
    <section aria-labelledby="avoid-heading">
      <h2 id="avoid-heading">{t('options_section_avoid')}</h2>
      <p class="hint">{t('options_avoid_hint')}</p>
      <fieldset>
        <legend>{t('options_avoid_groups')}</legend>
        {AVOID_GROUPS.map((id) => (
          <label class="check" key={id}>
            <input
              type="checkbox"
              id={`avoid-${id}`}
              checked={has({ kind: 'group', id })}
              aria-describedby={`avoid-${id}-hint`}
              onChange={(e) => toggle({ kind: 'group', id }, checked(e))}
            />
            <span>
              {avoidLabel({ kind: 'group', id }, t)}
              <span class="hint" id={`avoid-${id}-hint`}>
                {t(`avoid_hint_${id.replace(/-/g, '_')}` as MessageKey)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <h3 id="avoid-ingredients-heading">{t('options_avoid_ingredients')}</h3>
      {ingredients.length === 0 ? (
        <p class="empty">{t('options_avoid_empty')}</p>
      ) : (
        <ul aria-labelledby="avoid-ingredients-heading" id="avoid-ingredients">
          {ingredients.map((item) => (
            <li key={item.name}>
              <span>{item.name}</span>{' '}
              <button type="button" onClick={() => toggle(item, false)}>
                {t('options_avoid_remove', item.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={add}>
        <label for="avoid-name">{t('options_avoid_add_label')}</label>
        <input
          id="avoid-name"
          type="text"
          value={name}
          maxLength={120}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit">{t('options_avoid_add')}</button>
      </form>
    </section>
  );
}
