// @vitest-environment jsdom
/**
 * A page that repeats a claim thousands of times: findings are capped (the tab state must fit the
 * browser's storage.session area), repeats are dropped first, and every distinct finding stays.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage, MAX_FINDINGS } from '../../../src/core/analyze';

const knowledge = loadKnowledge();

describe('findings cap', () => {
  it('keeps MAX_FINDINGS findings, every distinct one among them, in page order', () => {
    const copy = Array.from({ length: 3000 }, (_, i) =>
      i % 2 ? '<p>It boosts collagen overnight.</p>' : '<p>Clinically proven results.</p>',
    ).join('');
    const doc = new DOMParser().parseFromString(
      `<html><head><title>Night Serum</title><script type="application/ld+json">{"@type":"Product","name":"Night Serum"}</script></head>
      <body><h1>Night Serum</h1><div class="product-description">${copy}</div>
      <h3>Ingredients</h3><p>Aqua, Glycerin, Niacinamide, Retinol, Squalane, Phenoxyethanol.</p></body></html>`,
      'text/html',
    );
    const { input } = readPage(doc, 'https://shop.example/p/1');
    const { findings } = analyzePage(input, knowledge);
    expect(findings).toHaveLength(MAX_FINDINGS);
    // The list stands after 3,000 claims: a cap in page order alone would have dropped it.
    expect(findings.filter((f) => f.kind === 'ingredient').map((f) => f.text)).toEqual(
      expect.arrayContaining(['Niacinamide', 'Retinol']),
    );
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
