import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AVOID_GROUPS,
  defaultSettings,
  exportSettings,
  highlightedFindings,
  importSettings,
  isSiteDisabled,
  migrateSettings,
  parseSettings,
  SETTINGS_VERSION,
  type Settings,
  siteKey,
  withSite,
} from '../../../src/shared/settings';

describe('migrateSettings', () => {
  it('lifts the unversioned first-release shape to the current version, keeping its values', () => {
    expect(migrateSettings({ quietMode: true })).toEqual({ quietMode: true, version: 1 });
    expect(migrateSettings({ quietMode: false, version: 0 })).toEqual({ quietMode: false, version: 1 });
  });

  it('leaves current settings and non-objects alone', () => {
    const current = defaultSettings();
    expect(migrateSettings(current)).toEqual(current);
    expect(migrateSettings(null)).toBeNull();
    expect(migrateSettings('x')).toBe('x');
  });

  it('is pure: the input object is not changed', () => {
    const old = Object.freeze({ quietMode: true });
    migrateSettings(old);
    expect(old).toEqual({ quietMode: true });
  });
});

describe('parseSettings (stored values)', () => {
  it('gives the defaults for nothing at all', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings());
    expect(parseSettings('garbage')).toEqual(defaultSettings());
  });

  it('reads a first-release value through the migration', () => {
    expect(parseSettings({ quietMode: true })).toEqual({ ...defaultSettings(), quietMode: true });
  });

  it('drops a bad field to its default and keeps the good ones', () => {
    const parsed = parseSettings({
      version: 1,
      quietMode: 'yes',
      disabledSites: ['example.com'],
      avoid: [{ kind: 'group', id: 'no-such-group' }],
    });
    expect(parsed.quietMode).toBe(false);
    expect(parsed.disabledSites).toEqual(['example.com']);
    expect(parsed.avoid).toEqual([]);
  });

  it('fills missing highlight categories with their defaults', () => {
    expect(parseSettings({ version: 1, highlight: { claims: false } }).highlight).toEqual({
      claims: false,
      ingredients: true,
      flagged: true,
      avoid: true,
    });
  });
});

describe('importSettings (files)', () => {
  it('rejects what is not JSON, not an object, or from a newer version', () => {
    expect(importSettings('{ nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(importSettings('[1, 2]')).toEqual({ ok: false, error: { code: 'not-object' } });
    expect(importSettings('"settings"')).toEqual({ ok: false, error: { code: 'not-object' } });
    expect(importSettings(JSON.stringify({ version: SETTINGS_VERSION + 1 }))).toEqual({
      ok: false,
      error: { code: 'newer-version', version: SETTINGS_VERSION + 1 },
    });
  });

  it('names the first invalid field instead of half-importing', () => {
    expect(importSettings(JSON.stringify({ version: 1, quietMode: 'yes' }))).toEqual({
      ok: false,
      error: { code: 'invalid-field', field: 'quietMode' },
    });
    expect(importSettings(JSON.stringify({ version: 1, avoid: [{ kind: 'ingredient', name: '' }] }))).toEqual(
      {
        ok: false,
        error: { code: 'invalid-field', field: 'avoid' },
      },
    );
    expect(importSettings(JSON.stringify({ version: 1, surprise: true }))).toMatchObject({ ok: false });
  });

  it('accepts a first-release export', () => {
    expect(importSettings('{"quietMode": true}')).toEqual({
      ok: true,
      settings: { ...defaultSettings(), quietMode: true },
    });
  });

  it('round-trips every valid settings object through export and import', () => {
    const avoidItem = fc.oneof(
      fc.constantFrom(...AVOID_GROUPS).map((id) => ({ kind: 'group' as const, id })),
      fc.string({ minLength: 1, maxLength: 40 }).map((name) => ({ kind: 'ingredient' as const, name })),
    );
    const settings: fc.Arbitrary<Settings> = fc.record({
      version: fc.constant(1 as const),
      quietMode: fc.boolean(),
      disabledSites: fc.array(fc.domain(), { maxLength: 5 }),
      highlight: fc.record({
        claims: fc.boolean(),
        ingredients: fc.boolean(),
        flagged: fc.boolean(),
        avoid: fc.boolean(),
      }),
      avoid: fc.array(avoidItem, { maxLength: 10 }),
    });
    fc.assert(
      fc.property(settings, (s) => {
        expect(importSettings(exportSettings(s))).toEqual({ ok: true, settings: s });
      }),
    );
  });
});

describe('per-site switch', () => {
  it('keys sites by host name without www, and only for web pages', () => {
    expect(siteKey('https://www.sephora.com/product/x?y=1')).toBe('sephora.com');
    expect(siteKey('http://127.0.0.1:8080/demo/')).toBe('127.0.0.1');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
    expect(siteKey(undefined)).toBeNull();
  });

  it('switches a site off and back on', () => {
    const off = withSite(defaultSettings(), 'https://www.boots.com/a', false);
    expect(off.disabledSites).toEqual(['boots.com']);
    expect(isSiteDisabled(off, 'https://boots.com/b')).toBe(true);
    expect(isSiteDisabled(off, 'https://ulta.com/b')).toBe(false);
    const again = withSite(off, 'https://boots.com/c', false);
    expect(again.disabledSites).toEqual(['boots.com']);
    expect(withSite(off, 'https://boots.com/', true).disabledSites).toEqual([]);
  });
});

describe('highlightedFindings', () => {
  const findings = [
    { kind: 'claim', tone: 'misleading' },
    { kind: 'ingredient', tone: 'info' },
    { kind: 'ingredient', tone: 'flagged' },
    { kind: 'ingredient', tone: 'avoid' },
  ];

  it('shows everything by default and nothing in quiet mode', () => {
    expect(highlightedFindings(findings, defaultSettings())).toEqual(findings);
    expect(highlightedFindings(findings, { ...defaultSettings(), quietMode: true })).toEqual([]);
  });

  it('drops the categories the user switched off', () => {
    const settings = {
      ...defaultSettings(),
      highlight: { claims: true, ingredients: false, flagged: false, avoid: true },
    };
    expect(highlightedFindings(findings, settings).map((f) => f.tone)).toEqual(['misleading', 'avoid']);
  });
});
