/**
 * Compiles the CosIng exports in data/cosing into the columnar dictionary. Node-side only (the build
 * and the tests import it); the extension loads the result, never these parsers.
 *
 * Two inventory files are merged because neither is complete: the functions JSON is newer (more
 * names), the CSV carries CAS numbers. Annex rows are attached to every inventory name they identify,
 * by glossary/INCI name or by CAS number, so "SALICYLIC ACID" and "SODIUM SALICYLATE" both carry
 * Annex III/98 and Annex V/3.
 */
import { type AnnexInput, type AnnexStats, compileAnnexes, editionOf } from './annexes';
import { CosingError, rows, splitCas } from './csv';
import { rankFunctions } from './function-rank';
import type { CosingDictionary } from './types';

export interface InventoryInput {
  /** `{ "INCI NAME": ["FUNCTION", ...] }` */
  functionsJson: string;
  /** CSV with columns inci_name, cas_number, einecs_number, function. */
  casCsv: string;
}

export interface CosingResult {
  dictionary: CosingDictionary;
  stats: { inventoryRows: number; annexes: AnnexStats[] };
}

/** CosIng exports carry stray double spaces; two spellings of one name must not become two entries. */
export function canonicalName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toUpperCase();
}

export function compileInventory(input: InventoryInput): {
  names: string[];
  functions: string[];
  fn: number[][];
  cas: string[];
  rows: number;
} {
  const byName = new Map<string, { functions: Set<string>; cas: Set<string> }>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) {
      e = { functions: new Set(), cas: new Set() };
      byName.set(name, e);
    }
    return e;
  };
  const json = JSON.parse(input.functionsJson) as Record<string, unknown>;
  let count = 0;
  for (const [name, list] of Object.entries(json)) {
    if (!Array.isArray(list) || list.some((f) => typeof f !== 'string')) {
      throw new CosingError(`entry "${name}": functions must be an array of strings`);
    }
    const e = entry(canonicalName(name));
    for (const f of list as string[]) e.functions.add(f.trim().toUpperCase());
    count++;
  }
  const csv = rows(input.casCsv);
  const header = csv[0] ?? [];
  const [iName, iCas, iFn] = ['inci_name', 'cas_number', 'function'].map((h) => header.indexOf(h));
  if (iName === undefined || iName < 0 || iCas === undefined || iCas < 0 || iFn === undefined || iFn < 0) {
    throw new CosingError('CAS file: expected columns inci_name, cas_number, function');
  }
  for (const row of csv.slice(1)) {
    const name = canonicalName(row[iName] ?? '');
    if (!name) continue;
    const e = entry(name);
    for (const c of splitCas(row[iCas] ?? '')) e.cas.add(c);
    // The CSV's functions are title case and comma-joined; the JSON's are used when both exist.
    if (e.functions.size === 0) {
      for (const f of (row[iFn] ?? '').split(',')) if (f.trim()) e.functions.add(f.trim().toUpperCase());
    }
    count++;
  }
  const names = [...byName.keys()].sort();
  const functions = [...new Set([...byName.values()].flatMap((e) => [...e.functions]))].sort();
  const fnIndex = new Map(functions.map((f, i) => [f, i]));
  return {
    names,
    functions,
    // Most telling for skin care first (function-rank.ts), not CosIng's alphabetical order.
    fn: names.map((n) =>
      rankFunctions([...(byName.get(n)?.functions ?? [])]).map((f) => fnIndex.get(f) ?? 0),
    ),
    cas: names.map((n) => [...(byName.get(n)?.cas ?? [])].join(' / ')),
    rows: count,
  };
}

export function compileCosing(inventory: InventoryInput, annexes: AnnexInput[]): CosingResult {
  const inv = compileInventory(inventory);
  const { annexEntries, annex, stats } = compileAnnexes(inv.names, inv.cas, annexes);
  return {
    dictionary: {
      names: inv.names,
      functions: inv.functions,
      fn: inv.fn,
      cas: inv.cas,
      annexEntries,
      annex,
      editions: ['Inventory', ...annexes.map(editionOf)],
    },
    stats: { inventoryRows: inv.rows, annexes: stats },
  };
}
