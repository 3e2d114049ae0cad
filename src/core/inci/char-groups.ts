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
 * Grouping is one counting sort over typed arrays; a group is ordered by length only when first asked
 * for, so a page that looks up two typos orders two groups, not forty.
 */
export class CharGroups implements CharIndex {
  /** Indices, grouped by character code; a group in index order until it is first asked for. */
  private readonly order: Int32Array;
  /** Group of character c is order[starts[c], starts[c + 1]). */
  private readonly starts: Int32Array;
  /** 1 where the group of that character is ordered by length. */
  private readonly ordered: Uint8Array;

  /**
   * `keys[i]` is grouped by the character `pick` returns for it; names shorter than `minLength` are
   * left out, as the fuzzy index never compares them.
   */
  constructor(
    private readonly keys: KeyList,
    pick: 'first' | 'last',
    minLength: number,
  ) {
    let maxChar = 0;
    let kept = 0;
    const count = keys.count;
    const chars = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      const length = keys.lengthAt(i);
      if (length < minLength) continue;
      const c = keys.charAt(i, pick === 'first' ? 0 : length - 1);
      chars[i] = c;
      if (c > maxChar) maxChar = c;
      kept++;
    }
    this.starts = new Int32Array(maxChar + 2);
    for (let i = 0; i < count; i++)
      if ((chars[i] as number) >= 0) bump(this.starts, (chars[i] as number) + 1);
    prefixSums(this.starts);
    const next = this.starts.slice(0, maxChar + 1);
    this.order = new Int32Array(kept);
    for (let i = 0; i < count; i++) {
      const c = chars[i] as number;
      if (c >= 0) this.order[bump(next, c)] = i;
    }
    this.ordered = new Uint8Array(maxChar + 1);
  }

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    if (!(c >= 0) || c + 1 >= this.starts.length) return;
    let from = this.starts[c] as number;
    const to = this.starts[c + 1] as number;
    if (this.ordered[c] === 0) this.orderByLength(from, to, c);
    let end = to;
    while (from < end) {
      const mid = (from + end) >> 1;
      if (this.keys.lengthAt(this.order[mid] as number) < lo) from = mid + 1;
      else end = mid;
    }
    for (let k = from; k < to; k++) {
      const index = this.order[k] as number;
      if (this.keys.lengthAt(index) > hi) return;
      visit(index);
    }
  }

  /** Stable counting sort of order[from, to) by name length: equal lengths stay in index order. */
  private orderByLength(from: number, to: number, c: number): void {
    this.ordered[c] = 1;
    let maxLength = 0;
    for (let k = from; k < to; k++)
      maxLength = Math.max(maxLength, this.keys.lengthAt(this.order[k] as number));
    const lengthStarts = new Int32Array(maxLength + 2);
    for (let k = from; k < to; k++) bump(lengthStarts, this.keys.lengthAt(this.order[k] as number) + 1);
    prefixSums(lengthStarts);
    const group = this.order.slice(from, to);
    for (const index of group) this.order[from + bump(lengthStarts, this.keys.lengthAt(index))] = index;
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
