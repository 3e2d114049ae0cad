/**
 * Lookups over the compiled knowledge base. Built once per page from the compiled JSON; the maps are
 * created lazily so that a page that never asks for an ingredient pays nothing for them.
 */
import type { ClaimFamily, CompiledKb, CuratedIngredient, Source } from '../kb/types';
import { ingredientKey } from './normalize';

export interface IngredientInfo {
  /** Canonical INCI name (the curated spelling when there is one). */
  inci: string;
  functions: string[];
  curated: CuratedIngredient | null;
}

export interface CompiledClaim {
  family: ClaimFamily;
  regex: RegExp;
}

export class Knowledge {
  readonly claims: CompiledClaim[];
  private readonly sourcesById: Map<string, Source>;
  private dictionaryIndex: Map<string, number> | null = null;
  private curatedIndex: Map<string, CuratedIngredient> | null = null;

  constructor(readonly kb: CompiledKb) {
    this.sourcesById = new Map(kb.sources.map((s) => [s.id, s]));
    this.claims = kb.claims.map((family) => ({
      family,
      regex: new RegExp(family.patterns.map((p) => `(?:${p})`).join('|'), 'giu'),
    }));
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** Exact lookup (after folding) of a name as printed, against curated names and CosIng. */
  lookup(name: string): IngredientInfo | null {
    const key = ingredientKey(name);
    const curated = this.curated().get(key) ?? null;
    const index = this.dictionary().get(curated ? ingredientKey(curated.inci) : key);
    if (index === undefined && !curated) return null;
    const dict = this.kb.dictionary;
    const functions =
      index === undefined ? [] : (dict.fn[index] ?? []).map((f) => dict.functions[f] ?? '').filter(Boolean);
    return {
      inci: curated ? curated.inci : toTitleCase(dict.names[index ?? 0] ?? name),
      functions,
      curated,
    };
  }

  private dictionary(): Map<string, number> {
    if (!this.dictionaryIndex) {
      this.dictionaryIndex = new Map(this.kb.dictionary.names.map((n, i) => [ingredientKey(n), i]));
    }
    return this.dictionaryIndex;
  }

  private curated(): Map<string, CuratedIngredient> {
    if (!this.curatedIndex) {
      const index = new Map<string, CuratedIngredient>();
      for (const entry of this.kb.ingredients) {
        for (const name of [entry.inci, ...entry.synonyms]) index.set(ingredientKey(name), entry);
      }
      this.curatedIndex = index;
    }
    return this.curatedIndex;
  }
}

/** CosIng prints names in capitals; packs print them in title case. */
export function toTitleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s/(\-[,])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());
}
