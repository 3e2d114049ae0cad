import { describe, expect, it } from 'vitest';
import { estimateOnePercentLine } from '../../../src/core/inci/one-percent';

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

  it('marks fragrance and colourants, skipping unrecognised names', () => {
    expect(estimateOnePercentLine(['Water', null, 'Parfum', 'Limonene'])).toMatchObject({
      index: 2,
      reason: 'fragrance',
    });
    expect(estimateOnePercentLine(['Mica', 'Talc', 'Ci 77891'])).toMatchObject({
      index: 2,
      reason: 'colourant',
    });
  });

  it('never puts the first ingredient below the line, and says nothing when no marker is present', () => {
    expect(estimateOnePercentLine(['Parfum', 'Alcohol Denat.', 'Water'])).toBeNull();
    expect(estimateOnePercentLine(['Water', 'Glycerin'])).toBeNull();
  });
});
