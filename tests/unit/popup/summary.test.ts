import { describe, expect, it } from 'vitest';
import {
  allSources,
  crossChecks,
  groupClaims,
  ingredientParts,
  leadingFunctions,
  overallReading,
} from '../../../src/popup/summary';
import { englishT } from '../../../src/shared/i18n-format';
import type { FindingView } from '../../../src/shared/messages';
import { ingredient } from './report-rows';

const tooltip = (extra: Partial<FindingView['tooltip']> = {}): FindingView['tooltip'] => ({
  heading: 'h',
  badge: null,
  grade: null,
  paragraphs: [],
  note: null,
  crossCheck: null,
  sources: [],
  ...extra,
});
let n = 0;
const claim = (
  text: string,
  tone: string,
  key = text,
  extra: Partial<FindingView['tooltip']> = {},
): FindingView => ({
  id: `c${n++}`,
  kind: 'claim',
  text,
  key,
  tone,
  tooltip: tooltip(extra),
});

describe('groupClaims', () => {
  it('groups by verdict, worst first, one row per wording with its count', () => {
    const findings = [
      claim('clinically proven', 'limited-evidence'),
      claim('boosts collagen', 'drug-claim'),
      claim('Clinically Proven', 'limited-evidence', 'clinically proven'),
      claim('chemical-free', 'misleading'),
    ];
    const groups = groupClaims(findings);
    expect(groups.map((g) => g.verdict)).toEqual(['drug-claim', 'misleading', 'limited-evidence']);
    expect(groups[2]?.items).toHaveLength(1);
    expect(groups[2]?.items[0]?.count).toBe(2);
    expect(groups[2]?.items[0]?.finding.text).toBe('clinically proven');
  });

  it('puts verdicts it does not know last instead of dropping them', () => {
    expect(groupClaims([claim('x', 'new-verdict'), claim('y', 'supported')]).map((g) => g.verdict)).toEqual([
      'supported',
      'new-verdict',
    ]);
  });
});

describe('overallReading', () => {
  it('names claims by verdict, allergens and the avoid list in one line', () => {
    const findings = [
      claim('a', 'limited-evidence'),
      claim('b', 'limited-evidence'),
      claim('c', 'limited-evidence'),
      claim('d', 'misleading'),
    ];
    const ingredients = [
      ingredient('Limonene', { flags: ['eu-fragrance-allergen'] }),
      ingredient('Linalool', { flags: ['eu-fragrance-allergen'] }),
      ingredient('Glycerin'),
    ];
    expect(overallReading(findings, ingredients, 3, englishT)).toBe(
      '4 claims (1 misleading, 3 with little evidence); 2 fragrance allergens; nothing on your avoid list',
    );
  });

  it('says when there is nothing to report, and counts avoid-list hits', () => {
    const ingredients = [ingredient('Retinol', { avoid: ['group:retinoids-pregnancy'] }), ingredient('Aqua')];
    expect(overallReading([], ingredients, 1, englishT)).toBe(
      'No marketing claims we know of; no labelled fragrance allergens; 1 on your avoid list',
    );
    // No ingredient list read: nothing is said about allergens or the avoid list.
    expect(overallReading([claim('a', 'supported')], [], 2, englishT)).toBe('1 claim (1 supported)');
  });
});

describe('crossChecks and sources', () => {
  it('lists each cross-check once, naming every claim that shares it', () => {
    const findings = [
      claim('marine collagen', 'limited-evidence', 'collagen-hero', {
        heading: 'Collagen as the hero',
        crossCheck: 'Only collagen.',
      }),
      claim('boosts collagen', 'drug-claim', 'boosts-collagen', {
        heading: 'Boosts collagen',
        crossCheck: 'Only collagen.',
      }),
      claim('Marine Collagen', 'limited-evidence', 'collagen-hero', {
        heading: 'Collagen as the hero',
        crossCheck: 'Only collagen.',
      }),
      claim('x', 'supported'),
    ];
    expect(crossChecks(findings)).toEqual([
      { heading: 'Collagen as the hero, Boosts collagen', text: 'Only collagen.', id: findings[0]?.id },
    ]);
  });

  it('lists every source once, in first-cited order', () => {
    const a = { label: 'A', url: null };
    const b = { label: 'B', url: 'https://doi.org/x' };
    expect(
      allSources([claim('x', 's', 'x', { sources: [a, b] }), claim('y', 's', 'y', { sources: [b, a] })]),
    ).toEqual([a, b]);
  });
});

describe('ingredientParts', () => {
  const mark = (index: number) => ({ index, marker: 'Phenoxyethanol', reason: 'legal-cap' });
  it("gives each product of a kit its own part and the report's line for it", () => {
    const list = [
      ingredient('Zinc Oxide', { list: 'Active Ingredient' }),
      ingredient('Aqua', { list: 'Gel Essence' }),
      ingredient('Phenoxyethanol', { list: 'Gel Essence' }),
      ingredient('Aqua', { list: 'Water Cream Mask' }),
      ingredient('Niacinamide', { list: 'Water Cream Mask' }),
    ];
    expect(
      ingredientParts(list, [mark(2)]).map((p) => [p.label, p.from, p.ingredients.length, p.line?.index]),
    ).toEqual([
      ['Active Ingredient', 0, 1, undefined],
      ['Gel Essence', 1, 2, 1],
      ['Water Cream Mask', 3, 2, undefined],
    ]);
    // One list, named or not, is one part; without a line from the report there is none.
    const plain = list.slice(1).map(({ list: _, ...i }) => i);
    expect(ingredientParts(plain, [mark(1)])).toMatchObject([
      { label: null, from: 0, line: { index: 1, marker: 'Phenoxyethanol' } },
    ]);
    expect(ingredientParts(plain)).toMatchObject([{ line: null }]);
  });

  it('keeps two unnamed lists apart where the report says the second starts, each with its line', () => {
    const one = ['Aqua', 'Glycerin', 'Phenoxyethanol'].map((n) => ingredient(n));
    const parts = ingredientParts([...one, ...one], [mark(2), mark(5)], [0, 3]);
    expect(parts.map((p) => [p.label, p.from, p.ingredients.length, p.line?.index])).toEqual([
      [null, 0, 3, 2],
      [null, 3, 3, 2],
    ]);
  });

  it('parts the page printed without a name keep the role the reader found, apart from each other', () => {
    const list = [
      ingredient('Avobenzone 3%', { listRole: 'actives' }),
      ingredient('Octisalate 5%', { listRole: 'actives' }),
      ingredient('Aqua', { listRole: 'inactives' }),
      ingredient('Glycerin', { listRole: 'inactives' }),
    ];
    expect(ingredientParts(list).map((p) => [p.label, p.role, p.from, p.ingredients.length])).toEqual([
      [null, 'actives', 0, 2],
      [null, 'inactives', 2, 2],
    ]);
    // A printed name wins over a role.
    expect(
      ingredientParts([ingredient('Aqua', { list: 'Ingredients', listRole: 'inactives' })]),
    ).toMatchObject([{ label: 'Ingredients', role: null }]);
  });
});

describe('leadingFunctions', () => {
  it('shows the first two functions, each once, in plain words', () => {
    expect(
      leadingFunctions(['HUMECTANT', 'SKIN CONDITIONING - HUMECTANT', 'SKIN PROTECTING', 'SOLVENT']),
    ).toEqual(['humectant', 'skin protecting']);
    expect(
      leadingFunctions(['SKIN CONDITIONING - EMOLLIENT', 'SURFACTANT - CLEANSING', 'CLEANSING'], 3),
    ).toEqual(['emollient', 'surfactant - cleansing']);
    expect(leadingFunctions(['SKIN CONDITIONING', 'SKIN CONDITIONING - MISCELLANEOUS', 'PERFUMING'])).toEqual(
      ['skin conditioning', 'perfuming'],
    );
    expect(leadingFunctions(['PERFUMING', 'FRAGRANCE', 'DEODORANT'])).toEqual(['perfuming', 'deodorant']);
    expect(leadingFunctions([])).toEqual([]);
  });
});
