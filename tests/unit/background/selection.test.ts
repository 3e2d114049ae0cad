/** The selection hand-over: found in the page text despite white-space differences, taken only once. */
import { describe, expect, it } from 'vitest';
import {
  findSelection,
  SELECTION_GLOBAL,
  selectionInput,
  takeSelection,
} from '../../../src/shared/selection';

describe('findSelection', () => {
  const text = 'Ingredients\nAqua, Glycerin,  Niacinamide,\n\nPhenoxyethanol. Free delivery.';

  it('finds the selection with white space folded on both sides', () => {
    const range = findSelection(text, 'Aqua, Glycerin, Niacinamide, Phenoxyethanol');
    expect(range && text.slice(range.start, range.end)).toBe(
      'Aqua, Glycerin,  Niacinamide,\n\nPhenoxyethanol',
    );
  });

  it('treats the selection as text, not as a pattern', () => {
    expect(findSelection('C12-15 Alkyl Benzoate (and) Parfum*', 'Benzoate (and) Parfum*')).toEqual({
      start: 13,
      end: 35,
    });
    expect(findSelection(text, '.*')).toBeNull();
  });

  it('returns null for an empty selection or one not on the page', () => {
    expect(findSelection(text, '   ')).toBeNull();
    expect(findSelection(text, 'Retinol')).toBeNull();
  });
});

describe('takeSelection and selectionInput', () => {
  it('takes the pending selection once', () => {
    const scope: Record<string, unknown> = { [SELECTION_GLOBAL]: 'Aqua, Glycerin' };
    expect(takeSelection(scope)).toBe('Aqua, Glycerin');
    expect(takeSelection(scope)).toBeNull();
    expect(takeSelection({ [SELECTION_GLOBAL]: 42 })).toBeNull();
  });

  it('makes the selection the only ingredient list, and leaves the input alone otherwise', () => {
    const input = {
      url: null,
      text: 'x Aqua, Glycerin y',
      ingredientRanges: [{ start: 0, end: 1 }],
    } as unknown as Parameters<typeof selectionInput>[0];
    expect(selectionInput(input, 'Aqua, Glycerin').ingredientRanges).toEqual([{ start: 2, end: 16 }]);
    expect(selectionInput(input, null)).toBe(input);
    expect(selectionInput(input, 'absent')).toBe(input);
  });
});
