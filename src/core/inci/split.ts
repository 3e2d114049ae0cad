/**
 * Splits an ingredient list into tokens, keeping each token's offsets in the original text so that
 * the annotator can highlight it where it stands. Names are kept as written; cleaning for lookup is
 * done later (./clean.ts), so the page text and the report never disagree.
 */

export interface Token {
  /** The token as written (trimmed; footnote marks and "(nano)" kept). */
  raw: string;
  start: number;
  end: number;
  /** True inside a "May contain" / "+/-" shade list: present in some shades only. */
  mayContain?: boolean;
}

/**
 * A shade list opener: "May contain", "[+/-", "+/-:", "±", and the French and German forms that
 * bilingual packs print next to the English one.
 */
const MAY_CONTAIN =
  /^\s*(?:\+\s*\/\s*[-−–]|±|\(\s*\+\s*\/\s*[-−–]\s*\)|may\s+contain|peut\s+contenir|kann\s+enthalten)(?:\s*(?:\/|\(|\)|\+\s*\/\s*[-−–]|may\s+contain|peut\s+contenir|kann\s+enthalten))*\s*[:：]?\s*/i;

const SHADE_LIST_START =
  /(?<=[\s.;:])(?:[([]\s*)?(?:\+\s*\/\s*[-−–]|±|may\s+contain|peut\s+contenir|kann\s+enthalten)(?![\p{L}])/giu;

const OPEN = '([{';
const CLOSE = ')]}';

/**
 * Whether `at` lies inside a bracket pair of `text`: one opened before it and closed after it. An
 * opener nothing closes brackets nothing, as in the split.
 */
export function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i] as string;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
  }
  for (let i = at, d = depth; i < text.length && depth > 0; i++) {
    const ch = text[i] as string;
    if (OPEN.includes(ch)) d++;
    else if (CLOSE.includes(ch) && --d < depth) return true;
  }
  return false;
}
const TRIM = /[\s.\u200B-\u200D\u2060\uFEFF\u00AD"“”'‘’]/;

/**
 * A comma between digits is part of a chemical locant ("1,2-Hexanediol", "2-Bromo-2-Nitropropane-1,3-Diol")
 * or a decimal comma ("0,5%"), not a separator. Locants are short, strictly increasing and end in a
 * hyphen or prime, which tells apart lists printed without spaces (SkinSort): in
 * "Polysorbate 20,1,2-Hexanediol" and "Crosspolymer-6,2-Hydroxyethyl" the first number ends a name.
 */
function isLocantOrDecimalComma(text: string, i: number): boolean {
  const digit = (k: number): boolean => /\d/.test(text[k] ?? '');
  if (!digit(i - 1) || !digit(i + 1)) return false;
  let from = i - 1;
  while (digit(from - 1) || (text[from - 1] === ',' && digit(from - 2))) from--;
  let to = i + 1;
  while (digit(to) || (text[to] === ',' && digit(to + 1))) to++;
  const after = text.slice(to, to + 2);
  if (/^\s?%/.test(after) && !text.slice(i + 1, to).includes(',')) return true;
  if (!/^(?:-|'|′|\s-)/.test(after)) return false;
  const numbers = text.slice(from, to).split(',');
  const left = text.slice(from, i).split(',').length - 1; // index of the number before this comma
  let suffix = numbers.length - 1; // start of the longest strictly increasing run that ends the chain
  while (
    suffix > 0 &&
    Number(numbers[suffix - 1]) < Number(numbers[suffix]) &&
    (numbers[suffix - 1] ?? '').length <= 2
  ) {
    suffix--;
  }
  if (numbers.length === 2 && numbers[0] === numbers[1] && /^['′]/.test(after)) return true; // 4,4'-
  return suffix <= left && (numbers[suffix] ?? '').length <= 2;
}

function isSeparator(text: string, i: number): boolean {
  const ch = text[i];
  switch (ch) {
    case ',':
      return !isLocantOrDecimalComma(text, i);
    case ';':
    case '\u3001':
    case '\uFF0C':
    case '•':
    case '\n':
    case '|':
      return true;
    default:
      return false;
  }
}

/**
 * Splits at top-level separators: never inside (), [] or {}, never inside a locant. A bracket that
 * opens a shade list ("[+/- CI 77891, CI 77491]") is transparent: its members are split like any other
 * and flagged `mayContain`.
 */
export function splitIngredientList(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // "…Biotin. (May contain / Peut contenir): CI 77891": a shade list may start without a comma.
  const shadeStarts = new Set<number>();
  SHADE_LIST_START.lastIndex = 0;
  for (let m = SHADE_LIST_START.exec(text); m !== null; m = SHADE_LIST_START.exec(text)) {
    shadeStarts.add(m.index);
  }
  const unclosed = unclosedBrackets(text);
  const stack: boolean[] = []; // true = a transparent (shade list) bracket
  let depth = 0;
  let tokenStart = 0;
  let mayContain = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? '';
    if (depth === 0 && shadeStarts.has(i) && text.slice(tokenStart, i).trim().length > 0) {
      mayContain = pushToken(tokens, text, tokenStart, i, offset, mayContain);
      tokenStart = i;
    }
    if (OPEN.includes(ch) && ch !== '' && !unclosed.has(i)) {
      const transparent = depth === 0 && MAY_CONTAIN.test(text.slice(i + 1, i + 30));
      stack.push(transparent);
      if (!transparent) depth++;
      continue;
    }
    if (CLOSE.includes(ch) && ch !== '' && stack.length > 0) {
      if (!stack.pop()) depth--;
      continue;
    }
    if (i === text.length || (depth === 0 && isSeparator(text, i))) {
      mayContain = pushToken(tokens, text, tokenStart, i, offset, mayContain);
      tokenStart = i + 1;
    }
  }
  return tokens;
}

/**
 * Opening brackets that nothing closes ("(Aqua/Water/Eau, Alcohol Denat., …" on a page that cut the
 * list short): they bracket nothing, or they would swallow the rest of the list into one name. Paired
 * as the split pairs them, so dropping them changes no other pair.
 */
function unclosedBrackets(text: string): Set<number> {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPEN.includes(ch)) open.push(i);
    else if (CLOSE.includes(ch)) open.pop();
  }
  return new Set(open);
}

/** Pushes the trimmed token; returns whether the shade list has started (it lasts to the end). */
function pushToken(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  offset: number,
  mayContain: boolean,
): boolean {
  const { start, end, shadeList } = trimSpan(text, from, to);
  const inShadeList = mayContain || shadeList;
  if (end > start) {
    const token: Token = { raw: text.slice(start, end), start: start + offset, end: end + offset };
    if (inShadeList) token.mayContain = true;
    tokens.push(token);
  }
  return inShadeList;
}

/**
 * [from, to) without what a token is trimmed of: spaces, periods, quotes and stray brackets at both
 * ends, and a shade-list opener in front (`shadeList` says there was one). The parser cuts parts out of
 * a token and trims them the same way, so that a part printed on its own reads back as the same name.
 */
export function trimSpan(
  text: string,
  from: number,
  to: number,
): { start: number; end: number; shadeList: boolean } {
  let start = from;
  let end = to;
  let shadeList = false;
  for (;;) {
    while (start < end && (TRIM.test(text[start] ?? '') || isStrayBracket(text, start, end, start))) start++;
    const prefix = MAY_CONTAIN.exec(text.slice(start, end));
    if (!prefix || prefix[0].length === 0) break;
    start += prefix[0].length;
    shadeList = true;
  }
  while (end > start && (TRIM.test(text[end - 1] ?? '') || isStrayBracket(text, start, end, end - 1))) end--;
  return { start, end, shadeList };
}

/** A bracket at `i` whose partner is not inside [start, end): left over from a shade-list bracket. */
function isStrayBracket(text: string, start: number, end: number, i: number): boolean {
  const ch = text[i] ?? '';
  if (OPEN.includes(ch)) {
    let depth = 0;
    for (let k = i; k < end; k++) {
      const c = text[k] ?? '';
      if (OPEN.includes(c)) depth++;
      else if (CLOSE.includes(c) && --depth === 0) return false;
    }
    return true;
  }
  if (CLOSE.includes(ch)) {
    let depth = 0;
    for (let k = i; k >= start; k--) {
      const c = text[k] ?? '';
      if (CLOSE.includes(c)) depth++;
      else if (OPEN.includes(c) && --depth === 0) return false;
    }
    return true;
  }
  return false;
}
