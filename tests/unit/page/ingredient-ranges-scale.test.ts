/**
 * Ingredient ranges on long text: a labelled list of 500 names is read to its end, not cut mid-name
 * at the block limit, and a megabyte-long line is not guessed at as a list.
 */
import { describe, expect, it } from 'vitest';
import { findIngredientRanges } from '../../../src/content/page/ingredient-ranges';

describe('ingredient ranges at scale', () => {
  it('reads a labelled list of 500 names on one line to its end', () => {
    const names = Array.from({ length: 500 }, (_, i) => `Example Extract ${i + 1}`).join(', ');
    const text = `Description\nA rich cream.\nIngredients:\n${names}.\nHow to use\nApply at night.`;
    const ranges = findIngredientRanges(text);
    expect(ranges).toHaveLength(1);
    expect(text.slice(ranges[0]?.start, ranges[0]?.end)).toBe(names);
  });

  it('does not guess a list in a 5 MB line of comma-dense prose with unclosed brackets', () => {
    const text = `A product.\n${'I broke out :( but it calmed, cleared, settled, faded, healed, improved. '.repeat(70_000)}`;
    const started = performance.now();
    expect(findIngredientRanges(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still guesses an unlabelled list on a line of its own', () => {
    const list = 'Aqua, Glycerin, Niacinamide, Squalane, Panthenol, Tocopherol, Xanthan Gum, Phenoxyethanol';
    const ranges = findIngredientRanges(`A product.\n${list}\nMore text.`);
    expect(ranges.map((r) => r.guess)).toEqual([true]);
  });
});
