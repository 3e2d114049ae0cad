/** The order an ingredient's CosIng functions are shown in: what it does for skin before other products' uses. */
import { describe, expect, it } from 'vitest';
import { hasPlace, rankFunctions } from '../../../src/kb/function-rank';
import { knowledge, loadCosing } from './helpers';

describe('function order', { timeout: 60_000 }, () => {
  it('puts what an ingredient does for skin before perfume, hair and other products', () => {
    // CosIng's own (alphabetical) order for Glycerin reads as if it were a denaturant and a fragrance.
    expect(
      rankFunctions([
        'DENATURANT',
        'FRAGRANCE',
        'HAIR CONDITIONING',
        'HUMECTANT',
        'ORAL CARE',
        'PERFUMING',
        'SKIN CONDITIONING - HUMECTANT',
        'SKIN PROTECTING',
        'SOLVENT',
        'VISCOSITY CONTROLLING',
      ]).slice(0, 3),
    ).toEqual(['HUMECTANT', 'SKIN CONDITIONING - HUMECTANT', 'SKIN PROTECTING']);
    expect(rankFunctions(['ANTI-SEBORRHEIC', 'KERATOLYTIC', 'PRESERVATIVE'])).toEqual([
      'KERATOLYTIC',
      'PRESERVATIVE',
      'ANTI-SEBORRHEIC',
    ]);
    // A function added to CosIng later goes after the formula roles and before other products' uses.
    expect(rankFunctions(['PERFUMING', 'SOMETHING NEW', 'SOLVENT'])).toEqual([
      'SOLVENT',
      'SOMETHING NEW',
      'PERFUMING',
    ]);
  });

  it('keeps every function and places each one the inventory uses', () => {
    const { functions } = loadCosing().dictionary;
    expect(rankFunctions(functions).sort()).toEqual([...functions].sort());
    const unplaced = functions.filter((f) => !hasPlace(f));
    expect(unplaced).toEqual([]);
  });

  it('gives every curated ingredient its CosIng functions, also one CosIng lists under other names', () => {
    const kb = knowledge();
    const without = kb.kb.ingredients.filter((c) => (kb.lookup(c.inci)?.functions.length ?? 0) === 0);
    expect(without.map((c) => c.inci)).toEqual([]);
    // "Iron Oxides" is CI 77491, 77492 and 77499 in CosIng; the row showed no function at all.
    expect(kb.lookup('Iron Oxides (CI 77499)')?.functions).toContain('COLORANT');
  });

  it('ships the ranked order in the compiled dictionary', () => {
    const kb = knowledge();
    expect(kb.lookup('Glycerin')?.functions.slice(0, 2)).toEqual([
      'HUMECTANT',
      'SKIN CONDITIONING - HUMECTANT',
    ]);
    expect(kb.lookup('Titanium Dioxide')?.functions[0]).toBe('UV FILTER');
    // CosIng's "UV absorber" protects the product: green tea is no sunscreen.
    expect(kb.lookup('Camellia Sinensis Leaf Extract')?.functions[0]).not.toBe('UV ABSORBER');
  });
});
