/**
 * The banded distance used by typo matching agrees with the plain textbook computation of optimal
 * string alignment on random strings, at every budget the matcher uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedOsa } from '../../../src/core/inci/fuzzy';

/** Full-table optimal string alignment, written for clarity rather than speed. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('boundedOsa', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedOsa('ab', 'ba', 1)).toBe(1);
    expect(boundedOsa('dimethicone', 'dimehticone', 2)).toBe(1);
    expect(boundedOsa('glycerin', 'glycerine', 1)).toBe(1);
    expect(boundedOsa('glycerin', 'glycerin', 1)).toBe(0);
  });

  it('agrees with the full table, capped at limit + 1', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde -'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(boundedOsa(a, b, limit)).toBe(Math.min(osa(a, b), limit + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on near-identical strings, where the band matters most', () => {
    const base = fc.string({ unit: fc.constantFrom(...'abcdefgh'), minLength: 1, maxLength: 30 });
    const edit = fc.tuple(fc.nat(), fc.constantFrom('swap', 'drop', 'add', 'change'));
    fc.assert(
      fc.property(
        base,
        fc.array(edit, { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (a, edits, limit) => {
          let b = a;
          for (const [at, kind] of edits) {
            const i = at % Math.max(1, b.length);
            if (kind === 'swap' && i + 1 < b.length) b = b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2);
            else if (kind === 'drop') b = b.slice(0, i) + b.slice(i + 1);
            else if (kind === 'add') b = `${b.slice(0, i)}x${b.slice(i)}`;
            else b = `${b.slice(0, i)}y${b.slice(i + 1)}`;
          }
          expect(boundedOsa(a, b, limit)).toBe(Math.min(osa(a, b), limit + 1));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
