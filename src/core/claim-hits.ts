/**
 * Claim phrases outside the ingredient lists: the claim matcher's hits, with the lists cut out.
 */
import type { ClaimFamily } from '../kb/types';
import type { TextRange } from './analyze';
import { claimIndexFor, matchClaimsSteps } from './claim-matcher';
import type { Knowledge } from './knowledge';
import { byStart } from './ranges';
import { finish, type Steps } from './steps';

export interface ClaimHit extends TextRange {
  family: ClaimFamily;
  text: string;
}

/**
 * Every claim match outside the ingredient lists, earliest first; with `within` (the page's claim
 * zones), every one that lies inside a zone, and perhaps others (see matchClaims).
 */
export function findClaims(
  text: string,
  exclude: TextRange[],
  knowledge: Knowledge,
  within?: readonly TextRange[],
): ClaimHit[] {
  return finish(findClaimsSteps(text, exclude, knowledge, within));
}

/** `findClaims` in steps (see steps.ts). */
export function* findClaimsSteps(
  text: string,
  exclude: TextRange[],
  knowledge: Knowledge,
  within?: readonly TextRange[],
): Steps<ClaimHit[]> {
  const overlaps = overlapTest(exclude);
  // A hit kept here lies in `within` and outside every list, so the lists need not be scanned: on a
  // product page they are most of the text that claims would otherwise be read over.
  const scan = exclude.length > 0 ? rangesWithout(text.length, within, exclude) : within;
  const hits = yield* matchClaimsSteps(text, claimIndexFor(knowledge.kb.claims), scan);
  return hits.filter((hit) => !overlaps(hit));
}

/** `keep` (the whole text when absent) without `cut`: sorted, disjoint ranges. */
export function rangesWithout(
  length: number,
  keep: readonly TextRange[] | undefined,
  cut: readonly TextRange[],
): TextRange[] {
  const cuts = byStart(cut);
  const out: TextRange[] = [];
  let c = 0;
  for (const range of keep ? byStart(keep) : [{ start: 0, end: length }]) {
    let start = Math.max(0, range.start, out.at(-1)?.end ?? 0);
    const end = Math.min(length, range.end);
    // `start` never moves back, so a cut that ends before it is behind every later range too.
    while (c < cuts.length && (cuts[c] as TextRange).end <= start) c++;
    for (let k = c; k < cuts.length && start < end; k++) {
      const x = cuts[k] as TextRange;
      if (x.start >= end) break;
      if (x.end <= start) continue;
      if (x.start > start) out.push({ start, end: x.start });
      start = x.end;
    }
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Whether a range overlaps any of `ranges` (start < r.end && end > r.start for some r): by binary
 * search over the ranges sorted by start with the furthest end so far, as a page has hundreds of lists.
 */
function overlapTest(ranges: readonly TextRange[]): (range: TextRange) => boolean {
  const sorted = byStart(ranges);
  const furthest: number[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const r of sorted) {
    reach = Math.max(reach, r.end);
    furthest.push(reach);
  }
  return ({ start, end }) => {
    // The last range that starts before `end`; any overlap is among it and those before it.
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as TextRange).start < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && (furthest[last] as number) > start;
  };
}
