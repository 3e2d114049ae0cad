/**
 * User settings, kept in storage.sync. Parsed with defaults on every read so that a missing, old or
 * hand-edited value never breaks the extension.
 */
import * as z from '../lib/zod';

export const SettingsSchema = z.object({
  /** Badge and popup only; no highlights on the page. */
  quietMode: z._default(z.boolean(), false),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const result = SettingsSchema.safeParse(value ?? {});
  return result.success ? result.data : SettingsSchema.parse({});
}
