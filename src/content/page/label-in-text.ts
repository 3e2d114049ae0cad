/**
 * `hasIngredientLabel` answered from the text model instead of a selector pass: a label's whole text
 * is "Ingredients" or a close variant, so its element holds a text node with that word, and the word
 * occurs in a product page's text a few dozen times at most. Only the elements around those few text
 * nodes are asked, where the selector pass matched and read every heading, button and table cell.
 */
import { INGREDIENTS_STEM } from '../../core/inci/label-words';
import { INGREDIENT_LABEL, LABEL_SELECTOR } from './signals';
import { nodeIndexAt, type TextModel } from './text-model';

/** Longer than any label's text (hasIngredientLabel reads only elements with less). */
const LABEL_CHARS = 40;
/** How far above its text a label element is looked for; labels wrap their word in a span or two. */
const LABEL_DEPTH = 16;

/**
 * True when a label element (LABEL_SELECTOR, at most three child elements, its whole text a label)
 * holds some text node of the model. Like the selector pass, it looks in the document's own tree,
 * not in shadow trees; unlike it, text the model leaves out (editable regions, scripts) is not read.
 */
export function hasIngredientLabelIn(doc: Document, model: TextModel): boolean {
  const word = new RegExp(INGREDIENTS_STEM, 'gi');
  let last = -1;
  for (let m = word.exec(model.text); m !== null; m = word.exec(model.text)) {
    const index = nodeIndexAt(model, m.index);
    if (index === last) continue;
    last = index;
    const node = model.nodes[index];
    if (!node || node.data.length >= LABEL_CHARS || node.getRootNode() !== doc) continue;
    let el = node.parentElement;
    for (let depth = 0; el && depth < LABEL_DEPTH; depth++, el = el.parentElement) {
      const text = el.textContent ?? '';
      // Text only grows on the way up: no element above this one is short enough either.
      if (text.length >= LABEL_CHARS) break;
      if (el.childElementCount <= 3 && INGREDIENT_LABEL.test(text) && el.matches(LABEL_SELECTOR)) return true;
    }
  }
  return false;
}
