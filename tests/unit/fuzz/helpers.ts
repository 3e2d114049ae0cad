import fc from 'fast-check';

/**
 * A property that fails shrinks its counterexample, and shrinking an expensive property (a whole page)
 * can take minutes: past this limit fast-check stops and reports the counterexample shrunk so far.
 */
fc.configureGlobal({ interruptAfterTimeLimit: 10_000 });

/**
 * Checks shared by the property suites: what every offset-carrying result must satisfy. They throw
 * plain errors rather than call expect(): a property checks thousands of spans per run, and fast-check
 * reports the thrown message with the shrunk counterexample and the seed.
 */

export interface Span {
  start: number;
  end: number;
}

export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** Every span is non-empty, inside [from, to], and after the previous one. */
export function checkOrderedInside(spans: readonly Span[], from: number, to: number): void {
  let last = from;
  for (const s of spans) {
    const at = () => `span ${JSON.stringify(s)} in [${from}, ${to}], previous end ${last}`;
    check(Number.isInteger(s.start) && Number.isInteger(s.end), at);
    check(s.start >= last && s.end > s.start && s.end <= to, at);
    last = s.end;
  }
}

/** The span's text, read from `text` that starts at `offset` in the page. */
export const sliceOf = (text: string, offset: number, s: Span): string =>
  text.slice(s.start - offset, s.end - offset);

/** Runs per property, by cost, so that the whole fuzz folder stays within seconds. */
export const RUNS = {
  cheap: 1000,
  parse: 300,
  /** Damaged real lists: long, full of names the fuzzy matcher must search for. */
  heavy: 200,
  page: 150,
  dom: 200,
} as const;
