import { describe, expect, it } from 'vitest';
import { ArrayKeys, PackedKeys } from '../../../src/core/key-list';
import { Knowledge } from '../../../src/core/knowledge';
import { encodeLengths, KEY_SEPARATOR, KEY_STRIDE, keyCheckpoints } from '../../../src/kb/dictionary-codes';
import { loadKb } from '../kb/helpers';

describe('PackedKeys', { timeout: 60_000 }, () => {
  it('reads every shipped key as the split string has it', () => {
    const { dictionary } = loadKb();
    const split = dictionary.keys.split(KEY_SEPARATOR);
    expect(dictionary.keyAt).toEqual(keyCheckpoints(dictionary.lengths));
    const packed = PackedKeys.of(dictionary.keys, dictionary.lengths, dictionary.keyAt);
    const array = new ArrayKeys(split);
    expect(packed?.count).toBe(split.length);
    for (let i = 0; i < split.length; i++) {
      const key = split[i] as string;
      expect(packed?.keyAt(i)).toBe(key);
      expect(packed?.lengthAt(i)).toBe(key.length);
      expect(packed?.charAt(i, 0)).toBe(array.charAt(i, 0));
      expect(packed?.charAt(i, key.length - 1)).toBe(key.charCodeAt(key.length - 1));
      expect(packed?.charAt(i, key.length)).toBeNaN();
    }
    for (const probe of ['', 'a', 'aqua', 'aqua ', 'water', 'zzz', split[100] as string, `${split[100]}a`]) {
      for (const i of [0, 1, 100, 5000, split.length - 1])
        expect(packed?.compareAt(i, probe), `${i} ${probe}`).toBe(array.compareAt(i, probe));
    }
  });

  it('is not used when the lengths do not describe the keys', () => {
    const keys = ['aqua', 'glycerin', 'water'];
    const joined = keys.join(KEY_SEPARATOR);
    expect(PackedKeys.of(joined, encodeLengths(keys))?.keyAt(1)).toBe('glycerin');
    expect(PackedKeys.of(joined, undefined)).toBeNull();
    expect(PackedKeys.of(joined, encodeLengths(['aqu', 'aglycerin', 'water']))).toBeNull();
    expect(PackedKeys.of(joined, encodeLengths(['aqua', 'glycerin']))).toBeNull();
    expect(PackedKeys.of(joined, encodeLengths(keys), [0, 5])).toBeNull();
    expect(PackedKeys.of(joined, encodeLengths(keys), [1])).toBeNull();
  });

  it('works out each block of keys from its checkpoint, read in any order', () => {
    const keys = Array.from({ length: 3 * KEY_STRIDE + 5 }, (_, i) => `name ${'x'.repeat(i % 7)}${i}`);
    const lengths = encodeLengths(keys);
    const packed = PackedKeys.of(keys.join(KEY_SEPARATOR), lengths, keyCheckpoints(lengths));
    for (const i of [keys.length - 1, 2 * KEY_STRIDE, 0, KEY_STRIDE - 1, KEY_STRIDE, 130, 1])
      expect(packed?.keyAt(i), String(i)).toBe(keys[i]);
    expect(packed?.keyAt(70)).toBe(keys[70]);
  });

  it('lets a knowledge base compiled without lengths fall back to splitting its keys', () => {
    const kb = structuredClone(loadKb());
    const withLengths = new Knowledge(loadKb());
    delete (kb.dictionary as { lengths?: string }).lengths;
    const without = new Knowledge(kb);
    for (const name of ['Aqua', 'Glycerin', 'Butyrospermum Parkii Butter', 'CI 77891', 'Not An Ingredient'])
      expect(without.lookup(name)).toEqual(withLengths.lookup(name));
  });
});
