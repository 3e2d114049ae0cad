/**
 * The best verdict still possible while some page signals are unread. `classifyPage` is monotone in
 * each of them: an unread retailer is at best present, an unread ingredient heading at best true, an
 * unread piece of vocabulary at best adds a skincare word and no non-cosmetic one, unread structured
 * data at best names one product and nothing else. So when even the best case is not a skincare
 * product, the page is not one, whatever the unread signals say, and the detector stops reading.
 * tests/unit/detect/stages.test.ts checks that implication on random signals.
 */
import {
  mayMatch,
  recipeKind,
  SKINCARE_THRESHOLD,
  STRONG,
  STRONG_STEMS,
  structuredKinds,
  WEAK,
  WEAK_STEMS,
  WEIGHTS,
} from './detect';
import type { PageVerdict } from './report';

/** What has been read so far; `undefined` means not read yet. */
export interface PartialSignals {
  /** With `productCount`: JSON-LD and microdata both read. */
  structuredTypes?: string[];
  productCount?: number;
  /** `'product'` when an og:type holding "product" may be the page's; `null` when none can be. */
  ogType?: string | null;
  retailer?: string | null;
  hasIngredientHeading?: boolean;
  /** Every vocabulary text read so far (title, h1, product name and category, breadcrumbs), or more. */
  vocabulary: string[];
  /** True once `vocabulary` holds every text `classifyPage` would read. */
  vocabularyComplete: boolean;
}

export type Outcome =
  | { possible: true }
  | { possible: false; kind: PageVerdict['kind']; reason: string; productSignal: boolean };

const no = (kind: string, reason: string, productSignal = false): Outcome => ({
  possible: false,
  kind,
  reason,
  productSignal,
});

/**
 * Whether the page may still be a skincare product, given what is known; never false for one. By
 * default the vocabulary is tested against word stems (no regex to compile); `precise` runs the
 * classifier's own patterns, worth their compile time only once the stems matched.
 */
export function bestCase(p: PartialSignals, precise = false): Outcome {
  const kinds = p.structuredTypes ? structuredKinds(p.structuredTypes) : null;
  const hasProduct = kinds === null || kinds.hasProduct;
  if (kinds?.isRecipe) return no(recipeKind(kinds.types), 'recipe or article structured data');
  if ((p.productCount ?? 0) > 3)
    return no('listing', `${p.productCount} products listed (a category or search page)`);
  const og = p.ogType === undefined || p.ogType?.toLowerCase().includes('product') === true;
  const retailer = p.retailer === undefined || Boolean(p.retailer);
  if (!(hasProduct || og || retailer)) return no('other', 'no product data or product page layout');
  const productSignal = (kinds?.hasProduct ?? false) || (p.ogType !== undefined && og) || Boolean(p.retailer);

  const text = p.vocabulary.join(' \u2022 ');
  const has = (stems: readonly string[], pattern: RegExp): boolean =>
    precise ? pattern.test(text) : mayMatch(text, stems);
  const strong = !p.vocabularyComplete || has(STRONG_STEMS, STRONG);
  const weak = strong || has(WEAK_STEMS, WEAK);
  const heading = p.hasIngredientHeading ?? true;
  if (!strong && !(weak && heading)) {
    return no('product', 'no skincare word in title, category or breadcrumbs', productSignal);
  }
  const score =
    (hasProduct ? WEIGHTS.structuredProduct : 0) +
    (og ? WEIGHTS.ogProduct : 0) +
    (retailer ? WEIGHTS.retailerProductPage : 0) +
    (strong ? WEIGHTS.strongVocabulary : WEIGHTS.weakVocabulary) +
    (heading ? WEIGHTS.ingredientHeading : 0);
  if (score < SKINCARE_THRESHOLD)
    return no('product', 'too little evidence of a skincare product', productSignal);
  return { possible: true };
}

/** The verdict for a page the staged reading ruled out: fewer reasons than a full reading gives. */
export function rejectedVerdict(outcome: Extract<Outcome, { possible: false }>): PageVerdict {
  const kind = outcome.kind === 'product' && !outcome.productSignal ? 'other' : outcome.kind;
  return { isSkincareProduct: false, kind, confidence: 0, signals: [outcome.reason] };
}
