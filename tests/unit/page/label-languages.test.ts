// @vitest-environment jsdom
/**
 * Shops across the EU print the same INCI names under a label in their own language. A page made for
 * this test (the names are INCI, the words each language's usual label) must be read like an English one.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage } from '../../../src/core/analyze';

const knowledge = loadKnowledge();
const LIST = 'Aqua, Glycerin, Sodium Hyaluronate, Phenoxyethanol, Parfum, Limonene.';

function read(label: string) {
  const doc = new DOMParser().parseFromString(
    `<html lang="de"><head><title>Hyaluron Feuchtigkeitscreme</title>
    <script type="application/ld+json">{"@type":"Product","name":"Hyaluron Feuchtigkeitscreme"}</script></head>
    <body><h1>Hyaluron Feuchtigkeitscreme</h1><p>Versand mit DHL, DPD, GLS, Hermes.</p>
    <h2>${label}</h2><p>${LIST}</p></body></html>`,
    'text/html',
  );
  const { input } = readPage(doc, 'https://shop.example/p/creme');
  return { input, ...analyzePage(input, knowledge) };
}

describe('ingredient labels in other languages', () => {
  it.each([
    'Inhaltsstoffe',
    'Ingredientes',
    'Ingredienti',
    'Ingrediënten',
    'Ingredienser',
    'Ingrédients',
    'INCI',
  ])('%s: a heading signal, and the list read under its label', (label) => {
    const { input, report } = read(label);
    expect(input.signals.hasIngredientHeading).toBe(true);
    expect(input.ingredientRanges.map((r) => r.label)).toEqual([label]);
    expect(report.ingredients.map((i) => i.inci)).toEqual([
      'Aqua',
      'Glycerin',
      'Sodium Hyaluronate',
      'Phenoxyethanol',
      'Parfum',
      'Limonene',
    ]);
  });
});
