/**
 * The dictionary's lookup keys, read where they stand. Splitting the shipped string into 34,000
 * strings costs the page a few milliseconds, and every later pass over them touches 34,000 objects
 * scattered in memory; with each key's length shipped beside the keys, a key is a slice of one string
 * and its letters are read in place.
 */
import { codeValue, KEY_SEPARATOR } from '../kb/dictionary-codes';

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
  /** Where each key starts in `joined`, and one more: where a key after the last would start. */
  private readonly starts: Int32Array;

  /** Null when the lengths do not describe `joined` (a knowledge base compiled by an older build). */
  static of(joined: string, lengths: string | undefined): PackedKeys | null {
    if (lengths === undefined) return null;
    const count = lengths.length;
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      starts[i] = at;
      at += codeValue(lengths.charCodeAt(i)) + KEY_SEPARATOR.length;
    }
    starts[count] = at;
    const fits =
      at === joined.length + KEY_SEPARATOR.length &&
      (count < 2 || joined.charAt((starts[1] as number) - 1) === KEY_SEPARATOR);
    return fits ? new PackedKeys(joined, starts) : null;
  }

  private constructor(
    private readonly joined: string,
    starts: Int32Array,
  ) {
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length - 1;
  }

  keyAt(index: number): string {
    return this.joined.slice(this.starts[index], this.end(index));
  }

  lengthAt(index: number): number {
    return this.end(index) - (this.starts[index] as number);
  }

  charAt(index: number, position: number): number {
    const at = (this.starts[index] as number) + position;
    return at < this.end(index) ? this.joined.charCodeAt(at) : Number.NaN;
  }

  compareAt(index: number, key: string): number {
    const start = this.starts[index] as number;
    const length = this.end(index) - start;
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = this.joined.charCodeAt(start + i) - key.charCodeAt(i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return length < key.length ? -1 : length > key.length ? 1 : 0;
  }

  private end(index: number): number {
    return (this.starts[index + 1] as number) - KEY_SEPARATOR.length;
  }
}
