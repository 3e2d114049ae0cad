/**
 * Maps one ingredient name as written to a canonical CosIng name: exact (after folding), then the
 * printed variants (./variants.ts), then a typo-tolerant match with a confidence. Anything else is
 * explicitly not recognised; it is never treated as known or harmless.
 */
import { KEY_SEPARATOR } from '../../kb/dictionary-codes';
import type { IngredientInfo, Knowledge } from '../knowledge';
import { ingredientKey } from '../normalize';
import { FUZZY_THRESHOLD, FuzzyIndex, SortedWords } from './fuzzy';
import { BoundedMemo } from './memo';
import { cleanIngredientName, fuzzyCandidates, nameVariants } from './variants';

export type MatchKind = 'exact' | 'variant' | 'alias' | 'fuzzy';

export interface InciMatch {
  info: IngredientInfo;
  matchedBy: MatchKind;
  /** 1 for exact, variant and alias matches; the fuzzy similarity otherwise. */
  confidence: number;
}

/** Per-knowledge-base caches: the fuzzy index is built on first need and reused for every page. */
const fuzzyIndexes = new WeakMap<Knowledge, FuzzyIndex>();
/**
 * Results by threshold, then by token as written: a page repeats its names, lists repeat common
 * ingredients, and a page is read again as it changes. Keyed by the token itself, not a string built
 * from it, so a hit allocates nothing.
 */
const cache = new WeakMap<Knowledge, Map<number, BoundedMemo<InciMatch | null>>>();
/** Tokens remembered per knowledge base and threshold. */
export const MATCH_MEMO_SIZE = 20_000;
/** Thresholds whose memos are kept per knowledge base. */
export const MEMO_THRESHOLDS = 4;

export function fuzzyIndexFor(knowledge: Knowledge): FuzzyIndex {
  let index = fuzzyIndexes.get(knowledge);
  if (!index) {
    index = new FuzzyIndex(
      knowledge.keys(),
      new SortedWords(knowledge.kb.dictionary.words, KEY_SEPARATOR),
      true,
      knowledge.kb.dictionary.byLast,
    );
    fuzzyIndexes.set(knowledge, index);
  }
  return index;
}

export interface MatchOptions {
  /** Accept fuzzy matches at or above this confidence (default: the measured FUZZY_THRESHOLD). */
  fuzzyThreshold?: number;
}

export function matchIngredient(
  raw: string,
  knowledge: Knowledge,
  options: MatchOptions = {},
): InciMatch | null {
  return matcherFor(knowledge, options)(raw);
}

/**
 * matchIngredient with the knowledge base and options fixed: a parser asks tens of thousands of times
 * per page, and finding the memo once spares each question two map lookups.
 */
export function matcherFor(
  knowledge: Knowledge,
  options: MatchOptions = {},
): (raw: string) => InciMatch | null {
  const threshold = options.fuzzyThreshold ?? FUZZY_THRESHOLD;
  let byThreshold = cache.get(knowledge);
  if (!byThreshold) {
    byThreshold = new Map();
    cache.set(knowledge, byThreshold);
  }
  let found = byThreshold.get(threshold);
  if (!found) {
    // Pages use one threshold; calibration tries many, and only the latest few keep their memos.
    if (byThreshold.size >= MEMO_THRESHOLDS) byThreshold.delete(byThreshold.keys().next().value as number);
    found = new BoundedMemo(MATCH_MEMO_SIZE);
    byThreshold.set(threshold, found);
  }
  const memo = found;
  // The parser asks about the same token two or three times in a row (is it known? can it be split?).
  let lastRaw: string | null = null;
  let lastResult: InciMatch | null = null;
  return (raw) => {
    if (raw === lastRaw) return lastResult;
    let result = memo.get(raw);
    if (result === undefined) {
      result = computeMatch(raw, knowledge, threshold);
      memo.set(raw, result);
    }
    lastRaw = raw;
    lastResult = result;
    return result;
  };
}

function computeMatch(raw: string, knowledge: Knowledge, threshold: number): InciMatch | null {
  const cleaned = cleanIngredientName(raw);
  if (!/\p{L}/u.test(cleaned)) return null;
  for (const variant of nameVariants(cleaned)) {
    const info = knowledge.lookup(variant.name);
    if (info) return { info, matchedBy: variant.kind, confidence: 1 };
  }
  const index = fuzzyIndexFor(knowledge);
  for (const candidate of fuzzyCandidates(cleaned)) {
    const spaced = index.spacingVariant(ingredientKey(candidate));
    const info = spaced === null ? null : knowledge.lookup(knowledge.nameAt(spaced));
    if (info) return { info, matchedBy: 'variant', confidence: 1 };
  }
  const best = nearestName(cleaned, knowledge);
  if (best && best.confidence >= threshold) {
    const info = knowledge.lookup(best.name);
    if (info) return { info, matchedBy: 'fuzzy', confidence: round(best.confidence) };
  }
  return null;
}

/** The closest dictionary name to a cleaned token, whatever its confidence (for calibration too). */
export function nearestName(
  cleaned: string,
  knowledge: Knowledge,
): { name: string; confidence: number } | null {
  const index = fuzzyIndexFor(knowledge);
  let best: { name: string; confidence: number } | null = null;
  for (const candidate of fuzzyCandidates(cleaned)) {
    const hit = index.nearest(ingredientKey(candidate));
    if (hit && (!best || hit.confidence > best.confidence)) {
      best = { name: knowledge.nameAt(hit.index), confidence: hit.confidence };
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
