import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitList } from '../../../scripts/kb-coverage';
import { hasShared, knowledge, SHARED } from './helpers';

describe('coverage splitter', () => {
  it('splits at commas outside parentheses and keeps "1,2-Hexanediol" whole', () => {
    expect(splitList('Ingredients: Aqua (Water, Eau), 1,2-Hexanediol, Parfum*.')).toEqual([
      'Aqua (Water, Eau)',
      '1,2-Hexanediol',
      'Parfum',
    ]);
  });

  it('rejoins Python-style list strings', () => {
    expect(splitList("['aqua (water', ' eau)', ' glycerin']")).toEqual(['aqua (water, eau)', 'glycerin']);
  });
});

describe('lookup normalisations used on real labels', { timeout: 60_000 }, () => {
  const k = knowledge();
  it('drops a common name in parentheses and tolerates hyphen or space before a number', () => {
    expect(k.lookup('Glycine Soja (Soybean) Oil')?.inci).toBe('Glycine Soja Oil');
    expect(k.lookup('Polysorbate-20')?.inci).toBe('Polysorbate 20');
    expect(k.lookup('Ceteareth 20')?.inci).toBe('Ceteareth-20');
    expect(k.lookup('Butyrospermum Parkii (Shea) Butter')?.curated?.id).toBe('butyrospermum-parkii-butter');
  });
});

describe.skipIf(!hasShared || !existsSync(join(SHARED, 'ingredient-lists')))(
  'real ingredient lists',
  { timeout: 60_000 },
  () => {
    const k = knowledge();
    it('are at least 97% recognised on the largest, cleanest source', async () => {
      const { readFileSync } = await import('node:fs');
      const { parse } = await import('csv-parse/sync');
      const rows = parse(
        readFileSync(join(SHARED, 'ingredient-lists', 'skinsort_skingen_products_claims.csv'), 'utf8'),
        {
          columns: true,
          relax_quotes: true,
        },
      ) as Record<string, string>[];
      let total = 0;
      let hit = 0;
      for (const row of rows.slice(0, 2000)) {
        for (const token of splitList(row.inci_raw ?? '')) {
          total++;
          if (k.lookup(token)) hit++;
        }
      }
      expect(hit / total).toBeGreaterThan(0.97);
    });
  },
);

describe('US colour-additive names', () => {
  const k = knowledge();
  it.each([
    ['Blue 1 Lake', 'CI 42090'],
    ['FD&C Red No. 40', 'CI 16035'],
    ['D&C Red No. 7 Calcium Lake', 'CI 15850'],
    ['Yellow 5', 'CI 19140'],
  ])('%s is %s', (name, ci) => {
    expect(k.lookup(name)?.inci.toUpperCase()).toBe(ci);
  });
  it('leaves unknown colour numbers alone', () => {
    expect(k.lookup('Red 99')).toBeNull();
  });
});
