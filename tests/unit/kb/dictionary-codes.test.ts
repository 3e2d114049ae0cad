import { describe, expect, it } from 'vitest';
import { KbError, sortedByKey } from '../../../scripts/kb-compile';
import {
  annexRows,
  decodeFunctions,
  encodeAnnex,
  encodeFunctions,
  encodeIndices,
  FN_SEPARATOR,
  functionCheckpoints,
  functionsOf,
  indexAt,
  KEY_SEPARATOR,
  MAX_FUNCTIONS,
  MAX_INDICES,
  MAX_LENGTH,
} from '../../../src/kb/dictionary-codes';
import type { CosingDictionary } from '../../../src/kb/types';
import { loadCosing, loadKb } from './helpers';

const tiny = (names: string[], functions: string[], fn: number[][]): CosingDictionary => ({
  names,
  functions,
  fn,
  cas: names.map(() => ''),
  annexEntries: [],
  annex: {},
  editions: ['Inventory'],
});

describe('packed dictionary columns', () => {
  it('reads back every index it encodes, as printable ASCII that JSON leaves alone', () => {
    const indices = [0, 1, 90, 91, 92, 8280, 8281, 34_284, 65_535, MAX_INDICES - 1, 59, 60];
    const codes = encodeIndices(indices);
    expect(codes).toMatch(/^[\x23-\x7e]*$/);
    expect(JSON.stringify(codes)).toBe(`"${codes}"`);
    expect(indices.map((_, k) => indexAt(codes, k))).toEqual(indices);
  });

  it('finds each name’s annex rows in the pairs, in their order, and none for other names', () => {
    const pairs = encodeAnnex({ '7': [3, 1], '2': [0], '40000': [5], '8': [] });
    expect(annexRows(pairs, 2)).toEqual([0]);
    expect(annexRows(pairs, 7)).toEqual([3, 1]);
    expect(annexRows(pairs, 40_000)).toEqual([5]);
    for (const none of [0, 1, 3, 6, 8, 39_999, 40_001]) expect(annexRows(pairs, none)).toEqual([]);
    expect(annexRows('', 2)).toEqual([]);
  });

  it('decodes every function code it encodes, and JSON needs no escape for any of them', () => {
    const every = Array.from({ length: MAX_FUNCTIONS }, (_, f) => f);
    const lists = [[], every, [0], [MAX_FUNCTIONS - 1, 0, 44, 45, 46], [], [3, 3]];
    const packed = encodeFunctions(lists);
    expect(JSON.stringify(packed)).toBe(`"${packed}"`);
    expect(packed.split(FN_SEPARATOR).map(decodeFunctions)).toEqual(lists);
    const at = functionCheckpoints(packed);
    lists.forEach((list, i) => {
      expect(functionsOf(packed, at, i)).toEqual(list);
    });
  });

  it('finds every name’s functions from the checkpoints as the source has them', { timeout: 60_000 }, () => {
    const { dictionary } = loadKb();
    const split = dictionary.fn.split(FN_SEPARATOR);
    expect(split).toHaveLength(dictionary.keys.split(KEY_SEPARATOR).length);
    expect(dictionary.fnAt).toEqual(functionCheckpoints(dictionary.fn));
    split.forEach((codes, i) => {
      expect(functionsOf(dictionary.fn, dictionary.fnAt, i)).toEqual(decodeFunctions(codes));
    });
    const source = loadCosing().dictionary;
    expect(source.fn.flat().length).toBe(split.join('').length);
  });

  it('stops the build when a name contains the key separator, naming file, entry and field', () => {
    expect(() => sortedByKey(tiny(['GLYCERIN', 'A|B'], ['HUMECTANT'], [[0], [0]]))).toThrow(KbError);
    expect(() => sortedByKey(tiny(['GLYCERIN', 'A|B'], ['HUMECTANT'], [[0], [0]]))).toThrow(
      /data\/cosing: entry "A\|B", field "inci_name": contains "\|"/,
    );
  });

  it('stops the build when a key is too long for its length code', () => {
    expect(() => sortedByKey(tiny([`A${'B'.repeat(MAX_LENGTH)}`], ['HUMECTANT'], [[0]]))).toThrow(
      /data\/cosing: entry "AB+", field "inci_name": longer than \d+ characters/,
    );
  });

  it('stops the build when there are more functions than one-character codes', () => {
    const functions = Array.from({ length: MAX_FUNCTIONS + 1 }, (_, i) => `FUNCTION ${i}`);
    expect(() => sortedByKey(tiny(['GLYCERIN'], functions, [[0]]))).toThrow(
      /data\/cosing: .*field "function": 92 functions, more than the 91 one-character codes/,
    );
  });
});
