/**
 * Development-build timing: User Timing measures the benchmark and tests read from the page's
 * performance timeline. Release builds compile this to nothing (`process.env.NODE_ENV` is defined by
 * the build), so shipped code leaves no entries in a retailer's performance data.
 */
const enabled = process.env.NODE_ENV !== 'production';

/** Records `name` as lasting from `start` (a performance.now() value) to now. */
export function measure(name: string, start: number): void {
  if (enabled) performance.measure(`skin-truth:${name}`, { start, end: performance.now() });
}

export const now = (): number => (enabled ? performance.now() : 0);
