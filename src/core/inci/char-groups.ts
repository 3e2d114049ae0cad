/**
 * Dictionary indices grouped by one character of the name (its first, or its last) and, inside a
 * group, ordered by length, then by index. The fuzzy index asks for "names that start (or end) with c
 * and are between lo and hi characters long", a binary search and a run inside one group.
 *
 * Built with two counting sorts over typed arrays: a few passes over the 34,000 names and no map or
 * per-name array, so it is ready in well under a millisecond once the engine has compiled it.
 */
/** Indices by one character and a length range: what the fuzzy index compares a query with. */
export interface CharIndex {
  /** Calls `visit` with every index whose character is `c` and whose length is in [lo, hi]. */
  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void;
}

export class CharGroups implements CharIndex {
  /** Indices, grouped by character code, each group by ascending length then index. */
  private readonly order: Int32Array;
  /** Group of character c is order[starts[c], starts[c + 1]). */
  private readonly starts: Int32Array;

  /**
   * `keys[i]` is grouped by the character `pick` returns for it; names shorter than `minLength` are
   * left out, as the fuzzy index never compares them.
   */
  constructor(
    keys: readonly string[],
    private readonly lengths: Int32Array,
    pick: 'first' | 'last',
    minLength: number,
  ) {
    let maxLength = 0;
    let maxChar = 0;
    let kept = 0;
    const chars = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const length = lengths[i] as number;
      if (length < minLength) continue;
      const c = (keys[i] as string).charCodeAt(pick === 'first' ? 0 : length - 1);
      chars[i] = c;
      if (length > maxLength) maxLength = length;
      if (c > maxChar) maxChar = c;
      kept++;
    }
    // Stable counting sort by length, then a stable counting sort of that order by character.
    const lengthStarts = new Int32Array(maxLength + 2);
    for (let i = 0; i < keys.length; i++) {
      const length = lengths[i] as number;
      if (length >= minLength) bump(lengthStarts, length + 1);
    }
    prefixSums(lengthStarts);
    const byLength = new Int32Array(kept);
    for (let i = 0; i < keys.length; i++) {
      const length = lengths[i] as number;
      if (length >= minLength) byLength[bump(lengthStarts, length)] = i;
    }
    this.starts = new Int32Array(maxChar + 2);
    for (let k = 0; k < kept; k++) bump(this.starts, (chars[byLength[k] as number] as number) + 1);
    prefixSums(this.starts);
    const next = this.starts.slice(0, maxChar + 1);
    this.order = new Int32Array(kept);
    for (let k = 0; k < kept; k++) {
      const i = byLength[k] as number;
      this.order[bump(next, chars[i] as number)] = i;
    }
  }

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    if (!(c >= 0) || c + 1 >= this.starts.length) return;
    let from = this.starts[c] as number;
    const to = this.starts[c + 1] as number;
    let end = to;
    while (from < end) {
      const mid = (from + end) >> 1;
      if ((this.lengths[this.order[mid] as number] as number) < lo) from = mid + 1;
      else end = mid;
    }
    for (let k = from; k < to; k++) {
      const index = this.order[k] as number;
      if ((this.lengths[index] as number) > hi) return;
      visit(index);
    }
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
    private readonly keys: readonly string[],
    private readonly minLength: number,
  ) {}

  forEach(c: number, lo: number, hi: number, visit: (index: number) => void): void {
    const keys = this.keys;
    const min = Math.max(lo, this.minLength);
    for (let index = this.firstAtLeast(c); index < keys.length; index++) {
      const key = keys[index] as string;
      if (key.charCodeAt(0) !== c) return;
      if (key.length >= min && key.length <= hi) visit(index);
    }
  }

  /** The first index whose key starts with a code unit of at least c (an empty key sorts first). */
  private firstAtLeast(c: number): number {
    let from = 0;
    let to = this.keys.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      const first = (this.keys[mid] as string).charCodeAt(0);
      if (first < c || Number.isNaN(first)) from = mid + 1;
      else to = mid;
    }
    return from;
  }
}
