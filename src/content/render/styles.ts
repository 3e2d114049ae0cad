/**
 * The visual language of highlights, shared by both engines. Claims are coloured by verdict; ingredients
 * are quieter (underline only). Colour is never the only signal: each paint has its own underline style,
 * and the tooltip repeats the verdict as text with an icon. Only paint-level properties are used, because
 * `::highlight()` accepts nothing else.
 */
import type { PAINTS } from './renderer';

type Paint = (typeof PAINTS)[number];

const LIGHT: Record<Paint, string> = {
  'claim-bad':
    'background-color: rgba(248, 113, 113, 0.28); text-decoration: underline wavy #b91c1c; text-decoration-thickness: 1.5px;',
  'claim-warn':
    'background-color: rgba(250, 204, 21, 0.32); text-decoration: underline wavy #b45309; text-decoration-thickness: 1.5px;',
  'claim-good': 'background-color: rgba(74, 222, 128, 0.25); text-decoration: underline solid #15803d;',
  ingredient: 'text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px;',
  'ingredient-flagged': 'text-decoration: underline dashed #c2410c; text-decoration-thickness: 2px;',
  // On the user's own avoid list: the loudest ingredient paint, with a double underline as its shape.
  'ingredient-avoid':
    'background-color: rgba(239, 68, 68, 0.22); text-decoration: underline double #b91c1c; text-decoration-thickness: 2px;',
  active: 'background-color: rgba(37, 99, 235, 0.28);',
};

const DARK: Partial<Record<Paint, string>> = {
  'claim-bad': 'background-color: rgba(248, 113, 113, 0.30); text-decoration-color: #fca5a5;',
  'claim-warn': 'background-color: rgba(250, 204, 21, 0.25); text-decoration-color: #fcd34d;',
  'claim-good': 'background-color: rgba(74, 222, 128, 0.22); text-decoration-color: #86efac;',
  ingredient: 'text-decoration-color: #93c5fd;',
  'ingredient-flagged': 'text-decoration-color: #fdba74;',
  'ingredient-avoid': 'background-color: rgba(248, 113, 113, 0.3); text-decoration-color: #fca5a5;',
  active: 'background-color: rgba(96, 165, 250, 0.35);',
};

/** Prefix of every name we register in the page's highlight registry (shared with page scripts). */
export const HIGHLIGHT_PREFIX = 'skin-truth-';

/**
 * The Highlight API engine's rules, shipped as a stylesheet the browser injects with the detector before
 * the page is first styled. Added later from script, a `::highlight()` rule makes the browser restyle
 * every element: measured 233 ms on the 10k-element bench page and about 500 ms at 50k, the longest
 * task the extension caused. The rules match nothing until we register highlights under these names.
 */
export function highlightCss(): string {
  return paintCss((paint) => `::highlight(${HIGHLIGHT_PREFIX}${paint})`);
}

/** The paint rules, given how each engine selects a paint (a `::highlight()` name or an attribute). */
export function paintCss(selector: (paint: Paint) => string): string {
  const rules = (table: Partial<Record<Paint, string>>): string =>
    Object.entries(table)
      .map(([paint, css]) => `${selector(paint as Paint)} { ${css} }`)
      .join('\n');
  return `${rules(LIGHT)}\n@media (prefers-color-scheme: dark) {\n${rules(DARK)}\n}`;
}

/**
 * Adds our paint rules to each scope: the document where it lacks them, and each open shadow root whose
 * text we paint (page styles do not reach into a shadow tree, and `::highlight()` is matched inside the
 * tree of the text). A
 * constructed sheet in adoptedStyleSheets leaves the DOM untouched, and stays invisible on pages that
 * style every element `display: inline`, where a <style> element would show its text. Where the browser
 * refuses a constructed sheet from an extension context, a <style> element (removed again with the
 * highlights) does the job.
 */
export function attachStyles(
  doc: Document,
  css: string,
  scopes: readonly (Document | ShadowRoot)[],
): { remove(): void } {
  if (scopes.length === 0) return { remove: () => undefined };
  let sheet: CSSStyleSheet | null = null;
  try {
    // One parsed sheet serves every scope: a constructed sheet may be adopted by many.
    sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  const removers = scopes.map((scope) => attachTo(doc, scope, css, sheet));
  return {
    remove: () => {
      for (const remove of removers) remove();
    },
  };
}

function attachTo(
  doc: Document,
  scope: Document | ShadowRoot,
  css: string,
  sheet: CSSStyleSheet | null,
): () => void {
  if (sheet) {
    try {
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      return () => {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // This scope refuses a sheet from an extension context: the element below does the job.
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const parent =
    scope.nodeType === 9 ? ((scope as Document).head ?? (scope as Document).documentElement) : scope;
  parent.appendChild(style);
  return () => style.remove();
}
