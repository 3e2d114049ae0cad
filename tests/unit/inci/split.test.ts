/**
 * The splitter on real printed lists. Each example is quoted from a real list in the shared data set
 * (source named per case); see tests/fixtures/lists/README.md.
 */
import { describe, expect, it } from 'vitest';
import { splitIngredientList } from '../../../src/core/inci/split';

const raws = (text: string): string[] => splitIngredientList(text).map((t) => t.raw);

describe('splitIngredientList', () => {
  it('splits at top-level commas only, never inside parentheses (Sephora, Algenist UV Defense Fluid)', () => {
    expect(raws('Zinc Oxide 17.1%, Cyclopentasiloxane, Water (Aqua, Eau), Alcohol Denat., Glycerin')).toEqual(
      ['Zinc Oxide 17.1%', 'Cyclopentasiloxane', 'Water (Aqua, Eau)', 'Alcohol Denat', 'Glycerin'],
    );
  });

  it('keeps 1,2-Hexanediol whole in a list printed without spaces (SkinSort, The Ordinary Glycolic Acid 7%)', () => {
    expect(
      raws(
        'Sodium Chloride,Hexylene Glycol,Potassium Sorbate,Sodium Benzoate,1,2-Hexanediol,Caprylyl Glycol',
      ),
    ).toEqual([
      'Sodium Chloride',
      'Hexylene Glycol',
      'Potassium Sorbate',
      'Sodium Benzoate',
      '1,2-Hexanediol',
      'Caprylyl Glycol',
    ]);
  });

  it('tells a number that ends a name from a locant (SkinSort lists without spaces)', () => {
    expect(raws('Polyacrylate Crosspolymer-6,2-Hydroxyethyl Acrylate')).toEqual([
      'Polyacrylate Crosspolymer-6',
      '2-Hydroxyethyl Acrylate',
    ]);
    expect(raws('Polysorbate 80,4-Terpineol')).toEqual(['Polysorbate 80', '4-Terpineol']);
    expect(raws('Polysorbate 20,1,2-Hexanediol')).toEqual(['Polysorbate 20', '1,2-Hexanediol']);
    expect(raws('2-Bromo-2-Nitropropane-1,3-Diol,Water')).toEqual([
      '2-Bromo-2-Nitropropane-1,3-Diol',
      'Water',
    ]);
  });

  it('keeps exact offsets into the page text', () => {
    const text = 'Ingredients: Water/Aqua/Eau, Propanediol.';
    for (const t of splitIngredientList(text.slice(13), 13)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('reads a "May contain" shade list that starts without a comma (leejin, lower-case list)', () => {
    const tokens = splitIngredientList(
      'potassium sorbate, biotin. (may contain / peut contenir): ci 77891 / titanium dioxide, ci 77491, ci 77492',
    );
    expect(tokens.map((t) => [t.raw, t.mayContain ?? false])).toEqual([
      ['potassium sorbate', false],
      ['biotin', false],
      ['ci 77891 / titanium dioxide', true],
      ['ci 77491', true],
      ['ci 77492', true],
    ]);
  });

  it('splits a bracketed "+/-" shade list and flags its members', () => {
    // The bracketed form printed on decorative products; members from the leejin list above.
    const tokens = splitIngredientList('Mica, Talc [+/- CI 77891, CI 77491]');
    expect(tokens.map((t) => [t.raw, t.mayContain ?? false])).toEqual([
      ['Mica', false],
      ['Talc', false],
      ['CI 77891', true],
      ['CI 77491', true],
    ]);
  });

  it('trims zero-width spaces and trailing periods (INCIDecoder, Chacott Cleansing Water; Sephora)', () => {
    expect(
      raws('Water (Aqua), PEG-6 Caprylic/\u200bCapric Glycerides\u200b, Hexyl Cinnamal, Linalool.'),
    ).toEqual(['Water (Aqua)', 'PEG-6 Caprylic/\u200bCapric Glycerides', 'Hexyl Cinnamal', 'Linalool']);
  });
});

describe('splitIngredientList: counterexamples of the property suites (tests/unit/fuzz)', () => {
  it('reads an opening bracket that nothing closes as a character, not as the start of one long name', () => {
    expect(raws('(Aqua/Water/Eau, Alcohol Denat., Propanediol')).toEqual([
      'Aqua/Water/Eau',
      'Alcohol Denat',
      'Propanediol',
    ]);
    expect(raws('Aqua (Water, Eau')).toEqual(['Aqua (Water', 'Eau']);
    const tokens = splitIngredientList('Mica, Talc [+/- CI 77891, CI 77491');
    expect(tokens.map((t) => [t.raw, t.mayContain ?? false])).toEqual([
      ['Mica', false],
      ['Talc', false],
      ['CI 77891', true],
      ['CI 77491', true],
    ]);
  });

  describe('shade-list openers found without scanning the whole list', () => {
    const flagged = (text: string) => splitIngredientList(text).map((t) => [t.raw, t.mayContain ?? false]);

    it('reads an opener inside a bracket with spaces as one opener, not two', () => {
      expect(flagged('Mica, Talc ( +/- CI 77891, CI 77491)')).toEqual([
        ['Mica', false],
        ['Talc', false],
        ['CI 77891', true],
        ['CI 77491', true],
      ]);
    });

    it('starts a shade list after a sentence end, with or without brackets', () => {
      expect(flagged('Water, Glycerin. May contain: Mica (CI 77019), CI 77891')).toEqual([
        ['Water', false],
        ['Glycerin', false],
        ['Mica (CI 77019)', true],
        ['CI 77891', true],
      ]);
      expect(flagged('Aqua, Parfum [+/- Mica, Kaolin]')).toEqual([
        ['Aqua', false],
        ['Parfum', false],
        ['Mica', true],
        ['Kaolin', true],
      ]);
    });

    it('needs a space or a sentence end before the opener', () => {
      expect(flagged('Talc ±CI 77891')).toEqual([['Talc ±CI 77891', false]]);
    });
  });
});
