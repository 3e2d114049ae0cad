/**
 * User settings, kept in storage.sync under one key. Every read goes through `migrateSettings` and then
 * the schema, field by field, so that a missing, old or hand-edited value never breaks the extension:
 * a bad field falls back to its default and the rest is kept. Imports are stricter (see
 * `importSettings`): a file that does not parse as a whole changes nothing.
 */
import { AVOID_GROUPS, type AvoidItem } from '../core/avoid-list';
import * as z from '../lib/zod';

export { AVOID_GROUPS, type AvoidGroup, type AvoidItem } from '../core/avoid-list';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

// Schemas are declared lazily, as in core/report.ts: each is built on its first parse.
export const AvoidItemSchema: z.ZodMiniType<AvoidItem> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('group'), id: z.enum(AVOID_GROUPS) }),
    z.object({ kind: z.literal('ingredient'), name: z.string().check(z.minLength(1), z.maxLength(120)) }),
  ]),
);

/** Highlight categories a user can switch off; the popup always lists everything. */
export const CATEGORIES = ['claims', 'ingredients', 'flagged', 'avoid'] as const;
export type Category = (typeof CATEGORIES)[number];

function fieldSchemas() {
  return {
    version: z.literal(SETTINGS_VERSION),
    /** Badge and popup only; no highlights on the page. */
    quietMode: z.boolean(),
    /** Host names (without "www.") where the extension does nothing at all. */
    disabledSites: z.array(z.string().check(z.maxLength(253))),
    highlight: z.object({
      claims: z._default(z.boolean(), true),
      ingredients: z._default(z.boolean(), true),
      flagged: z._default(z.boolean(), true),
      avoid: z._default(z.boolean(), true),
    }),
    avoid: z.array(AvoidItemSchema).check(z.maxLength(200)),
  };
}
let builtFields: ReturnType<typeof fieldSchemas> | null = null;
const fields = (): ReturnType<typeof fieldSchemas> => {
  builtFields ??= fieldSchemas();
  return builtFields;
};

export const SettingsSchema = z.lazy(() => z.strictObject(fields()));
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    quietMode: false,
    disabledSites: [],
    highlight: { claims: true, ingredients: true, flagged: true, avoid: true },
    avoid: [],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a stored or imported value up to the current version. Pure, one step per version, so an old
 * export still imports. Unversioned objects are version 0: `{ quietMode }` from the first release.
 */
export function migrateSettings(value: unknown): unknown {
  if (!isRecord(value)) return value;
  let current: Record<string, unknown> = { ...value };
  if (current.version === undefined || current.version === 0) {
    const { version: _old, ...rest } = current;
    current = { ...rest, version: 1 };
  }
  return current;
}

/** Lenient read for stored settings: each field that fails its schema falls back to its default. */
export function parseSettings(value: unknown): Settings {
  const migrated = migrateSettings(value ?? {});
  const defaults = defaultSettings();
  if (!isRecord(migrated)) return defaults;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, schema] of Object.entries(fields())) {
    if (!(key in migrated)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(migrated[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Settings;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };
export type ImportError =
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid-field'; field: string };

/** Strict read for an imported file: all or nothing, with the first offending field named. */
export function importSettings(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isRecord(raw)) return { ok: false, error: { code: 'not-object' } };
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    return { ok: false, error: { code: 'newer-version', version: raw.version } };
  }
  const migrated = migrateSettings(raw) as Record<string, unknown>;
  const complete = { ...defaultSettings(), ...migrated };
  const result = SettingsSchema.safeParse(complete);
  if (result.success) return { ok: true, settings: result.data };
  const field = String(result.error.issues[0]?.path[0] ?? '');
  return { ok: false, error: { code: 'invalid-field', field } };
}

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** The key a site is switched off by: its host name, without a leading "www.". */
export function siteKey(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function isSiteDisabled(settings: Settings, url: string | undefined | null): boolean {
  const key = siteKey(url);
  return key !== null && settings.disabledSites.includes(key);
}

export function withSite(settings: Settings, url: string, enabled: boolean): Settings {
  const key = siteKey(url);
  if (!key) return settings;
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key] };
}

/** The highlight category a finding belongs to, for the user's "highlight these" switches. */
export function categoryOf(finding: { kind: string; tone: string }): Category {
  if (finding.kind === 'claim') return 'claims';
  if (finding.tone === 'avoid') return 'avoid';
  return finding.tone === 'flagged' ? 'flagged' : 'ingredients';
}

/** The findings to highlight on the page: none in quiet mode, else those whose category is on. */
export function highlightedFindings<F extends { kind: string; tone: string }>(
  findings: F[],
  settings: Settings,
): F[] {
  if (settings.quietMode) return [];
  return findings.filter((f) => settings.highlight[categoryOf(f)]);
}
