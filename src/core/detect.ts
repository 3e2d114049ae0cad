/**
 * Page classification from signals read off the DOM. Pure scoring: each signal has a weight that can
 * be explained to a user ("schema.org Product data", "skincare words in the title"), and the verdict
 * lists the signals that decided it.
 */
import type { PageVerdict } from './report';

export interface PageSignals {
  title: string;
  /** @type values of every JSON-LD and microdata item on the page. */
  structuredTypes: string[];
  ogType: string | null;
  /** Product name, brand and category from structured data, when present. */
  product: { name: string | null; brand: string | null; category: string | null } | null;
  breadcrumbs: string[];
  /** True when a heading or label such as "Ingredients" or "Full ingredients list" is present. */
  hasIngredientHeading: boolean;
  /** Count of product tiles or offers that suggest a listing rather than one product. */
  productCount: number;
}

const SKINCARE_WORDS =
  /\b(skin ?care|serum|moisturi[sz]er|moisturi[sz]ing|cream|lotion|cleanser|toner|essence|sunscreen|spf|face mask|sheet mask|eye cream|retinol|hyaluronic|niacinamide|peptide|collagen|exfoliant|exfoliating|balm|face oil|facial|anti-?aging|anti-?ageing|wrinkle|skin|cosmetic|beauty)\b/i;
const RECIPE_TYPES = /^(recipe|howto|newsarticle|article|blogposting)$/i;
const PRODUCT_TYPES = /^(product|productgroup|individualproduct)$/i;

/** Score weights; a page is a skincare product page at a score of 4 or more with a product signal. */
const WEIGHTS = {
  structuredProduct: 3,
  ogProduct: 2,
  skincareVocabulary: 2,
  ingredientHeading: 1,
  ingredientDensity: 3,
  recipe: -6,
  listing: -6,
} as const;

/** `inciDensity` is the share of recognised INCI names in the best ingredient block (0..1), if measured. */
export function classifyPage(signals: PageSignals, inciDensity: number | null = null): PageVerdict {
  const reasons: string[] = [];
  let score = 0;
  const types = signals.structuredTypes.map((t) => t.replace(/^.*[/#]/, ''));
  const hasProduct = types.some((t) => PRODUCT_TYPES.test(t));
  const isRecipe = types.some((t) => RECIPE_TYPES.test(t)) && !hasProduct;

  if (hasProduct) {
    score += WEIGHTS.structuredProduct;
    reasons.push('schema.org Product data');
  }
  if (signals.ogType && /product/i.test(signals.ogType)) {
    score += WEIGHTS.ogProduct;
    reasons.push('OpenGraph type product');
  }
  const vocabulary = [signals.title, signals.product?.name, signals.product?.category, ...signals.breadcrumbs]
    .filter(Boolean)
    .join(' ');
  if (SKINCARE_WORDS.test(vocabulary)) {
    score += WEIGHTS.skincareVocabulary;
    reasons.push('skincare words in title, category or breadcrumbs');
  }
  if (signals.hasIngredientHeading) {
    score += WEIGHTS.ingredientHeading;
    reasons.push('an ingredients heading');
  }
  if (inciDensity !== null && inciDensity >= 0.6) {
    score += WEIGHTS.ingredientDensity;
    reasons.push(`ingredient list of cosmetic (INCI) names (${Math.round(inciDensity * 100)}% recognised)`);
  }
  if (isRecipe) {
    score += WEIGHTS.recipe;
    reasons.push('recipe or article structured data');
  }
  if (signals.productCount > 3) {
    score += WEIGHTS.listing;
    reasons.push(`${signals.productCount} products listed (a category or search page)`);
  }

  const isProductPage =
    (hasProduct || signals.ogType === 'product') && signals.productCount <= 3 && !isRecipe;
  const cosmeticEvidence = SKINCARE_WORDS.test(vocabulary) || (inciDensity !== null && inciDensity >= 0.6);
  // A measured list that is mostly not cosmetic names (a food label) vetoes the vocabulary signal.
  const foodLikeList = inciDensity !== null && inciDensity < 0.4;
  const isSkincareProduct = isProductPage && cosmeticEvidence && !foodLikeList && score >= 4;
  const kind = isSkincareProduct
    ? 'skincare-product'
    : isRecipe
      ? 'recipe'
      : signals.productCount > 3
        ? 'listing'
        : isProductPage
          ? 'product'
          : 'other';
  const confidence = Math.max(0, Math.min(1, score / 9));
  return { isSkincareProduct, kind, confidence: Math.round(confidence * 100) / 100, signals: reasons };
}

/** The cheap first stage: worth loading the annotator and the knowledge base for this page? */
export function looksLikeSkincareCandidate(signals: PageSignals): boolean {
  const verdict = classifyPage(signals);
  return verdict.isSkincareProduct;
}
