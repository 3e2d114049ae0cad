/**
 * Splits an ingredient list into tokens, keeping each token's offsets in the original text so that
 * the annotator can highlight it where it stands.
 */

export interface Token {
  /** The token as written (trimmed, footnote marks kept). */
  raw: string;
  start: number;
  end: number;
}

/**
 * Splits at top-level commas and semicolons: never inside (), [] or {}, and never inside a chemical
 * locant such as "1,2-Hexanediol", where a digit stands on both sides of the comma.
 */
export function splitIngredientList(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let tokenStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    const atEnd = i === text.length;
    const isSeparator =
      (ch === ',' || ch === ';' || ch === '\u3001' || ch === '\n') &&
      depth === 0 &&
      !(ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
    if (atEnd || isSeparator) {
      pushToken(tokens, text, tokenStart, i, offset);
      tokenStart = i + 1;
    }
  }
  return tokens;
}

function pushToken(tokens: Token[], text: string, from: number, to: number, offset: number): void {
  let start = from;
  let end = to;
  while (start < end && /[\s.\u200B\uFEFF]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s.\u200B\uFEFF]/.test(text[end - 1] ?? '')) end--;
  if (end > start) tokens.push({ raw: text.slice(start, end), start: start + offset, end: end + offset });
}
