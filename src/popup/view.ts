/**
 * Which screen the popup shows. Every state is designed: a restricted page, a site the user switched
 * off, a site not yet allowed, a page that is not a skincare product, a product without a readable
 * ingredient list, and the full summary. Pure, so each branch has a unit test.
 */
import type { FindingView, TabState } from '../shared/messages';
import { isSiteDisabled, type Settings, siteKey } from '../shared/settings';

/** A ready tab as the popup uses it: the stored state with each finding's tooltip put back in place. */
export type ReadyState = Omit<Extract<TabState, { state: 'ready' }>, 'findings' | 'tooltips'> & {
  findings: FindingView[];
};
/** The tab's state as the popup holds it. */
export type PopupState = Exclude<TabState, { state: 'ready' }> | ReadyState;

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'disabled'; site: string }
  | { kind: 'not-enabled'; site: string; origin: string }
  | { kind: 'unknown' }
  | { kind: 'not-skincare' }
  | { kind: 'analysing' }
  | { kind: 'no-ingredients'; state: ReadyState }
  | { kind: 'ready'; state: ReadyState };

/** Store pages where browsers forbid extensions to run, whatever their permissions. */
const STORE_HOSTS = [
  /(^|\.)chromewebstore\.google\.com$/,
  /^chrome\.google\.com$/,
  /^addons\.mozilla\.org$/,
  /^microsoftedge\.microsoft\.com$/,
];

export function isRestrictedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
    if (parsed.hostname === 'chrome.google.com') return parsed.pathname.startsWith('/webstore');
    return STORE_HOSTS.some((r) => r.test(parsed.hostname));
  } catch {
    return true;
  }
}

/** The match pattern a host permission is asked for: the page's scheme and host. */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

export interface ViewInput {
  /** The tab's address; null when the browser does not tell us (no access to the page). */
  url: string | null;
  state: PopupState | null;
  settings: Settings;
  /** Whether we hold a host permission for the tab's origin. */
  hostAllowed: boolean;
}

export function decideView({ url, state, settings, hostAllowed }: ViewInput): PopupView {
  if (url !== null && isRestrictedUrl(url)) return { kind: 'restricted' };
  const site = siteKey(url);
  if (site && isSiteDisabled(settings, url)) return { kind: 'disabled', site };
  switch (state?.state) {
    case 'ready':
      return state.report.ingredients.length === 0
        ? { kind: 'no-ingredients', state }
        : { kind: 'ready', state };
    case 'analysing':
      return { kind: 'analysing' };
    case 'not-skincare':
      return { kind: 'not-skincare' };
    case 'disabled':
      // Switched back on a moment ago: the tab is reloading and will be read again.
      return { kind: 'analysing' };
  }
  // Nothing stored for the tab. Without even its address we have no access: a browser page, most often.
  if (url === null || !site) return { kind: 'restricted' };
  const origin = originPattern(url);
  if (!hostAllowed && origin) return { kind: 'not-enabled', site, origin };
  return { kind: 'unknown' };
}
