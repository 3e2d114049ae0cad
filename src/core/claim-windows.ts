/**
 * The windows around trigger words where a pattern that need not start at its trigger is searched, in
 * steps: a run of whitespace or of digits counts as one step, as a pattern's \s+ or \d+ spans a run of
 * any length and page text keeps the indentation of its markup ("with\n                retinol").
 */
import { isSpace } from './normalize';
import type { Steps } from './steps';

/**
 * Room around a trigger: longer than any claim phrase, plus space for lookbehinds, in steps.
 */
export const WINDOW_BEFORE = 300;
export const WINDOW_AFTER = 250;

/** Adds the window around a trigger at `at`: WINDOW_BEFORE steps back, WINDOW_AFTER steps on. */
export function addWindow(spans: number[], runs: Int32Array, at: number): void {
  const length = runs.length - 1;
  const last = spans.length - 1;
  // Each pass widens by the steps still missing, so it never overshoots; one pass where there are no runs.
  let end = Math.min(length, at + WINDOW_AFTER);
  for (let missing = WINDOW_AFTER - stepsIn(runs, at, end); missing > 0 && end < length; ) {
    end = Math.min(length, end + missing);
    missing = WINDOW_AFTER - stepsIn(runs, at, end);
  }
  // Triggers come in page order, so a window that reaches back into the last one only extends it.
  if (last > 0 && at - WINDOW_BEFORE <= (spans[last] as number)) {
    spans[last] = Math.max(spans[last] as number, end);
    return;
  }
  let start = Math.max(0, at - WINDOW_BEFORE);
  for (let missing = WINDOW_BEFORE - stepsIn(runs, start, at); missing > 0 && start > 0; ) {
    start = Math.max(0, start - missing);
    missing = WINDOW_BEFORE - stepsIn(runs, start, at);
  }
  pushSpan(spans, start, end);
}

/** Appends [start, end) to sorted [start, end) pairs, merged into the last one where the two meet. */
export function pushSpan(spans: number[], start: number, end: number): void {
  const last = spans.length - 1;
  if (last > 0 && start <= (spans[last] as number)) spans[last] = Math.max(spans[last] as number, end);
  else spans.push(start, end);
}

/** How many characters of the page runContinuationsSteps reads between two chances to pause. */
const RUN_CHARS_PER_STEP = 65_536;

/**
 * runs[i]: how many characters before i continue a run of whitespace or of digits (see WINDOW_BEFORE).
 * In steps: on a large page this one pass over every character would be a long task of its own.
 *
 * Only `regions` (sorted, disjoint [start, end) pairs, see reachOf) are filled, each counted from its
 * own start: a window never reaches out of the region its trigger stands in, and steps are
 * differences of two counts inside one window.
 */
export function* runContinuationsSteps(text: string, regions: readonly number[]): Steps<Int32Array> {
  const runs = new Int32Array(text.length + 1);
  for (let k = 0; k < regions.length; k += 2) {
    const end = regions[k + 1] as number;
    for (let from = regions[k] as number; from < end; from += RUN_CHARS_PER_STEP) {
      fillRuns(text, runs, from, Math.min(end, from + RUN_CHARS_PER_STEP));
      yield;
    }
  }
  return runs;
}

/**
 * The text a trigger inside `spans` (sorted, disjoint [start, end) pairs) can open a window on, and a
 * match starting inside them can run over: WINDOW_BEFORE steps before each span and WINDOW_AFTER steps
 * after it, merged.
 *
 * A walk stops where the neighbouring span's reach takes over: back at the reach so far, on at the next
 * span's start (whose own reach ends at least as far on). So each character is walked about twice,
 * however many spans there are; a page of 25,000 small zones walked 14 million steps otherwise.
 */
export function reachOf(text: string, spans: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const start = stepsFrom(text, spans[k] as number, -WINDOW_BEFORE, out.at(-1) ?? 0);
    const next = k + 2 < spans.length ? (spans[k + 2] as number) : text.length;
    pushSpan(out, start, stepsFrom(text, spans[k + 1] as number, WINDOW_AFTER, next));
  }
  return out;
}

/**
 * The position `steps` steps (negative: back) from `at`, a run of whitespace or digits being one step;
 * or `limit` where the walk gets there first (back, `limit` is at or before `at`).
 */
function stepsFrom(text: string, at: number, steps: number, limit: number): number {
  let i = at;
  if (steps < 0) {
    for (let left = -steps; i > limit && left > 0; ) {
      i--;
      if (!continuesRun(text, i)) left--;
    }
    return i;
  }
  for (let left = steps; i < text.length && left > 0; i++) {
    if (i >= limit) return limit;
    if (!continuesRun(text, i)) left--;
  }
  // A run that goes on past the last step is one step all the same.
  while (i < text.length && continuesRun(text, i)) i++;
  return Math.min(i, limit);
}

/** Whether the character at `i` carries on a run of whitespace or of digits, as fillRuns counts it. */
function continuesRun(text: string, i: number): boolean {
  if (i === 0) return false;
  const kind = kindAt(text, i);
  return kind !== 0 && kind === kindAt(text, i - 1);
}

/**
 * Fills runs[from + 1 .. to], carrying on from runs[from] and the character before `from`. The loop is
 * a plain function's, not the generator's: V8 does not replace a running generator's frame with
 * optimised code, so on its first run the pass stayed in the slow tiers from start to end.
 */
function fillRuns(text: string, runs: Int32Array, from: number, to: number): void {
  let count = runs[from] as number;
  let previous = from > 0 ? kindAt(text, from - 1) : 0;
  for (let i = from; i < to; i++) {
    const kind = kindAt(text, i);
    if (kind !== 0 && kind === previous) count++;
    runs[i + 1] = count;
    previous = kind;
  }
}

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_RUN_KIND[c] as number) : runKind(c);
}

/** Steps in [a, b): one per character, a run of whitespace or of digits taking one in all. */
function stepsIn(runs: Int32Array, a: number, b: number): number {
  return b <= a ? 0 : b - a - ((runs[b] as number) - (runs[a + 1] as number));
}

/** runKind of each ASCII character, looked up for the page's every character. */
const ASCII_RUN_KIND = Uint8Array.from({ length: 128 }, (_, c) => runKind(c));

/** 1 for whitespace (as \s matches it), 2 for an ASCII digit, 0 for anything else. */
function runKind(c: number): number {
  if (c >= 48 && c <= 57) return 2;
  return isSpace(c) ? 1 : 0;
}
