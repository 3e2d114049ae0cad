import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compileAnnexes } from '../../../src/kb/annexes';
import { canonicalName, compileInventory } from '../../../src/kb/cosing';
import { DATA, knowledge, loadCosing } from './helpers';

const COSING = join(DATA, 'cosing');

describe('CosIng dictionary', { timeout: 60_000 }, () => {
  const { dictionary, stats } = loadCosing();
  const index = new Map(dictionary.names.map((n, i) => [n, i]));

  it('contains every name of the functions file with its functions', () => {
    const json = JSON.parse(readFileSync(join(COSING, 'inci-functions.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    for (const [name, fns] of Object.entries(json)) {
      const i = index.get(canonicalName(name));
      expect(i, name).toBeDefined();
      const got = (dictionary.fn[i as number] ?? []).map((f) => dictionary.functions[f]);
      expect(got).toEqual(expect.arrayContaining(fns.map((f) => f.trim().toUpperCase())));
    }
  });

  it('contains every row of the CAS file with its CAS numbers', () => {
    const rows = parse(readFileSync(join(COSING, 'inci-cas.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.length).toBeGreaterThan(28000);
    for (const row of rows) {
      const i = index.get(canonicalName(row.inci_name ?? ''));
      expect(i, row.inci_name).toBeDefined();
      for (const cas of (row.cas_number ?? '').match(/\d{2,7}-\d{2}-\d/g) ?? []) {
        expect(dictionary.cas[i as number]?.split(' / '), row.inci_name).toContain(cas);
      }
    }
    expect(stats.inventoryRows).toBe(
      Object.keys(JSON.parse(readFileSync(join(COSING, 'inci-functions.json'), 'utf8'))).length + rows.length,
    );
  });

  it('is columnar: one function list and one CAS cell per name', () => {
    expect(dictionary.fn.length).toBe(dictionary.names.length);
    expect(dictionary.cas.length).toBe(dictionary.names.length);
    expect([...dictionary.names].sort()).toEqual(dictionary.names);
  });

  it('accounts for every annex row: attached, deleted, or naming no inventory entry', () => {
    for (const s of stats.annexes) {
      expect(s.matched + s.deleted + s.conditional + s.unmatched.length, `Annex ${s.annex}`).toBe(s.rows);
    }
    const byAnnex = Object.fromEntries(stats.annexes.map((s) => [s.annex, s]));
    expect(byAnnex.III?.matched).toBeGreaterThan(350);
    expect(byAnnex.IV?.unmatched).toEqual([]);
    expect(byAnnex.V?.unmatched).toEqual([]);
    expect(byAnnex.VI?.matched).toBeGreaterThanOrEqual(30);
  });

  it('attaches annex status to the names it identifies', () => {
    const k = knowledge();
    const annexes = (name: string) => k.lookup(name)?.annexes.map((a) => `${a.annex}/${a.ref}`) ?? [];
    expect(annexes('Salicylic Acid')).toEqual(expect.arrayContaining(['III/98', 'V/3']));
    expect(annexes('Phenoxyethanol')).toContain('V/29');
    expect(k.lookup('Phenoxyethanol')?.annexes.find((a) => a.annex === 'V')?.limit).toBe('1.0%');
    expect(annexes('Zinc Oxide')).toEqual(expect.arrayContaining(['VI/30']));
    expect(annexes('Retinol')).toContain('III/376');
    expect(k.lookup('Limonene')?.flags).toContain('eu-fragrance-allergen');
    expect(k.lookup('Linalyl Acetate')?.flags).toContain('eu-fragrance-allergen-2023');
    expect(k.lookup('Methylparaben')?.flags).toContain('eu-preservative');
    expect(k.lookup('Benzophenone-3')?.flags).toContain('eu-uv-filter');
    expect(k.lookup('Glycerin')?.annexes).toEqual([]);
    expect(k.lookup('Glycerin')?.cas).toBe('56-81-5');
  });

  it("labels a species' essential oils as allergens, not its other parts that share the CAS number", () => {
    const k = knowledge();
    const allergen = (name: string) => k.lookup(name)?.flags.includes('eu-fragrance-allergen-2023');
    // Named by the 2023 rows, or an essential oil of a named species.
    for (const name of ['Citrus Aurantium Dulcis Peel Oil', 'Lavandula Officinalis Flower Oil'])
      expect(allergen(name), name).toBe(true);
    expect(allergen('Citrus Aurantium Bergamia Fruit Oil')).toBe(true);
    // The orange's seed oil, fruit extract and flower water carry no labelled allergen.
    for (const name of [
      'Citrus Aurantium Dulcis Seed Oil',
      'Citrus Aurantium Dulcis Fruit Extract',
      'Citrus Aurantium Dulcis Flower Water',
    ])
      expect(allergen(name), name).toBe(false);
  });

  it('parses small inputs and reports what it cannot match', () => {
    const inv = compileInventory({
      functionsJson: JSON.stringify({ 'SALICYLIC ACID': ['PRESERVATIVE'], GLYCERIN: ['HUMECTANT'] }),
      casCsv:
        'inci_name,cas_number,einecs_number,function\nSALICYLIC ACID,69-72-7,,Preservative\nNEW NAME,1-11-1,,Emollient\n',
    });
    expect(inv.names).toEqual(['GLYCERIN', 'NEW NAME', 'SALICYLIC ACID']);
    expect(inv.fn[1]?.map((f) => inv.functions[f])).toEqual(['EMOLLIENT']);
    const annex = compileAnnexes(inv.names, inv.cas, [
      {
        annex: 'V',
        file: 'test',
        text: '"Reference Number","Chemical name / INN","Name of Common Ingredients Glossary","CAS Number","Maximum concentration in ready for use preparation","Identified INGREDIENTS or substances e.g."\n3,"Salicylic acid","",69-72-7,"0,5 %",""\n4,"Something else","",50-00-0,"1%",""\n5,"Moved or deleted","","","",""\n',
      },
    ]);
    expect(annex.stats[0]).toMatchObject({
      rows: 3,
      deleted: 1,
      conditional: 0,
      matched: 1,
      unmatched: ['4'],
    });
    expect(annex.annex['2']).toEqual([0]);
    expect(annex.annexEntries[0]).toMatchObject({ annex: 'V', ref: '3', limit: '0,5 %' });
  });
});
