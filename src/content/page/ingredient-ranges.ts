/**
 * Finds where ingredient lists stand in the text model: after a label such as "Ingredients:" or a
 * heading "Full ingredients list", up to the end of that block.
 */
import type { TextRange } from '../../core/analyze';

const LABEL =
  /(?:^|\n)[ \t]*(?:full\s+|inactive\s+|other\s+)?ingredients?(?:\s+list)?[ \t]*(?::[ \t]*|\n\s*)(?=\S)/gi;

export function findIngredientRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const start = m.index + m[0].length;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // A list has separators; a heading followed by prose ("Ingredients matter to us") is not one.
    if (end > start && text.slice(start, end).includes(',')) ranges.push({ start, end });
  }
  return ranges;
}
