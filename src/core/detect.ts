/**
 * Page classification from signals read off the DOM. Pure scoring: each signal has a weight that can
 * be explained to a user ("schema.org Product data +3"), and the verdict lists the signals that
 * decided it. Two questions, answered separately:
 *   1. is this one product's page (not a listing, search result, article or recipe)?
 *   2. is the product skincare or cosmetic?
 * The detector stage answers from cheap signals; the annotator stage adds the measured share of CosIng
 * names in the ingredient list (`inciDensity`), which is the strongest evidence either way.
 * See docs/decisions/page-detection.md for the weights and the measurements behind them.
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
  /** Count of products described by structured data: more than a few means a listing. */
  productCount: number;
  /** The main heading's text. */
  h1?: string;
  /** Id of the retailer adapter whose product-page marker matched ("amazon", "shopify"…). */
  retailer?: string | null;
  /** Repeated product tiles (cards with a product link and price), as on category and search pages. */
  listingTiles?: number;
}

/** Words that name a skincare or cosmetic product type or active: strong evidence on their own. */
export const STRONG =
  /\b(skin ?care|serum|moisturi[sz](?:er|ing)|sunscreen|sun ?screen|spf ?\d{1,2}|cleanser|cleansing (?:balm|oil|gel|foam|milk|water)|micellar|retinol|retinal|hyaluronic|niacinamide|peptides?|ceramides?|face (?:mask|cream|oil|wash|mist)|sheet mask|eye (?:cream|serum|gel)|night cream|day cream|body (?:lotion|butter|wash|oil|cream)|lip balm|exfoliat\w*|toner pads?|facial|anti-?ag(?:e|ing|eing)|wrinkles?|foundation|concealer|bb cream|cc cream|primer|make-?up|cosmetics?|beauty)\b/i;
/** Words that often mean skincare but also other things ("ice cream", "printer toner", "laptop skin"). */
export const WEAK = /\b(cream|lotion|balm|skin|toner|essence|oil|mask|gel|mist|scrub)\b/i;
/** Product kinds that share the vocabulary but are not cosmetics. */
const NOT_COSMETIC =
  /\b(ice cream|printer|toner cartridge|cartridge|laptop|phone|iphone|case|decal|vinyl|sticker|recipe|dietary supplement|supplements?|capsules?|softgels?|gummies|tablets?|powder drink|dog|cat food|pet|motor oil|engine|cooking oil|olive oil for cooking|blu-?ray|dvd|furniture|lamp|sconce|chair)\b/i;
/**
 * Type names, lower case, after any vocabulary prefix. Sets, not patterns: the detector reads them once
 * per page in a fresh world, where a pattern is compiled at its first use. The first call took
 * 0.3-1.3 ms with patterns and 0.2-0.3 ms with sets (docs/decisions/0027).
 */
const RECIPE_TYPES = new Set(['recipe', 'howto', 'newsarticle', 'article', 'blogposting']);
const PRODUCT_TYPES = new Set(['product', 'productgroup', 'individualproduct', 'productmodel']);

/**
 * Lower-case fragments of which every STRONG (or WEAK) match holds at least one, whatever its case:
 * a text with none of them cannot match, and `String.includes` needs no regex compiled. The detector
 * rejects most pages with these alone (tests/unit/detect/stems.test.ts keeps them in step).
 */
export const STRONG_STEMS = [
  'skin',
  'serum',
  'moisturi',
  'screen',
  'spf',
  'cleans',
  'micellar',
  'retin',
  'hyaluronic',
  'niacinamide',
  'peptide',
  'ceramide',
  'face ',
  'sheet mask',
  'eye ',
  'night cream',
  'day cream',
  'body ',
  'lip balm',
  'exfoliat',
  'toner pad',
  'facial',
  'anti',
  'wrinkle',
  'foundation',
  'concealer',
  'bb cream',
  'cc cream',
  'primer',
  'make',
  'cosmetic',
  'beauty',
];
export const WEAK_STEMS = [
  'cream',
  'lotion',
  'balm',
  'skin',
  'toner',
  'essence',
  'oil',
  'mask',
  'gel',
  'mist',
  'scrub',
];

/** False only when no part of `text` can match a pattern whose every match holds one of `stems`. */
export function mayMatch(text: string, stems: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return stems.some((stem) => lower.includes(stem));
}

/**
 * A structured-data type without its vocabulary: "https://schema.org/Product", "http://schema.org#Product"
 * and "schema:Product" all name "Product".
 */
export const typeName = (type: string): string =>
  type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf('#'), type.lastIndexOf(':')) + 1);

/**
 * Whether a structured-data type is a product (Product, ProductGroup, IndividualProduct, ProductModel),
 * however it is written. The one test for every reader of JSON-LD and microdata, so that the product's
 * name, the product count and the verdict never disagree about what a product is.
 */
export const isProductType = (type: string): boolean => PRODUCT_TYPES.has(typeName(type).toLowerCase());

/** Whether structured data names a product, and a recipe or article that is not also a product. */
export function structuredKinds(structuredTypes: string[]): {
  hasProduct: boolean;
  isRecipe: boolean;
  types: string[];
} {
  const types = structuredTypes.map(typeName);
  const hasProduct = structuredTypes.some(isProductType);
  return { hasProduct, isRecipe: types.some((t) => RECIPE_TYPES.has(t.toLowerCase())) && !hasProduct, types };
}

/** The verdict's kind for recipe or article structured data. */
export const recipeKind = (types: string[]): 'recipe' | 'article' =>
  types.some((t) => t.toLowerCase().includes('recipe')) ? 'recipe' : 'article';

/** Score weights. A skincare product page needs a product signal and a score of 4 or more. */
export const WEIGHTS = {
  structuredProduct: 3,
  ogProduct: 2,
  retailerProductPage: 2,
  strongVocabulary: 2,
  weakVocabulary: 1,
  ingredientHeading: 1,
  ingredientDensity: 3,
  notCosmetic: -3,
  recipe: -6,
  listing: -6,
} as const;
export const SKINCARE_THRESHOLD = 4;
/** Share of CosIng names above which an ingredient list is cosmetic, below which it is not (measured). */
export const DENSITY_COSMETIC = 0.6;
export const DENSITY_NOT_COSMETIC = 0.4;
const LISTING_TILES = 8;

/**
 * Whether repeated product tiles can change the verdict: only on a page with no product signal at all.
 * Counting them costs a selector pass over the page, so the annotator skips it otherwise.
 */
export function listingTilesMatter(signals: PageSignals): boolean {
  const ogProduct = signals.ogType !== null && /product/i.test(signals.ogType);
  return !structuredKinds(signals.structuredTypes).hasProduct && !ogProduct && !signals.retailer;
}

/** `inciDensity` is the share of recognised INCI names in the best ingredient block (0..1), if measured. */
export function classifyPage(signals: PageSignals, inciDensity: number | null = null): PageVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(`${reason} (${weight > 0 ? '+' : ''}${weight})`);
  };
  const { hasProduct, isRecipe, types } = structuredKinds(signals.structuredTypes);
  const ogProduct = signals.ogType !== null && /product/i.test(signals.ogType);
  const tiles = signals.listingTiles ?? 0;
  const isListing =
    signals.productCount > 3 || (tiles >= LISTING_TILES && !hasProduct && !ogProduct && !signals.retailer);

  if (hasProduct) add(WEIGHTS.structuredProduct, 'schema.org Product data');
  if (ogProduct) add(WEIGHTS.ogProduct, 'OpenGraph type product');
  if (signals.retailer) add(WEIGHTS.retailerProductPage, `${signals.retailer} product page layout`);

  const vocabulary = [
    signals.title,
    signals.h1,
    signals.product?.name,
    signals.product?.category,
    ...signals.breadcrumbs,
  ]
    .filter(Boolean)
    .join(' \u2022 ');
  const strong = STRONG.exec(vocabulary);
  const weak = strong ? null : WEAK.exec(vocabulary);
  if (strong) add(WEIGHTS.strongVocabulary, `skincare word "${strong[0]}" in title, category or breadcrumbs`);
  else if (weak) add(WEIGHTS.weakVocabulary, `word "${weak[0]}" in title, category or breadcrumbs`);
  const notCosmetic = NOT_COSMETIC.exec(vocabulary);
  if (notCosmetic) add(WEIGHTS.notCosmetic, `non-cosmetic word "${notCosmetic[0]}"`);
  if (signals.hasIngredientHeading) add(WEIGHTS.ingredientHeading, 'an ingredients heading');

  const cosmeticList = inciDensity !== null && inciDensity >= DENSITY_COSMETIC;
  // A measured list that is mostly not cosmetic names (a food label) vetoes the vocabulary.
  const foodLikeList = inciDensity !== null && inciDensity < DENSITY_NOT_COSMETIC;
  if (cosmeticList) {
    add(
      WEIGHTS.ingredientDensity,
      `ingredient list of cosmetic (INCI) names (${Math.round((inciDensity ?? 0) * 100)}% recognised)`,
    );
  }
  if (foodLikeList)
    reasons.push(`ingredient list mostly not cosmetic names (${Math.round((inciDensity ?? 0) * 100)}%)`);
  if (isRecipe) add(WEIGHTS.recipe, 'recipe or article structured data');
  if (isListing) {
    add(
      WEIGHTS.listing,
      `${Math.max(signals.productCount, tiles)} products listed (a category or search page)`,
    );
  }

  const isProductPage = (hasProduct || ogProduct || Boolean(signals.retailer)) && !isListing && !isRecipe;
  // A weak word alone ("mask", "oil") needs an ingredients heading or a measured list to count.
  const cosmeticEvidence = Boolean(strong) || cosmeticList || (Boolean(weak) && signals.hasIngredientHeading);
  const isSkincareProduct = isProductPage && cosmeticEvidence && !foodLikeList && score >= SKINCARE_THRESHOLD;
  const kind = isSkincareProduct
    ? 'skincare-product'
    : isRecipe
      ? recipeKind(types)
      : isListing
        ? 'listing'
        : isProductPage
          ? 'product'
          : 'other';
  const confidence = Math.max(0, Math.min(1, score / 9));
  return { isSkincareProduct, kind, confidence: Math.round(confidence * 100) / 100, signals: reasons };
}
