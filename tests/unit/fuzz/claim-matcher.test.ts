/**
 * The trigger-word claim matcher against its reference, the full scan of every family's patterns as
 * one alternation (as in tests/unit/core/claim-matcher.test.ts), on claim-dense text (./claim-text.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureCompiledKb } from '../../../scripts/lib/kb';
import { buildClaimIndex, matchClaims } from '../../../src/core/claim-matcher';
import type { ClaimFamily } from '../../../src/kb/types';
import { fullScan } from '../core/full-scan';
import { anyText } from './arbitraries';
import { claimText, spread } from './claim-text';
import { check, checkOrderedInside, RUNS } from './helpers';

const families = ensureCompiledKb().claims;
const index = buildClaimIndex(families);

const fast = (text: string): string[] =>
  matchClaims(text, index)
    .map((m) => `${m.family.id}@${m.start}:${m.text}`)
    .sort();

describe('claim matcher', { timeout: 60_000 }, () => {
  it('finds exactly what the full scan finds', () => {
    fc.assert(
      fc.property(claimText, (text) => {
        expect(fast(text)).toEqual(fullScan(text, families));
      }),
      { numRuns: RUNS.parse },
    );
  });

  it('finds exactly what the full scan finds in claims stretched over long runs', () => {
    fc.assert(
      fc.property(spread, (text) => {
        expect(fast(text)).toEqual(fullScan(text, families));
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('every match lies inside the text and reads back as its text', () => {
    fc.assert(
      fc.property(fc.oneof(claimText, anyText), (text) => {
        const matches = matchClaims(text, index);
        const byFamily = new Map<ClaimFamily, typeof matches>();
        for (const m of matches) {
          check(text.slice(m.start, m.end) === m.text, () => `${JSON.stringify(m.text)} at ${m.start}`);
          byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
        }
        // Within a family, matches never overlap (as one alternation would find them).
        for (const list of byFamily.values()) checkOrderedInside(list, 0, text.length);
      }),
      { numRuns: RUNS.parse },
    );
  });
});
