/**
 * The one seam over `browser.i18n`. Every user-facing string in the popup, options page, tooltips and
 * badge goes through `t`, with `_locales/<lang>/messages.json` as the catalogue, so a translation is a
 * data file. Outside the extension (unit tests, the CLI) the bundled English catalogue answers.
 */
import { englishT, type Translate } from './i18n-format';

export { englishT, type MessageKey, pluralKey, type Translate } from './i18n-format';

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

function api(): I18nApi | undefined {
  // Read lazily and without the polyfill: this module also runs in Node, where neither global exists.
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/**
 * Translations are remembered: a page with hundreds of findings asks for the same few hundred strings
 * over and over, and each call into `browser.i18n` costs more than the lookup here (about 20 ms a run
 * on the 10k-element bench page before this cache).
 */
const memo = new Map<string, string>();

export const t: Translate = (key, ...substitutions) => {
  const id = substitutions.length === 0 ? key : `${key}\u0000${substitutions.join('\u0001')}`;
  let text = memo.get(id);
  if (text === undefined) {
    text = api()?.getMessage(key, substitutions.map(String)) || englishT(key, ...substitutions);
    if (memo.size < 5000) memo.set(id, text);
  }
  return text;
};

/** The interface language's writing direction, for UI that must not inherit the page's. */
export function uiDirection(): 'ltr' | 'rtl' {
  return api()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Sets `lang` and every `data-i18n` element's text from the catalogue, for static HTML. */
export function localiseDocument(doc: Document): void {
  doc.documentElement.lang = api()?.getMessage('@@ui_locale').replace('_', '-') || 'en';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as Parameters<Translate>[0]);
  }
}
