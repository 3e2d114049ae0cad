import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { matchIngredient } from '../../../src/core/inci/match';
import { BoundedMemo } from '../../../src/core/inci/memo';

describe('BoundedMemo', () => {
  it('never holds more than its capacity', () => {
    const memo = new BoundedMemo<number>(100);
    for (let i = 0; i < 10_000; i++) {
      memo.set(`token ${i}`, i);
      expect(memo.size).toBeLessThanOrEqual(100);
    }
  });

  it('keeps what is in use and lets one-off keys age out', () => {
    const memo = new BoundedMemo<number>(100);
    memo.set('water', 1);
    for (let i = 0; i < 1000; i++) {
      memo.set(`once ${i}`, i);
      expect(memo.get('water')).toBe(1);
    }
    expect(memo.get('once 0')).toBeUndefined();
    expect(memo.get('once 999')).toBe(999);
  });

  it('does not keep alive the long texts its keys were cut from', () => {
    // A gc() of our own: one page text kept per key would show as tens of megabytes, not noise.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new BoundedMemo<number>(100);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let page = 0; page < 20; page++) {
      const text = `${'Page copy that is not a list. '.repeat(100_000)}Butyrospermum Parkii Butter ${page}`;
      memo.set(text.slice(text.lastIndexOf('Buty')), page);
    }
    gc();
    expect(memo.get('Butyrospermum Parkii Butter 7')).toBe(7);
    // 20 texts of 3 MB each: about 60 MB when the keys keep them alive.
    expect((process.memoryUsage().heapUsed - before) / 1e6).toBeLessThan(10);
  });

  it('remembers null results as results', () => {
    const memo = new BoundedMemo<string | null>(10);
    memo.set('not a name', null);
    expect(memo.get('not a name')).toBeNull();
    expect(memo.get('never asked')).toBeUndefined();
  });
});

describe('the match memo', () => {
  it('keeps memos for a few thresholds only, and answers the same after dropping one', () => {
    const knowledge = loadKnowledge();
    const first = matchIngredient('Dimethicon', knowledge, { fuzzyThreshold: 0.9 });
    for (let i = 0; i < 50; i++) matchIngredient('Dimethicon', knowledge, { fuzzyThreshold: 0.9 + i / 1000 });
    expect(matchIngredient('Dimethicon', knowledge, { fuzzyThreshold: 0.9 })).toEqual(first);
    expect(first?.matchedBy).toBe('fuzzy');
  });
});
