/**
 * What the ingredient parse adds to the report beyond name and canonical INCI: how each name was
 * recognised and how sure we are, which list part it came from (Drug Facts "Active" / "Inactive"),
 * shade-list membership, the list-level recognition rate and the estimated 1 % line.
 */
import type { ListRange } from './block';
import type { ListRole } from './drug-facts';
import {
  byRange,
  estimateOnePercentLine,
  type OnePercentLine,
  orderedLists,
  rangeIndexOf,
} from './one-percent';
import type { ParsedIngredient } from './parse';

export interface IngredientDetails {
  matchedBy?: string;
  confidence?: number;
  mayContain?: boolean;
  list?: string;
  listRole?: ListRole;
}

export interface IngredientListSummary {
  count: number;
  recognised: number;
  /** One per ordered list that shows one, indexed in the full list. */
  onePercentLines: OnePercentLine[];
  /** Where each printed list begins in the full list (the first at 0): a kit prints one per product. */
  listStarts: number[];
}

/** Report fields of one parsed ingredient. */
export function ingredientDetails(p: ParsedIngredient, ranges: readonly ListRange[]): IngredientDetails {
  const out: IngredientDetails = { confidence: p.confidence ?? (p.info ? 1 : 0) };
  if (p.matchedBy) out.matchedBy = p.matchedBy;
  if (p.token.mayContain) out.mayContain = true;
  const range = ranges[rangeIndexOf(p.token, ranges)];
  if (range?.label) out.list = range.label;
  else if (range?.role) out.listRole = range.role;
  return out;
}

/** Adds the details to report ingredients built from `parsed` in the same order. */
function withIngredientDetails<T extends object>(
  reportIngredients: T[],
  parsed: readonly ParsedIngredient[],
  ranges: readonly ListRange[],
): (T & IngredientDetails)[] {
  return reportIngredients.map((ri, i) => {
    const p = parsed[i];
    return p ? { ...ri, ...ingredientDetails(p, ranges) } : ri;
  });
}

function summariseIngredients(
  parsed: readonly ParsedIngredient[],
  ranges: readonly ListRange[],
): IngredientListSummary | undefined {
  if (parsed.length === 0) return undefined;
  return {
    count: parsed.length,
    recognised: parsed.filter((p) => p.info).length,
    onePercentLines: onePercentLines(parsed, ranges),
    listStarts: listStarts(parsed, ranges),
  };
}

/** The index of each name that opens a list range, or stands first outside all of them. */
function listStarts(parsed: readonly ParsedIngredient[], ranges: readonly ListRange[]): number[] {
  const starts: number[] = [];
  let previous = Number.NaN;
  parsed.forEach((p, i) => {
    const at = rangeIndexOf(p.token, ranges);
    if (at !== previous) starts.push(i);
    previous = at;
  });
  return starts;
}

/**
 * The line of each ordered list (Drug Facts actives and a kit's other products apart), indexed in the
 * full list, as the report's ingredients are listed.
 */
function onePercentLines(
  parsed: readonly ParsedIngredient[],
  ranges: readonly ListRange[],
): OnePercentLine[] {
  const lines: OnePercentLine[] = [];
  for (const list of orderedLists(parsed, ranges)) {
    const line = estimateOnePercentLine(list.map((p) => p.info?.inci ?? null));
    if (line) lines.push({ ...line, index: parsed.indexOf(list[line.index] as ParsedIngredient) });
  }
  return lines;
}

/**
 * Share of recognised CosIng names in the best candidate list (0..1), or null when no list has three
 * names. The best list, not the average: a page may hold one real list and one stray match.
 */
export function listDensity(
  parsed: readonly ParsedIngredient[],
  ranges: readonly ListRange[],
): number | null {
  let best: number | null = null;
  for (const r of ranges) {
    const inRange = parsed.filter((p) => p.token.start >= r.start && p.token.end <= r.end);
    if (inRange.length < 3) continue;
    const density = inRange.filter((p) => p.info).length / inRange.length;
    if (best === null || density > best) best = density;
  }
  return best;
}

/**
 * The report's ingredients, each with its details, and the list's summary: every list once (see
 * firstCopies). `reportIngredients` are built from `parsed` in the same order.
 */
export function ingredientFields<T extends object>(
  reportIngredients: T[],
  parsed: readonly ParsedIngredient[],
  ranges: readonly ListRange[],
): { ingredients: (T & IngredientDetails)[]; ingredientList: IngredientListSummary | undefined } {
  const listed = firstCopies(parsed, ranges);
  const kept = parsed.filter((_, i) => listed[i]);
  return {
    ingredients: withIngredientDetails(
      reportIngredients.filter((_, i) => listed[i]),
      kept,
      ranges,
    ),
    ingredientList: summariseIngredients(kept, ranges),
  };
}

/**
 * Which parsed ingredients the report lists: all but those of a list that repeats an earlier one name
 * for name. Retailers print one list twice (a mobile and a desktop copy, a tab and a pop-up); the page
 * highlights both, and the report names the product's ingredients once.
 */
export function firstCopies(parsed: readonly ParsedIngredient[], ranges: readonly ListRange[]): boolean[] {
  const seen = new Set<string>();
  const repeated = new Set<ParsedIngredient>();
  for (const [at, list] of byRange(parsed, ranges)) {
    const key = list.map((p) => p.token.raw.toLowerCase().replace(/\s+/g, ' ')).join('\u0000');
    if (at >= 0 && seen.has(key)) for (const p of list) repeated.add(p);
    seen.add(key);
  }
  return parsed.map((p) => !repeated.has(p));
}
