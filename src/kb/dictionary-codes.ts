/**
 * How the dictionary's columns are packed for the page. Every skincare page parses the knowledge base,
 * and JSON.parse pays for every escape and every small array: keys separated by newlines cost an
 * escape per name, and 34,000 function lists as arrays cost more to parse than all the rest together.
 * So keys and words are joined by a character JSON leaves alone, and each name's functions are one
 * character per function, entries joined by spaces (docs/decisions/0019-packed-dictionary.md).
 */

/** Joins the dictionary's keys and words. No lookup key contains it (the compiler checks). */
export const KEY_SEPARATOR = '|';
/** Joins the function codes of consecutive names. */
export const FN_SEPARATOR = ' ';

/** Codes run from "#" to "~", skipping the backslash, which JSON would escape. */
const FIRST = 0x23;
const BACKSLASH = 0x5c;
const LAST = 0x7e;
/** The most functions the one-character codes can name. */
export const MAX_FUNCTIONS = LAST - FIRST;

export function functionCode(fn: number): string {
  const code = FIRST + fn;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

/** Every name's function indices as codes, in dictionary order. */
export function encodeFunctions(fn: readonly (readonly number[])[]): string {
  return fn.map((fns) => fns.map(functionCode).join('')).join(FN_SEPARATOR);
}

/**
 * One name in FN_STRIDE has the position of its codes shipped (`fnAt`): a lookup walks at most
 * FN_STRIDE - 1 separators from there, and the page never splits 34,000 entries to read a few.
 */
export const FN_STRIDE = 32;

/** Where the codes of names 0, FN_STRIDE, 2 * FN_STRIDE, … start in the packed column. */
export function functionCheckpoints(packed: string): number[] {
  const at: number[] = [];
  for (let index = 0, position = 0; position >= 0; index++) {
    if (index % FN_STRIDE === 0) at.push(position);
    const next = packed.indexOf(FN_SEPARATOR, position);
    position = next < 0 ? -1 : next + 1;
  }
  return at;
}

/** The codes of name `index` in the packed column, found from the checkpoint before it. */
export function functionsOf(packed: string, checkpoints: readonly number[], index: number): number[] {
  let start = checkpoints[Math.floor(index / FN_STRIDE)];
  if (start === undefined) return [];
  for (let k = index % FN_STRIDE; k > 0; k--) {
    const next = packed.indexOf(FN_SEPARATOR, start);
    if (next < 0) return [];
    start = next + 1;
  }
  const end = packed.indexOf(FN_SEPARATOR, start);
  return decodeFunctions(packed.slice(start, end < 0 ? packed.length : end));
}

/** The number a one-character code (functionCode) stands for. */
export function codeValue(code: number): number {
  return code > BACKSLASH ? code - 1 - FIRST : code - FIRST;
}

/** The function indices of one name's codes. */
export function decodeFunctions(codes: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) out.push(codeValue(codes.charCodeAt(i)));
  return out;
}

/** The largest length a one-character code carries; below the surrogates, which JSON may not keep. */
export const MAX_LENGTH = 0xd7ff - FIRST - 1;

/** Each key's length as one character (the same codes as functions), in dictionary order. */
export function encodeLengths(keys: readonly string[]): string {
  return keys.map((key) => functionCode(key.length)).join('');
}

/**
 * One key in KEY_STRIDE has its start in the joined keys shipped (`keyAt`): the page works out the
 * others of a block from the lengths when a key of it is first read, instead of all 34,000 up front
 * (a pass that cost 4-5 ms on the first, cold run).
 */
export const KEY_STRIDE = 64;

/** Where keys 0, KEY_STRIDE, 2 * KEY_STRIDE, … start in the keys joined by KEY_SEPARATOR. */
export function keyCheckpoints(lengths: string): number[] {
  const at: number[] = [];
  let start = 0;
  for (let i = 0; i < lengths.length; i++) {
    if (i % KEY_STRIDE === 0) at.push(start);
    start += codeValue(lengths.charCodeAt(i)) + KEY_SEPARATOR.length;
  }
  return at;
}

/**
 * Dictionary indices travel as INDEX_WIDTH digits each, in base INDEX_BASE, every digit one of the
 * function codes below it: printable ASCII, so the knowledge base stays a one-byte string (one
 * character per index, above U+00FF, made the whole JSON text two-byte and its parse a quarter slower).
 */
export const INDEX_BASE = 91;
export const INDEX_WIDTH = 3;
/** The most names an index code can tell apart. */
export const MAX_INDICES = INDEX_BASE ** INDEX_WIDTH;

/** Dictionary indices as INDEX_WIDTH characters each, in the given order. */
export function encodeIndices(indices: readonly number[]): string {
  return indices
    .map(
      (i) =>
        functionCode(Math.floor(i / (INDEX_BASE * INDEX_BASE))) +
        functionCode(Math.floor(i / INDEX_BASE) % INDEX_BASE) +
        functionCode(i % INDEX_BASE),
    )
    .join('');
}

/** The k-th index of an encodeIndices string. */
export function indexAt(codes: string, k: number): number {
  const at = k * INDEX_WIDTH;
  return (
    (codeValue(codes.charCodeAt(at)) * INDEX_BASE + codeValue(codes.charCodeAt(at + 1))) * INDEX_BASE +
    codeValue(codes.charCodeAt(at + 2))
  );
}

/**
 * The annex map as (dictionary index, annex row) pairs, sorted by index, both encoded as encodeIndices
 * writes them. An object keyed by 1,900 indices cost the page's knowledge-base parse about 2 ms; this
 * string costs next to nothing, and a lookup is a binary search.
 */
export function encodeAnnex(annex: Readonly<Record<string, readonly number[]>>): string {
  const pairs = Object.entries(annex)
    .map(([index, rows]) => [Number(index), rows] as const)
    .sort((a, b) => a[0] - b[0]);
  return encodeIndices(pairs.flatMap(([index, rows]) => rows.flatMap((row) => [index, row])));
}

/** The annex rows of dictionary entry `index`, in the order they were compiled. */
export function annexRows(pairs: string, index: number): number[] {
  const count = Math.floor(pairs.length / (2 * INDEX_WIDTH));
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indexAt(pairs, 2 * mid) < index) lo = mid + 1;
    else hi = mid;
  }
  const rows: number[] = [];
  for (let k = lo; k < count && indexAt(pairs, 2 * k) === index; k++) rows.push(indexAt(pairs, 2 * k + 1));
  return rows;
}
