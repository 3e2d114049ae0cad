import { describe, expect, it } from 'vitest';
import { KbError, sortedByKey } from '../../../scripts/kb-compile';
import {
  decodeFunctions,
  encodeFunctions,
  FN_SEPARATOR,
  functionCheckpoints,
  functionsOf,
  KEY_SEPARATOR,
  MAX_FUNCTIONS,
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
