import { describe, expect, it } from 'vitest';
import type { ParsedIngredient } from '../../../src/core/analyze';
import { CLAIM_CHECKS, checkClaim, crossCheckClaim } from '../../../src/core/claim-checks';
import { CROSS_CHECK_IDS, crossCheckPage } from '../../../src/core/cross-checks';
import { knowledge, loadKb } from './helpers';

const k = knowledge();

/** A parsed list as the analyzer builds it: tokens in page order with their lookups. */
function parsed(list: string, offset = 0): ParsedIngredient[] {
  let at = offset;
  return list.split(', ').map((raw) => {
    const token = { raw, start: at, end: at + raw.length };
    at += raw.length + 2;
    return { token, info: k.lookup(raw) };
  });
}

describe('cross-checks', () => {
  it('number at least six and are wired to existing claim families', () => {
    expect(CROSS_CHECK_IDS.length).toBeGreaterThanOrEqual(6);
    const claims = new Set(loadKb().claims.map((c) => c.id));
    for (const claimId of Object.keys(CLAIM_CHECKS)) expect(claims.has(claimId), claimId).toBe(true);
  });

  it('collagen claim whose only collagen is topical collagen', () => {
    const msg = crossCheckClaim(
      'boosts-collagen',
      parsed('Aqua, Glycerin, Hydrolyzed Collagen, Phenoxyethanol'),
    );
    expect(msg).toContain('Hydrolyzed Collagen');
    expect(crossCheckClaim('boosts-collagen', parsed('Aqua, Soluble Collagen, Retinol'))).toBeNull();
    expect(crossCheckClaim('boosts-collagen', parsed('Aqua, Glycerin'))).toBeNull();
  });

  it('fragrance-free or unscented with parfum, essential oils or named allergens', () => {
    expect(crossCheckClaim('fragrance-free', parsed('Aqua, Glycerin, Parfum'))).toContain('Parfum');
    expect(crossCheckClaim('fragrance-free', parsed('Aqua, Glycerin, Linalool'))).toContain('Linalool');
    expect(crossCheckClaim('unscented', parsed('Aqua, Lavandula Angustifolia Oil'))).toContain('Lavandula');
    expect(
      crossCheckClaim('fragrance-free', parsed('Aqua, Glycerin, Cetearyl Alcohol, Phenoxyethanol')),
    ).toBeNull();
  });

  it('retinol claim with only retinyl palmitate', () => {
    expect(crossCheckClaim('retinol', parsed('Aqua, Glycerin, Retinyl Palmitate'))).toContain(
      'Retinyl Palmitate',
    );
    expect(crossCheckClaim('retinol', parsed('Aqua, Retinol, Retinyl Palmitate'))).toBeNull();
  });

  it('paraben-free presented as a benefit, and contradicted by the list', () => {
    expect(crossCheckClaim('paraben-free', parsed('Aqua, Glycerin, Phenoxyethanol'))).toContain(
      'legal preservatives',
    );
    expect(crossCheckClaim('paraben-free', parsed('Aqua, Methylparaben'))).toContain('contradicted');
  });

  it('SPF claim with no UV filter listed', () => {
    expect(crossCheckClaim('spf', parsed('Aqua, Glycerin, Dimethicone'))).toContain('No UV filter');
    expect(crossCheckClaim('spf', parsed('Aqua, Zinc Oxide, Glycerin'))).toBeNull();
    expect(crossCheckClaim('spf', parsed('Aqua, Butyl Methoxydibenzoylmethane, Homosalate'))).toBeNull();
  });

  it('preservative-free, alcohol-free and hypoallergenic against the list', () => {
    expect(crossCheckClaim('preservative-free', parsed('Aqua, Sodium Benzoate'))).toContain(
      'Sodium Benzoate',
    );
    expect(crossCheckClaim('preservative-free', parsed('Squalane, Tocopherol'))).toBeNull();
    expect(crossCheckClaim('alcohol-free', parsed('Aqua, Alcohol Denat., Glycerin'))).toContain(
      'Alcohol Denat.',
    );
    expect(crossCheckClaim('alcohol-free', parsed('Aqua, Cetearyl Alcohol'))).toBeNull();
    expect(crossCheckClaim('hypoallergenic', parsed('Aqua, Methylisothiazolinone'))).toContain(
      'Methylisothiazolinone',
    );
    expect(crossCheckClaim('hypoallergenic', parsed('Aqua, Glycerin'))).toBeNull();
  });

  it("make a claim's verdict more severe where this product's list contradicts it, never milder", () => {
    const verdict = (id: string, family: Parameters<typeof checkClaim>[1], list: string) =>
      checkClaim(id, family, parsed(list)).verdict;
    // Contradicted by the list: fragrance in a fragrance-free product, ethanol in an alcohol-free one.
    expect(verdict('fragrance-free', 'unregulated-term', 'Aqua, Glycerin, Parfum')).toBe('misleading');
    expect(verdict('alcohol-free', 'supported', 'Aqua, Alcohol Denat., Glycerin')).toBe('misleading');
    expect(verdict('retinol', 'supported', 'Aqua, Glycerin, Retinyl Palmitate')).toBe('misleading');
    // Not confirmed by the list (the filters may be printed elsewhere): no longer "supported".
    expect(verdict('spf', 'supported', 'Aqua, Glycerin, Dimethicone')).toBe('limited-evidence');
    // A check that fires on a claim already judged more severely leaves it as it is.
    expect(verdict('sunblock-waterproof', 'misleading', 'Aqua, Glycerin')).toBe('misleading');
    // Nothing fired: the family's verdict.
    expect(verdict('spf', 'supported', 'Aqua, Zinc Oxide')).toBe('supported');
    expect(verdict('alcohol-free', 'supported', 'Aqua, Cetearyl Alcohol')).toBe('supported');
    // True for this list, with a note: the verdict is the family's.
    expect(verdict('paraben-free', 'misleading', 'Aqua, Phenoxyethanol')).toBe('misleading');
  });

  it('name what each allergen is, one or several', () => {
    expect(crossCheckClaim('sensitive-skin', parsed('Aqua, Glycerin, Benzyl Alcohol'))).toBe(
      'The list contains Benzyl Alcohol (a fragrance allergen that EU labels must name). ' +
        'A person allergic to it can react to this product.',
    );
    expect(
      crossCheckClaim('hypoallergenic', parsed('Aqua, Methylisothiazolinone, Parfum, Limonene, Linalool')),
    ).toBe(
      'The list contains Parfum (fragrance); Limonene and Linalool (fragrance allergens that EU labels ' +
        'must name); Methylisothiazolinone (a known skin sensitiser). ' +
        'A person allergic to one of them can react to this product.',
    );
  });

  it('say nothing without an ingredient list or for claims without a check', () => {
    expect(crossCheckClaim('spf', [])).toBeNull();
    expect(crossCheckClaim('clinically-proven', parsed('Aqua, Parfum'))).toBeNull();
  });

  it('hero ingredient listed after the likely 1% line', () => {
    const marketing = 'Our serum with niacinamide and squalane. ';
    const list = 'Aqua, Glycerin, Squalane, Phenoxyethanol, Niacinamide, Parfum';
    const text = marketing + list;
    const ingredients = parsed(list, marketing.length);
    const range = { start: marketing.length, end: text.length };
    const found = crossCheckPage(text, [range], ingredients);
    expect(found.map((f) => f.ingredient)).toEqual(['Niacinamide']);
    expect(found[0]?.message).toContain('Phenoxyethanol');
    expect(found[0]?.label).toBe('Niacinamide: probably under 1%');
    for (const id of found[0]?.sources ?? []) expect(k.source(id), id).toBeDefined();
    expect(found[0]?.start).toBe(text.indexOf('niacinamide'));
    expect(crossCheckPage('Plain text.', [], parsed('Aqua, Niacinamide, Phenoxyethanol'))).toEqual([]);
  });

  it('read the 1% line of each product of a kit, and of no Drug Facts active', () => {
    const marketing = 'A duo with niacinamide and squalane. ';
    /** A kit's page: the marketing, then each product's list after its name. */
    const kit = (...lists: [string, string][]) => {
      let text = marketing;
      const ingredients: ParsedIngredient[] = [];
      const parts: { start: number; end: number; label: string }[] = [];
      for (const [label, list] of lists) {
        const start = text.length;
        ingredients.push(...parsed(list, start));
        parts.push({ start, end: start + list.length, label });
        text += `${list}. `;
      }
      return crossCheckPage(text, parts, ingredients).map((f) => f.ingredient);
    };
    // A kit prints one list per product (Sephora kit tabs): one product's preservative says nothing
    // about where the next product's list passes 1 %.
    expect(
      kit(
        ['Gel Essence', 'Aqua, Glycerin, Squalane, Phenoxyethanol, Parfum'],
        ['Water Cream Mask', 'Aqua, Niacinamide, Squalane, Phenoxyethanol'],
      ),
    ).toEqual([]);
    // Below the line in every product that holds it: probably under 1 %.
    const late = 'Aqua, Squalane, Phenoxyethanol, Niacinamide';
    expect(kit(['Serum', late], ['Cream', late])).toEqual(['Niacinamide']);
    // A Drug Facts active is printed apart with its strength, never in the ordered list, even where
    // the panel prints it last.
    expect(
      kit(['Inactive Ingredients', 'Aqua, Phenoxyethanol, Parfum'], ['Active Ingredient', 'Niacinamide']),
    ).toEqual([]);
  });

  it('never call a listed colourant under 1%: labels may list colourants last whatever their amount', () => {
    const marketing = 'A tinted balm with titanium dioxide and niacinamide. ';
    const list = 'Aqua, Glycerin, Phenoxyethanol, Niacinamide, Titanium Dioxide';
    const found = crossCheckPage(
      marketing + list,
      [{ start: marketing.length, end: marketing.length + list.length }],
      parsed(list, marketing.length),
    );
    expect(found.map((f) => f.ingredient)).toEqual(['Niacinamide']);
    // A name with no CosIng function of its own is a colourant by its colour index number.
    const tint = 'A lip balm tinted with iron oxides. ';
    const tinted = 'Aqua, Glycerin, Phenoxyethanol, Iron Oxides (CI 77491)';
    expect(
      crossCheckPage(
        tint + tinted,
        [{ start: tint.length, end: tint.length + tinted.length }],
        parsed(tinted, tint.length),
      ),
    ).toEqual([]);
  });

  it('take no copy of the list printed outside its range for a promotion (a spilled highlights block)', () => {
    const list =
      'Aqua, Glycerin, Squalane, Phenoxyethanol, Caprylyl Glycol, Niacinamide, Tocopherol, Citric Acid';
    const promoted = (before: string) =>
      crossCheckPage(
        before + list,
        [{ start: before.length, end: before.length + list.length }],
        parsed(list, before.length),
      ).map((f) => f.ingredient);
    expect(
      promoted(
        'Highlighted Ingredients:\n-2 Glycerin, Squalane, Phenoxyethanol, Caprylyl Glycol, Niacinamide, Tocopherol, Citric Acid.\n',
      ),
    ).toEqual([]);
    // A short line of key ingredients is the marketing's own.
    expect(promoted('Key ingredients: Niacinamide, Squalane, Tocopherol.\n')).toContain('Niacinamide');
  });
});
