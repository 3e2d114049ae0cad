import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml, formatReport } from '../../../scripts/analyze';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const demo = (name: string): string => readFileSync(join(ROOT, 'demo', name), 'utf8');

describe('analyze CLI', () => {
  it('finds the collagen claim and the collagen ingredients on the demo page', () => {
    const report = analyzeHtml(demo('product.html'), 'http://127.0.0.1/demo/product.html');
    expect(report.page.isSkincareProduct).toBe(true);
    expect(report.product).toEqual({ name: 'Marine Collagen Firming Night Cream', brand: 'Aurelle Skin' });
    const claim = report.claims.find((c) => c.claimId === 'boosts-collagen');
    expect(claim?.text).toBe('boosts collagen');
    expect(claim?.explanation).toMatch(/only collagen is Hydrolyzed Collagen and Collagen/);
    expect(claim?.sources.length).toBeGreaterThan(0);
    const names = report.ingredients.map((i) => i.name);
    expect(names[0]).toBe('Aqua (Water)');
    expect(names).toEqual(expect.arrayContaining(['Hydrolyzed Collagen', 'Collagen', 'Phenoxyethanol']));
    expect(report.ingredients.find((i) => i.name === 'Collagen')).toMatchObject({
      known: true,
      inci: 'Collagen',
    });
    expect(formatReport(report)).toContain('"boosts collagen"');
  });

  it('stays silent on a product page that is not skincare', () => {
    const report = analyzeHtml(demo('control.html'), null);
    expect(report.page).toMatchObject({ isSkincareProduct: false, kind: 'product' });
    expect(report.claims).toEqual([]);
    expect(report.ingredients).toEqual([]);
  });

  it('skips malformed structured data instead of failing', () => {
    const html = demo('product.html').replace('"@context"', '"@context": ,,, broken');
    const report = analyzeHtml(html, null);
    expect(report.page.signals).not.toContain('schema.org Product data');
  });

  it('flags a promoted ingredient that the list places after the likely 1% line', () => {
    const html = demo('product.html')
      .replace(
        'for skin that looks plumper by morning.',
        'with niacinamide for skin that looks plumper by morning.',
      )
      .replace(
        'Phenoxyethanol, Parfum (Fragrance), Limonene.',
        'Phenoxyethanol, Niacinamide, Parfum (Fragrance), Limonene.',
      );
    const report = analyzeHtml(html, null);
    const check = report.claims.find((c) => c.claimId === 'hero-below-one-percent');
    expect(check?.text.toLowerCase()).toBe('niacinamide');
    expect(check?.explanation).toMatch(/after Phenoxyethanol/);
    expect(analyzeHtml(demo('product.html'), null).claims.map((c) => c.claimId)).not.toContain(
      'hero-below-one-percent',
    );
  });
});
