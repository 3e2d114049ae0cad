/**
 * The dictionary's lookup keys, read where they stand. Splitting the shipped string into 34,000
 * strings costs the page a few milliseconds, and every later pass over them touches 34,000 objects
 * scattered in memory; with each key's length shipped beside the keys, a key is a slice of one string
 * and its letters are read in place.
 */
import { codeValue, KEY_SEPARATOR, KEY_STRIDE, keyCheckpoints } from '../kb/dictionary-codes';

export interface KeyList {
  readonly count: number;
  keyAt(index: number): string;
  lengthAt(index: number): number;
  /** The code unit at `position` of key `index` (NaN past its end). */
  charAt(index: number, position: number): number;
  /** compareKeys(keyAt(index), key), without making the key. */
  compareAt(index: number, key: string): number;
}

export class ArrayKeys implements KeyList {
  constructor(private readonly keys: readonly string[]) {}

  get count(): number {
    return this.keys.length;
  }

  keyAt(index: number): string {
    return this.keys[index] ?? '';
  }

  lengthAt(index: number): number {
    return (this.keys[index] ?? '').length;
  }

  charAt(index: number, position: number): number {
    return position < this.lengthAt(index) ? (this.keys[index] as string).charCodeAt(position) : Number.NaN;
  }

  compareAt(index: number, key: string): number {
    const own = this.keyAt(index);
    return own < key ? -1 : own > key ? 1 : 0;
  }
}

export class PackedKeys implements KeyList {
  /** Where each key starts in `joined`; a block of KEY_STRIDE keys is filled when first read. */
  private readonly starts: Int32Array;
  private readonly filled: Uint8Array;

  /**
   * Null when the lengths and checkpoints do not describe `joined` (a knowledge base compiled by an
   * older build). Without checkpoints they are worked out here, in one pass over the lengths.
   */
  static of(joined: string, lengths: string | undefined, checkpoints?: readonly number[]): PackedKeys | null {
    if (lengths === undefined) return null;
    const count = lengths.length;
    const at = checkpoints ?? keyCheckpoints(lengths);
    if (at.length !== Math.ceil(count / KEY_STRIDE) || (count > 0 && at[0] !== 0)) return null;
    const keys = new PackedKeys(joined, lengths, at);
    const fits =
      count === 0
        ? joined.length === 0
        : keys.end(count - 1) === joined.length &&
          (count < 2 || joined.charAt(keys.start(1) - 1) === KEY_SEPARATOR);
    return fits ? keys : null;
  }

  private constructor(
    private readonly joined: string,
    private readonly lengths: string,
    private readonly checkpoints: readonly number[],
  ) {
    this.starts = new Int32Array(lengths.length);
    this.filled = new Uint8Array(checkpoints.length);
  }

  get count(): number {
    return this.lengths.length;
  }

  keyAt(index: number): string {
    const start = this.start(index);
    return this.joined.slice(start, start + this.lengthAt(index));
  }

  lengthAt(index: number): number {
    return codeValue(this.lengths.charCodeAt(index));
  }

  charAt(index: number, position: number): number {
    return position < this.lengthAt(index)
      ? this.joined.charCodeAt(this.start(index) + position)
      : Number.NaN;
  }

  compareAt(index: number, key: string): number {
    const start = this.start(index);
    const length = this.lengthAt(index);
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = this.joined.charCodeAt(start + i) - key.charCodeAt(i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return length < key.length ? -1 : length > key.length ? 1 : 0;
  }

  private start(index: number): number {
    const block = (index / KEY_STRIDE) | 0;
    if (this.filled[block] === 0) this.fill(block);
    return this.starts[index] as number;
  }

  private end(index: number): number {
    return this.start(index) + this.lengthAt(index);
  }

  private fill(block: number): void {
    const { lengths, starts } = this;
    let at = this.checkpoints[block] as number;
    const last = Math.min(lengths.length, (block + 1) * KEY_STRIDE);
    for (let i = block * KEY_STRIDE; i < last; i++) {
      starts[i] = at;
      at += codeValue(lengths.charCodeAt(i)) + KEY_SEPARATOR.length;
    }
    this.filled[block] = 1;
  }
}
