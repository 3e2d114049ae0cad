/**
 * Lookups over the compiled knowledge base. Built once per page from the compiled JSON. The CosIng
 * dictionary ships sorted by lookup key, so finding a name is a binary search over shipped data; the
 * small curated index is created lazily, so a page that never asks for an ingredient pays nothing.
 */
import { annexRows, functionsOf, KEY_SEPARATOR } from '../kb/dictionary-codes';
import type { AnnexEntry, CompiledKb, CuratedIngredient, FlagDefinition, Source, Topic } from '../kb/types';
import { ArrayKeys, type KeyList, PackedKeys } from './key-list';
import { ingredientKey } from './normalize';

export interface IngredientInfo {
  /** Canonical INCI name (the curated spelling when there is one). */
  inci: string;
  functions: string[];
  curated: CuratedIngredient | null;
  /** CAS number(s) from CosIng, "" when unknown. */
  cas: string;
  /** EU annex rows that name this ingredient (prohibited, restricted, colourant, preservative, UV filter). */
  annexes: AnnexEntry[];
  /** Curated flag ids; see `Knowledge.flag(id)` for label and explanation. */
  flags: string[];
}

export class Knowledge {
  private readonly sourcesById: Map<string, Source>;
  private readonly flagsById: Map<string, FlagDefinition>;
  private keyList: string[] | null = null;
  private packedKeys: KeyList | null = null;
  private curatedIndex: Map<string, CuratedIngredient> | null = null;
  private readonly annexEntries = new Map<number, AnnexEntry>();

  constructor(readonly kb: CompiledKb) {
    this.sourcesById = new Map(kb.sources.map((s) => [s.id, s]));
    this.flagsById = new Map((kb.flags ?? []).map((f) => [f.id, f]));
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  flag(id: string): FlagDefinition | undefined {
    return this.flagsById.get(id);
  }

  /** Whether a flag is one a person may act on (caution level), which paints its ingredient as a warning. */
  isCaution(id: string): boolean {
    return this.flagsById.get(id)?.level === 'caution';
  }

  topic(id: string): Topic | undefined {
    return (this.kb.topics ?? []).find((t) => t.id === id);
  }

  curatedById(id: string): CuratedIngredient | undefined {
    return this.kb.ingredients.find((i) => i.id === id);
  }

  /** The dictionary index of a name in brackets in `key` ("iron oxides (ci 77491)"), if any. */
  private bracketedIndex(key: string): number | undefined {
    for (const m of key.matchAll(/\(([^()]+)\)/g)) {
      const index = this.indexOfKey(ingredientKey(m[1] ?? ''));
      if (index !== undefined) return index;
    }
    return undefined;
  }

  /** Exact lookup (after folding) of a name as printed, against curated names and CosIng. */
  lookup(name: string): IngredientInfo | null {
    const key = ingredientKey(name);
    let curated = this.curated().get(key) ?? null;
    let index = this.indexOfKey(curated ? ingredientKey(curated.inci) : key);
    if (index === undefined && !curated) {
      const variant = [...spellingVariants(key), ...colourIndexName(key, this.kb.colourIndex)].find(
        (v) => this.curated().has(v) || this.indexOfKey(v) !== undefined,
      );
      if (variant === undefined) return null;
      curated = this.curated().get(variant) ?? null;
      index = this.indexOfKey(curated ? ingredientKey(curated.inci) : variant);
      if (index === undefined) index = this.indexOfKey(variant);
    }
    if (curated && index === undefined) {
      // A curated name CosIng lists under other names ("Iron Oxides" as CI 77491, 77492, 77499): the
      // one printed in brackets, else the first a synonym names, so the functions are CosIng's.
      index =
        this.indexOfKey(key) ??
        this.bracketedIndex(key) ??
        curated.synonyms.reduce<number | undefined>(
          (found, s) => found ?? this.indexOfKey(ingredientKey(s)) ?? this.bracketedIndex(ingredientKey(s)),
          undefined,
        );
    }
    const dict = this.kb.dictionary;
    const functions =
      index === undefined
        ? []
        : this.functionsAt(index)
            .map((f) => dict.functions[f] ?? '')
            .filter(Boolean);
    const annexes =
      index === undefined
        ? []
        : annexRows(dict.annex, index).flatMap((a) => {
            const entry = this.annexEntry(a);
            return entry ? [entry] : [];
          });
    return {
      inci: curated ? curated.inci : index === undefined ? name : this.nameAt(index),
      functions,
      curated,
      cas: index === undefined ? '' : (dict.cas?.[index] ?? ''),
      annexes,
      flags: [...new Set([...(curated?.flags ?? []), ...annexFlags(annexes)])],
    };
  }

  /** Annex row `row`, parsed on first use (see Dictionary.annexEntries). */
  private annexEntry(row: number): AnnexEntry | undefined {
    let entry = this.annexEntries.get(row);
    if (entry === undefined) {
      const text = this.kb.dictionary.annexEntries[row];
      if (text === undefined) return undefined;
      entry = JSON.parse(text) as AnnexEntry;
      this.annexEntries.set(row, entry);
    }
    return entry;
  }

  /** Every dictionary name's lookup key, in dictionary order (sorted). Split once, on first use. */
  dictionaryKeys(): string[] {
    this.keyList ??= this.kb.dictionary.keys.split(KEY_SEPARATOR);
    return this.keyList;
  }

  /** The same keys, read in place in the shipped string (split only if its lengths are missing). */
  keys(): KeyList {
    this.packedKeys ??=
      PackedKeys.of(this.kb.dictionary.keys, this.kb.dictionary.lengths, this.kb.dictionary.keyAt) ??
      new ArrayKeys(this.dictionaryKeys());
    return this.packedKeys;
  }

  /** The function indices of dictionary entry `index`, read from the packed column. */
  functionsAt(index: number): number[] {
    return functionsOf(this.kb.dictionary.fn, this.kb.dictionary.fnAt, index);
  }

  /**
   * The display name of dictionary entry `index`, made from its lookup key: the key only lost the spaces
   * around brackets, which are put back. Used everywhere (CLI and page alike), so the copy of the
   * knowledge base injected into pages need not carry the names.
   */
  nameAt(index: number): string {
    const key = index >= 0 && index < this.keys().count ? this.keys().keyAt(index) : '';
    return toTitleCase(key.replace(/(?<=[^\s(/-])([([])/g, ' $1').replace(/([)\]])(?=[^\s)\],/-])/g, '$1 '));
  }

  /** The dictionary index of a lookup key, by binary search over the shipped sorted keys. */
  indexOfKey(key: string): number | undefined {
    const keys = this.keys();
    let lo = 0;
    let hi = keys.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = keys.compareAt(mid, key);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
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

/**
 * Spellings that labels use for the same INCI name, tried only when the exact key misses: colour index
 * numbers without the space ("CI77891"), the US habit of a common name in parentheses ("Glycine Soja
 * (Soybean) Oil"), and a hyphen or space before a closing number ("Polysorbate-20", "Ceteareth 20").
 */
export function spellingVariants(key: string): string[] {
  const out: string[] = [];
  const ci = /^c\.?\s?i\.?\s?(\d{5})$/.exec(key);
  if (ci) out.push(`ci ${ci[1]}`);
  const withoutParens = key
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (withoutParens !== key && withoutParens.length > 0) out.push(withoutParens);
  for (const k of [key, withoutParens]) {
    const numbered = /^(.*\D)[ -](\d+)$/.exec(k);
    if (numbered) out.push(`${numbered[1]}-${numbered[2]}`, `${numbered[1]} ${numbered[2]}`);
  }
  return out.filter((v) => v !== key);
}

/**
 * US labels name colours as "FD&C Red No. 40" or "Red 40 Lake"; EU labels and CosIng use the colour
 * index number ("CI 16035"). A lake is the same dye on an insoluble carrier.
 */
export function colourIndexName(key: string, index: Record<string, string> | undefined): string[] {
  if (!index) return [];
  const m =
    /^(?:ext\.?\s*)?(?:fd&c|d&c)?\s*(blue|green|orange|red|violet|yellow)\s*(?:no\.?\s*)?(\d{1,2})(?:\s+(?:aluminum|aluminium|calcium|barium)?\s*lake)?$/.exec(
      key,
    );
  const ci = m ? index[`${m[1]} ${m[2]}`] : undefined;
  return ci ? [ingredientKey(ci)] : [];
}

/** Flags implied by EU annex status, so every CosIng name carries them, curated or not. */
export function annexFlags(annexes: AnnexEntry[]): string[] {
  const flags: string[] = [];
  const has = (annex: string) => annexes.some((a) => a.annex === annex);
  for (const a of annexes) {
    if (a.allergen)
      flags.push(a.allergen === 'eu-26' ? 'eu-fragrance-allergen' : 'eu-fragrance-allergen-2023');
  }
  // Annex II rows are matched by CAS as well as by name; a name that is also allowed elsewhere in the
  // annexes (hydroquinone in nail systems) is restricted rather than simply prohibited.
  if (has('II') && !has('III') && !has('IV') && !has('V') && !has('VI')) flags.push('eu-prohibited');
  if (annexes.some((a) => a.annex === 'III' && !a.allergen)) flags.push('eu-restricted');
  if (has('V')) flags.push('eu-preservative');
  if (has('VI')) flags.push('eu-uv-filter');
  return flags;
}

/** CosIng prints names in capitals; packs print them in title case. */
export function toTitleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s/(\-[,])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());
}
