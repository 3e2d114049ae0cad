import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byStart } from '../../../src/core/ranges';

const ranges = fc.array(
  fc.record({ start: fc.integer({ min: 0, max: 20 }), end: fc.integer({ min: 0, max: 40 }), id: fc.nat() }),
  { maxLength: 30 },
);

describe('byStart', () => {
  it('orders by start as a stable sort does, and never reorders its input', () => {
    fc.assert(
      fc.property(ranges, (input) => {
        const before = [...input];
        const got = byStart(input);
        expect(got).toEqual([...input].sort((a, b) => a.start - b.start));
        expect(input).toEqual(before);
      }),
    );
  });

  it('hands back a list that is already in order without copying it', () => {
    const [a, b, c] = [
      { start: 0, end: 5 },
      { start: 3, end: 4 },
      { start: 3, end: 9 },
    ];
    const sorted = [a, b, c];
    expect(byStart(sorted)).toBe(sorted);
    expect(byStart([b, a, c])).toEqual(sorted);
  });
});
