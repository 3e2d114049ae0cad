/**
 * A claim checked against the product's own ingredient list: a claim can be worded carefully and still
 * be contradicted by what the formula contains. Every message names the ingredients it is about, so
 * the shopper can find them on the pack. Page-level checks (a promoted ingredient under 1 %) are in
 * cross-checks.ts.
 */
import type { Verdict } from '../kb/types';
import type { ParsedIngredient } from './analyze';
import type { CrossCheckId } from './cross-checks';
import type { IngredientInfo } from './knowledge';

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

/**
 * A claim's verdict once its check fires: the product's own list contradicts the claim ("fragrance
 * free" with parfum listed), or leaves it unconfirmed (an SPF with no UV filter read in the list,
 * which may be printed elsewhere, so not a contradiction). A paraben-free check also fires to say the
 * claim is true but runs down a legal preservative, so it changes no verdict.
 */
const VERDICT_WHEN_FIRED: Partial<Record<Exclude<CrossCheckId, 'hero-below-one-percent'>, Verdict>> = {
  'fragrance-in-fragrance-free': 'misleading',
  'retinol-only-palmitate': 'misleading',
  'alcohol-free-with-alcohol': 'misleading',
  'preservative-free-with-preservative': 'misleading',
  'spf-without-uv-filter': 'limited-evidence',
};

/** Least to most severe: a check only ever makes a verdict more severe. */
const SEVERITY: readonly Verdict[] = [
  'supported',
  'limited-evidence',
  'unregulated-term',
  'unsupported',
  'misleading',
  'drug-claim',
];

export interface ClaimCheck {
  /** What the product's list says about the claim, or null when no check fired. */
  message: string | null;
  /** The claim's verdict on this product: the family's, or a more severe one a fired check gives. */
  verdict: Verdict;
}

/** A claim checked against this product's list (see CLAIM_CHECKS). */
export function checkClaim(claimId: string, verdict: Verdict, ingredients: ParsedIngredient[]): ClaimCheck {
  if (ingredients.length === 0) return { message: null, verdict };
  const messages: string[] = [];
  let effective = verdict;
  for (const id of CLAIM_CHECKS[claimId] ?? []) {
    const message = CHECKS[id](ingredients);
    if (!message) continue;
    messages.push(message);
    const fired = VERDICT_WHEN_FIRED[id];
    if (fired && SEVERITY.indexOf(fired) > SEVERITY.indexOf(effective)) effective = fired;
  }
  return { message: messages.length > 0 ? messages.join(' ') : null, verdict: effective };
}

export function crossCheckClaim(claimId: string, ingredients: ParsedIngredient[]): string | null {
  return checkClaim(claimId, 'supported', ingredients).message;
}
