import { describe, expect, it } from 'vitest';
import { CharGroups, lastCharOrder, ShippedLastChars } from '../../../src/core/inci/char-groups';
import {
  boundedOsa,
  FUZZY_MIN_LENGTH,
  FuzzyIndex,
  isSpaceOrHyphen,
  SortedWords,
} from '../../../src/core/inci/fuzzy';
import { ArrayKeys, PackedKeys } from '../../../src/core/key-list';
import { encodeIndices, KEY_SEPARATOR } from '../../../src/kb/dictionary-codes';
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
    const shipped = new FuzzyIndex(
      sorted,
      new SortedWords(dictionary.words, KEY_SEPARATOR),
      true,
      dictionary.byLast,
    );
    let found = 0;
    for (let i = 0; i < sorted.length; i += 197) {
      const key = sorted[i] as string;
      for (const query of [key.slice(1), `x${key.slice(1)}`, `${key}e`, key.replace(/ /g, '')]) {
        expect(read.nearest(query)).toEqual(built.nearest(query));
        expect(read.spacingVariant(query)).toEqual(built.spacingVariant(query));
        expect(read.nearestExcluding(query, i)).toEqual(built.nearestExcluding(query, i));
        expect(shipped.nearest(query)).toEqual(built.nearest(query));
        expect(shipped.nearestExcluding(query, i)).toEqual(built.nearestExcluding(query, i));
        if (built.nearest(query)) found++;
      }
    }
    expect(found).toBeGreaterThan(150);
  });
});

describe('the shipped last-letter order', { timeout: 60_000 }, () => {
  const visits = (index: CharGroups | ShippedLastChars, c: number, lo: number, hi: number): number[] => {
    const out: number[] = [];
    index.forEach(c, lo, hi, (i) => out.push(i));
    return out;
  };

  it('visits the same names, in the same order, as gathering them on the page', () => {
    const dictionary = loadKb().dictionary;
    expect(dictionary.byLast).toBeDefined();
    const keys = PackedKeys.of(dictionary.keys, dictionary.lengths) as PackedKeys;
    const gathered = new CharGroups(keys, 'last', FUZZY_MIN_LENGTH);
    const shipped = new ShippedLastChars(keys, dictionary.byLast as string);
    const lastChars = new Set(dictionary.keys.split(KEY_SEPARATOR).map((k) => k.charCodeAt(k.length - 1)));
    let visited = 0;
    for (const c of [...lastChars, 0x21, 0x7f]) {
      for (const [lo, hi] of [
        [0, 1000],
        [8, 10],
        [11, 11],
        [20, 26],
        [500, 600],
      ] as const) {
        const want = visits(gathered, c, lo, hi);
        expect(visits(shipped, c, lo, hi), `${String.fromCharCode(c)} ${lo}-${hi}`).toEqual(want);
        visited += want.length;
      }
    }
    expect(visited).toBeGreaterThan(30_000);
  });

  it('orders by last letter, then length, then index, and leaves out names too short to compare', () => {
    const keys = ['zinc oxide', 'aqua', 'retinol', 'glycerin', 'niacinamide', 'squalane', 'tocopherol'];
    expect(lastCharOrder(keys, 6)).toEqual([5, 0, 4, 2, 6, 3]);
    const shipped = new ShippedLastChars(new ArrayKeys(keys), encodeIndices(lastCharOrder(keys, 6)));
    expect(visits(shipped, 'e'.charCodeAt(0), 0, 100)).toEqual([5, 0, 4]);
    expect(visits(shipped, 'e'.charCodeAt(0), 9, 10)).toEqual([0]);
    expect(visits(shipped, 'a'.charCodeAt(0), 0, 100)).toEqual([]);
  });
});

describe('the spacing variant', { timeout: 60_000 }, () => {
  it('rules out exactly the code units the compacting keeps', () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpaceOrHyphen(c), c.toString(16)).toBe(/[\s-]/.test(String.fromCharCode(c)));
  });

  it('finds the names a full comparison of compacted names finds, and only when one does', () => {
    const dictionary = loadKb().dictionary;
    const sorted = dictionary.keys.split(KEY_SEPARATOR);
    const index = new FuzzyIndex(sorted, new SortedWords(dictionary.words, KEY_SEPARATOR), true);
    const compact = (k: string): string => k.replace(/[\s-]+/g, '');
    const byCompact = new Map<string, number[]>();
    sorted.forEach((k, i) => {
      byCompact.set(compact(k), [...(byCompact.get(compact(k)) ?? []), i]);
    });
    let found = 0;
    for (let i = 0; i < sorted.length; i += 53) {
      const key = sorted[i] as string;
      for (const query of [compact(key), key.replace(/ /g, '-'), `${compact(key)}s`]) {
        const c = compact(query);
        if (c.length < FUZZY_MIN_LENGTH) continue;
        const same = (byCompact.get(c) ?? []).filter((j) => (sorted[j] as string).length <= c.length + 6);
        const want = same.length === 1 ? same[0] : null;
        expect(index.spacingVariant(query), query).toBe(want ?? null);
        if (want !== null && want !== undefined) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
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
