/**
 * Typo-tolerant lookup over the full CosIng dictionary ("Dimethicon", "Cerbomer", "Arganine").
 *
 * Built once per knowledge base: names are bucketed by first and by last character and by length, so a
 * query compares against a few hundred names, not 33,000, and a typo in the first letter is still
 * found through the last-letter bucket. The distance is optimal string alignment (a swap of two letters
 * counts as one edit), computed in a band and abandoned as soon as it exceeds the budget.
 *
 * Three rules keep distinct ingredients apart: a query made only of words the dictionary uses is a
 * real name we lack, not a typo, and is never fuzzy-matched; the digits of query and candidate must be identical
 * ("PEG-8" is never "PEG-9", "CI 77491" never "CI 77492"), and short names are never fuzzy-matched.
 * The acceptance threshold is measured by `npm run eval` (leave-one-out over the dictionary and
 * synthetic one-edit typos); see docs/decisions/inci-parsing.md.
 */
import { ArrayKeys, type KeyList } from '../key-list';
import { isSpace } from '../normalize';
import { CharGroups, type CharIndex, ShippedLastChars, SortedFirstChars } from './char-groups';

export interface FuzzyHit {
  /** Index into the dictionary's names. */
  index: number;
  distance: number;
  /** 1 - distance / longer length: 1 is identical. */
  confidence: number;
}

/** Names shorter than this are never fuzzy-matched: one edit in "PCA" makes another ingredient. */
export const FUZZY_MIN_LENGTH = 6;
/** Accepted confidence. Measured: see the calibration section of `npm run eval`. */
export const FUZZY_THRESHOLD = 0.9;

function maxDistance(length: number): number {
  return length < 12 ? 1 : length < 24 ? 2 : 3;
}

export class FuzzyIndex {
  private readonly byFirst: CharIndex;
  private byLastGroups: CharIndex | null = null;
  /**
   * Digits of each name, computed when the name is first compared. Maps, not arrays of 34,000 slots:
   * a query compares a few hundred names, and allocating the slots cost more than the query.
   */
  private readonly digits = new Map<number, string>();
  /** Each name without spaces and hyphens, computed when first needed. */
  private readonly compact = new Map<number, string>();
  /** Which letters each name uses (see letterMask), computed when first compared; 0 means not yet. */
  private readonly masks: Int32Array;

  /** Whether a word occurs in at least two dictionary names. */
  private readonly isCommonWord: (word: string) => boolean;

  /**
   * `keys` are folded names (see ingredientKey), one per dictionary index. `commonWords`, the words of
   * two or more names, ships precomputed with the dictionary (see `dictionaryWords`); splitting 34,000
   * names into words on the page would cost 100 ms or more. As shipped, sorted and joined into one
   * string, it is searched where it stands. Keys in code-unit order (the dictionary's) need no
   * first-letter index built: those that start alike are neighbours.
   */
  private readonly keys: KeyList;

  constructor(
    keys: readonly string[] | KeyList,
    commonWords: Iterable<string> | SortedWords = dictionaryWords(Array.isArray(keys) ? keys : []),
    sorted = false,
    /** The shipped last-letter order (`Dictionary.byLast`); without it, groups are gathered on demand. */
    byLast?: string,
  ) {
    this.keys = Array.isArray(keys) ? new ArrayKeys(keys) : (keys as KeyList);
    if (commonWords instanceof SortedWords) this.isCommonWord = (word) => commonWords.has(word);
    else {
      const set = new Set(commonWords);
      this.isCommonWord = (word) => set.has(word);
    }
    this.masks = new Int32Array(this.keys.count);
    this.byFirst = sorted
      ? new SortedFirstChars(this.keys, FUZZY_MIN_LENGTH)
      : new CharGroups(this.keys, 'first', FUZZY_MIN_LENGTH);
    if (byLast !== undefined) this.byLastGroups = new ShippedLastChars(this.keys, byLast);
  }

  /** Names by last letter, for a typo in the first: the shipped order, else grouped on the first typo query. */
  private get byLast(): CharIndex {
    this.byLastGroups ??= new CharGroups(this.keys, 'last', FUZZY_MIN_LENGTH);
    return this.byLastGroups;
  }

  /**
   * The name that differs from `query` only in spaces and hyphens, if exactly one does. Spaces and
   * hyphens only lengthen a name and keep its first letter, so the candidates are in a few buckets.
   */
  spacingVariant(query: string): number | null {
    const compact = compactOf(query);
    if (compact.length < FUZZY_MIN_LENGTH) return null;
    let found: number | null = null;
    let ambiguous = false;
    const second = compact.charCodeAt(1);
    const last = compact.charCodeAt(compact.length - 1);
    this.byFirst.forEach(compact.charCodeAt(0), compact.length, compact.length + 6, (index) => {
      // Most candidates differ in their second or last letter: two reads rule them out, where
      // compacting each one took a string and a regex pass (a hyphen or space there may still match).
      const b = this.keys.charAt(index, 1);
      if (b !== second && !isSpaceOrHyphen(b)) return;
      const z = this.keys.charAt(index, this.keys.lengthAt(index) - 1);
      if (z !== last && !isSpaceOrHyphen(z)) return;
      let own = this.compact.get(index);
      if (own === undefined) {
        own = compactOf(this.keys.keyAt(index));
        this.compact.set(index, own);
      }
      if (own !== compact) return;
      // Two names that differ only in spacing are both real: an ambiguous query resolves to neither.
      if (found !== null && found !== index) ambiguous = true;
      found = index;
    });
    return ambiguous ? null : found;
  }

  /** Calibration: the closest name other than the dictionary's own entry `index`. */
  nearestExcluding(query: string, index: number): FuzzyHit | null {
    return this.nearest(query, index);
  }

  /** The closest name within the edit budget, or null. Ties go to the earlier (alphabetical) name. */
  nearest(query: string, exclude = -1): FuzzyHit | null {
    if (query.length < FUZZY_MIN_LENGTH) return null;
    // A name made only of dictionary words is a real name we lack ("Sodium Laureth Sulfosuccinate"),
    // not a typo: matching it to its nearest neighbour would name a different ingredient.
    if (wordsOf(query).every((w) => this.isCommonWord(w) || /^\d+$/.test(w))) return null;
    const budget = maxDistance(query.length);
    const digits = digitsOf(query);
    const mask = letterMask(query);
    let best: FuzzyHit | null = null;
    const visit = (index: number): void => {
      if (index === exclude) return;
      const key = this.keys.keyAt(index);
      let own = this.digits.get(index);
      if (own === undefined) {
        own = digitsOf(key);
        this.digits.set(index, own);
      }
      if (own !== digits) return;
      const limit = best ? Math.min(budget, best.distance) : budget;
      let theirs = this.masks[index] as number;
      if (theirs === 0) {
        theirs = letterMask(key);
        this.masks[index] = theirs;
      }
      // One edit adds or removes at most two letters from the set a name uses: a cheap lower bound.
      if (popcount(mask ^ theirs) > 2 * limit) return;
      const d = boundedOsa(query, key, limit);
      if (d > limit || (best && (d > best.distance || (d === best.distance && index > best.index)))) return;
      const longer = Math.max(query.length, key.length);
      best = { index, distance: d, confidence: 1 - d / longer };
    };
    // Names that start like the query, then names that end like it (a typo in the first letter), each
    // compared once: the best is the closest, then the earliest, whatever the order of comparison.
    const first = query.charCodeAt(0);
    const lo = query.length - budget;
    const hi = query.length + budget;
    this.byFirst.forEach(first, lo, hi, visit);
    this.byLast.forEach(query.charCodeAt(query.length - 1), lo, hi, (index) => {
      if (this.keys.charAt(index, 0) !== first) visit(index);
    });
    return best;
  }
}

/** Words sorted in code-unit order and joined by a separator, looked up by binary search in place. */
export class SortedWords {
  constructor(
    private readonly joined: string,
    private readonly separator: string,
  ) {}

  has(word: string): boolean {
    const { joined, separator } = this;
    // [lo, hi) always starts a line and ends one (or the text), so every step reads one whole word.
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = joined.lastIndexOf(separator, mid - 1) + 1;
      const found = joined.indexOf(separator, mid);
      const end = found < 0 ? joined.length : found;
      const line = joined.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

/** The words that occur in two or more dictionary names; computed when the knowledge base is compiled. */
export function dictionaryWords(keys: readonly string[]): string[] {
  const lastSeen = new Map<string, number>();
  const common = new Set<string>();
  keys.forEach((key, index) => {
    for (const w of wordsOf(key)) {
      const seen = lastSeen.get(w);
      if (seen === undefined) lastSeen.set(w, index);
      else if (seen !== index) common.add(w);
    }
  });
  return [...common].sort();
}

function compactOf(key: string): string {
  return key.replace(/[\s-]+/g, '');
}

/** Whether a code unit is one that compactOf removes: JavaScript's \s, or the hyphen. */
export function isSpaceOrHyphen(c: number): boolean {
  return c === 0x2d || isSpace(c);
}

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

function wordsOf(key: string): string[] {
  return key.split(WORD_SEPARATOR).filter((w) => w.length > 0);
}

/**
 * The set of characters a name uses, as bits: one per letter a-z, one for any digit, one for anything
 * else, and a top bit so that no mask is 0 (0 marks "not computed yet").
 */
function letterMask(s: string): number {
  let mask = 1 << 30;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else mask |= 1 << 27;
  }
  return mask;
}

function popcount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function digitsOf(s: string): string {
  return /\d/.test(s) ? s.replace(/\D+/g, ' ').trim() : '';
}

/** Larger than any budget: stands for cells outside the band, whose distance exceeds the limit anyway. */
const FAR = 1 << 20;
/** Three rows reused across calls: the distance runs for every candidate of every unknown token. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal string alignment distance, or limit + 1 as soon as it must exceed `limit`. Only the band of
 * cells within `limit` of the diagonal is computed (at most 7 per row for our budgets, not the whole
 * row), in preallocated rows.
 */
export function boundedOsa(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  if ((rows[0]?.length ?? 0) < n + 2)
    rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n + 1; j++) {
    prev[j] = j <= limit ? j : FAR;
    prev2[j] = FAR;
  }
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    cur[0] = i;
    if (lo > 1) cur[lo - 1] = FAR;
    let rowMin = i <= limit ? i : FAR;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = (prev[j - 1] as number) + (ai === bj ? 0 : 1);
      const up = (prev[j] as number) + 1;
      if (up < v) v = up;
      const left = (cur[j - 1] as number) + 1;
      if (left < v) v = left;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The next row reads one cell further right: outside this row's band, so beyond the limit.
    if (hi < n) cur[hi + 1] = FAR;
    if (rowMin > limit) return limit + 1;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  const d = prev[n] as number;
  return d > limit ? limit + 1 : d;
}
