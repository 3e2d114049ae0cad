/**
 * "Analyse the selection": from the context menu or the popup button. The page's selection is read in
 * the page (the menu's `selectionText` collapses line breaks and is cut short), handed to a fresh
 * annotator, which reads that text as the ingredient list.
 */
import { browser } from '../shared/browser';
import { PAINT_CSS_FILE } from '../shared/injected-files';
import { SELECTION_GLOBAL } from '../shared/selection';
import { setTabState } from './tab-state';

/** What the tab shows while the selection is read: the user, not the detector, picked this page. */
const SELECTION_VERDICT = {
  isSkincareProduct: true,
  kind: 'selection',
  confidence: 1,
  signals: ['selection'],
};

/** Runs in the page's isolated world: no closures, only its arguments. */
function readSelection(): string {
  return String(globalThis.getSelection?.() ?? '');
}

/** Runs in the page's isolated world: retire a running annotator, then leave the selection for the next. */
function prepareAnnotator(text: string, globalName: string): void {
  const scope = globalThis as unknown as Record<string | symbol, unknown>;
  const guard = Symbol.for('skin-truth.annotator');
  (scope[guard] as AbortController | undefined)?.abort?.();
  delete scope[guard];
  scope[globalName] = text;
}

export type SelectionResult = { ok: true } | { ok: false; reason: 'empty' | 'unreadable' };

export async function analyseSelection(tabId: number, files: string[]): Promise<SelectionResult> {
  const target = { tabId, frameIds: [0] };
  try {
    const [first] = await browser.scripting.executeScript({ target, func: readSelection });
    const text = typeof first?.result === 'string' ? first.result.trim() : '';
    if (!text) return { ok: false, reason: 'empty' };
    await setTabState(tabId, { state: 'analysing', verdict: SELECTION_VERDICT });
    await browser.scripting.executeScript({ target, func: prepareAnnotator, args: [text, SELECTION_GLOBAL] });
    // A page the detector never ran on lacks the paint rules; on one it did run on, a second copy is harmless.
    await browser.scripting.insertCSS({ target, files: [PAINT_CSS_FILE] });
    await browser.scripting.executeScript({ target, files });
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
