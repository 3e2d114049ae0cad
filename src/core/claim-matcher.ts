/**
 * Finds claim phrases in page text fast. Running every claim family's regular expression over a whole
 * retailer page (hundreds of kilobytes of reviews) costs a second or more. Instead, one pass over the
 * text looks up every word's first three characters, case-folded, in a table of trigger words (see
 * regex-triggers.ts); a pattern whose
 * matches always start at a trigger is tried right there (sticky), and any other pattern runs only in
 * windows around its triggers. Patterns without a provable trigger set scan the whole text, so the
 * result is always the same as scanning everything, which the tests check on real texts.
 */
import type { ClaimFamily } from '../kb/types';
import type { TextRange } from './analyze';
import {
  isWord,
  KEY_COUNT,
  keysOf,
  LOWERS_LONGER,
  type Raw,
  type ScanState,
  scanTriggers,
  scanWordAt,
} from './claim-scan';
import { pushSpan, reachOf, runContinuationsSteps } from './claim-windows';
import { byStart } from './ranges';
import { triggersOf } from './regex-triggers';
import { finish, type Steps } from './steps';

export interface PatternEntry {
  family: number;
  /** Order inside the family: the earlier pattern wins at the same start, as in one alternation. */
  order: number;
  regex: RegExp;
  leading: boolean;
}

export interface ClaimIndex {
  families: ClaimFamily[];
  patterns: PatternEntry[];
  /** Trigger words with the patterns they fire (see TriggerEntry). */
  buckets: TriggerEntry[][];
  /** keyOf a word start (see claim-scan.ts) → index into `buckets` plus one; 0 for none. */
  table: Uint16Array;
  /** Patterns that must scan the whole text. */
  always: number[];
}

export interface TriggerEntry {
  /** Lower case, without the whole-word mark. */
  word: string;
  /** Fires only where no word character follows the word. */
  whole: boolean;
  patterns: number[];
}

export interface ClaimMatch {
  family: ClaimFamily;
  start: number;
  end: number;
  text: string;
}

export function buildClaimIndex(families: ClaimFamily[]): ClaimIndex {
  const patterns: PatternEntry[] = [];
  const byKey = new Map<number, TriggerEntry[]>();
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
      const words = triggers?.words.filter((w) => /^[a-z0-9]{2}/.test(w));
      if (!words || words.length !== triggers?.words.length) {
        always.push(p);
        return;
      }
      for (const marked of words) {
        const word = marked.trimEnd();
        const whole = word.length < marked.length;
        for (const key of keysOf(word, whole)) {
          const bucket = byKey.get(key) ?? [];
          const entry = bucket.find((e) => e.word === word && e.whole === whole);
          if (entry) entry.patterns.push(p);
          else bucket.push({ word, whole, patterns: [p] });
          byKey.set(key, bucket);
        }
      }
    });
  });
  const table = new Uint16Array(KEY_COUNT);
  const buckets = [...byKey.values()];
  [...byKey.keys()].forEach((key, i) => {
    table[key] = i + 1;
  });
  return { families, patterns, buckets, table, always };
}

/**
 * Every claim match in `text`, earliest first; overlapping matches of one family keep the earliest.
 * With `within`, a match that lies inside one of those ranges is found as without them (except that a
 * match of its family from outside them may no longer hide it); any other may be left out.
 */
export function matchClaims(text: string, index: ClaimIndex, within?: readonly TextRange[]): ClaimMatch[] {
  return finish(matchClaimsSteps(text, index, within));
}

/** How many characters the scan reads between two chances to pause. */
const CHARS_PER_STEP = 16_384;

/**
 * `matchClaims` in steps, pausing every CHARS_PER_STEP characters and between patterns, so a caller can
 * spread a large page over several tasks. Never pauses inside one regex's search, as the patterns'
 * regexes are shared and their position is set right before each use. The per-character scan is a
 * plain function called once per step: a loop inside a generator is run unoptimised far longer.
 */
export function* matchClaimsSteps(
  text: string,
  index: ClaimIndex,
  within?: readonly TextRange[],
): Steps<ClaimMatch[]> {
  const raw: Raw[] = [];
  const windows: number[][] = index.patterns.map(() => []);
  // A trigger outside the ranges fires nothing, so only the ranges are scanned; the patterns are still
  // tried on the text around them, so that what stands around a range reads as it would anyway.
  const spans = scanSpans(text.length, within);
  const reach = within ? reachOf(text, spans) : spans;
  for (const p of index.always) windows[p] = [...reach];
  if (text.includes(LOWERS_LONGER)) {
    // A rare character changes length when lower-cased; offsets would drift, so scan everything.
    for (let p = 0; p < windows.length; p++) windows[p] = [...reach];
  } else {
    // A pattern fired by two triggers that are prefixes of one word ("wrinkle", "wrinkles") is tried
    // there once.
    const state: ScanState = {
      at: 0,
      prevWord: false,
      runs: null,
      triedAt: new Int32Array(index.patterns.length).fill(-1),
    };
    // Characters left to scan before the next pause: a page of many small zones pauses no more often.
    let left = CHARS_PER_STEP;
    for (let k = 0; k < spans.length; k += 2) {
      const end = spans[k + 1] as number;
      if (state.at < (spans[k] as number)) {
        state.at = spans[k] as number;
        state.prevWord = state.at > 0 && scanWordAt(text, state.at - 1);
      }
      while (state.at < end) {
        const from = state.at;
        const done = scanTriggers(text, Math.min(end, from + left), index, state, raw, windows);
        left -= state.at - from;
        if (!done) {
          state.runs = yield* runContinuationsSteps(text, reach);
          continue;
        }
        if (left <= 0 && state.at < text.length) {
          left = CHARS_PER_STEP;
          yield;
        }
      }
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

/** `within` as sorted, merged [start, end) pairs inside the text; the whole text when absent. */
function scanSpans(length: number, within: readonly TextRange[] | undefined): number[] {
  if (!within) return [0, length];
  const spans: number[] = [];
  for (const r of byStart(within)) {
    const start = Math.max(0, r.start);
    const end = Math.min(length, r.end);
    if (end > start) pushSpan(spans, start, end);
  }
  return spans;
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
