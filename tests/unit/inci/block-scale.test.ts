/**
 * The list finder on blocks far longer than a list: a bracket that never closes (a shopper's ":(")
 * once made every later boundary rescan the block from the segment's start.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { locateInciLists } from '../../../src/core/inci/block';
import { parseIngredientList } from '../../../src/core/inci/parse';

describe('locateInciLists at scale', () => {
  it('reads a 200,000-character block with an unclosed bracket in one pass', () => {
    const text = `I broke out :( ${'Nice cream. Lovely, light, calm. '.repeat(6000)}`;
    const started = performance.now();
    locateInciLists(text);
    // One pass takes tens of milliseconds; a rescan per boundary took about 25 s.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads long runs of one character in time linear in the run, and parses them so', () => {
    const knowledge = loadKnowledge();
    // Each of these was tried at every character of the run: 50,000 took seconds to minutes.
    const runs = [' ', '\t', '\u00a0', '.', '(', ')'];
    for (const run of runs) {
      const filler = run.repeat(50_000);
      const text = `Water, Glycerin, ${filler} Niacinamide, Avobenzone 3%${filler} Phenoxyethanol, Parfum.`;
      const started = performance.now();
      for (const r of locateInciLists(text))
        parseIngredientList(text.slice(r.start, r.end), r.start, knowledge);
      expect(performance.now() - started, JSON.stringify(run)).toBeLessThan(2000);
    }
  });

  it('still keeps boundaries inside brackets from ending a segment', () => {
    const text = 'Aqua, Glycerin (May contain: Mica. CI 77891), Squalane, Panthenol.';
    expect(locateInciLists(text)).toEqual([{ start: 0, end: text.length - 1 }]);
  });
});
