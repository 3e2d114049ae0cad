/** Helpers for lists of text ranges, which the page hands over already in order almost always. */
import type { TextRange } from './analyze';

/**
 * `ranges` ordered by start: the list itself when it already is (claim zones and ingredient lists come
 * in page order), a sorted copy otherwise. The sort is stable, so either way ties keep their order;
 * a page's thousands of sentences are not copied and sorted again by every step that needs them.
 */
export function byStart<T extends TextRange>(ranges: readonly T[]): readonly T[] {
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i] as T).start < (ranges[i - 1] as T).start)
      return [...ranges].sort((a, b) => a.start - b.start);
  }
  return ranges;
}
