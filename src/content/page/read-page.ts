/**
 * Turns a document into the core's input. Shared by the annotator (live page) and the CLI (jsdom).
 * This is the annotator stage: it may walk the whole page once (the text model) and query the
 * retailer adapter's selectors; the detector never calls it.
 */
import type { PageInput } from '../../core/analyze';
import { listingTilesMatter } from '../../core/detect';
import { finish, type Steps } from '../../core/steps';
import { runInSlices, type SliceOptions } from '../slices';
import { claimZoneSteps } from './claim-zones';
import { adapterIngredientRanges, findIngredientRanges, mergeRanges } from './ingredient-ranges';
import { hasIngredientLabelIn } from './label-in-text';
import { queryAll, queryFirst } from './query';
import { pageHostname, productAdapterFor } from './retailers';
import { countListingTiles, readSignalsSteps } from './signals';
import { type TextModel, textModelSteps } from './text-model';

export interface ReadPage {
  model: TextModel;
  input: PageInput;
}

export function readPage(doc: Document, url: string | null): ReadPage {
  return finish(readPageSteps(doc, url));
}

/**
 * `readPage` for a live page: in slices (see slices.ts), so a large page never costs one long task.
 * Resolves to null when the run is aborted between two slices.
 */
export function readPageInSlices(
  doc: Document,
  url: string | null,
  options: SliceOptions,
): Promise<{ value: ReadPage; busyMs: number } | null> {
  return runInSlices(readPageSteps(doc, url), options);
}

function* readPageSteps(doc: Document, url: string | null): Steps<ReadPage> {
  const model = yield* textModelSteps(doc.body ?? doc.documentElement);
  return yield* readAroundSteps(doc, url, model);
}

/** Everything read besides the text model: signals, ingredient lists, claim zones. */
function* readAroundSteps(doc: Document, url: string | null, model: TextModel): Steps<ReadPage> {
  yield;
  const found = yield* readSignalsSteps(doc, () => hasIngredientLabelIn(doc, model));
  const { signals } = found;
  // The signals name the store from the page's canonical address (a saved page still names its store);
  // the selectors follow the address the page is at, found again only where the two differ.
  const host = pageHostname(doc, url);
  const adapter = host === found.host ? found.adapter : productAdapterFor(doc, host);
  if (adapter && !signals.retailer) signals.retailer = adapter.id;
  // Counting tiles is a selector pass over the page; it can only matter on a page with no product signal.
  if (listingTilesMatter(signals)) signals.listingTiles = countListingTiles(doc);
  if (adapter && !signals.product?.name) {
    // No structured data (Amazon): the adapter's title element names the product.
    const title = firstText(doc, adapter.title);
    if (title) signals.product = { name: title, brand: signals.product?.brand ?? null, category: null };
  }

  yield;
  const adapterElements = adapter ? queryAll(doc, adapter.ingredients).slice(0, 10) : [];
  const ingredientRanges = mergeRanges([
    ...adapterIngredientRanges(model, adapterElements),
    ...findIngredientRanges(model.text),
  ]);
  yield;
  const zones = yield* claimZoneSteps(doc, model, adapter);
  const claimRanges = zones.filter((c) => !ingredientRanges.some((r) => c.start < r.end && c.end > r.start));
  return {
    model,
    input: { url, text: model.text, signals, ingredientRanges, claimRanges },
  };
}

function firstText(doc: Document, selector: string): string | null {
  const text = queryFirst(doc, selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 300) : null;
}
