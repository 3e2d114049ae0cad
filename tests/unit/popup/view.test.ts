import { describe, expect, it } from 'vitest';
import { decideView, isRestrictedUrl, originPattern, type PopupState } from '../../../src/popup/view';
import { defaultSettings } from '../../../src/shared/settings';

const verdict = { isSkincareProduct: true, kind: 'skincare-product', confidence: 1, signals: [] };
const ready = (ingredients: number): PopupState => ({
  state: 'ready',
  report: {
    url: null,
    page: verdict,
    product: { name: 'X', brand: null },
    ingredients: Array.from({ length: ingredients }, (_, i) => ({
      name: `I${i}`,
      inci: null,
      known: false,
      functions: [],
      flags: [],
    })),
    claims: [],
  },
  findings: [],
});
const settings = defaultSettings();
const url = 'https://www.sephora.com/product/x';

describe('decideView', () => {
  it('shows the summary, or the no-ingredients state when the list was not found', () => {
    expect(decideView({ url, state: ready(3), settings, hostAllowed: true }).kind).toBe('ready');
    expect(decideView({ url, state: ready(0), settings, hostAllowed: true }).kind).toBe('no-ingredients');
  });

  it('passes through analysing and not-skincare', () => {
    expect(
      decideView({ url, state: { state: 'analysing', verdict }, settings, hostAllowed: true }).kind,
    ).toBe('analysing');
    expect(
      decideView({ url, state: { state: 'not-skincare', verdict }, settings, hostAllowed: true }).kind,
    ).toBe('not-skincare');
  });

  it('says the site is off whenever the settings say so, whatever the tab state', () => {
    const off = { ...settings, disabledSites: ['sephora.com'] };
    expect(decideView({ url, state: ready(3), settings: off, hostAllowed: true })).toEqual({
      kind: 'disabled',
      site: 'sephora.com',
    });
    // Switched back on a moment ago: the tab reloads, so the popup waits for the new reading.
    expect(decideView({ url, state: { state: 'disabled' }, settings, hostAllowed: true }).kind).toBe(
      'analysing',
    );
  });

  it('calls browser pages, stores and unreadable tabs restricted', () => {
    for (const u of [
      'chrome://extensions',
      'about:blank',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en/firefox/',
    ]) {
      expect(decideView({ url: u, state: null, settings, hostAllowed: false }).kind, u).toBe('restricted');
    }
    expect(decideView({ url: null, state: null, settings, hostAllowed: false }).kind).toBe('restricted');
  });

  it('offers to allow a shop it may not read yet, and waits on one it may', () => {
    expect(decideView({ url: 'https://shop.example/p', state: null, settings, hostAllowed: false })).toEqual({
      kind: 'not-enabled',
      site: 'shop.example',
      origin: 'https://shop.example/*',
    });
    expect(decideView({ url: 'https://shop.example/p', state: null, settings, hostAllowed: true }).kind).toBe(
      'unknown',
    );
  });
});

describe('url helpers', () => {
  it('knows store pages from ordinary ones', () => {
    expect(isRestrictedUrl('https://chrome.google.com/webstore/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://chrome.google.com/search')).toBe(false);
    expect(isRestrictedUrl('https://www.boots.com/')).toBe(false);
    expect(isRestrictedUrl('nonsense')).toBe(true);
  });

  it('asks for the page scheme and host only', () => {
    expect(originPattern('https://shop.example:8443/a/b?c')).toBe('https://shop.example/*');
    expect(originPattern('nope')).toBeNull();
  });
});
