/**
 * The detector: the only script injected into every matched page, so it stays tiny (no dictionary, no
 * UI library) and reads only cheap signals: structured data, OpenGraph, breadcrumbs, headings. It
 * changes nothing on the page. It reads in stages and stops as soon as the page cannot be a skincare
 * product (most pages); a page that may be one gets the full reading, and the background injects the
 * annotator when the verdict says so.
 */
import { classifyPage } from '../core/detect';
import type { ContentMessage } from '../shared/messages';
import { ruleOut } from './page/quick-signals';
import { readSignalsSteps } from './page/signals';
import { runInSlices } from './slices';
import { now, record, yieldToPage } from './timing';

const GUARD = Symbol.for('skin-truth.detector');

interface Runtime {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The extension API without webextension-polyfill: the detector sends one message, and both engines
 * return a promise for it (Firefox's `browser`, Chrome's MV3 `chrome`). The polyfill is a third of this
 * script's size, which every matched page parses (see docs/decisions/0023-detector-without-polyfill.md).
 */
function extensionApi(): Runtime {
  const scope = globalThis as { browser?: Runtime; chrome?: Runtime };
  // A page element with id="browser" shows up as a global too: only a real API has a runtime id.
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Runtime;
}

async function detect(): Promise<void> {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[GUARD]) return;
  scope[GUARD] = true;
  const started = now();
  let verdict = ruleOut(document);
  let busy = now() - started;
  if (!verdict) {
    // A page that may be ours is read in slices: on a very large page the selector passes alone would
    // hold the main thread for a long task (47 ms measured on the 50k-element bench page).
    // Nothing cancels the detector's one reading, so its signal never fires.
    const signal = new AbortController().signal;
    const read = await runInSlices(readSignalsSteps(document), { pause: yieldToPage, signal });
    if (!read) return;
    const classified = now();
    verdict = classifyPage(read.value.signals);
    busy += read.busyMs + now() - classified;
  }
  record('detect', busy);
  const message: ContentMessage = { type: 'detector/verdict', verdict, candidate: verdict.isSkincareProduct };
  // The background may be restarting or the extension reloading: the page must never see an error.
  extensionApi()
    .runtime.sendMessage(message)
    .catch(() => undefined);
}

// A page we cannot read is a page we leave alone.
detect().catch(() => undefined);
