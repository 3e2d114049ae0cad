/**
 * Message formatting without the browser: the English catalogue bundled as data, formatted the way
 * `browser.i18n.getMessage` formats it. The core (DOM-free, browser-free) takes a `Translate` function
 * and defaults to `englishT`, so the CLI and unit tests print the same words the extension shows.
 */
import en from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Named placeholders ($COUNT$) resolve to their content ($1), then $1…$9 take the substitutions. */
export function formatMessage(entry: Entry, substitutions: string[]): string {
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  // One pass, so that an escaped "$$" is never read as the start of "$1".
  return named.replace(/\$(\$|\d)/g, (_m, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}

const catalogue = en as Record<string, Entry>;

export const englishT: Translate = (key, ...substitutions) => {
  const entry = catalogue[key];
  return entry ? formatMessage(entry, substitutions.map(String)) : key;
};

/** English-style plural choice between two keys; a locale with other rules words both forms to fit. */
export function pluralKey<K extends MessageKey>(count: number, one: K, other: K): K {
  return count === 1 ? one : other;
}

/** The catalogue key of a flag's label; a flag newer than the catalogue has none (see its users). */
export function flagKey(id: string): MessageKey {
  return `flag_${id.replace(/-/g, '_')}` as MessageKey;
}
