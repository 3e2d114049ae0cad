/**
 * Attaches EU annex rows (II prohibited, III restricted, IV colourants, V preservatives, VI UV filters)
 * to the inventory names they identify. Node-side only, like ./cosing.ts.
 */

import { ORIGINAL_ALLERGENS } from './allergens';
import { CosingError, rows, splitCas, squash } from './csv';
import type { Annex, AnnexEntry } from './types';

export interface AnnexInput {
  annex: Annex;
  file: string;
  text: string;
}

export interface AnnexStats {
  annex: Annex;
  rows: number;
  /** "Moved or deleted" placeholders. */
  deleted: number;
  /** Annex II rows that prohibit a substance only in some form or above some impurity level. */
  conditional: number;
  matched: number;
  /** References of live rows that name no inventory entry (mostly Annex II chemicals). */
  unmatched: string[];
}

const BOTANICAL = /\b(?:EXTRACT|OIL|JUICE|WATER|POWDER|FLOWER|LEAF|ROOT|SEED|BARK|FRUIT)\b/;
/**
 * A volatile oil of a plant part, as fragrance allergens are (bergamot's is sold as its fruit oil); not a
 * pressed seed, kernel or germ oil, which carries no scent.
 */
const ESSENTIAL_OIL = /^(?!.*\b(?:SEED|KERNEL|NUT|GERM)\s+OIL\b).*\bOIL(?: EXPRESSED)?$/;
const LABELLING_RULE = /Article\s*19/i;
const CONDITIONAL =
  /\b(?:except|unless|if\s+(?:it|they)\s+contains?|other\s+than|when|with\s+the\s+exception|e\.\s?g\.|normal\s+content|in\s+the\s+form|nano)\b|\(nano\)/i;

const LIMITS = { name: 80, scope: 90, limit: 90, conditions: 140 };
interface Columns {
  ref: number;
  chem: number;
  glossary: number;
  cas: number;
  scope: number;
  limit: number;
  other: number;
  identified: number;
}

/** Official exports have one header row; the .xls conversions split it over two. */
function findColumns(table: string[][], file: string): { columns: Columns; firstRow: number } {
  const at = table.findIndex((r) => r[0]?.trim() === 'Reference Number');
  if (at < 0) throw new CosingError(`${file}: no "Reference Number" header row`);
  const top = table[at] ?? [];
  const sub = table[at + 1] ?? [];
  const twoRows = (sub[0] ?? '').trim() === '' && sub.some((c) => c.trim() !== '');
  const merged = top.map((h, i) => (twoRows && sub[i]?.trim() ? sub[i] : h)?.trim() ?? '');
  const find = (test: (h: string) => boolean) => merged.findIndex(test);
  const columns: Columns = {
    ref: 0,
    chem: find((h) => h.startsWith('Chemical name')),
    glossary: find((h) => h.includes('Common Ingredients Glossary')),
    cas: find((h) => h === 'CAS Number'),
    scope: find((h) => h.startsWith('Product Type')),
    limit: find((h) => h.startsWith('Maximum concentration')),
    other: find((h) => h === 'Other'),
    identified: find((h) => h.startsWith('Identified INGREDIENTS')),
  };
  if (columns.chem < 0 || columns.cas < 0 || columns.identified < 0) {
    throw new CosingError(`${file}: missing a chemical name, CAS or identified-ingredients column`);
  }
  return { columns, firstRow: at + (twoRows ? 2 : 1) };
}

/**
 * Names a row identifies; only exact inventory names are kept. Glossary and identified-ingredient
 * cells are comma-separated lists; chemical names contain commas of their own ("Phosphoric acid,
 * calcium nickel salt"), so those are split only at line breaks and semicolons.
 */
function candidateNames(cells: string[], commas: boolean): string[] {
  const out = new Set<string>();
  const separators = commas ? /\n|;| \/ |,(?!\d)|\s\/|\/\s/ : /\n|;/;
  for (const cell of cells) {
    const upper = cell
      .toUpperCase()
      .replace(/\(INN\)/g, '')
      .replace(/\[\d+\]/g, '');
    for (const part of [upper, ...upper.split(separators)]) {
      const name = part.replace(/\s+/g, ' ').trim();
      if (name) out.add(name);
    }
  }
  return [...out];
}

export function compileAnnexes(
  names: string[],
  cas: string[],
  annexes: AnnexInput[],
): { annexEntries: AnnexEntry[]; annex: Record<string, number[]>; stats: AnnexStats[] } {
  const nameIndex = new Map(names.map((n, i) => [n, i]));
  const casIndex = new Map<string, number[]>();
  cas.forEach((list, i) => {
    for (const c of list ? list.split(' / ') : []) casIndex.set(c, [...(casIndex.get(c) ?? []), i]);
  });
  const annexEntries: AnnexEntry[] = [];
  const annex: Record<string, number[]> = {};
  const stats: AnnexStats[] = [];
  for (const input of annexes) {
    const table = rows(input.text);
    const { columns: c, firstRow } = findColumns(table, input.file);
    const stat: AnnexStats = {
      annex: input.annex,
      rows: 0,
      deleted: 0,
      conditional: 0,
      matched: 0,
      unmatched: [],
    };
    for (const row of table.slice(firstRow)) {
      const ref = (row[c.ref] ?? '').trim();
      if (!ref) continue;
      stat.rows++;
      const chem = row[c.chem] ?? '';
      if (/^moved or deleted/i.test(chem.trim())) {
        stat.deleted++;
        continue;
      }
      // Annex II rows that ban a substance only in some form ("except if fully refined", "(nano)",
      // "normal content in natural essences") would wrongly mark the everyday ingredient as prohibited.
      if (input.annex === 'II' && CONDITIONAL.test(chem)) {
        stat.conditional++;
        continue;
      }
      const glossary = c.glossary >= 0 ? (row[c.glossary] ?? '') : '';
      const hits = new Set<number>();
      const candidates = [
        ...candidateNames([glossary, row[c.identified] ?? ''], true),
        ...candidateNames([chem], false),
      ];
      for (const n of candidates) {
        const i = nameIndex.get(n);
        if (i !== undefined) hits.add(i);
      }
      const allergen = c.other >= 0 && LABELLING_RULE.test(row[c.other] ?? '');
      for (const number of splitCas(row[c.cas] ?? '')) {
        for (const i of casIndex.get(number) ?? []) {
          // Botanicals share one CAS per species: a ban on one part (neem kernels) is not a ban on all,
          // and a labelled allergen (orange peel oil) does not make the seed oil or the fruit water one.
          // Allergen rows name most botanicals they cover; by CAS, only the species' other essential
          // oils are taken ("Lavandula Officinalis Flower Oil" for lavender oil).
          const name = names[i] ?? '';
          if (BOTANICAL.test(name) && (input.annex === 'II' || (allergen && !ESSENTIAL_OIL.test(name))))
            continue;
          hits.add(i);
        }
      }
      if (hits.size === 0) {
        stat.unmatched.push(ref);
        continue;
      }
      stat.matched++;
      const entry: AnnexEntry = {
        annex: input.annex,
        ref,
        name: squash(glossary, LIMITS.name) ?? squash(chem, LIMITS.name) ?? ref,
      };
      const scope = c.scope >= 0 ? squash(row[c.scope], LIMITS.scope) : undefined;
      const limit = c.limit >= 0 ? squash(row[c.limit], LIMITS.limit) : undefined;
      const conditions = c.other >= 0 ? squash(row[c.other], LIMITS.conditions) : undefined;
      if (scope) entry.scope = scope;
      if (limit) entry.limit = limit;
      if (conditions) entry.conditions = conditions;
      if (allergen) {
        entry.allergen = [...hits].some((i) => ORIGINAL_ALLERGENS.has(names[i] ?? '')) ? 'eu-26' : 'eu-2023';
      }
      const at = annexEntries.push(entry) - 1;
      for (const i of [...hits].sort((a, b) => a - b)) {
        const key = String(i);
        annex[key] = [...(annex[key] ?? []), at];
      }
    }
    stats.push(stat);
  }
  return { annexEntries, annex, stats };
}

/** The "Last update" date an official export prints in its preamble. */
export function editionOf(input: AnnexInput): string {
  const date = /Last update:\s*([0-9/]+)/.exec(input.text)?.[1];
  return `Annex ${input.annex}${date ? ` (updated ${date})` : ''}`;
}
