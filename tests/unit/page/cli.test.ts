/**
 * Acceptance: `npm run analyze -- page.html --json` fills page, product, ingredients (in page order,
 * names as written) and claims on every retailer fixture page, with no URL given (the saved page's
 * canonical URL names the store).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../scripts/analyze';

const dir = join(import.meta.dirname, '../../fixtures/retailers/pages');

describe.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('analyze CLI on %s', (file) => {
  const html = readFileSync(join(dir, file), 'utf8');
  const report = analyzeHtml(html, null);

  it('fills page, product, ingredients and claims', () => {
    expect(report.page.isSkincareProduct).toBe(true);
    expect(report.product.name).toBeTruthy();
    expect(report.ingredients.length).toBeGreaterThan(5);
    expect(report.ingredients.every((i) => html.includes(i.name.replace(/&/g, '&amp;')))).toBe(true);
    expect(report.ingredientList?.count).toBe(report.ingredients.length);
    expect(Array.isArray(report.claims)).toBe(true);
  });
});
