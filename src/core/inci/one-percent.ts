/**
 * Estimates the "1 % line" of an ingredient list. EU (Reg. 1223/2009 Art. 19) and US (21 CFR 701.3)
 * rules order ingredients by descending weight only down to 1 %; below that, any order. The line is not
 * printed, but some ingredients are legally capped at or below 1 %, or are used at trace levels in
 * practice, so the first of them marks where the ≤ 1 % zone has started at the latest.
 *
 * A heuristic, not a rule: the report calls it an estimate and names the marker ingredient.
 */
import { ORIGINAL_ALLERGENS } from '../../kb/allergens';
import { isActivesPart, type ListRole } from './drug-facts';

/**
 * Markers, as CosIng names (upper case). Legal caps from EU Annex V (preservatives) unless noted;
 * fragrance and its declared allergens are used at trace levels in practice.
 */
const PRESERVATIVES = [
  'PHENOXYETHANOL', // Annex V: 1 %
  'METHYLPARABEN', // 0.4 % (single ester)
  'ETHYLPARABEN',
  'PROPYLPARABEN', // 0.14 %
  'BUTYLPARABEN',
  'CHLORPHENESIN', // 0.3 %
  'POTASSIUM SORBATE', // 0.6 % (as acid)
  'SORBIC ACID',
  'DEHYDROACETIC ACID', // 0.6 %
  'SODIUM DEHYDROACETATE',
  'METHYLISOTHIAZOLINONE', // 0.0015 % rinse-off only
  'METHYLCHLOROISOTHIAZOLINONE',
  'BENZYLHEMIFORMAL',
  'DMDM HYDANTOIN', // 0.6 %
  'IMIDAZOLIDINYL UREA', // 0.6 %
  'DIAZOLIDINYL UREA', // 0.5 %
  'SODIUM HYDROXYMETHYLGLYCINATE', // 0.5 %
  'IODOPROPYNYL BUTYLCARBAMATE', // ≤ 0.02 % leave-on
  'TRICLOSAN', // 0.3 %
  'CHLOROXYLENOL', // 0.5 %
];
const FRAGRANCE = [
  'PARFUM',
  'AROMA',
  'FRAGRANCE',
  // The labelled fragrance allergens: declared from 0.001 % (leave-on), trace in practice.
  ...ORIGINAL_ALLERGENS,
];
const MARKERS = new Map<string, OnePercentLine['reason']>([
  ...PRESERVATIVES.map((n) => [n, 'legal-cap'] as const),
  ...FRAGRANCE.map((n) => [n, 'fragrance'] as const),
]);

export interface OnePercentLine {
  /** Index (in list order) of the first ingredient at or below 1 %, by this estimate. */
  index: number;
  /** The ingredient that marked it, as canonical INCI. */
  marker: string;
  /** Why that ingredient marks the line. */
  reason: 'legal-cap' | 'fragrance';
}

/** `incis`: canonical INCI names in list order, null where not recognised. */
export function estimateOnePercentLine(incis: (string | null)[]): OnePercentLine | null {
  // The first ingredient is never below 1 % (a list led by a trace ingredient is not a formula).
  for (let index = 1; index < incis.length; index++) {
    const reason = markerReason(incis[index] ?? '');
    if (reason) return { index, marker: incis[index] as string, reason };
  }
  return null;
}

/**
 * Whether a canonical INCI name marks the 1 % line, and why; null when it does not. No colourant does:
 * labels may list colourants after everything else whatever their amount (EU Art. 19(1)(g), US 21 CFR
 * 701.3), so an organic dye at trace level may be followed by iron oxides at 5 %.
 */
export function markerReason(inci: string): OnePercentLine['reason'] | null {
  return MARKERS.get(inci.toUpperCase()) ?? null;
}

interface ListSpan {
  start: number;
  end: number;
  label?: string;
  role?: ListRole;
}

/** The index of the list range that holds a token, or -1 where none does. */
export function rangeIndexOf(token: { start: number; end: number }, ranges: readonly ListSpan[]): number {
  return ranges.findIndex((r) => token.start >= r.start && token.end <= r.end);
}

/**
 * The parsed ingredients grouped by the list range that holds each, in list order, keyed by the
 * range's index; -1 holds those outside every range.
 */
export function byRange<T extends { token: { start: number; end: number } }>(
  parsed: readonly T[],
  ranges: readonly ListSpan[],
): Map<number, T[]> {
  const lists = new Map<number, T[]>();
  for (const p of parsed) {
    const at = rangeIndexOf(p.token, ranges);
    const list = lists.get(at);
    if (list) list.push(p);
    else lists.set(at, [p]);
  }
  return lists;
}

/**
 * A page's ordered lists, each in list order: one per list range, as a kit prints one list per product
 * in the set, and none for Drug Facts actives, printed apart with their strengths. The order of
 * weights holds inside one list only: where one product's list passes its 1 % line says nothing about
 * the next product's. Ingredients outside every range are one list of their own.
 */
export function orderedLists<T extends { token: { start: number; end: number } }>(
  parsed: readonly T[],
  ranges: readonly ListSpan[],
): T[][] {
  return [...byRange(parsed, ranges)]
    .filter(([at]) => {
      const range = ranges[at];
      return !range || !isActivesPart(range);
    })
    .map(([, list]) => list);
}
