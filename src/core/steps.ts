/**
 * Work in steps: a generator that yields wherever it may pause, and returns its result. The core stays
 * free of timers and DOM; the annotator decides when to pause (after about 8 ms of work) and hands the
 * page a turn, while Node and the tests run the same steps straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
