import { describe, expect, it } from 'vitest';
import { ensureCompiledKb } from '../../../scripts/lib/kb';
import { analyzePage, analyzePageSteps, type PageInput } from '../../../src/core/analyze';
import { claimIndexFor, matchClaims, matchClaimsSteps } from '../../../src/core/claim-matcher';
import { Knowledge } from '../../../src/core/knowledge';

const kb = ensureCompiledKb();
const knowledge = new Knowledge(kb);
const index = claimIndexFor(kb.claims);

/** A long page: the claim sentences repeated with filler, so the scan pauses many times. */
const page = Array.from(
  { length: 400 },
  (_, i) =>
    `Item ${i}: this serum boosts collagen and is clinically proven to reduce wrinkles by 47%.\n` +
    `It is dermatologist tested, hypoallergenic and non-comedogenic, with 2% retinol and pure vitamin C.\n` +
    `${'Plain words about delivery and returns, nothing to see. '.repeat(8)}\n`,
).join('');

describe('claim matching in steps', () => {
  it('pauses on a long page and finds exactly what one pass finds, even with other scans in between', () => {
    const steps = matchClaimsSteps(page, index);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      // The live watcher scans small texts with the same shared patterns while a run is paused.
      matchClaims('Now clinically proven: boosts collagen overnight with 1% retinol.', index);
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(page.length / 16_384);
    expect(step.value).toEqual(matchClaims(page, index));
    expect(step.value.length).toBeGreaterThan(1000);
  });

  it('pauses as often with many small zones as over the same text whole, and finds the same in them', () => {
    const zones: { start: number; end: number }[] = [];
    for (let at = 0; at < page.length; at += 40)
      zones.push({ start: at, end: Math.min(page.length, at + 30) });
    const count = (within?: { start: number; end: number }[]) => {
      const steps = matchClaimsSteps(page, index, within);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      return { pauses, found: step.value };
    };
    const whole = count();
    const zoned = count(zones);
    // The scan pauses by characters read, not once per zone (there are 2,000 here).
    expect(zoned.pauses).toBeLessThanOrEqual(whole.pauses);
    const inside = (hit: { start: number; end: number }) =>
      zones.some((z) => z.start <= hit.start && hit.end <= z.end);
    expect(zoned.found.filter(inside)).toEqual(whole.found.filter(inside));
    expect(zoned.found.filter(inside).length).toBeGreaterThan(100);
  });

  it('analyses a page in steps to the same report and findings as in one call', () => {
    const input: PageInput = {
      url: null,
      text: page,
      signals: {
        title: 'Collagen Serum',
        structuredTypes: ['Product'],
        ogType: 'product',
        product: { name: 'Collagen Serum', brand: null, category: 'Skincare' },
        breadcrumbs: [],
        hasIngredientHeading: true,
        productCount: 1,
      },
      ingredientRanges: [],
    };
    const steps = analyzePageSteps(input, knowledge);
    let step = steps.next();
    let pauses = 0;
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(2);
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(analyzePage(input, knowledge)));
  });
});

describe('the live filter', () => {
  it('answers a repeated text as it did the first time, and stays bounded', async () => {
    const { mayHoldFindings } = await import('../../../src/core/claim-matcher');
    const texts = ['Now clinically proven', '123', '9:59', 'Aqua, Glycerin, Niacinamide, Parfum', 'hello'];
    const first = texts.map((t) => mayHoldFindings(t, index));
    expect(first).toEqual([true, false, false, true, false]);
    // Many distinct counters later (the memo clears itself when full), the answers are unchanged.
    for (let i = 0; i < 2000; i++) mayHoldFindings(String(i), index);
    expect(texts.map((t) => mayHoldFindings(t, index))).toEqual(first);
  });
});
