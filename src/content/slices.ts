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
}

/**
 * The steps' result with the main-thread time its slices took (not the wall time, which includes the
 * page's turns), or null when `signal` aborted between two slices.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions,
): Promise<{ value: T; busyMs: number } | null> {
  let busyMs = 0;
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { value: step.value, busyMs: busyMs + performance.now() - sliceStart };
    if (performance.now() - sliceStart < SLICE_MS) continue;
    busyMs += performance.now() - sliceStart;
    await options.pause();
    if (options.signal.aborted) return null;
    sliceStart = performance.now();
  }
}
