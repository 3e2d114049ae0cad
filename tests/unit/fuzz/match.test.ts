/**
 * Properties of the name matcher against the real compiled knowledge base: it never throws, a match
 * is well formed and as sure as it says, a stricter threshold only drops typo matches, every
 * dictionary name is found as itself in any case, the nearest name is a real one, and no answer
 * depends on the names asked before (the matcher and the typo index keep caches).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureCompiledKb, loadKnowledge } from '../../../scripts/lib/kb';
import { FUZZY_THRESHOLD } from '../../../src/core/inci/fuzzy';
import { type InciMatch, matchIngredient, nearestName } from '../../../src/core/inci/match';
import { cleanIngredientName } from '../../../src/core/inci/variants';
import { Knowledge } from '../../../src/core/knowledge';
import { anyText, damaged } from './arbitraries';
import { check, RUNS } from './helpers';

const knowledge = loadKnowledge();
const size = knowledge.dictionaryKeys().length;
const dictionaryName = fc.nat(size - 1).map((i) => knowledge.nameAt(i));
/** Names as pages damage them, and strings that are no name at all. */
const printedName = fc.oneof(damaged(dictionaryName, 3), anyText);

/**
 * A typo match is accepted on its exact confidence and reported rounded to three decimals, so the
 * reported figure can sit just below the threshold it passed (0.964 for a threshold of 0.96400…01).
 * Rounding keeps order, so it is never below the threshold rounded the same way.
 */
const reported = (x: number): number => Math.round(x * 1000) / 1000;

function checkMatch(raw: string, m: InciMatch | null, threshold: number): void {
  if (m === null) return;
  const at = () => `${JSON.stringify(raw)} -> ${JSON.stringify({ ...m, info: m.info.inci })}`;
  check(typeof m.info.inci === 'string' && m.info.inci.length > 0, at);
  if (m.matchedBy === 'fuzzy') check(m.confidence >= reported(threshold) && m.confidence <= 1, at);
  else check(['exact', 'variant', 'alias'].includes(m.matchedBy) && m.confidence === 1, at);
}

describe('ingredient name matcher', { timeout: 60_000 }, () => {
  it('never throws; a match is well formed, and a typo match at least as sure as the threshold', () => {
    fc.assert(
      fc.property(printedName, (raw) => checkMatch(raw, matchIngredient(raw, knowledge), FUZZY_THRESHOLD)),
      { numRuns: RUNS.parse },
    );
  });

  it('a stricter threshold keeps every match but the typo matches below it', () => {
    fc.assert(
      fc.property(printedName, fc.double({ min: FUZZY_THRESHOLD, max: 1.01, noNaN: true }), (raw, strict) => {
        const loose = matchIngredient(raw, knowledge);
        const tight = matchIngredient(raw, knowledge, { fuzzyThreshold: strict });
        checkMatch(raw, tight, strict);
        if (tight === null) {
          check(
            loose === null || (loose.matchedBy === 'fuzzy' && loose.confidence <= reported(strict)),
            () => raw,
          );
        } else {
          expect(tight).toEqual(loose);
        }
      }),
      { numRuns: RUNS.parse },
    );
  });

  it('answers the same whatever was asked before', () => {
    const other = new Knowledge(ensureCompiledKb());
    fc.assert(
      fc.property(fc.array(printedName, { minLength: 1, maxLength: 8 }), (names) => {
        const forwards = names.map((n) => matchIngredient(n, knowledge));
        const backwards = [...names].reverse().map((n) => matchIngredient(n, other));
        expect(forwards).toEqual(backwards.reverse());
      }),
      { numRuns: RUNS.page },
    );
  });

  it('finds every dictionary name as itself, in any case', () => {
    fc.assert(
      fc.property(dictionaryName, (name) => {
        const m = matchIngredient(name, knowledge);
        check(m?.matchedBy === 'exact', () => `${name} -> ${m?.matchedBy}`);
        for (const printed of [name.toUpperCase(), name.toLowerCase()]) {
          check(matchIngredient(printed, knowledge)?.info.inci === m.info.inci, () => printed);
        }
      }),
      { numRuns: RUNS.cheap },
    );
  });

  it('the nearest name is a dictionary name; a dictionary name is nearest to itself', () => {
    fc.assert(
      fc.property(fc.oneof(printedName, dictionaryName), (raw) => {
        const near = nearestName(cleanIngredientName(raw), knowledge);
        if (near === null) return;
        check(near.confidence >= 0 && near.confidence <= 1, () => `${raw} -> ${JSON.stringify(near)}`);
        check(knowledge.lookup(near.name) !== null, () => `${raw} -> ${near.name}`);
        if (knowledge.lookup(raw)?.inci === raw) check(near.confidence === 1, () => raw);
      }),
      { numRuns: RUNS.parse },
    );
  });
});
