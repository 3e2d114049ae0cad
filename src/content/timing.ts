/**
 * Development-build timing: User Timing measures the benchmark and tests read from the page's
 * performance timeline. Release builds compile this to nothing (`process.env.NODE_ENV` is defined by
 * the build), so shipped code leaves no entries in a retailer's performance data.
 */
const enabled = process.env.NODE_ENV !== 'production';

/** Records `name` as lasting from `start` (a performance.now() value) to now; returns that duration. */
export function measure(name: string, start: number): number {
  if (!enabled) return 0;
  const end = performance.now();
  performance.measure(`skin-truth:${name}`, { start, end });
  return end - start;
}

/** Records `name` with a duration summed over several tasks (main-thread time, not wall time). */
export function record(name: string, duration: number): void {
  if (enabled) performance.measure(`skin-truth:${name}`, { start: performance.now() - duration, duration });
}

/**
 * Gives the page's own work a turn between two stages of ours, so our stages never add up to one long
 * task. `scheduler.yield` resumes ahead of other queued tasks where the browser has it.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export const now = (): number => (enabled ? performance.now() : 0);
