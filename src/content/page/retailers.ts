/**
 * Retailer adapters, as data: where each retailer's product pages put the title, the marketing copy
 * and the ingredient list. Selectors are tried in order and every field has the generic path behind
 * it, so an adapter that no longer matches a redesigned page degrades to the generic reader, never to
 * an error. Kept small: the detector imports it to recognise a product page by its layout.
 *
 * Fixture pages built on each retailer's markup conventions live in tests/fixtures/retailers/.
 */
import { queryExists } from './query';

export interface RetailerAdapter {
  id: string;
  /** Host names this adapter applies to (matched against location.hostname). */
  hosts: RegExp;
  /** Present only on a single product's page. */
  productMarker: string;
  title: string;
  breadcrumbs?: string;
  /** Marketing copy: feature bullets, "what it is", description, highlighted ingredients, results. */
  claims: { zone: string; selector: string }[];
  /** Elements holding the ingredient list (often a hidden tab or accordion panel). */
  ingredients: string;
}

/** Shopify and WooCommerce run on any host: recognised by their platform markup instead. */
export interface PlatformAdapter extends Omit<RetailerAdapter, 'hosts'> {
  platformMarker: string;
}

export const RETAILERS: RetailerAdapter[] = [
  {
    id: 'amazon',
    hosts: /(^|\.)amazon\.(com|ca|co\.uk|de|fr|it|es|nl|se|pl|com\.au|com\.mx|com\.br|in|co\.jp|ae|sa|sg)$/,
    productMarker: '#productTitle, #dp-container, #ASIN',
    title: '#productTitle',
    breadcrumbs: '#wayfinding-breadcrumbs_feature_div a',
    claims: [
      { zone: 'bullets', selector: '#feature-bullets li, #feature-bullets-btf li' },
      { zone: 'description', selector: '#productDescription' },
      { zone: 'description', selector: '#aplus, #aplus_feature_div' },
    ],
    ingredients: '#important-information .content, #nic-ingredients-content, #important-information',
  },
  {
    id: 'sephora',
    hosts: /(^|\.)sephora\.(com|co\.uk|fr|de|it|es|ca|com\.au|sg)$/,
    productMarker: '[data-at="product_name"], [data-comp~="ProductPage"], #details',
    title: '[data-at="product_name"], h1',
    breadcrumbs: 'nav[aria-label="Breadcrumbs"] a, [data-comp~="ProductBreadCrumbs"] a',
    claims: [
      { zone: 'highlights', selector: '[data-at="highlights"] li, [data-comp~="ProductHighlights"] li' },
      { zone: 'description', selector: '[data-at="about_the_product"], #details' },
    ],
    ingredients: '#ingredients, [data-at="ingredients"]',
  },
  {
    id: 'ulta',
    hosts: /(^|\.)ulta\.com$/,
    productMarker: '.ProductInformation, .ProductDetail, [data-test="product-information"]',
    title: '.ProductInformation h1, h1',
    breadcrumbs: '.Breadcrumbs a, nav[aria-label="Breadcrumb"] a',
    claims: [
      { zone: 'description', selector: '.ProductSummary, .ProductDetail__productContent' },
      { zone: 'description', selector: 'details[aria-label="Details"], #Details' },
    ],
    ingredients: 'details[aria-label="Ingredients"], #Ingredients, [data-test="ingredients"]',
  },
  {
    id: 'boots',
    hosts: /(^|\.)boots\.com$/,
    productMarker: '#estore_product_title, .product-details-tile, #estore_productpage_template_container',
    title: '#estore_product_title h1, h1',
    breadcrumbs: '#widget_breadcrumb a, .breadcrumb a',
    claims: [{ zone: 'description', selector: '#estore_product_longdesc, #product_long_description' }],
    ingredients: '#product_ingredients, [id*="ingredients"], [id*="Ingredients"]',
  },
  {
    id: 'target',
    hosts: /(^|\.)target\.com$/,
    productMarker: '[data-test="product-title"]',
    title: '[data-test="product-title"]',
    breadcrumbs: '[data-test="@web/Breadcrumbs/BreadcrumbLink"], nav[aria-label="Breadcrumbs"] a',
    claims: [
      {
        zone: 'bullets',
        selector: '[data-test="item-highlights"] li, [data-test="@web/ProductDetailPageHighlights"] li',
      },
      { zone: 'description', selector: '[data-test="item-details-description"]' },
    ],
    ingredients: '[data-test="item-details-label-info"], [data-test="ingredients"]',
  },
  {
    id: 'walmart',
    hosts: /(^|\.)walmart\.(com|ca)$/,
    productMarker: '[data-testid="product-title"], h1[itemprop="name"]',
    title: '[data-testid="product-title"], h1[itemprop="name"]',
    breadcrumbs: '[data-testid="breadcrumb"] a, nav[aria-label="breadcrumb"] a',
    claims: [
      { zone: 'description', selector: '[data-testid="product-description-content"], .dangerous-html' },
    ],
    ingredients: '[data-testid="ingredients"], #item-product-ingredients',
  },
  {
    id: 'lookfantastic',
    hosts: /(^|\.)(lookfantastic|cultbeauty|mankind|skinstore|dermstore)\.[a-z.]+$/,
    productMarker: '.productName_title, [data-product-name], .athenaProductPage',
    title: '.productName_title, h1',
    breadcrumbs: '.breadcrumbs_link, nav[aria-label="Breadcrumbs"] a',
    claims: [
      {
        zone: 'description',
        selector: '[data-information-component="synopsis"], .productDescription_synopsisContent',
      },
      { zone: 'description', selector: '[data-information-component="description"]' },
    ],
    ingredients: '[data-information-component="ingredients"], #product-description-content-ingredients',
  },
];

export const PLATFORMS: PlatformAdapter[] = [
  {
    id: 'shopify',
    platformMarker:
      'link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], meta[name="shopify-digital-wallet"]',
    productMarker: 'form[action*="/cart/add"], script[id^="ProductJson"], [data-product-json]',
    title: '.product__title, .product-single__title, h1',
    claims: [
      {
        zone: 'description',
        selector: '.product__description, .product-single__description, [itemprop="description"]',
      },
    ],
    ingredients: '[id*="ingredient"], [id*="Ingredient"], [class*="ingredient"], [class*="Ingredient"]',
  },
  {
    id: 'woocommerce',
    platformMarker: 'body.woocommerce, body.woocommerce-page',
    productMarker: 'body.single-product, .product_title',
    title: '.product_title, h1',
    breadcrumbs: '.woocommerce-breadcrumb a',
    claims: [
      { zone: 'description', selector: '.woocommerce-product-details__short-description' },
      { zone: 'description', selector: '#tab-description' },
    ],
    ingredients: '#tab-ingredients, [id^="tab-ingredient"], .woocommerce-Tabs-panel--ingredients',
  },
];

/** Every platform adapter's breadcrumbs: a superset of the crumbs of whichever platform a page runs on. */
export const PLATFORM_BREADCRUMBS = PLATFORMS.flatMap((p) => (p.breadcrumbs ? [p.breadcrumbs] : [])).join(
  ', ',
);

/**
 * A word every host of a retailer adapter holds (tests/unit/detect/retailer-hosts.test.ts checks it
 * against each `hosts` pattern): a URL without any of them cannot be a retailer's.
 */
export const RETAILER_HOST_WORDS = [
  'amazon.',
  'sephora.',
  'ulta.com',
  'boots.com',
  'target.com',
  'walmart.',
  'lookfantastic.',
  'cultbeauty.',
  'mankind.',
  'skinstore.',
  'dermstore.',
];

/** Whether a lower-case host or URL holds a retailer's word: without one it cannot be a retailer's. */
const holdsRetailerWord = (lower: string): boolean => RETAILER_HOST_WORDS.some((w) => lower.includes(w));

/**
 * The addresses a page gives for itself, best first: its canonical link, its og:url, the document's
 * own. Read once and passed on where two readers need them: each query costs on a page's first run.
 */
export function pageUrls(doc: Document): (string | null | undefined)[] {
  return [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.location?.href,
  ];
}

/**
 * Whether the URL parser may rewrite a host written in `url`: an escape (%), or a character outside
 * printable ASCII (non-ASCII, spaces, controls). A loop, not a pattern, which would be compiled on
 * every page's first run.
 */
function mayBeRewritten(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x25) return true;
  }
  return false;
}

/**
 * False only when no URL `pageHostname` may take (canonical link, og:url, the document's own) can
 * name a retailer's host: plain string tests, no URL parsing. A URL the URL parser may rewrite in a
 * host counts as possible.
 */
export function mayBeRetailerHost(doc: Document, urls = pageUrls(doc)): boolean {
  return urls.some((c) => {
    if (!c) return false;
    const url = c.toLowerCase();
    return mayBeRewritten(url) || holdsRetailerWord(url);
  });
}

/** The adapter for this page: by host first, then by platform markup. Never throws. */
export function adapterFor(doc: Document, hostname: string | null): RetailerAdapter | PlatformAdapter | null {
  try {
    const host = (hostname ?? '').toLowerCase();
    // The words first: most hosts hold none, and testing the patterns compiles them, 0.5-0.8 ms on
    // the first call in a fresh world (measured), which the detector is on every page.
    const byHost = holdsRetailerWord(host) ? RETAILERS.find((r) => r.hosts.test(host)) : undefined;
    if (byHost) return byHost;
    return PLATFORMS.find((p) => queryExists(doc, p.platformMarker)) ?? null;
  } catch {
    return null;
  }
}

/** The adapter, only when its product-page marker is present (a product page, not a listing). */
export function productAdapterFor(
  doc: Document,
  hostname: string | null,
): RetailerAdapter | PlatformAdapter | null {
  const adapter = adapterFor(doc, hostname);
  try {
    return adapter && queryExists(doc, adapter.productMarker) ? adapter : null;
  } catch {
    return null;
  }
}

/**
 * The page's host: from the URL when known, else from the saved page's canonical or OpenGraph URL (a
 * page saved to disk and read by the CLI still names its store), else from the document.
 */
export function pageHostname(
  doc: Document,
  url: string | null,
  urls?: (string | null | undefined)[],
): string | null {
  const host = hostOf(url);
  if (host) return host;
  // The page's own addresses are read only when the URL gives no host.
  for (const candidate of urls ?? pageUrls(doc)) {
    const found = hostOf(candidate);
    if (found) return found;
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    // Not an absolute URL.
    return null;
  }
}
