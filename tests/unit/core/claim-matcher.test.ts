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
      words: ['retinol '],
      leading: false,
    });
    expect(triggersOf('\\bcollagen[-\\s](?:boosting|building)\\b')).toEqual({
      words: ['collagen '],
      leading: true,
    });
    expect(triggersOf('\\b(?:clinically|dermatologically)\\s+(?:proven|tested)\\b')).toEqual({
      words: ['clinically ', 'dermatologically '],
      leading: true,
    });
  });

  it('marks a word whole only where a separator always follows it', () => {
    // A trailing space marks a whole word: "no" fires on "no", not on "note" or "nourishing".
    expect(triggersOf('\\b(?:free\\s+of|no|without)\\s+parabens\\b')?.words).toEqual([
      'free ',
      'no ',
      'without ',
    ]);
    expect(triggersOf('\\bno(?:\\s+added)?\\s+parabens')?.words).toEqual(['no ']);
    // What may follow is a letter, or is not known.
    expect(triggersOf('\\bboost(?:s|ing)?\\s+collagen')?.words).toEqual(['boost']);
    expect(triggersOf('\\bno')?.words).toEqual(['no']);
    expect(triggersOf('\\bno(?:\\s+added)?')?.words).toEqual(['no']);
    expect(triggersOf('\\b(?:no|zero)(?:\\s|s)')?.words).toEqual(['no', 'zero']);
    // Classes that can hold a word character: an underscore, or a range ("+-=" spans the digits).
    expect(triggersOf('\\bno[_ ]parabens')?.words).toEqual(['no']);
    expect(triggersOf('\\bno[+-=]parabens')?.words).toEqual(['no']);
    expect(triggersOf('\\bno[ -]parabens')?.words).toEqual(['no ']);
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
      'Note: no parabens, nothing_added, no_parabens, NO\tSULFATES, without silicones. Freely, free of dyes.',
      'Wrinkles reduced by 45% in 4 weeks. Clinically proven and dermatologist tested. V-shape lifting.',
      'crème sérum: fragrance free, non comedogenic, "clean" beauty, chemical-free, 88% agreed skin felt firmer.',
      'boosts\n        collagen (a line break inside the claim) and stimulates   collagen production',
    ].join('\n');
    expect(fast(text, families)).toEqual(fullScan(text, families));
    expect(fast(text, families).length).toBeGreaterThan(5);
  });

  it('fires a two-letter trigger on any third character, a whole one only at a word end', () => {
    const [first] = families;
    if (!first) throw new Error('no claim family');
    // Without shipped triggers: the index works them out from the patterns.
    const { triggers: _shipped, ...base } = first;
    const family = { ...base, patterns: ['\\bno\\w*\\s+residue\\b', '\\bez\\s+glow\\b', '\\bgo[_-]?to\\b'] };
    const text =
      'Note residue. No residue. nonsticky residue. no\u00e9 residue. EZ glow, ez\tglow, ezglow. Go-to, GO_TO, goto.';
    expect(fast(text, [family])).toEqual(fullScan(text, [family]));
    expect(fast(text, [family])).toHaveLength(8);
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

  it.skipIf(!existsSync(SHARED))(
    'scanning only some ranges keeps every match a full scan has inside them',
    () => {
      const text = readFileSync(join(SHARED, 'sephora_daisy_product_info_final_with_claims_dev.csv'), 'utf8');
      // Every third line, as a page's claim zones stand among reviews; and runs of spaces inside them.
      const lines = [...text.matchAll(/[^\n]+/g)];
      const zones = lines
        .filter((_, i) => i % 3 === 0)
        .map((m) => ({ start: m.index, end: m.index + m[0].length }));
      const inside = (m: { start: number; end: number }): boolean =>
        zones.some((z) => z.start <= m.start && m.end <= z.end);
      const index = buildClaimIndex(families);
      const key = (m: { family: ClaimFamily; start: number; end: number }): string =>
        `${m.family.id}@${m.start}-${m.end}`;
      const expected = matchClaims(text, index).filter(inside).map(key);
      expect(expected.length).toBeGreaterThan(100);
      expect(matchClaims(text, index, zones).filter(inside).map(key)).toEqual(expected);
      const spaced = `Encapsulated${' '.repeat(310)}retinol, and boosts${'\n'.repeat(400)}collagen.`;
      const all = [{ start: 0, end: spaced.length }];
      expect(matchClaims(spaced, index, all)).toEqual(matchClaims(spaced, index));
      expect(matchClaims(spaced, index)).toHaveLength(2);
    },
  );

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
