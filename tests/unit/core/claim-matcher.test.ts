import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCompiledKb } from '../../../scripts/lib/kb';
import { buildClaimIndex, matchClaims } from '../../../src/core/claim-matcher';
import { triggersOf } from '../../../src/core/regex-triggers';
import type { ClaimFamily } from '../../../src/kb/types';
import { fullScan } from './full-scan';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'product-texts');

const fast = (text: string, families: ClaimFamily[]): string[] =>
  matchClaims(text, buildClaimIndex(families))
    .map((m) => `${m.family.id}@${m.start}:${m.text}`)
    .sort();

describe('trigger words', () => {
  it('finds the words every match must start with', () => {
    expect(triggersOf('\\bboost(?:s|ing)?\\s+collagen\\b')).toEqual({ words: ['boost'], leading: true });
    expect(triggersOf('\\b(?:with|pure|\\d+\\s?%)\\s+retinol\\b')).toEqual({
      words: ['retinol'],
      leading: false,
    });
    expect(triggersOf('\\bcollagen[-\\s](?:boosting|building)\\b')).toEqual({
      words: ['collagen'],
      leading: true,
    });
    expect(triggersOf('\\b(?:clinically|dermatologically)\\s+(?:proven|tested)\\b')).toEqual({
      words: ['clinically', 'dermatologically'],
      leading: true,
    });
  });

  it('gives up rather than guess where no word is certain', () => {
    expect(triggersOf('\\bv[-\\s]?shape\\b')).toBeNull();
    expect(triggersOf('\\d+%')).toBeNull();
    // Without \b the word may sit inside another ("procollagen"): no word start is certain.
    expect(triggersOf('collagen')).toBeNull();
  });
});

describe('claim matcher', () => {
  const families = ensureCompiledKb().claims;

  it('uses the triggers shipped with the compiled knowledge base, which are those of the patterns', () => {
    for (const family of families)
      expect(family.triggers, family.id).toEqual(family.patterns.map(triggersOf));
    const shipped = buildClaimIndex(families);
    const worked = buildClaimIndex(families.map(({ triggers: _triggers, ...family }) => family));
    expect({ ...shipped, families: [] }).toEqual({ ...worked, families: [] });
  });

  it('finds exactly what a full scan finds, on text written to stress it', () => {
    const text = [
      'It BOOSTS collagen. Collagen-boosting! A retinol-alternative; Pure Retinol serum, 2% retinol.',
      'Wrinkles reduced by 45% in 4 weeks. Clinically proven and dermatologist tested. V-shape lifting.',
      'crème sérum: fragrance free, non comedogenic, "clean" beauty, chemical-free, 88% agreed skin felt firmer.',
      'boosts\n        collagen (a line break inside the claim) and stimulates   collagen production',
    ].join('\n');
    expect(fast(text, families)).toEqual(fullScan(text, families));
    expect(fast(text, families).length).toBeGreaterThan(5);
  });

  it('finds a claim spread over a long run of whitespace or digits, as a full scan does', () => {
    // Counterexamples of the property suite (tests/unit/fuzz): markup indentation inside a claim.
    for (const text of [
      `Encapsulated${' '.repeat(310)}retinol for sensitive skin.`,
      `A 0.${'3'.repeat(300)}% retinol serum.`,
      `A vegan\n${' '.repeat(300)}formula.`,
    ]) {
      expect(fast(text, families)).toEqual(fullScan(text, families));
      expect(fast(text, families)).toHaveLength(1);
    }
  });

  it('reads case as a lower-cased copy would: the Kelvin sign is a k, a dotted capital I lengthens', () => {
    // The scan lower-cases as it reads; these are the characters whose lower case is ASCII or longer.
    for (const text of [
      'Boosts \u212Aollagen. A \u212Aojic acid serum. BOOSTS COLLAGEN.',
      'İ: boosts collagen, clinically proven. İstanbul. 2% retinol.',
    ]) {
      expect(fast(text, families)).toEqual(fullScan(text, families));
      expect(fast(text, families).length).toBeGreaterThan(0);
    }
  });

  it.skipIf(!existsSync(SHARED))('finds exactly what a full scan finds on real product texts', () => {
    for (const file of [
      'sephora_daisy_product_info_final_with_claims_dev.csv',
      'sephora_daisy_raw_product_info_dev.csv',
    ]) {
      const text = readFileSync(join(SHARED, file), 'utf8');
      const expected = fullScan(text, families);
      expect(expected.length).toBeGreaterThan(100);
      expect(fast(text, families)).toEqual(expected);
    }
  });
});
