import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/core/knowledge';
import { ingredientKey } from '../../../src/core/normalize';
import type { CompiledKb } from '../../../src/kb/types';
import { loadCosing, loadKb } from './helpers';

describe('round trip: the compiled JSON answers the same lookups as the source data', {
  timeout: 60_000,
}, () => {
  const kb = loadKb();
  const reloaded = new Knowledge(JSON.parse(JSON.stringify(kb)) as CompiledKb);
  const { dictionary } = loadCosing();

  it('resolves every curated name and synonym to its entry', () => {
    for (const entry of kb.ingredients) {
      for (const name of [entry.inci, ...entry.synonyms]) {
        const info = reloaded.lookup(name);
        expect(info?.curated?.id, name).toBe(entry.id);
        expect(reloaded.lookup(name.toUpperCase())?.curated?.id, name).toBe(entry.id);
      }
    }
  });

  it('resolves every CosIng name to its functions, CAS and annex rows', () => {
    const curatedNames = new Set(kb.ingredients.flatMap((e) => [e.inci, ...e.synonyms]).map(ingredientKey));
    const keyCount = new Map<string, number>();
    for (const n of dictionary.names)
      keyCount.set(ingredientKey(n), (keyCount.get(ingredientKey(n)) ?? 0) + 1);
    // Names that differ only in spacing around punctuation fold to one key; lookup answers with one of them.
    const ambiguous = [...keyCount.values()].filter((c) => c > 1).length;
    expect(ambiguous).toBeLessThan(50);
    const mismatches: string[] = [];
    dictionary.names.forEach((name, i) => {
      const key = ingredientKey(name);
      if (curatedNames.has(key) || (keyCount.get(key) ?? 0) > 1) return;
      const info = reloaded.lookup(name);
      const same =
        info !== null &&
        // Display names are rebuilt from the lookup key, so spacing around brackets may differ from
        // CosIng's own (inconsistent) spelling; the name itself must be the same.
        ingredientKey(info.inci) === ingredientKey(name) &&
        JSON.stringify(info.functions) ===
          JSON.stringify((dictionary.fn[i] ?? []).map((f) => dictionary.functions[f])) &&
        info.cas === dictionary.cas[i] &&
        JSON.stringify(info.annexes) ===
          JSON.stringify((dictionary.annex[String(i)] ?? []).map((a) => dictionary.annexEntries[a]));
      if (!same) mismatches.push(name);
    });
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('finds sources and flags by id', () => {
    for (const s of kb.sources) expect(reloaded.source(s.id)).toEqual(s);
    for (const f of kb.flags) expect(reloaded.flag(f.id)).toEqual(f);
  });

  it('reads colour index numbers as printed on packs', () => {
    expect(reloaded.lookup('CI77891')?.inci).toBe('Titanium Dioxide');
    expect(reloaded.lookup('C.I. 77491')?.inci).toBe('Ci 77491');
    expect(reloaded.lookup('not an ingredient at all')).toBeNull();
  });
});
