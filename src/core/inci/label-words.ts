/**
 * The word a shop prints over an ingredient list, in the languages of the shops that print INCI lists:
 * English, French, German, Spanish and Portuguese, Italian, Dutch, the Scandinavian languages, and the
 * bare "INCI". One source for every reader of labels (the detector's heading signal, the list finder
 * in the page text, the block reader), so they agree on what a label is.
 */
export const INGREDIENTS_WORD =
  '(?:ingr[ée]dients?|inhaltsstoffe|ingredientes|ingredienti|ingredi[ëe]nten|ingredienser|inci)';

/**
 * Where such a word may begin in a page's text: a cheap scan whose hits are then checked as labels.
 * No word boundaries: two inline elements' texts meet with none between them ("INCIIngredients").
 * A source, not a RegExp: each scan makes its own, so no `lastIndex` is shared.
 */
export const INGREDIENTS_STEM = 'in(?:gr[ée]di|haltsstoffe|ci)';
