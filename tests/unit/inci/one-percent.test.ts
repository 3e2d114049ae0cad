import { describe, expect, it } from 'vitest';
import { estimateOnePercentLine, orderedLists } from '../../../src/core/inci/one-percent';

describe('estimateOnePercentLine', () => {
  it('marks the first legally capped preservative (Sephora, Algenist GENIUS cream, abridged)', () => {
    const incis = [
      'Water',
      'Glycerin',
      'Dimethicone',
      'Silica',
      'Phenoxyethanol',
      'Chlorphenesin',
      'Parfum',
      'Coumarin',
    ];
    expect(estimateOnePercentLine(incis)).toEqual({
      index: 4,
      marker: 'Phenoxyethanol',
      reason: 'legal-cap',
    });
  });

  it('marks fragrance, skipping unrecognised names', () => {
    expect(estimateOnePercentLine(['Water', null, 'Parfum', 'Limonene'])).toMatchObject({
      index: 2,
      reason: 'fragrance',
    });
  });

  it('takes no colourant for a marker: labels list them last whatever their amount', () => {
    expect(estimateOnePercentLine(['Mica', 'Talc', 'Ci 42090', 'CI 77491', 'CI 77891'])).toBeNull();
    expect(estimateOnePercentLine(['Water', 'CI 19140', 'Phenoxyethanol'])).toMatchObject({ index: 2 });
  });

  it('never puts the first ingredient below the line, and says nothing when no marker is present', () => {
    expect(estimateOnePercentLine(['Parfum', 'Alcohol Denat.', 'Water'])).toBeNull();
    expect(estimateOnePercentLine(['Water', 'Glycerin'])).toBeNull();
  });
});

describe('orderedLists', () => {
  const at = (start: number) => ({ token: { start, end: start + 1 } });
  it('parts a kit into its products and leaves out Drug Facts actives', () => {
    const parsed = [at(0), at(2), at(10), at(12), at(20), at(30)];
    const ranges = [
      { start: 0, end: 5, label: 'Active Ingredient' },
      { start: 10, end: 15, label: 'Inactive Ingredients' },
      { start: 20, end: 25, label: 'Water Cream Mask' },
    ];
    expect(orderedLists(parsed, ranges)).toEqual([[at(10), at(12)], [at(20)], [at(30)]]);
    expect(orderedLists(parsed, [])).toEqual([parsed]);
  });
});
