/**
 * Keys for dictionary lookups. Retail pages print the same INCI name in many ways (case, dashes,
 * zero-width spaces, non-breaking spaces), so every lookup goes through one folding function.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** Folds an ingredient name to its lookup key: NFKC, lower case, plain dashes, single spaces. */
export function ingredientKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(SPACES, ' ')
    .replace(/\s*([/,()[\]-])\s*/g, '$1')
    .trim();
}
