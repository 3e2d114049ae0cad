/**
 * Checks against the product's own ingredient list: the ids of every check, and the page-level check
 * of an ingredient the copy promotes but the list places under 1 %. The checks of one claim against
 * the list are in claim-checks.ts.
 */

import type { ParsedIngredient } from './analyze';
import { estimateOnePercentLine, markerReason, orderedLists } from './inci/one-percent';
import type { IngredientInfo } from './knowledge';

export const CROSS_CHECK_IDS = [
  'topical-collagen-only',
  'fragrance-in-fragrance-free',
  'retinol-only-palmitate',
  'paraben-free-as-benefit',
  'spf-without-uv-filter',
  'preservative-free-with-preservative',
  'alcohol-free-with-alcohol',
  'hypoallergenic-with-allergens',
  'hero-below-one-percent',
] as const;
export type CrossCheckId = (typeof CROSS_CHECK_IDS)[number];

export interface PageCrossCheck {
  id: CrossCheckId;
  /** Short heading for a tooltip or the popup. */
  label: string;
  /** Source ids (data/sources.json) behind the reasoning. */
  sources: string[];
  /** The curated ingredient the page promotes. */
  ingredient: string;
  /** Where the promotion stands in the page text. */
  start: number;
  end: number;
  message: string;
}

interface Range {
  start: number;
  end: number;
  /** "Active Ingredient", a kit's part name: see orderedLists. */
  label?: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Page-level check: an ingredient the marketing text promotes ("with niacinamide") that the list
 * places after its estimated 1 % line (one-percent.ts: phenoxyethanol, parfum, ...), so it is probably
 * present at under 1%.
 */
export function crossCheckPage(
  text: string,
  ingredientRanges: Range[],
  ingredients: ParsedIngredient[],
): PageCrossCheck[] {
  const results: PageCrossCheck[] = [];
  const listed = new Set(ingredients.map((i) => squashed(i.token.raw)));
  for (const [curated, marker] of belowOnePercentLine(ingredients, ingredientRanges)) {
    const names = [curated.inci, ...curated.commonNames].filter((n) => n.length >= 4);
    const re = new RegExp(`\\b(?:${names.map(escapeRegex).join('|')})\\b`, 'gi');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ingredientRanges.some((r) => start < r.end && end > r.start)) continue;
      // A copy of the list the page prints elsewhere (a "highlights" block it spilled into) is no promotion.
      if (listedRunAround(text, start, end, listed) >= LIST_COPY_RUN) continue;
      results.push({
        id: 'hero-below-one-percent',
        label: `${curated.inci}: probably under 1%`,
        sources: ['eu-1223-2009'],
        ingredient: curated.inci,
        start,
        end,
        message:
          `${curated.inci} is promoted on this page but listed after ${marker}, which is normally used at ` +
          '1% or less, so it is probably present at under 1%. Some actives work at low levels (retinol is ' +
          'capped at 0.3%), but many need more.',
      });
      break;
    }
  }
  return results;
}

/** Names of the list in a comma-separated run that make it a copy of the list, not a key-ingredient line. */
const LIST_COPY_RUN = 6;
const squashed = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * How many comma-separated names in a row around [start, end) are names of the list, the one there
 * included; each side stops at the first item that is not one.
 */
function listedRunAround(text: string, start: number, end: number, listed: ReadonlySet<string>): number {
  let run = 1;
  for (let at = start, n = 0; n < LIST_COPY_RUN; n++) {
    const comma = text.lastIndexOf(',', at - 1);
    if (comma === -1 || text.slice(comma + 1, at).trim() !== '') break;
    const from = Math.max(text.lastIndexOf(',', comma - 1), text.lastIndexOf('\n', comma - 1)) + 1;
    if (!listed.has(squashed(text.slice(from, comma)))) break;
    run++;
    at = from;
  }
  for (let at = end, n = 0; n < LIST_COPY_RUN; n++) {
    const comma = text.indexOf(',', at);
    if (comma === -1 || text.slice(at, comma).trim() !== '') break;
    const next = [text.indexOf(',', comma + 1), text.indexOf('\n', comma + 1), text.length].filter(
      (i) => i !== -1,
    );
    const to = Math.min(...next);
    if (!listed.has(squashed(text.slice(comma + 1, to).replace(/\.$/, '')))) break;
    run++;
    at = to;
  }
  return run;
}

type Curated = NonNullable<NonNullable<ParsedIngredient['info']>['curated']>;

/**
 * Curated ingredients below the estimated 1 % line of every ordered list that holds them (a kit's
 * parts and Drug Facts actives apart), each with the marker of the first such list, in list order.
 */
function belowOnePercentLine(ingredients: ParsedIngredient[], ranges: Range[]): [Curated, string][] {
  // By entry id: the marker of the first list that places it below its line, or null once one does not.
  const below = new Map<string, [Curated, string | null]>();
  for (const list of orderedLists(ingredients, ranges)) {
    const line = estimateOnePercentLine(list.map((i) => i.info?.inci ?? null));
    list.forEach(({ info, token }, at) => {
      const curated = info?.curated;
      // EU labels may list colourants after everything else whatever their amount (Art. 19(1)(g)).
      if (!curated || markerReason(curated.inci) !== null || isColourant(info, token.raw)) return;
      const here = line && at > line.index ? line.marker : null;
      const before = below.get(curated.id);
      // Above the line, or in a list without one, anywhere: nothing says it is under 1 %.
      if (before === undefined) below.set(curated.id, [curated, here]);
      else if (here === null) before[1] = null;
    });
  }
  return [...below.values()].filter((e): e is [Curated, string] => e[1] !== null);
}

/** By its CosIng function, or by its colour index number where the name has none ("Iron Oxides (CI 77491)"). */
const isColourant = (info: IngredientInfo | null, raw: string): boolean =>
  (info?.functions.some((f) => /^colou?rant$/i.test(f)) ?? false) ||
  /\bC\.?I\.?\s?\d{5}\b|^iron oxides?$/i.test(raw) ||
  /^(?:CI \d{5}|iron oxides?)$/i.test(info?.inci ?? '');
