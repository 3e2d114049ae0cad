import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextLabel } from '../../../src/content/page/ingredient-ranges';
import { INGREDIENTS_WORD } from '../../../src/core/inci/label-words';

/** The label pattern the scan must agree with, run the plain way over the whole text. */
const LABEL = new RegExp(
  String.raw`(?:^|\n|(?<=[.!?]\s))[ \t]*(?:full\s+|inactive\s+|active\s+|other\s+)?${INGREDIENTS_WORD}(?:\s*\(s\))?(?:\s+list)?(?:\s+purposes?)?[ \t]*(?::|\n)`,
  'gi',
);

function plain(text: string): [number, string][] {
  const out: [number, string][] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function scanned(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let m = nextLabel(text, 0); m !== null; m = nextLabel(text, m.index + m[0].length))
    out.push([m.index, m[0]]);
  return out;
}

const pieces = [
  'ingredients',
  'Ingredient',
  'INGRÉDIENTS',
  'ingrédient',
  'Inhaltsstoffe',
  'ingredientes',
  'Ingredienti',
  'Ingrediënten',
  'ingredienser',
  'INCI',
  'inci',
  'Principal',
  'full',
  'Inactive',
  'active',
  'other',
  ' list',
  '(s)',
  ' purposes',
  ':',
  '\n',
  ' ',
  '\t',
  '. ',
  '!\n',
  'Aqua, Glycerin',
  'x',
  '\u00a0',
];

describe('the ingredient label scan', () => {
  it('finds exactly the labels the whole-text pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(plain(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads labels on real layouts', () => {
    const text =
      'What it is: a serum.\nIngredients: Aqua, Glycerin\nFull Ingredients List\nAqua. Inactive ingredients: Water';
    expect(scanned(text)).toEqual(plain(text));
    expect(scanned(text)).toHaveLength(3);
  });

  it('reads the label in the languages of the shops that print INCI lists', () => {
    const labels = [
      'Inhaltsstoffe:',
      'Ingredientes:',
      'Ingredienti:',
      'Ingrediënten:',
      'Ingredienser:',
      'INCI:',
    ];
    for (const label of labels)
      expect(scanned(`Über das Produkt.\n${label} Aqua, Glycerin`), label).toHaveLength(1);
    // A word that only starts like one is no label.
    expect(scanned('Principal: Aqua\nIncidence: rare\n')).toEqual([]);
  });
});
