/**
 * Text the user selected, handed to the annotator: the background stores it on the content script's
 * global right before injecting the annotator, and the annotator takes it (once) and reads that part
 * of the page as the ingredient list. Pure apart from the one global.
 */
import type { PageInput, TextRange } from '../core/analyze';

export const SELECTION_GLOBAL = '__skinTruthSelection';

/** Takes the pending selection, if any, so that a later re-run reads the page normally. */
export function takeSelection(
  scope: Record<string, unknown> = globalThis as Record<string, unknown>,
): string | null {
  const value = scope[SELECTION_GLOBAL];
  delete scope[SELECTION_GLOBAL];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * Where the selection stands in the page text. Selections and the text model can differ in white
 * space (line breaks between blocks, collapsed runs), so both are compared with white space folded.
 */
export function findSelection(text: string, selection: string): TextRange | null {
  const words = selection.trim().split(/\s+/).map(escapeRegex);
  if (words.length === 0 || words[0] === '') return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page input with the selection as its only ingredient list; unchanged when it is not found. */
export function selectionInput(input: PageInput, selection: string | null): PageInput {
  if (!selection) return input;
  const range = findSelection(input.text, selection);
  return range ? { ...input, ingredientRanges: [range] } : input;
}
