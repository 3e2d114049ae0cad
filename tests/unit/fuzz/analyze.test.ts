/**
 * Properties of the whole pipeline on random pages: claim copy, a (damaged) ingredient list under a
 * label, and noise. analyzePage never throws, and every finding is a span of the page text that reads
 * back as its text, in page order, never overlapping another; claims stay out of the ingredient lists
 * and inside the marketing-copy zones when the page has any.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { findIngredientRanges } from '../../../src/content/page/ingredient-ranges';
import { analyzePage, type ClaimRange, type PageInput } from '../../../src/core/analyze';
import { AVOID_GROUPS, type AvoidItem } from '../../../src/core/avoid-list';
import type { PageSignals } from '../../../src/core/detect';
import { anyText, listLikeText, mutated, PHRASES } from './arbitraries';
import { claimText } from './claim-text';
import { check, checkOrderedInside, RUNS } from './helpers';
import { hasRealLists, realLists } from './real-lists';

const knowledge = loadKnowledge();

const signals: PageSignals = {
  title: 'Hydrating Night Serum',
  structuredTypes: ['Product'],
  ogType: 'product',
  product: { name: 'Hydrating Night Serum', brand: null, category: 'Skincare' },
  breadcrumbs: ['Skincare', 'Serums'],
  hasIngredientHeading: true,
  productCount: 1,
};

const avoid: fc.Arbitrary<AvoidItem[]> = fc.array(
  fc.oneof(
    fc.constantFrom(...AVOID_GROUPS).map((id): AvoidItem => ({ kind: 'group', id })),
    fc
      .constantFrom('Parfum', 'Alcohol Denat.', 'Retinol')
      .map((name): AvoidItem => ({ kind: 'ingredient', name })),
  ),
  { maxLength: 3 },
);

/** Sorted, disjoint zones cut at random points of the text. */
function zonesOf(text: string, cuts: number[]): ClaimRange[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const zones: ClaimRange[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    zones.push({ start: points[i] as number, end: points[i + 1] as number, zone: 'description' });
  }
  return zones;
}

function checkAnalysis(text: string, cuts: number[] | null, avoidList: AvoidItem[], force: boolean): void {
  const ingredientRanges = findIngredientRanges(text);
  const claimRanges = cuts ? zonesOf(text, cuts) : undefined;
  const input: PageInput = { url: null, text, signals, ingredientRanges, claimRanges };
  const { findings, report } = analyzePage(input, knowledge, { avoid: avoidList, force });
  checkOrderedInside(findings, 0, text.length);
  for (const f of findings) {
    const at = () => JSON.stringify({ kind: f.kind, start: f.start, end: f.end, text: f.text });
    check(text.slice(f.start, f.end) === f.text, at);
    const inList = ingredientRanges.some((r) => r.start <= f.start && f.end <= r.end);
    const touchesList = ingredientRanges.some((r) => f.start < r.end && f.end > r.start);
    if (f.kind === 'ingredient') check(inList, at);
    if (f.kind === 'claim') {
      check(!touchesList, at);
      if (claimRanges && claimRanges.length > 0) {
        check(
          claimRanges.some((z) => z.start <= f.start && f.end <= z.end),
          at,
        );
      }
    }
  }
  if (report.page.isSkincareProduct) {
    for (const i of report.ingredients) check(text.includes(i.name), () => i.name);
  }
}

const page = (list: fc.Arbitrary<string>) =>
  fc
    .tuple(
      claimText,
      fc.constantFrom('Ingredients:', 'INGREDIENTS\n', 'Full ingredients list:', ''),
      list,
      anyText,
    )
    .map(([copy, label, ingredients, noise]) => `${copy}\n${label} ${ingredients}\n${noise}`);

const options = fc.tuple(fc.option(fc.array(fc.nat(), { maxLength: 8 }), { nil: null }), avoid, fc.boolean());

describe('analyzePage on random pages', { timeout: 60_000 }, () => {
  it('never throws; findings read back in page order, in their lists and zones', () => {
    const list = fc.oneof(listLikeText, fc.constantFrom(...PHRASES));
    fc.assert(
      fc.property(page(list), options, (text, [cuts, avoidList, force]) =>
        checkAnalysis(text, cuts, avoidList, force),
      ),
      { numRuns: RUNS.page },
    );
  });
});

describe.skipIf(!hasRealLists)('analyzePage on pages with damaged real lists', { timeout: 60_000 }, () => {
  it('never throws; findings read back in page order, in their lists and zones', () => {
    fc.assert(
      fc.property(page(mutated(realLists())), options, (text, [cuts, avoidList, force]) =>
        checkAnalysis(text, cuts, avoidList, force),
      ),
      { numRuns: RUNS.page },
    );
  });
});
