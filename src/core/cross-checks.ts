/**
 * Claims checked against the product's own ingredient list. A claim can be worded carefully and still
 * be contradicted by what the formula contains. Every message names the ingredients it is about, so
 * the shopper can find them on the pack.
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

type Check = (ingredients: ParsedIngredient[]) => string | null;

const known = (ingredients: ParsedIngredient[]): IngredientInfo[] =>
  ingredients.flatMap((i) => (i.info ? [i.info] : []));
function list(infos: IngredientInfo[]): string {
  const names = [...new Set(infos.map((i) => i.inci))];
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
const fnHas = (info: IngredientInfo, fn: string) => info.functions.some((f) => f.toUpperCase() === fn);

/** Ingredients with published human evidence of raising dermal collagen when applied to skin. */
const COLLAGEN_STIMULATORS =
  /^(retinol|retinal|retinaldehyde|retinoic acid|tretinoin|ascorbic acid|hydroxypinacolone retinoate)$/i;
const FRAGRANCE_NAMES = /^(parfum|fragrance|perfume|aroma|flavor|flavour)\b/i;
const ESSENTIAL_OIL = /\b(?:leaf|flower|peel|herb|bark|wood|root|seed|fruit)?\s*oil$/i;
const ALLERGEN_FLAGS = new Set(['eu-fragrance-allergen', 'eu-fragrance-allergen-2023']);
const STRONG_RETINOIDS =
  /^(retinol|retinal|retinaldehyde|retinoic acid|tretinoin|hydroxypinacolone retinoate)$/i;
const ETHANOL = /^(alcohol|alcohol denat\.?|sd alcohol(?: \d+\w*)?|ethanol|denatured alcohol)$/i;

function fragranceIngredients(ingredients: ParsedIngredient[]): IngredientInfo[] {
  return known(ingredients).filter(
    (i) =>
      FRAGRANCE_NAMES.test(i.inci) ||
      i.flags.some((f) => ALLERGEN_FLAGS.has(f)) ||
      (fnHas(i, 'PERFUMING') && ESSENTIAL_OIL.test(i.inci)),
  );
}

const CHECKS: Record<Exclude<CrossCheckId, 'hero-below-one-percent'>, Check> = {
  'topical-collagen-only': (ingredients) => {
    const infos = known(ingredients);
    const collagens = infos.filter((i) => /collagen/i.test(i.inci));
    if (collagens.length === 0 || infos.some((i) => COLLAGEN_STIMULATORS.test(i.inci))) return null;
    return (
      `This product's only collagen is ${list(collagens)}: a protein applied to the surface, ` +
      'far too large to pass the outer skin barrier, so it cannot add to the collagen in the dermis.'
    );
  },
  'fragrance-in-fragrance-free': (ingredients) => {
    const found = fragranceIngredients(ingredients);
    if (found.length === 0) return null;
    return (
      `The list contains ${list(found)}: fragrance, a perfuming essential oil or a labelled fragrance ` +
      'allergen. Under EU guidance a product with perfuming ingredients should not be called fragrance-free.'
    );
  },
  'retinol-only-palmitate': (ingredients) => {
    const infos = known(ingredients);
    const esters = infos.filter((i) => /^retinyl (palmitate|acetate|propionate|linoleate)$/i.test(i.inci));
    if (esters.length === 0 || infos.some((i) => STRONG_RETINOIDS.test(i.inci))) return null;
    return (
      `The only vitamin A in the list is ${list(esters)}, an ester that skin must convert before it ` +
      'acts; it is weaker than retinol, which this list does not contain.'
    );
  },
  'paraben-free-as-benefit': (ingredients) => {
    const parabens = known(ingredients).filter((i) => /paraben/i.test(i.inci));
    if (parabens.length > 0)
      return `The claim is contradicted by the list, which contains ${list(parabens)}.`;
    return (
      'True for this list, but parabens are legal preservatives within EU limits; EU guidance does not ' +
      'accept "free from" claims that run down permitted ingredients. Check which preservative replaced them.'
    );
  },
  'spf-without-uv-filter': (ingredients) => {
    if (ingredients.length === 0) return null;
    const filters = known(ingredients).filter((i) => i.flags.includes('eu-uv-filter'));
    if (filters.length > 0) return null;
    return (
      'No UV filter was found in this ingredient list. A sunscreen claim needs UV filters such as zinc ' +
      'oxide, titanium dioxide or avobenzone; in the US they appear in a separate Drug Facts "Active ingredients" panel.'
    );
  },
  'preservative-free-with-preservative': (ingredients) => {
    const found = known(ingredients).filter(
      (i) => i.flags.includes('eu-preservative') || fnHas(i, 'PRESERVATIVE'),
    );
    if (found.length === 0) return null;
    return `The list contains ${list(found)}, which CosIng or the EU preservatives annex lists as a preservative.`;
  },
  'alcohol-free-with-alcohol': (ingredients) => {
    const found = known(ingredients).filter((i) => ETHANOL.test(i.inci));
    if (found.length === 0) return null;
    return `The list contains ${list(found)}, which is ethanol (not a fatty alcohol).`;
  },
  'hypoallergenic-with-allergens': (ingredients) => {
    const infos = known(ingredients);
    // Each named for what it is: "known contact allergens or fragrance" over one preservative said less.
    const kinds: [IngredientInfo[], string, string][] = [
      [infos.filter((i) => FRAGRANCE_NAMES.test(i.inci)), 'fragrance', 'fragrance'],
      [
        infos.filter((i) => !FRAGRANCE_NAMES.test(i.inci) && i.flags.some((f) => ALLERGEN_FLAGS.has(f))),
        'a fragrance allergen that EU labels must name',
        'fragrance allergens that EU labels must name',
      ],
      [
        infos.filter((i) => i.flags.includes('sensitiser') && !i.flags.some((f) => ALLERGEN_FLAGS.has(f))),
        'a known skin sensitiser',
        'known skin sensitisers',
      ],
    ];
    const parts = kinds.flatMap(([found, one, many]) => {
      const names = list(found);
      if (!names) return [];
      return [`${names} (${new Set(found.map((i) => i.inci)).size === 1 ? one : many})`];
    });
    if (parts.length === 0) return null;
    const one = new Set(kinds.flatMap(([found]) => found.map((i) => i.inci))).size === 1;
    return (
      `The list contains ${parts.join('; ')}. ` +
      `A person allergic to ${one ? 'it' : 'one of them'} can react to this product.`
    );
  },
};

/** Which claim families trigger which checks. Keys are claim ids in data/claims. */
export const CLAIM_CHECKS: Record<string, Exclude<CrossCheckId, 'hero-below-one-percent'>[]> = {
  'boosts-collagen': ['topical-collagen-only'],
  'fragrance-free': ['fragrance-in-fragrance-free'],
  unscented: ['fragrance-in-fragrance-free'],
  retinol: ['retinol-only-palmitate'],
  'paraben-free': ['paraben-free-as-benefit'],
  spf: ['spf-without-uv-filter'],
  'sunblock-waterproof': ['spf-without-uv-filter'],
  'preservative-free': ['preservative-free-with-preservative'],
  'alcohol-free': ['alcohol-free-with-alcohol'],
  hypoallergenic: ['hypoallergenic-with-allergens'],
  'sensitive-skin': ['hypoallergenic-with-allergens'],
};

export function crossCheckClaim(claimId: string, ingredients: ParsedIngredient[]): string | null {
  if (ingredients.length === 0) return null;
  const messages = (CLAIM_CHECKS[claimId] ?? []).flatMap((id) => {
    const message = CHECKS[id](ingredients);
    return message ? [message] : [];
  });
  return messages.length > 0 ? messages.join(' ') : null;
}

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
