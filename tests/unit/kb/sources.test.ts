import { describe, expect, it } from 'vitest';
import { loadKb } from './helpers';

describe('sources', () => {
  const kb = loadKb();
  const ids = new Set(kb.sources.map((s) => s.id));

  it('are cited by every curated entry, claim, flag and topic, and all exist', () => {
    for (const entry of [...kb.ingredients, ...kb.claims, ...kb.flags, ...kb.topics]) {
      expect(entry.sources.length, entry.id).toBeGreaterThanOrEqual(1);
      for (const s of entry.sources) expect(ids.has(s), `${entry.id} cites ${s}`).toBe(true);
    }
  });

  it('are all used', () => {
    const used = new Set(
      [...kb.ingredients, ...kb.claims, ...kb.flags, ...kb.topics].flatMap((e) => e.sources),
    );
    expect(kb.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('each carry a DOI, PMID or URL unless they are regulator documents without a stable address', () => {
    const findable = kb.sources.filter((s) => s.doi || s.pmid || s.url);
    expect(findable.length / kb.sources.length).toBeGreaterThan(0.6);
    for (const s of kb.sources) {
      if (s.url) expect(s.url).toMatch(/^https:\/\//);
      if (s.doi) expect(s.doi).toMatch(/^10\.\d{4,}\//);
    }
  });
});
