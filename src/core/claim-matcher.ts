/**
 * Finds claim phrases in page text fast. Running every claim family's regular expression over a whole
 * retailer page (hundreds of kilobytes of reviews) costs a second or more. Instead, one regex pass over
 * the lower-cased text looks up every word's first two letters in a table of trigger words (see
 * regex-triggers.ts); a pattern whose
 * matches always start at a trigger is tried right there (sticky), and any other pattern runs only in
 * windows around its triggers. Patterns without a provable trigger set scan the whole text, so the
 * result is always the same as scanning everything, which the tests check on real texts.
 */
import type { ClaimFamily } from '../kb/types';
import { addWindow, runContinuationsSteps } from './claim-windows';
import { triggersOf } from './regex-triggers';
import { finish, type Steps } from './steps';

interface PatternEntry {
  family: number;
  /** Order inside the family: the earlier pattern wins at the same start, as in one alternation. */
  order: number;
  regex: RegExp;
  leading: boolean;
}

export interface ClaimIndex {
  families: ClaimFamily[];
  patterns: PatternEntry[];
  /** Trigger words with the patterns they fire. */
  buckets: { word: string; patterns: number[] }[][];
  /** First two letters (lower-case ASCII, 7 bits each) → index into `buckets` plus one; 0 for none. */
  table: Uint16Array;
  /** Patterns that must scan the whole text. */
  always: number[];
}

export interface ClaimMatch {
  family: ClaimFamily;
  start: number;
  end: number;
  text: string;
}

const isWord = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Table key of a word start: its first two characters, lower-cased ASCII; -1 if not ASCII. */
function keyOf(a: number, b: number): number {
  const x = a >= 65 && a <= 90 ? a + 32 : a;
  const y = b >= 65 && b <= 90 ? b + 32 : isWord(b) ? b : 0;
  return x < 128 && y < 128 ? x * 128 + y : -1;
}

export function buildClaimIndex(families: ClaimFamily[]): ClaimIndex {
  const patterns: PatternEntry[] = [];
  const byKey = new Map<number, { word: string; patterns: number[] }[]>();
  const always: number[] = [];
  families.forEach((family, f) => {
    // Compiled knowledge bases ship each pattern's triggers; source data (tests, tools) works them out.
    const shipped = family.triggers?.length === family.patterns.length ? family.triggers : null;
    family.patterns.forEach((source, order) => {
      const triggers = shipped ? (shipped[order] ?? null) : triggersOf(source);
      const p = patterns.length;
      patterns.push({
        family: f,
        order,
        regex: new RegExp(source, triggers?.leading ? 'giy' : 'gi'),
        leading: !!triggers?.leading,
      });
      const words = triggers?.words.filter((w) => keyOf(w.charCodeAt(0), w.charCodeAt(1)) >= 0);
      if (!words || words.length !== triggers?.words.length) {
        always.push(p);
        return;
      }
      for (const word of words) {
        const key = keyOf(word.charCodeAt(0), word.charCodeAt(1));
        const bucket = byKey.get(key) ?? [];
        const entry = bucket.find((e) => e.word === word);
        if (entry) entry.patterns.push(p);
        else bucket.push({ word, patterns: [p] });
        byKey.set(key, bucket);
      }
    });
  });
  const table = new Uint16Array(128 * 128);
  const buckets = [...byKey.values()];
  [...byKey.keys()].forEach((key, i) => {
    table[key] = i + 1;
  });
  return { families, patterns, buckets, table, always };
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
const LOWERS_LONGER = '\u0130';

/**
 * The code unit at `i` of text.toLowerCase(), as far as the scan can tell: it compares only with ASCII
 * trigger words, and the only characters that lower-case into ASCII are A-Z and the Kelvin sign. Any
 * other character stays outside ASCII either way. Lower-casing the whole page copied every character.
 */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c === 0x212a ? 107 : c;
}

interface Raw {
  p: number;
  start: number;
  end: number;
}

/** Every claim match in `text`, earliest first; overlapping matches of one family keep the earliest. */
export function matchClaims(text: string, index: ClaimIndex): ClaimMatch[] {
  return finish(matchClaimsSteps(text, index));
}

/** How many characters the scan reads between two chances to pause. */
const CHARS_PER_STEP = 16_384;

/** Where the trigger scan stands between two calls of scanTriggers. */
interface ScanState {
  at: number;
  /** Whether the character before `at` is a word character. */
  prevWord: boolean;
  /** Run continuations (see claim-windows.ts), made when the first window is needed. */
  runs: Int32Array | null;
  /** The trigger position each pattern was last tried at (see matchClaimsSteps). */
  triedAt: Int32Array;
}

/**
 * `matchClaims` in steps, pausing every CHARS_PER_STEP characters and between patterns, so a caller can
 * spread a large page over several tasks. Never pauses inside one regex's search, as the patterns'
 * regexes are shared and their position is set right before each use. The per-character scan is a
 * plain function called once per step: a loop inside a generator is run unoptimised far longer.
 */
export function* matchClaimsSteps(text: string, index: ClaimIndex): Steps<ClaimMatch[]> {
  const raw: Raw[] = [];
  const windows: number[][] = index.patterns.map(() => []);
  for (const p of index.always) windows[p] = [0, text.length];
  if (text.includes(LOWERS_LONGER)) {
    // A rare character changes length when lower-cased; offsets would drift, so scan everything.
    for (let p = 0; p < windows.length; p++) windows[p] = [0, text.length];
  } else {
    // A pattern fired by two triggers that are prefixes of one word ("wrinkle", "wrinkles") is tried
    // there once.
    const state: ScanState = {
      at: 0,
      prevWord: false,
      runs: null,
      triedAt: new Int32Array(index.patterns.length).fill(-1),
    };
    while (state.at < text.length) {
      const to = Math.min(text.length, state.at + CHARS_PER_STEP);
      if (!scanTriggers(text, to, index, state, raw, windows)) {
        state.runs = yield* runContinuationsSteps(text);
        continue;
      }
      if (state.at < text.length) yield;
    }
  }
  for (let p = 0; p < windows.length; p++) {
    const spans = windows[p] as number[];
    if (spans.length === 0) continue;
    searchWindows(text, spans, p, index.patterns[p] as PatternEntry, raw);
    yield;
  }
  return resolve(text, raw, index);
}

/**
 * Scans text[state.at, to) for trigger words: a pattern that starts at its trigger is tried there, any
 * other gets a window to search later. Returns false, with `state.at` on the word, when a window is
 * needed before the run continuations exist; called again from there, it skips what it already tried.
 */
function scanTriggers(
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
    const key = keyOf(c, lowerAt(text, at + 1));
    const slot = key < 0 ? 0 : (table[key] as number);
    if (slot === 0) continue;
    // Every trigger that is a prefix of this word fires ("wrinkle" and "wrinkles" on "wrinkles").
    for (const entry of buckets[slot - 1] as { word: string; patterns: number[] }[]) {
      if (!startsWithAt(text, at, entry.word)) continue;
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

function searchWindows(text: string, spans: number[], p: number, pattern: PatternEntry, raw: Raw[]): void {
  const regex = pattern.leading ? new RegExp(pattern.regex.source, 'gi') : pattern.regex;
  let lastEnd = -1;
  for (let k = 0; k < spans.length; k += 2) {
    let from = spans[k] as number;
    let to = spans[k + 1] as number;
    // Widen to word edges so that \b behaves exactly as it would on the whole text.
    while (from > 0 && isWord(text.charCodeAt(from - 1))) from--;
    while (to < text.length && isWord(text.charCodeAt(to))) to++;
    const slice = text.slice(from, to);
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = from + m.index;
      if (start < lastEnd) continue;
      lastEnd = start + m[0].length;
      raw.push({ p, start, end: lastEnd });
    }
  }
}

/** Per family, as one alternation would: leftmost first, the earlier pattern at a tie, no overlaps. */
function resolve(text: string, raw: Raw[], index: ClaimIndex): ClaimMatch[] {
  const orderOf = (r: Raw): number => (index.patterns[r.p] as PatternEntry).order;
  const familyOf = (r: Raw): number => (index.patterns[r.p] as PatternEntry).family;
  raw.sort((a, b) => familyOf(a) - familyOf(b) || a.start - b.start || orderOf(a) - orderOf(b));
  const out: ClaimMatch[] = [];
  let family = -1;
  let lastEnd = -1;
  for (const r of raw) {
    const f = familyOf(r);
    if (f !== family) {
      family = f;
      lastEnd = -1;
    }
    if (r.start < lastEnd) continue;
    lastEnd = r.end;
    out.push({
      family: index.families[f] as ClaimFamily,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const indexes = new WeakMap<ClaimFamily[], ClaimIndex>();

/** The index for a knowledge base's claim families, built once and kept with them. */
export function claimIndexFor(families: ClaimFamily[]): ClaimIndex {
  let index = indexes.get(families);
  if (!index) {
    index = buildClaimIndex(families);
    indexes.set(families, index);
  }
  return index;
}

/**
 * Could this text change what we find? True when it contains a claim or looks like part of an
 * ingredient list. Used to ignore the endless small updates of live pages (counters, clocks, prices),
 * which repeat the same few strings frame after frame: answers are remembered per index.
 */
export function mayHoldFindings(text: string, index: ClaimIndex): boolean {
  let memo = answers.get(index);
  if (!memo) {
    memo = new Map();
    answers.set(index, memo);
  }
  const known = memo.get(text);
  if (known !== undefined) return known;
  const answer =
    /ingredient/i.test(text) || (text.match(/,/g)?.length ?? 0) >= 3 || matchClaims(text, index).length > 0;
  // Short texts only, and a bounded number: a page's own text is read in full by the runs anyway.
  if (text.length <= 200) {
    if (memo.size >= 512) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}
const answers = new WeakMap<ClaimIndex, Map<string, boolean>>();
