/**
 * Splits an ingredient list into tokens, keeping each token's offsets in the original text so that
 * the annotator can highlight it where it stands. Names are kept as written; cleaning for lookup is
 * done later (./clean.ts), so the page text and the report never disagree.
 */
import { isSpace } from '../normalize';

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

/** Tried (sticky) only where a character could start an opener: see shadeStartAt. */
const SHADE_LIST_START =
  /(?<=[\s.;:])(?:[([]\s*)?(?:\+\s*\/\s*[-−–]|±|may\s+contain|peut\s+contenir|kann\s+enthalten)(?![\p{L}])/iuy;

// The split and the trims run over every character of every list, so they compare char codes; the
// bracket and separator tests below are the strings '([{', ')]}' and the separator set, spelt as codes.
const isOpen = (c: number): boolean => c === 40 || c === 91 || c === 123;
const isClose = (c: number): boolean => c === 41 || c === 93 || c === 125;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether `at` lies inside a bracket pair of `text`: one opened before it and closed after it. An
 * opener nothing closes brackets nothing, as in the split.
 */
export function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c) && depth > 0) depth--;
  }
  for (let i = at, d = depth; i < text.length && depth > 0; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) d++;
    else if (isClose(c) && --d < depth) return true;
  }
  return false;
}
const TRIM = /[\s.\u200B-\u200D\u2060\uFEFF\u00AD"“”'‘’]/;

/** TRIM.test for one code unit; ASCII, nearly every character of a list, without the regex. */
function isTrim(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 34 || c === 39;
  return TRIM.test(String.fromCharCode(c));
}

/**
 * A comma between digits is part of a chemical locant ("1,2-Hexanediol", "2-Bromo-2-Nitropropane-1,3-Diol")
 * or a decimal comma ("0,5%"), not a separator. Locants are short, strictly increasing and end in a
 * hyphen or prime (or a space, "1,2 Hexanediol"), which tells apart lists printed without spaces (SkinSort): in
 * "Polysorbate 20,1,2-Hexanediol" and "Crosspolymer-6,2-Hydroxyethyl" the first number ends a name.
 */
function isLocantOrDecimalComma(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i + 1))) return false;
  let from = i - 1;
  while (
    isDigit(text.charCodeAt(from - 1)) ||
    (text.charCodeAt(from - 1) === 44 && isDigit(text.charCodeAt(from - 2)))
  )
    from--;
  let to = i + 1;
  while (isDigit(text.charCodeAt(to)) || (text.charCodeAt(to) === 44 && isDigit(text.charCodeAt(to + 1))))
    to++;
  const after = text.slice(to, to + 2);
  if (/^\s?%/.test(after) && !text.slice(i + 1, to).includes(',')) return true;
  const numbers = text.slice(from, to).split(',');
  // "1,2 Hexanediol": a space printed for the hyphen, taken only for single digits that open a name.
  const spaced =
    /^ \p{L}/u.test(after) &&
    numbers.every((n) => n.length === 1) &&
    (from === 0 || isSpace(text.charCodeAt(from - 1)));
  if (!spaced && !/^(?:-|'|′|\s-)/.test(after)) return false;
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

/** Separators: , ; 、 ， • | and line breaks; a comma only outside a locant or decimal. */
function isSeparator(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 44:
      return !isLocantOrDecimalComma(text, i);
    case 59:
    case 0x3001:
    case 0xff0c:
    case 0x2022:
    case 10:
    case 124:
      return true;
    default:
      return false;
  }
}

/**
 * The end of the shade-list opener that starts at `i`, or -1. Only a bracket, "+", "±" or the first
 * letter of may/peut/kann (the Kelvin sign folds to k) after a space or . ; : can start one, which
 * spares the pattern nearly every position. `from` is where the last opener ended: openers do not overlap.
 */
function shadeStartAt(text: string, i: number, from: number): number {
  if (i < from) return -1;
  const c = text.charCodeAt(i);
  const l = c | 32;
  // A letter must be followed by the second letter of its word: "ma", "pe", "ka" (in either case).
  const second = l === 109 || l === 107 || c === 0x212a ? 97 : l === 112 ? 101 : 0;
  if (
    second !== 0
      ? (text.charCodeAt(i + 1) | 32) !== second
      : !(c === 40 || c === 91 || c === 43 || c === 0xb1)
  )
    return -1;
  const before = text.charCodeAt(i - 1);
  if (
    before < 128 &&
    !(before === 32 || (before >= 9 && before <= 13) || before === 46 || before === 59 || before === 58)
  )
    return -1;
  SHADE_LIST_START.lastIndex = i;
  return SHADE_LIST_START.test(text) ? SHADE_LIST_START.lastIndex : -1;
}

/**
 * Splits at top-level separators: never inside (), [] or {}, never inside a locant. A bracket that
 * opens a shade list ("[+/- CI 77891, CI 77491]") is transparent: its members are split like any other
 * and flagged `mayContain`.
 */
export function splitIngredientList(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // Made at the first opener: a list without brackets, and the text before its first one, need no pass.
  let unclosed: number[] | null = null;
  let nextUnclosed = 0;
  // End of the last shade-list opener: "…Biotin. (May contain / Peut contenir): CI 77891" may start
  // a shade list without a comma.
  let shadeEnd = 0;
  const stack: boolean[] = []; // true = a transparent (shade list) bracket
  let depth = 0;
  let tokenStart = 0;
  let mayContain = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && PLAIN[c] === 1) continue;
    // Nothing stands before 0 for an opener to follow.
    const shade = i > 0 ? shadeStartAt(text, i, shadeEnd) : -1;
    if (shade >= 0) {
      shadeEnd = shade;
      if (depth === 0 && text.slice(tokenStart, i).trim().length > 0) {
        mayContain = pushToken(tokens, text, tokenStart, i, offset, mayContain);
        tokenStart = i;
      }
    }
    if (isOpen(c)) {
      unclosed ??= unclosedBrackets(text, i);
      while (nextUnclosed < unclosed.length && (unclosed[nextUnclosed] as number) < i) nextUnclosed++;
      if (unclosed[nextUnclosed] !== i) {
        const transparent = depth === 0 && MAY_CONTAIN.test(text.slice(i + 1, i + 30));
        stack.push(transparent);
        if (!transparent) depth++;
        continue;
      }
    }
    if (isClose(c) && stack.length > 0) {
      if (!stack.pop()) depth--;
      continue;
    }
    if (depth === 0 && isSeparator(text, i)) {
      mayContain = pushToken(tokens, text, tokenStart, i, offset, mayContain);
      tokenStart = i + 1;
    }
  }
  pushToken(tokens, text, tokenStart, length, offset, mayContain);
  return tokens;
}

/**
 * ASCII characters that can be nothing but part of a name: not a bracket, a separator, or the first
 * character of a shade-list opener (+, and m p k in either case).
 */
const PLAIN = new Uint8Array(128).fill(1);
for (const ch of '()[]{},;|\n+mMpPkK') PLAIN[ch.charCodeAt(0)] = 0;

/**
 * Opening brackets that nothing closes ("(Aqua/Water/Eau, Alcohol Denat., …" on a page that cut the
 * list short), in ascending order: they bracket nothing, or they would swallow the rest of the list
 * into one name. Paired as the split pairs them, so dropping them changes no other pair. Read from
 * `from`, the first opener: a closer before it pops nothing.
 */
function unclosedBrackets(text: string, from: number): number[] {
  const open: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) open.push(i);
    else if (isClose(c)) open.pop();
  }
  return open;
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
  // Which brackets have partners, found once per side when a bracket stands at an end: checked one
  // bracket at a time, a long run of them cost the square of the run.
  let openersPaired: Set<number> | null = null;
  for (;;) {
    while (start < end) {
      const c = text.charCodeAt(start);
      // A closer at the start has no partner before it.
      if (isOpen(c)) {
        openersPaired ??= pairedBrackets(text, from, to);
        if (openersPaired.has(start)) break;
      } else if (!isTrim(c) && !isClose(c)) break;
      start++;
    }
    // After the trim the opener's first character is its own: + ± ( or m p k in either case.
    if (start >= end || !mayOpenShadeList(text.charCodeAt(start))) break;
    const prefix = MAY_CONTAIN.exec(text.slice(start, end));
    if (!prefix || prefix[0].length === 0) break;
    start += prefix[0].length;
    shadeList = true;
  }
  let closersPaired: Set<number> | null = null;
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (isClose(c)) {
      closersPaired ??= pairedBrackets(text, start, end);
      if (closersPaired.has(end - 1)) break;
    } else if (!isTrim(c) && !isOpen(c)) break;
    end--;
  }
  return { start, end, shadeList };
}

/**
 * The brackets of [from, to) that have a partner there, in one pass: an opener's partner depends only
 * on what follows it, and a closer's only on what precedes it, so the trims above may read either as
 * their end moves. A bracket with no partner is left over from a shade-list bracket.
 */
function pairedBrackets(text: string, from: number, to: number): Set<number> {
  const open: number[] = [];
  const paired = new Set<number>();
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isOpen(c)) open.push(k);
    else if (isClose(c) && open.length > 0) {
      paired.add(open.pop() as number);
      paired.add(k);
    }
  }
  return paired;
}

function mayOpenShadeList(c: number): boolean {
  const l = c | 32;
  return c === 43 || c === 0xb1 || c === 40 || l === 109 || l === 112 || l === 107;
}
