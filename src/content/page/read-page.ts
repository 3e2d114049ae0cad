/**
 * Turns a document into the core's input. Shared by the annotator (live page) and the CLI (jsdom).
 * This is the annotator stage: it may walk the whole page once (the text model) and query the
 * retailer adapter's selectors; the detector never calls it.
 */
import type { PageInput } from '../../core/analyze';
import { listingTilesMatter } from '../../core/detect';
import { findClaimZones } from './claim-zones';
import { adapterIngredientRanges, findIngredientRanges, mergeRanges } from './ingredient-ranges';
import { queryAll } from './query';
import { pageHostname, productAdapterFor } from './retailers';
import { countListingTiles, readSignalsAndAdapter } from './signals';
import { buildTextModel, type TextModel, textModelSteps } from './text-model';

export interface ReadPage {
  model: TextModel;
  input: PageInput;
}

export function readPage(doc: Document, url: string | null): ReadPage {
  return readAround(doc, url, buildTextModel(doc.body ?? doc.documentElement));
}

/** How long one slice of the walk may hold the main thread, in ms (a frame is 16). */
const SLICE_MS = 8;

/**
 * `readPage` for a live page: the walk runs in slices of at most about SLICE_MS, with `pause` between
 * them, so a large page never costs one long task. Resolves to null when `signal` aborts between two
 * slices (a newer run or a teardown). `busy` receives the main-thread time actually spent.
 */
export async function readPageInSlices(
  doc: Document,
  url: string | null,
  options: { pause: () => Promise<void>; signal: AbortSignal; busy: (ms: number) => void },
): Promise<ReadPage | null> {
  const steps = textModelSteps(doc.body ?? doc.documentElement);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      const page = readAround(doc, url, step.value);
      options.busy(performance.now() - sliceStart);
      return page;
    }
    if (performance.now() - sliceStart < SLICE_MS) continue;
    options.busy(performance.now() - sliceStart);
    await options.pause();
    if (options.signal.aborted) return null;
    sliceStart = performance.now();
  }
}

/** Everything read besides the text model: signals, ingredient lists, claim zones. */
function readAround(doc: Document, url: string | null, model: TextModel): ReadPage {
  const found = readSignalsAndAdapter(doc, null);
  const { signals } = found;
  // The signals name the store from the page's canonical address (a saved page still names its store);
  // the selectors follow the address the page is at, found again only where the two differ.
  const host = pageHostname(doc, url);
  const adapter = host === pageHostname(doc, null) ? found.adapter : productAdapterFor(doc, host);
  if (adapter && !signals.retailer) signals.retailer = adapter.id;
  // Counting tiles is a selector pass over the page; it can only matter on a page with no product signal.
  if (listingTilesMatter(signals)) signals.listingTiles = countListingTiles(doc);
  if (adapter && !signals.product?.name) {
    // No structured data (Amazon): the adapter's title element names the product.
    const title = firstText(doc, adapter.title);
    if (title) signals.product = { name: title, brand: signals.product?.brand ?? null, category: null };
  }

  const adapterElements = adapter ? queryAll(doc, adapter.ingredients).slice(0, 10) : [];
  const ingredientRanges = mergeRanges([
    ...adapterIngredientRanges(model, adapterElements),
    ...findIngredientRanges(model.text),
  ]);
  const claimRanges = findClaimZones(doc, model, adapter).filter(
    (c) => !ingredientRanges.some((r) => c.start < r.end && c.end > r.start),
  );
  return {
    model,
    input: { url, text: model.text, signals, ingredientRanges, claimRanges },
  };
}

function firstText(doc: Document, selector: string): string | null {
  const text = queryAll(doc, selector)[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 300) : null;
}
