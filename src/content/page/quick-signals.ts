/**
 * Staged reading for the detector: the signals that most often rule a page out come first, and
 * reading stops as soon as even the best case (src/core/detect-stages.ts) is not a skincare product.
 * Every shortcut here reads a superset of what `readSignals` reads, or a test that is true whenever
 * its value would be, so a page ruled out here is one `classifyPage(readSignals(doc))` rules out too;
 * a page that stays possible gets the full reading.
 */

import { structuredKinds } from '../../core/detect';
import { bestCase, type PartialSignals, rejectedVerdict } from '../../core/detect-stages';
import type { PageVerdict } from '../../core/report';
import {
  mayBeRetailerHost,
  PLATFORM_BREADCRUMBS,
  pageHostname,
  pageUrls,
  productAdapterFor,
} from './retailers';
import { domBreadcrumbs, h1Text, hasIngredientLabel, microdataItems, readStructured } from './signals';

/**
 * The verdict for a page that cannot be a skincare product, or null when it may be one. Never throws
 * for a malformed page: the readers skip what they cannot parse.
 */
export function ruleOut(doc: Document): PageVerdict | null {
  const p: PartialSignals = { vocabulary: [doc.title ?? ''], vocabularyComplete: false };
  const verdict = (precise = false): PageVerdict | null => {
    const outcome = bestCase(p, precise);
    return outcome.possible ? null : rejectedVerdict(outcome);
  };

  // Microdata adds a product, its name or its count only through an itemtype naming a product: a
  // count needs no element objects, and most pages have none.
  const productItems = doc.querySelectorAll('[itemscope][itemtype*="product" i]').length;
  const structured = readStructured(doc, productItems > 0 ? microdataItems(doc) : []);
  p.structuredTypes = structured.structuredTypes;
  p.productCount = structured.productCount;
  p.vocabulary.push(
    ...[structured.product?.name, structured.product?.category].filter((t): t is string => Boolean(t)),
    ...structured.breadcrumbs,
  );
  let ruled = verdict();
  if (ruled) return ruled;

  const hasProduct = structuredKinds(structured.structuredTypes).hasProduct;
  if (!hasProduct) {
    // Any og:type holding "product", wherever it is: true whenever the first one holds it.
    p.ogType =
      doc.querySelectorAll('meta[property="og:type"][content*="product" i]').length > 0 ? 'product' : null;
  }
  // The adapter is needed for its breadcrumbs on a store's own host, and for the product signal when
  // nothing else gives one; elsewhere only a platform's breadcrumbs can add to the vocabulary.
  let crumbs: string | undefined = PLATFORM_BREADCRUMBS;
  // Every link of every platform's breadcrumbs, not the first 30: a superset of the real adapter's.
  let crumbLimit = Number.POSITIVE_INFINITY;
  const urls = pageUrls(doc);
  if (mayBeRetailerHost(doc, urls) || (!hasProduct && p.ogType === null)) {
    const adapter = productAdapterFor(doc, pageHostname(doc, null, urls));
    p.retailer = adapter?.id ?? null;
    crumbs = adapter?.breadcrumbs;
    crumbLimit = 30;
  }
  ruled = verdict();
  if (ruled) return ruled;

  p.vocabulary.push(h1Text(doc), ...domBreadcrumbs(doc, crumbs, crumbLimit));
  p.vocabularyComplete = true;
  ruled = verdict() ?? verdict(true);
  if (ruled) return ruled;

  // The heading is worth reading only when its absence would rule the page out.
  if (bestCase({ ...p, hasIngredientHeading: false }, true).possible) return null;
  p.hasIngredientHeading = hasIngredientLabel(doc);
  return verdict(true);
}
