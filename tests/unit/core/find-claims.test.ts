import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { findClaims, type TextRange } from '../../../src/core/analyze';
import { rangesWithout } from '../../../src/core/claim-hits';
import { claimIndexFor, matchClaims } from '../../../src/core/claim-matcher';

describe('findClaims', () => {
  const knowledge = loadKnowledge();
  const text = 'Boosts collagen. Clinically proven. Fragrance free. 2% retinol. Non-comedogenic. '.repeat(20);
  const all = matchClaims(text, claimIndexFor(knowledge.kb.claims));

  it('drops exactly the hits that overlap an excluded range, however the ranges are ordered', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const ranges: TextRange[] = Array.from({ length: random(6) }, () => {
        const start = random(text.length);
        return { start, end: start + random(120) };
      });
      const expected = all.filter((hit) => !ranges.some((r) => hit.start < r.end && hit.end > r.start));
      expect(findClaims(text, ranges, knowledge)).toEqual(expected);
    }
    expect(all.length).toBeGreaterThan(50);
  });

  it('with claim zones, finds every hit a full scan has inside a zone', () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const inside = (zones: TextRange[]) => (hit: TextRange) =>
      zones.some((z) => z.start <= hit.start && hit.end <= z.end);
    for (let round = 0; round < 200; round++) {
      const zones: TextRange[] = Array.from({ length: 1 + random(8) }, () => {
        const start = random(text.length);
        return { start, end: start + random(200) };
      });
      const expected = all.filter(inside(zones));
      expect(findClaims(text, [], knowledge, zones).filter(inside(zones))).toEqual(expected);
    }
    // An empty zone holds no claim.
    expect(findClaims(text, [], knowledge, [{ start: 5, end: 5 }])).toEqual([]);
  });

  it('with zones and lists, finds every hit a full scan has inside a zone and outside every list', () => {
    let seed = 13;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const span = (size: number): TextRange => {
      const start = random(text.length);
      return { start, end: start + random(size) };
    };
    for (let round = 0; round < 200; round++) {
      const zones = Array.from({ length: 1 + random(6) }, () => span(400));
      const lists = Array.from({ length: random(6) }, () => span(150));
      const kept = (hit: TextRange) =>
        zones.some((z) => z.start <= hit.start && hit.end <= z.end) &&
        !lists.some((r) => hit.start < r.end && hit.end > r.start);
      expect(findClaims(text, lists, knowledge, zones).filter(kept)).toEqual(all.filter(kept));
    }
  });
});

describe('rangesWithout', () => {
  it('keeps exactly the characters kept and not cut, as sorted disjoint ranges', () => {
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const length = 300;
    const span = (): TextRange => {
      const start = random(length + 20) - 10;
      return { start, end: start + random(90) };
    };
    for (let round = 0; round < 500; round++) {
      const keep = random(4) === 0 ? undefined : Array.from({ length: random(5) }, span);
      const cut = Array.from({ length: random(6) }, span);
      const covers = (ranges: readonly TextRange[], i: number) =>
        ranges.some((r) => r.start <= i && i < r.end);
      const out = rangesWithout(length, keep, cut);
      let expected = '';
      let got = '';
      for (let i = -10; i < length + 10; i++) {
        expected += i >= 0 && i < length && (!keep || covers(keep, i)) && !covers(cut, i) ? 'x' : '.';
        got += covers(out, i) ? 'x' : '.';
      }
      expect(got).toBe(expected);
      const ordered = out.every(
        (r, k) => r.end > r.start && (k === 0 || r.start >= (out[k - 1] as TextRange).end),
      );
      expect(ordered).toBe(true);
    }
  });
});
