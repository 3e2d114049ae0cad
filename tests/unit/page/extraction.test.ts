// @vitest-environment jsdom
/**
 * Where the ingredient block hides on real pages. Texts are quoted from real Sephora ingredient tabs
 * (weblab-class/daisy-skincare product_info.csv; see tests/fixtures/retailers/README.md).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage } from '../../../src/core/analyze';

const knowledge = loadKnowledge();
const page = (body: string): Document =>
  new DOMParser().parseFromString(
    `<html><head><title>Mineral Sunscreen SPF 30</title><script type="application/ld+json">{"@type":"Product","name":"Mineral Sunscreen SPF 30"}</script></head><body>${body}</body></html>`,
    'text/html',
  );
const analyse = (body: string) => {
  const { model, input } = readPage(page(body), 'https://shop.example/p/1');
  return { model, input, ...analyzePage(input, knowledge) };
};

describe('ingredient block extraction', () => {
  it('reads a Drug Facts panel: actives with percentage and purpose, then inactive ingredients', () => {
    const { report } = analyse(`<section class="drug-facts" hidden>
      <h3>Drug Facts</h3>
      <table><tr><th>Active ingredients</th><th>Purpose</th></tr>
      <tr><td>Zinc Oxide 9.4%</td><td>Sunscreen</td></tr></table>
      <h4>Uses</h4><ul><li>helps prevent sunburn</li></ul>
      <h4>Inactive ingredients</h4>
      <p>Aqua (Water, Eau), C12-15 Alkyl Benzoate, Sorbitan Oleate Decylglucoside Crosspolymer, Argania Spinosa Kernel Oil, Tocopheryl Acetate, Glycerin.</p>
    </section>`);
    const byList = report.ingredients.map((i) => [i.name, i.list ?? null]);
    expect(byList[0]).toEqual(['Zinc Oxide 9.4%', 'Active ingredients']);
    expect(report.ingredients[0]?.inci).toBe('Zinc Oxide');
    expect(byList).toContainEqual(['Aqua (Water, Eau)', 'Inactive ingredients']);
    expect(report.ingredients.map((i) => i.name)).not.toContain('helps prevent sunburn');
  });

  it('lists once a list the page prints twice, and highlights both copies', () => {
    // Retailers keep a mobile and a desktop copy of the ingredients tab in one document.
    const list = 'Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Phenoxyethanol, Parfum, Limonene';
    const { report, findings } = analyse(
      `<div class="mobile"><h2>Ingredients</h2><p>${list}</p></div><div class="desktop"><h3>Ingredients</h3><p>${list}</p></div>`,
    );
    expect(report.ingredients.map((i) => i.name)).toEqual(list.split(', '));
    expect(report.ingredientList).toMatchObject({ count: 7, onePercentLines: [{ index: 4 }] });
    expect(findings.filter((f) => f.key === 'Niacinamide')).toHaveLength(2);
    // A list that differs is another list, and stays.
    const { report: two } = analyse(
      `<h2>Ingredients</h2><p>${list}</p><h2>Ingredients</h2><p>${list.replace('Parfum', 'Tocopherol')}</p>`,
    );
    expect(two.ingredients).toHaveLength(14);
    // Neither list is named: each is still a list of its own, with its own 1 % line.
    expect(two.ingredientList).toMatchObject({
      listStarts: [0, 7],
      onePercentLines: [{ index: 4 }, { index: 11 }],
    });
  });

  it('reads "Active Ingredient: … Inactive Ingredients: …" run together in one tab', () => {
    const { report } = analyse(
      '<div id="ingredients" style="display:none">-Juniper Berry: Provides antioxidant-rich hydration to soften and calm skin. ' +
        'Active Ingredient: Salicylic Acid 2%. Inactive Ingredients: Water, Juniperus Communis Fruit Extract, Polysorbate 20, Methylpropanediol, Citric Acid, Lactic Acid.</div>',
    );
    expect(report.ingredients.every((i) => i.known)).toBe(true);
    expect(report.ingredients.map((i) => [i.name, i.list])).toEqual([
      ['Salicylic Acid 2%', 'Active Ingredient'],
      ['Water', 'Inactive Ingredients'],
      ['Juniperus Communis Fruit Extract', 'Inactive Ingredients'],
      ['Polysorbate 20', 'Inactive Ingredients'],
      ['Methylpropanediol', 'Inactive Ingredients'],
      ['Citric Acid', 'Inactive Ingredients'],
      ['Lactic Acid', 'Inactive Ingredients'],
    ]);
  });

  it('reads a closed <details> accordion, skips marketing bullets and the disclaimer, and marks the 1 % line', () => {
    const { report, model, input } = analyse(`<details><summary>Ingredients</summary><div>
      -Vitamins B, C, and E: Help replenish and condition skin with essential nourishment.<br>
      -Grapefruit and Geranium: Leave a light, uplifting scent on skin.<br>
      Water\\Aqua\\Eau, Cyclopentasiloxane, Glycerin, Panthenol, Magnesium Ascorbyl Phosphate, Limonene, Citronellol, Geraniol, Linalool, Chlorphenesin, Phenoxyethanol.<br>
      Please be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive for the most up-to-date list of ingredients.</div></details>`);
    expect(report.ingredients[0]?.name).toBe('Water\\Aqua\\Eau');
    expect(report.ingredients.at(-1)?.name).toBe('Phenoxyethanol');
    expect(report.ingredientList?.onePercentLines).toHaveLength(1);
    expect(report.ingredientList?.onePercentLines[0]).toMatchObject({
      index: 5,
      marker: 'Limonene',
      reason: 'fragrance',
    });
    for (const r of input.ingredientRanges)
      expect(model.text.slice(r.start, r.end)).not.toMatch(/Please be aware|replenish/);
  });

  it('reads a list with no label at all when most names are CosIng names, and ignores a comma line that is not', () => {
    const { report } =
      analyse(`<p>Skin type: Normal, Dry, Combination, Oily, Sensitive, Mature, All skin types</p>
      <p>Aqua, Glycerin, Niacinamide, Butylene Glycol, Sodium Hyaluronate, Panthenol, Allantoin, Carbomer, Phenoxyethanol, Ethylhexylglycerin</p>`);
    expect(report.ingredients.map((i) => i.name)).toEqual([
      'Aqua',
      'Glycerin',
      'Niacinamide',
      'Butylene Glycol',
      'Sodium Hyaluronate',
      'Panthenol',
      'Allantoin',
      'Carbomer',
      'Phenoxyethanol',
      'Ethylhexylglycerin',
    ]);
  });

  it('keeps every claim sentence with its zone and exact offsets', () => {
    const { input, model } = analyse(`<h1>Mineral Sunscreen SPF 30</h1>
      <h2>What it is</h2><p>A lightweight gel cream that instantly hydrates. Dermatologist tested.</p>
      <div class="reviews"><p>It boosts collagen, I swear.</p></div>`);
    const zones = (input.claimRanges ?? []).map((z) => [z.zone, model.text.slice(z.start, z.end)]);
    expect(zones).toEqual([
      ['title', 'Mineral Sunscreen SPF 30'],
      ['description', 'A lightweight gel cream that instantly hydrates.'],
      ['description', 'Dermatologist tested.'],
    ]);
  });
});
