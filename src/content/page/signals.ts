/**
 * Reads the cheap page signals (structured data, OpenGraph, breadcrumbs, headings, retailer layout,
 * product tiles) that decide whether a page is worth analysing. Selector queries only, never a walk
 * over the page's text (perf.md §5). Uses only standard DOM, so the CLI runs it under jsdom. A malformed
 * JSON-LD block or a failing selector is skipped, never thrown.
 */
import { isProductType, type PageSignals, typeName } from '../../core/detect';
import { INGREDIENTS_WORD } from '../../core/inci/label-words';
import { finish, type Steps } from '../../core/steps';
import { queryAll } from './query';
import { type PlatformAdapter, pageHostname, productAdapterFor, type RetailerAdapter } from './retailers';

type JsonObject = Record<string, unknown>;

export const INGREDIENT_LABEL = new RegExp(
  String.raw`^\s*(?:full\s+|key\s+|inactive\s+|active\s+)?${INGREDIENTS_WORD}(?:\s+list)?\s*:?\s*$`,
  'i',
);
/** Where stores put an "Ingredients" heading or tab label (measured: bold and label text cost too much here). */
export const LABEL_SELECTOR =
  'h2,h3,h4,h5,h6,dt,summary,button,[role="tab"],th,a[href*="ngredient"],[aria-controls*="ngredient"]';

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** How many `name` objects deep a name is looked for ({"name": {"name": "Serum"}}). */
const NAME_DEPTH = 8;

function textOf(value: unknown): string | null {
  // A loop with a bound, not recursion: JSON.parse accepts nesting far deeper than our stack.
  let v = value;
  for (let depth = 0; depth <= NAME_DEPTH; depth++) {
    if (typeof v === 'string') return v.trim() || null;
    if (!v || typeof v !== 'object' || !('name' in v)) return null;
    v = (v as JsonObject).name;
  }
  return null;
}

/**
 * The JSON-LD scripts, by an attribute selector: whole and case-insensitive. The detector meets each
 * page once, in a fresh world, where every element handed to script needs a wrapper made first:
 * walking `document.scripts` made one per script, 2.4 ms against 0.7 ms on Amazon pages of 190 and
 * 247 scripts (first run in an isolated world); on the 10k-element bench page, run again and again,
 * the two cost the same.
 */
function jsonLdScripts(doc: Document): HTMLScriptElement[] {
  return Array.from(doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json" i]'));
}

/** Every object of every JSON-LD block, with @graph and nested arrays flattened. */
export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of jsonLdScripts(doc)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    // A queue read by index and filled one item at a time: `shift()` costs the queue's length, and
    // `push(...graph)` throws once a graph holds more items than a call takes arguments (~120,000).
    const queue = asArray(parsed);
    for (let i = 0; i < queue.length && out.length < 500; i++) {
      const item = queue[i];
      if (!item || typeof item !== 'object') continue;
      const children = Array.isArray(item) ? item : asArray((item as JsonObject)['@graph']);
      if (!Array.isArray(item)) out.push(item as JsonObject);
      for (const child of children) queue.push(child);
    }
  }
  return out;
}

function typesOf(obj: JsonObject): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string');
}

/** What the page's JSON-LD and microdata say: types, the product, how many products, breadcrumbs. */
export interface Structured {
  structuredTypes: string[];
  product: PageSignals['product'];
  productCount: number;
  breadcrumbs: string[];
}

/** A microdata item of a product type; `itemtype` may list several types, separated by spaces. */
const isProductItem = (el: Element): boolean =>
  (el.getAttribute('itemtype') ?? '').split(/\s+/).some(isProductType);

const isProductObject = (obj: JsonObject): boolean => typesOf(obj).some(isProductType);

/** Reads structured data from the JSON-LD blocks and the given microdata items (`[itemscope][itemtype]`). */
export function readStructured(doc: Document, microdata: Element[]): Structured {
  const jsonLd = readJsonLd(doc);
  const structuredTypes = jsonLd.flatMap(typesOf);
  for (const el of microdata) {
    structuredTypes.push(...(el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean));
  }

  const productLd = jsonLd.find(isProductObject);
  const productMicro = microdata.find(isProductItem);
  let product: PageSignals['product'] = null;
  if (productLd) {
    product = {
      name: textOf(productLd.name),
      brand: textOf(productLd.brand),
      category: textOf(productLd.category),
    };
  } else if (productMicro) {
    const prop = (name: string): string | null =>
      productMicro.querySelector(`[itemprop="${name}"]`)?.textContent?.trim() || null;
    product = { name: prop('name'), brand: prop('brand'), category: prop('category') };
  }

  const breadcrumbs: string[] = [];
  for (const obj of jsonLd) {
    if (!typesOf(obj).some((t) => typeName(t).toLowerCase() === 'breadcrumblist')) continue;
    for (const el of asArray(obj.itemListElement)) {
      const item = el as JsonObject;
      const name = textOf(item?.name) ?? textOf(item?.item);
      if (name) breadcrumbs.push(name);
    }
  }
  const productCount = jsonLd.filter(isProductObject).length + microdata.filter(isProductItem).length;
  return { structuredTypes, product, productCount, breadcrumbs };
}

export const microdataItems = (doc: Document): Element[] =>
  Array.from(doc.querySelectorAll('[itemscope][itemtype]'));

/**
 * Breadcrumb link texts from the usual breadcrumb containers, then from the adapter's selector; the
 * first `limit` links.
 */
export function domBreadcrumbs(doc: Document, adapterSelector: string | undefined, limit = 30): string[] {
  // Containers first, then their links: cheaper than matching every link against its ancestors.
  const crumbLinks: Element[] = queryAll(doc, 'nav[aria-label*="readcrumb"], .breadcrumb, .breadcrumbs')
    .slice(0, 3)
    .flatMap((nav) => Array.from(nav.getElementsByTagName('a')));
  if (adapterSelector) crumbLinks.push(...queryAll(doc, adapterSelector));
  const out: string[] = [];
  for (const a of crumbLinks.slice(0, limit)) {
    const t = a.textContent?.trim();
    if (t && t.length < 80) out.push(t);
  }
  return out;
}

/** The first h1's text, whitespace collapsed. */
export const h1Text = (doc: Document): string =>
  (doc.getElementsByTagName('h1')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);

export function readSignals(doc: Document): PageSignals {
  return finish(readSignalsSteps(doc)).signals;
}

/**
 * The signals with the retailer adapter they found and the store host it was looked up for (the
 * page's canonical address first), for the annotator stage, which goes on to read the adapter's
 * selectors: finding an adapter costs selector passes of its own. In steps, as each part is a few
 * selector passes over the whole page. `labelFound` answers `hasIngredientLabel`; the annotator, which
 * has read the page's text already, answers it from that text (./label-in-text.ts).
 */
export function* readSignalsSteps(
  doc: Document,
  labelFound: (doc: Document) => boolean = hasIngredientLabel,
): Steps<{
  signals: PageSignals;
  adapter: RetailerAdapter | PlatformAdapter | null;
  host: string | null;
}> {
  const { structuredTypes, product, productCount, breadcrumbs } = readStructured(doc, microdataItems(doc));
  yield;
  const host = pageHostname(doc, null);
  const adapter = productAdapterFor(doc, host);
  breadcrumbs.push(...domBreadcrumbs(doc, adapter?.breadcrumbs));
  yield;
  const signals: PageSignals = {
    title: doc.title ?? '',
    structuredTypes,
    ogType: doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null,
    product,
    breadcrumbs,
    hasIngredientHeading: labelFound(doc),
    productCount,
    h1: h1Text(doc),
    retailer: adapter?.id ?? null,
  };
  return { signals, adapter, host };
}

/**
 * Product tiles, for the annotator stage only: a listing has no product signal, so the detector's verdict
 * never depends on them, and counting them costs a full-document selector match on every page.
 */
export function countListingTiles(doc: Document): number {
  return countTiles(doc);
}

/** Product tiles as category and search pages repeat them; nested matches count once. */
const TILE =
  '[data-sku], [data-product-id], [data-product-sku], [data-productid], [data-pid], .s-result-item[data-asin], ' +
  '.Product, .product-tile, .product-card, .productTile, .ProductTile, .product-item, .grid-product, li.product';

function countTiles(doc: Document): number {
  let count = 0;
  const tiles = queryAll(doc, TILE).slice(0, 400);
  const isTile = new Set(tiles);
  for (const el of tiles) {
    let parent = el.parentElement;
    while (parent && !isTile.has(parent)) parent = parent.parentElement;
    if (!parent) count++;
  }
  return count;
}

export function hasIngredientLabel(doc: Document): boolean {
  for (const el of queryAll(doc, LABEL_SELECTOR)) {
    // A label is a short leaf-ish element; reading the text of a big container costs a subtree walk.
    if (el.childElementCount > 3) continue;
    const t = el.textContent ?? '';
    if (t.length < 40 && INGREDIENT_LABEL.test(t)) return true;
  }
  return false;
}
