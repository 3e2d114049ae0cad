import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage } from '../../../src/core/analyze';
import {
  AVOID_GROUPS,
  type AvoidGroup,
  type AvoidItem,
  avoidLabel,
  avoidMatches,
  withAvoidNote,
} from '../../../src/core/avoid-list';
import { type IngredientInfo, Knowledge } from '../../../src/core/knowledge';
import type { CompiledKb } from '../../../src/kb/types';
import { englishT } from '../../../src/shared/i18n-format';

function info(inci: string, extra: Partial<IngredientInfo> = {}): IngredientInfo {
  return { inci, functions: [], curated: null, cas: '', annexes: [], flags: [], ...extra };
}

const group = (id: AvoidGroup): AvoidItem => ({ kind: 'group', id });
const inGroup = (id: AvoidGroup, name: string, i: IngredientInfo | null = info(name)): boolean =>
  avoidMatches(name, i, [group(id)]).length === 1;

describe('avoid-list groups', () => {
  it('fragrance allergens: by EU flag, and by name where the annex data is missing', () => {
    expect(
      inGroup('fragrance-allergens', 'Citral', info('Citral', { flags: ['eu-fragrance-allergen'] })),
    ).toBe(true);
    expect(inGroup('fragrance-allergens', 'Linalool', null)).toBe(true);
    expect(inGroup('fragrance-allergens', 'Alpha-Isomethyl Ionone')).toBe(true);
    expect(inGroup('fragrance-allergens', 'Glycerin')).toBe(false);
  });

  it('fragrance: parfum and its other names, both halves of "Parfum (Fragrance)"', () => {
    expect(inGroup('fragrance', 'Parfum (Fragrance)')).toBe(true);
    expect(inGroup('fragrance', 'Aroma')).toBe(true);
    expect(inGroup('fragrance', 'Phenoxyethanol')).toBe(false);
  });

  it('essential oils: distilled plant parts and perfuming oils, not fixed oils', () => {
    expect(inGroup('essential-oils', 'Lavandula Angustifolia (Lavender) Flower Oil')).toBe(true);
    expect(inGroup('essential-oils', 'Citrus Aurantium Dulcis Peel Oil')).toBe(true);
    expect(inGroup('essential-oils', 'Melaleuca Alternifolia Leaf Oil')).toBe(true);
    expect(
      inGroup(
        'essential-oils',
        'Rosa Damascena Oil',
        info('Rosa Damascena Oil', { functions: ['PERFUMING'] }),
      ),
    ).toBe(true);
    expect(
      inGroup('essential-oils', 'Helianthus Annuus Seed Oil', info('x', { functions: ['PERFUMING'] })),
    ).toBe(false);
    expect(inGroup('essential-oils', 'Mineral Oil')).toBe(false);
  });

  it('drying alcohols: ethanol and its label names, never fatty alcohols', () => {
    for (const name of ['Alcohol Denat.', 'Alcohol', 'SD Alcohol 40-B', 'Isopropyl Alcohol', 'Ethanol']) {
      expect(inGroup('drying-alcohols', name), name).toBe(true);
    }
    for (const name of ['Cetearyl Alcohol', 'Cetyl Alcohol', 'Benzyl Alcohol', 'Stearyl Alcohol']) {
      expect(inGroup('drying-alcohols', name), name).toBe(false);
    }
  });

  it('fungal-acne triggers: fatty acids, their esters, polysorbates, ferments, not MCT or squalane', () => {
    for (const name of [
      'Stearic Acid',
      'Isopropyl Myristate',
      'Polysorbate 20',
      'Galactomyces Ferment Filtrate',
      'Olea Europaea Fruit Oil',
      'Butyrospermum Parkii (Shea) Butter',
      'Glyceryl Stearate',
    ]) {
      expect(inGroup('fungal-acne-triggers', name), name).toBe(true);
    }
    for (const name of ['Caprylic/Capric Triglyceride', 'Squalane', 'Glycerin', 'Niacinamide']) {
      expect(inGroup('fungal-acne-triggers', name), name).toBe(false);
    }
  });

  it('retinoids (pregnancy): retinoid names and the curated flag', () => {
    for (const name of ['Retinol', 'Retinyl Palmitate', 'Hydroxypinacolone Retinoate', 'Retinal']) {
      expect(inGroup('retinoids-pregnancy', name), name).toBe(true);
    }
    expect(inGroup('retinoids-pregnancy', 'Bakuchiol')).toBe(false);
    expect(inGroup('retinoids-pregnancy', 'X', info('X', { flags: ['retinoid-pregnancy'] }))).toBe(true);
  });

  it('every group has a label and a hint in the catalogue', () => {
    for (const id of AVOID_GROUPS) {
      expect(avoidLabel(group(id), englishT)).not.toMatch(/^avoid_group_/);
    }
  });
});

describe('avoid-list ingredients', () => {
  const curated = {
    id: 'retinol',
    inci: 'Retinol',
    synonyms: ['Vitamin A Alcohol'],
    commonNames: ['vitamin A'],
    summary: '',
    evidence: [],
    flags: [],
    sources: [],
  };

  it('matches a name the user typed through synonyms and common names, ignoring case and spacing', () => {
    const item: AvoidItem = { kind: 'ingredient', name: 'VITAMIN  a' };
    expect(avoidMatches('Retinol', info('Retinol', { curated }), [item])).toEqual([item]);
    expect(avoidMatches('Niacinamide', info('Niacinamide'), [item])).toEqual([]);
  });

  it('matches either half of a bracketed label name', () => {
    expect(avoidMatches('Aqua (Water)', info('Aqua'), [{ kind: 'ingredient', name: 'water' }])).toHaveLength(
      1,
    );
  });

  it('returns the matching entries in the user order, and nothing for an empty list', () => {
    const items: AvoidItem[] = [group('fragrance-allergens'), { kind: 'ingredient', name: 'Limonene' }];
    expect(avoidMatches('Limonene', null, items)).toEqual(items);
    expect(avoidMatches('Limonene', null, [])).toEqual([]);
  });

  it('adds the avoid note to a tooltip, or builds a bare one for an unexplained ingredient', () => {
    const note = withAvoidNote(null, 'Limonene', [group('fragrance-allergens')], englishT);
    expect(note).toMatchObject({
      heading: 'Limonene',
      avoid: 'Fragrance allergens',
      badge: { tone: 'avoid' },
    });
  });
});

describe('avoid list through analyzePage', () => {
  const root = join(import.meta.dirname, '../../..');
  const kb = JSON.parse(readFileSync(join(root, 'generated/kb.json'), 'utf8')) as CompiledKb;
  const knowledge = new Knowledge(kb);
  const html = readFileSync(join(root, 'demo/product.html'), 'utf8');
  const { input } = readPage(new JSDOM(html).window.document, 'http://127.0.0.1/demo/product.html');

  it('turns every matching ingredient into an avoid finding and records the match in the report', () => {
    const { report, findings } = analyzePage(input, knowledge, { avoid: [group('fragrance-allergens')] });
    expect(findings.filter((f) => f.tone === 'avoid').map((f) => f.text)).toEqual(['Limonene']);
    expect(report.ingredients.find((i) => i.name === 'Limonene')?.avoid).toEqual([
      'group:fragrance-allergens',
    ]);
    expect(report.ingredients.find((i) => i.name === 'Glycerin')?.avoid).toBeUndefined();
  });

  it('changes nothing without an avoid list', () => {
    const plain = analyzePage(input, knowledge);
    expect(plain.findings.some((f) => f.tone === 'avoid')).toBe(false);
    expect(plain.report.ingredients.some((i) => i.avoid)).toBe(false);
  });
});
