import { INDEX_WIDTH, indexAt } from '../../kb/dictionary-codes';
import type { KeyList } from '../key-list';

/** Indices by one character and a length range: what the fuzzy index compares a query with. */
export interface CharIndex {
  /** Calls `visit` with every index whose character is `c` and whose length is in [lo, hi]. */
  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void;
}

/**
 * Dictionary indices grouped by one character of the name (its first, or its last) and, inside a
 * group, ordered by length, then by index. The fuzzy index asks for "names that start (or end) with c
 * and are between lo and hi characters long", a binary search and a run inside one group.
 *
 * A group is gathered when first asked for, by one pass over the lengths and one character per name:
 * a page with two typos gathers two groups, and making the dictionary usable gathers none (grouping
 * all 34,000 names up front was the largest part of the first typo lookup).
 */
export class CharGroups implements CharIndex {
  private readonly groups = new Map<number, Int32Array>();

  /**
   * `keys[i]` is grouped by the character `pick` returns for it; names shorter than `minLength` are
   * left out, as the fuzzy index never compares them.
   */
  constructor(
    private readonly keys: KeyList,
    private readonly pick: 'first' | 'last',
    private readonly minLength: number,
  ) {}

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    if (!(c >= 0)) return;
    const group = this.group(c);
    let from = 0;
    let end = group.length;
    while (from < end) {
      const mid = (from + end) >> 1;
      if (this.keys.lengthAt(group[mid] as number) < lo) from = mid + 1;
      else end = mid;
    }
    for (let k = from; k < group.length; k++) {
      const index = group[k] as number;
      if (this.keys.lengthAt(index) > hi) return;
      visit(index);
    }
  }

  private group(c: number): Int32Array {
    let group = this.groups.get(c);
    if (group) return group;
    const { keys, minLength } = this;
    const last = this.pick === 'last';
    const found: number[] = [];
    let maxLength = 0;
    for (let i = 0; i < keys.count; i++) {
      const length = keys.lengthAt(i);
      if (length < minLength || keys.charAt(i, last ? length - 1 : 0) !== c) continue;
      found.push(i);
      if (length > maxLength) maxLength = length;
    }
    // Stable counting sort by length: equal lengths stay in index order.
    const lengthStarts = new Int32Array(maxLength + 2);
    for (const index of found) bump(lengthStarts, keys.lengthAt(index) + 1);
    prefixSums(lengthStarts);
    group = new Int32Array(found.length);
    for (const index of found) group[bump(lengthStarts, keys.lengthAt(index))] = index;
    this.groups.set(c, group);
    return group;
  }
}

/** Increments counts[at]; returns its value before. */
function bump(counts: Int32Array, at: number): number {
  const value = counts[at] as number;
  counts[at] = value + 1;
  return value;
}

/** Turns counts into the start of each slot: counts[c] becomes the sum of counts[0..c]. */
function prefixSums(counts: Int32Array): void {
  for (let c = 1; c < counts.length; c++) counts[c] = (counts[c] as number) + (counts[c - 1] as number);
}

/**
 * The first-character index of keys in code-unit order, as the dictionary ships them: the names that
 * start with c are one run, found by binary search, and nothing is built. The run is filtered by length.
 */
export class SortedFirstChars implements CharIndex {
  constructor(
    private readonly keys: KeyList,
    private readonly minLength: number,
  ) {}

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    const keys = this.keys;
    const min = Math.max(lo, this.minLength);
    for (let index = this.firstAtLeast(c); index < keys.count; index++) {
      if (keys.charAt(index, 0) !== c) return;
      const length = keys.lengthAt(index);
      if (length >= min && length <= hi) visit(index);
    }
  }

  /** The first index whose key starts with a code unit of at least c (an empty key sorts first). */
  private firstAtLeast(c: number): number {
    let from = 0;
    let to = this.keys.count;
    while (from < to) {
      const mid = (from + to) >> 1;
      const first = this.keys.charAt(mid, 0);
      if (first < c || Number.isNaN(first)) from = mid + 1;
      else to = mid;
    }
    return from;
  }
}

/**
 * The last-character grouping of CharGroups done once, when the knowledge base is compiled: the indices
 * of the keys of at least `minLength` characters, ordered by last code unit, then length, then index.
 */
export function lastCharOrder(keys: readonly string[], minLength: number): number[] {
  const last = (i: number): number => (keys[i] as string).charCodeAt((keys[i] as string).length - 1);
  const length = (i: number): number => (keys[i] as string).length;
  return keys
    .map((_, i) => i)
    .filter((i) => length(i) >= minLength)
    .sort((a, b) => last(a) - last(b) || length(a) - length(b) || a - b);
}

/**
 * The last-character index as the dictionary ships it (`lastCharOrder`, encoded by encodeIndices): the
 * names that end in c with a length in [lo, hi] are one run of it, found by binary search, so a typo
 * costs the page no pass over the 34,000 names (gathering one letter's group took 1.3 ms warm and
 * several times that on first use, and a list with typos ending in five letters paid it five times).
 */
export class ShippedLastChars implements CharIndex {
  constructor(
    private readonly keys: KeyList,
    private readonly order: string,
  ) {}

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    if (!(c >= 0)) return;
    const { order } = this;
    const count = Math.floor(order.length / INDEX_WIDTH);
    let from = 0;
    let end = count;
    while (from < end) {
      const mid = (from + end) >> 1;
      const index = indexAt(order, mid);
      const length = this.keys.lengthAt(index);
      const last = this.keys.charAt(index, length - 1);
      if (last < c || (last === c && length < lo)) from = mid + 1;
      else end = mid;
    }
    for (let k = from; k < count; k++) {
      const index = indexAt(order, k);
      const length = this.keys.lengthAt(index);
      if (length > hi || this.keys.charAt(index, length - 1) !== c) return;
      visit(index);
    }
  }
}
