/**
 * The trigger scan of the claim matcher (see claim-matcher.ts): one pass over the page text that looks
 * up each word's first three characters in the index's table, tries patterns that start at their
 * trigger right there, and gives every other pattern a window to search later.
 */
import type { ClaimIndex, PatternEntry, TriggerEntry } from './claim-matcher';
import { addWindow } from './claim-windows';

export const isWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Case-folded ASCII word characters, numbered from 1 in table keys; 0 stands for any other character. */
const KEY_CHARS = '0123456789_abcdefghijklmnopqrstuvwxyz';
/** How many values one character of a key takes. */
const KEY_SPAN = KEY_CHARS.length + 1;
/** Size of the table keyOf indexes. */
export const KEY_COUNT = KEY_SPAN ** 3;

/** lowerAt's word characters numbered as in KEY_CHARS (A and a alike); 0 for every other code. */
const KEY_CHAR = Uint8Array.from({ length: 128 }, (_, c) => {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return KEY_CHARS.indexOf(String.fromCharCode(lower)) + 1;
});
const keyChar = (c: number): number =>
  c < 128 ? (KEY_CHAR[c] as number) : c === 0x212a ? (KEY_CHAR[107] as number) : 0;

/**
 * Table key of a word start from its first three code units: -1 unless the first two are word
 * characters. A third that is no ASCII word character (a space, "é", the end) counts as 0, where the
 * index files the two-letter triggers.
 */
export function keyOf(a: number, b: number, c: number): number {
  const x = keyChar(a);
  const y = keyChar(b);
  return x === 0 || y === 0 ? -1 : (x * KEY_SPAN + y) * KEY_SPAN + keyChar(c);
}

/** Every key a trigger word is filed under: a two-letter prefix under any third character. */
export function keysOf(word: string, whole: boolean): number[] {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (word.length > 2 || whole) return [keyOf(a, b, word.charCodeAt(2))];
  return Array.from({ length: KEY_SPAN }, (_, third) => keyOf(a, b, 0) + third);
}

/** Whether `word` (lower case) starts at `at`, its first two characters already matched by the table. */
function startsWithAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 2; i < word.length; i++) if (lowerAt(text, at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Each ASCII word character's lower case, and 0 for every other ASCII character. */
const WORD_LOWER = Uint8Array.from({ length: 128 }, (_, c) => {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return isWord(lower) ? lower : 0;
});

/** U+0130 (İ), the one character whose lower case is longer (i and a combining dot). */
export const LOWERS_LONGER = '\u0130';

/**
 * The code unit at `i` of text.toLowerCase(), as far as the scan can tell: it compares only with ASCII
 * trigger words, and the only characters that lower-case into ASCII are A-Z and the Kelvin sign. Any
 * other character stays outside ASCII either way. Lower-casing the whole page copied every character.
 */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c === 0x212a ? 107 : c;
}

/** Whether the scan reads the character at `i` as part of a word (the Kelvin sign folds to k). */
export function scanWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? WORD_LOWER[c] !== 0 : c === 0x212a;
}

/**
 * Whether the character at `i` is an ASCII word character (past the end: no). Unlike scanWordAt, not
 * the Kelvin sign: \b holds between a word and it, so a whole word may end right before it.
 */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && WORD_LOWER[c] !== 0;
}

export interface Raw {
  p: number;
  start: number;
  end: number;
}

/** Where the trigger scan stands between two calls of scanTriggers. */
export interface ScanState {
  at: number;
  /** Whether the character before `at` is a word character. */
  prevWord: boolean;
  /** Run continuations (see claim-windows.ts), made when the first window is needed. */
  runs: Int32Array | null;
  /** The trigger position each pattern was last tried at (see matchClaimsSteps). */
  triedAt: Int32Array;
}

/**
 * Scans text[state.at, to) for trigger words: a pattern that starts at its trigger is tried there, any
 * other gets a window to search later. Returns false, with `state.at` on the word, when a window is
 * needed before the run continuations exist; called again from there, it skips what it already tried.
 */
export function scanTriggers(
  text: string,
  to: number,
  index: ClaimIndex,
  state: ScanState,
  raw: Raw[],
  windows: number[][],
): boolean {
  const { table, buckets } = index;
  const { runs, triedAt } = state;
  let prevWord = state.prevWord;
  for (let at = state.at; at < to; at++) {
    const code = text.charCodeAt(at);
    // lowerAt, where it is a word character; 0 where it is not.
    const c = code < 128 ? (WORD_LOWER[code] as number) : code === 0x212a ? 107 : 0;
    if (c === 0) {
      prevWord = false;
      continue;
    }
    if (prevWord) continue;
    prevWord = true;
    const key = keyOf(code, text.charCodeAt(at + 1), text.charCodeAt(at + 2));
    const slot = key < 0 ? 0 : (table[key] as number);
    if (slot === 0) continue;
    // Every trigger that is a prefix of this word fires ("wrinkle" and "wrinkles" on "wrinkles").
    const bucket = buckets[slot - 1] as TriggerEntry[];
    for (let e = 0; e < bucket.length; e++) {
      const entry = bucket[e] as TriggerEntry;
      if (!startsWithAt(text, at, entry.word)) continue;
      // A whole word followed by a word character is the start of a longer word ("no" in "note").
      if (entry.whole && isWordAt(text, at + entry.word.length)) continue;
      for (const p of entry.patterns) {
        const pattern = index.patterns[p] as PatternEntry;
        if (!pattern.leading) {
          if (runs === null) {
            // Back to this word's start once the continuations are made.
            state.at = at;
            state.prevWord = false;
            return false;
          }
          addWindow(windows[p] as number[], runs, at);
        } else if (triedAt[p] !== at) {
          triedAt[p] = at;
          // Sticky: test() leaves lastIndex at the match's end and builds no match array.
          pattern.regex.lastIndex = at;
          if (pattern.regex.test(text) && pattern.regex.lastIndex > at)
            raw.push({ p, start: at, end: pattern.regex.lastIndex });
        }
      }
    }
  }
  state.at = to;
  state.prevWord = prevWord;
  return true;
}
