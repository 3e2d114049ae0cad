import { describe, expect, it } from 'vitest';
import { boundedOsa, FuzzyIndex, SortedWords } from '../../../src/core/inci/fuzzy';
import { KEY_SEPARATOR } from '../../../src/kb/dictionary-codes';
import { loadKb } from '../kb/helpers';

const keys = [
  'dimethicone',
  'carbomer',
  'peg-8',
  'peg-9',
  'sodium laureth sulfate',
  'sodium lauryl sulfate',
  'ci 77491',
  'ci 77492',
  'cetyl alcohol',
  'cetearyl alcohol',
  'stearyl alcohol',
];
const index = new FuzzyIndex(keys);

describe('FuzzyIndex', () => {
  it('finds a one-letter typo with a confidence', () => {
    const hit = index.nearest('dimethicon');
    expect(hit && keys[hit.index]).toBe('dimethicone');
    expect(hit?.confidence).toBeCloseTo(1 - 1 / 11, 3);
  });

  it('finds a typo in the first letter through the last-letter bucket', () => {
    const hit = index.nearest('fimethicone');
    expect(hit && keys[hit.index]).toBe('dimethicone');
  });

  it('never changes a number: PEG-8 is not PEG-9, CI 77491 is not CI 77492', () => {
    expect(index.nearest('ci 77493')).toBeNull();
  });

  it('never matches a name made only of known words (a real name we lack, not a typo)', () => {
    expect(index.nearest('sodium laureth alcohol')).toBeNull();
  });

  it('finds a name differing only in spaces or hyphens', () => {
    expect(index.spacingVariant('cetearylalcohol')).toBe(keys.indexOf('cetearyl alcohol'));
  });

  it('counts a swap of two letters as one edit, and stops past the limit', () => {
    expect(boundedOsa('glycerin', 'glyceirn', 2)).toBe(1);
    expect(boundedOsa('water', 'glycerin', 2)).toBe(3);
  });
});

describe('FuzzyIndex over the shipped dictionary', { timeout: 60_000 }, () => {
  it('compares the same names whether its first-letter index is built or read from sorted keys', () => {
    const dictionary = loadKb().dictionary;
    const sorted = dictionary.keys.split(KEY_SEPARATOR);
    const words = dictionary.words.split(KEY_SEPARATOR);
    const built = new FuzzyIndex(sorted, words);
    const read = new FuzzyIndex(sorted, new SortedWords(dictionary.words, KEY_SEPARATOR), true);
    let found = 0;
    for (let i = 0; i < sorted.length; i += 197) {
      const key = sorted[i] as string;
      for (const query of [key.slice(1), `x${key.slice(1)}`, `${key}e`, key.replace(/ /g, '')]) {
        expect(read.nearest(query)).toEqual(built.nearest(query));
        expect(read.spacingVariant(query)).toEqual(built.spacingVariant(query));
        expect(read.nearestExcluding(query, i)).toEqual(built.nearestExcluding(query, i));
        if (built.nearest(query)) found++;
      }
    }
    expect(found).toBeGreaterThan(150);
  });
});

describe('SortedWords', () => {
  it('finds exactly the words of the joined list, first, last and between', () => {
    const words = ['acid', 'alcohol', 'aqua', 'extract', 'oil', 'sodium', 'water'];
    const sorted = new SortedWords(words.join('|'), '|');
    for (const w of words) expect(sorted.has(w), w).toBe(true);
    for (const w of ['', 'a', 'acids', 'ac', 'alcoho', 'b', 'oils', 'zz', 'water|', 'aqua|extract'])
      expect(sorted.has(w), w).toBe(false);
    expect(new SortedWords('', '|').has('acid')).toBe(false);
    expect(new SortedWords('oil', '|').has('oil')).toBe(true);
  });
});
