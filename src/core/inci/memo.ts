/**
 * A string-keyed memo that never holds more than `capacity` entries. Two generations: new entries go
 * into the young map; when it is full it becomes the old one and the previous old one is dropped. A
 * hit in the old generation moves back into the young one, so names a page keeps using survive while
 * one-off tokens age out, and no entry costs more than a map slot to track.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly half: number;

  constructor(capacity: number) {
    this.half = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  /** Stores a copy of `key` (see detached); a key moved back from the old generation is copied too. */
  set(key: string, value: V): void {
    if (this.young.size >= this.half && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(detached(key), value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * `key` as a string of its own. Engines keep a slice as a view into the string it was cut from, so a
 * token kept as a key kept the whole page text it was read from alive: one text for every page a tab
 * had shown. Joining the characters builds a new string in every engine (slicing a concatenation
 * does not in Firefox, which slices the concatenation's part instead). Done only when a key is stored.
 */
function detached(key: string): string {
  return key.split('').join('');
}
