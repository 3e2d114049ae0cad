/**
 * The message catalogue is data: every key the code asks for exists, every entry is well formed, and
 * formatting matches what browser.i18n does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishT, formatMessage } from '../../../src/shared/i18n-format';

const ROOT = join(import.meta.dirname, '../../..');
const catalogue = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('message catalogue', () => {
  it('has every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9_]+)'/g))
        used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('has the names the manifest refers to', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g))
      expect(catalogue).toHaveProperty(m[1] as string);
  });

  it('is well formed: valid key names, a description, and every placeholder defined', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.description, key).toBeTruthy();
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[(m[1] as string).toLowerCase()], `${key}: ${m[1]}`).toBeDefined();
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills named placeholders from the substitutions, as browser.i18n does', () => {
    expect(englishT('popup_by_brand', 'Aurelle')).toBe('by Aurelle');
    expect(englishT('popup_ingredients_count', 12, 1)).toBe('12 ingredients, 1 not recognised');
    expect(formatMessage({ message: 'Cost: $$5, $1' }, ['x'])).toBe('Cost: $5, x');
  });
});
