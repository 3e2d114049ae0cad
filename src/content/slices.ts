/**
 * Runs work written as steps (src/core/steps.ts) in slices of about SLICE_MS of main thread, with a
 * pause between slices that gives the page its turn: a large page never costs one long task.
 */
import type { Steps } from '../core/steps';

/** How long one slice may hold the main thread, in ms (a frame is 16, a long task 50). */
const SLICE_MS = 8;

export interface SliceOptions {
  /** Gives the page a turn between two slices. */
  pause: () => Promise<void>;
  /** Checked after each pause: an aborted run stops there. */
  signal: AbortSignal;
  /** Receives the main-thread time of each slice, in ms. */
  busy: (ms: number) => void;
}

/** The steps' result, or null when `signal` aborted between two slices. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T | null> {
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      options.busy(performance.now() - sliceStart);
      return step.value;
    }
    if (performance.now() - sliceStart < SLICE_MS) continue;
    options.busy(performance.now() - sliceStart);
    await options.pause();
    if (options.signal.aborted) return null;
    sliceStart = performance.now();
  }
}
