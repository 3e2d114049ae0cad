// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findClaimZones } from '../../../src/content/page/claim-zones';
import { buildTextModel } from '../../../src/content/page/text-model';

const zonesOf = (html: string): string[] => {
  document.body.innerHTML = html;
  const model = buildTextModel(document.body);
  return findClaimZones(document, model, null).map((z) => `${z.zone}: ${model.text.slice(z.start, z.end)}`);
};

describe('claim zones on a page with no recognisable copy structure', () => {
  const page = `
    <nav><a href="#">Boosts collagen serums</a></nav>
    <h1>Night Serum</h1>
    <div class="rte"><p>A serum that boosts collagen overnight.</p></div>
    <section id="reviews"><p>Clinically proven, says my sister.</p></section>
    <div class="related-products"><p>Collagen-boosting eye cream</p></div>
    <footer>Clean beauty since 2010.</footer>`;

  it('reads the page copy, sentence by sentence', () => {
    expect(zonesOf(page)).toContain('page: A serum that boosts collagen overnight.');
    expect(zonesOf(page).some((z) => z.endsWith(': Night Serum'))).toBe(true);
  });

  it('never reads navigation, reviews, other products or the footer', () => {
    const text = zonesOf(page).join('\n');
    for (const outside of [
      'Boosts collagen serums',
      'Clinically proven',
      'Collagen-boosting eye cream',
      'Clean beauty',
    ]) {
      expect(text).not.toContain(outside);
    }
  });

  it('keeps to the recognised zones where the page has them', () => {
    const structured = `${page}<h2>What it is</h2><p>A rich cream.</p>`;
    expect(zonesOf(structured).some((z) => z.startsWith('page:'))).toBe(false);
    expect(zonesOf(structured)).toContain('description: A rich cream.');
  });
});
