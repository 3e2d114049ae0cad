/**
 * The detector: the only script injected into every matched page, so it stays tiny (no dictionary, no
 * UI library) and reads only cheap signals: structured data, OpenGraph, breadcrumbs, headings. It
 * changes nothing on the page. It reads in stages and stops as soon as the page cannot be a skincare
 * product (most pages); a page that may be one gets the full reading, and the background injects the
 * annotator when the verdict says so.
 */
import { classifyPage } from '../core/detect';
import { browser } from '../shared/browser';
import type { ContentMessage } from '../shared/messages';
import { ruleOut } from './page/quick-signals';
import { readSignals } from './page/signals';
import { measure, now } from './timing';

const GUARD = Symbol.for('skin-truth.detector');

function detect(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[GUARD]) return;
  scope[GUARD] = true;
  const started = now();
  const verdict = ruleOut(document) ?? classifyPage(readSignals(document));
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
