/**
 * Regression: 180 real printed lists (tests/fixtures/lists/README.md names the sources). Each list
 * goes through the same path as a page: locate the INCI run, split, match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { locateInciLists } from '../../../src/core/inci/block';
import { parseIngredientList } from '../../../src/core/inci/parse';

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/lists/real-lists.json'), 'utf8'),
) as Record<string, { source: string; lists: string[] }>;
const knowledge = loadKnowledge();

describe.each(Object.entries(fixtures))('real lists: %s', (_name, { lists }) => {
  const parsed = lists.map((text) =>
    locateInciLists(text).flatMap((r) => parseIngredientList(text.slice(r.start, r.end), r.start, knowledge)),
  );

  it('recognises at least 97 % of the names', () => {
    const all = parsed.flat();
    expect(all.length).toBeGreaterThan(lists.length * 10);
    expect(all.filter((p) => p.info).length / all.length).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every name exactly where it stands in the list', () => {
    parsed.forEach((items, i) => {
      for (const p of items) expect(lists[i]?.slice(p.token.start, p.token.end)).toBe(p.token.raw);
    });
  });

  it('never reports an unrecognised name as known', () => {
    for (const p of parsed.flat()) {
      expect(p.info === null).toBe(p.matchedBy === null);
      if (!p.info) expect(p.confidence).toBe(0);
    }
  });
});
