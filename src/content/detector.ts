/**
 * The detector: the only script injected into every matched page, so it stays tiny (no dictionary, no
 * UI library) and reads only cheap signals: structured data, OpenGraph, breadcrumbs, headings. It
 * changes nothing on the page. On a likely skincare product page it asks the background to inject the
 * annotator.
 */
import { classifyPage } from '../core/detect';
import { browser } from '../shared/browser';
import type { ContentMessage } from '../shared/messages';
import { readSignals } from './page/signals';
import { measure, now } from './timing';

const GUARD = Symbol.for('skin-truth.detector');

function detect(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[GUARD]) return;
  scope[GUARD] = true;
  const started = now();
  const verdict = classifyPage(readSignals(document));
  measure('detect', started);
  const message: ContentMessage = { type: 'detector/verdict', verdict, candidate: verdict.isSkincareProduct };
  // The background may be restarting or the extension reloading: the page must never see an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

try {
  detect();
} catch {
  // A page we cannot read is a page we leave alone.
}
