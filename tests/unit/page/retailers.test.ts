// @vitest-environment jsdom
/**
 * Every retailer fixture page (tests/fixtures/retailers/pages, rendered from the shells with a real
 * Sephora product text; see the README there) goes through the same path as the extension and the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage } from '../../../src/core/analyze';
import { splitIngredientList } from '../../../src/core/inci/split';
import { ReportSchema } from '../../../src/core/report';
import type { ProductTexts } from '../../fixtures/retailers/render';

const dir = join(import.meta.dirname, '../../fixtures/retailers');
const products = JSON.parse(readFileSync(join(dir, 'products.json'), 'utf8')) as Record<
  string,
  ProductTexts & { expectedList: string }
>;
const knowledge = loadKnowledge();

function load(shell: string): Document {
  return new DOMParser().parseFromString(
    readFileSync(join(dir, 'pages', `${shell}.html`), 'utf8'),
    'text/html',
  );
}

describe.each(Object.keys(products))('retailer fixture: %s', (shell) => {
  const product = products[shell] as ProductTexts & { expectedList: string };
  const { model, input } = readPage(load(shell), null);
  const { report, findings } = analyzePage(input, knowledge);

  it('is a skincare product page, with the product named', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.page.isSkincareProduct).toBe(true);
    expect(report.product.name).toContain(product.name.replace(/\s+/g, ' ').trim().slice(0, 20));
  });

  it('reads the full ingredient list from the hidden tab, in page order, names as written', () => {
    // The reference list was cleaned by the data set's authors; where their cleaning left a bullet glued to
    // the first name ("Hyaluronic Acid: High molecular … skin. water/aqua/eau"), only the last part is a name.
    const expected = splitIngredientList(product.expectedList).map((t) => t.raw.replace(/^.*[:.]\s/, ''));
    const names = report.ingredients.map((i) => i.name);
    // The tab text and the clean list are the same list: the same names, bullets and disclaimers left out.
    expect(names.slice(0, 3)).toEqual(expected.slice(0, 3));
    expect(names.length).toBeGreaterThanOrEqual(expected.length - 1);
    expect(names.length).toBeLessThanOrEqual(expected.length + 1);
    expect(report.ingredientList?.recognised).toBeGreaterThanOrEqual(Math.floor(names.length * 0.9));
  });

  it('anchors every ingredient and claim finding on the exact page text', () => {
    for (const f of findings) expect(model.text.slice(f.start, f.end)).toBe(f.text);
    for (const r of input.ingredientRanges) expect(r.end).toBeGreaterThan(r.start);
  });

  it('reads claims only in the marketing copy, never in reviews', () => {
    const zones = input.claimRanges ?? [];
    expect(zones.length).toBeGreaterThan(0);
    for (const z of zones)
      expect(model.text.slice(z.start, z.end)).not.toMatch(/my wrinkles|for me|my skin|my acne/i);
    expect(zones.some((z) => z.zone === 'title')).toBe(true);
  });
});

describe('adapters degrade to the generic path', () => {
  it('reads a retailer page whose adapter selectors no longer match', () => {
    const doc = load('sephora');
    for (const el of Array.from(doc.querySelectorAll('[data-at], [data-comp]'))) {
      el.removeAttribute('data-at');
      el.removeAttribute('data-comp');
    }
    doc.getElementById('ingredients')?.removeAttribute('id');
    const { input } = readPage(doc, 'https://www.sephora.com/product/x-P1');
    const { report } = analyzePage(input, knowledge);
    expect(report.page.isSkincareProduct).toBe(true);
    expect(report.ingredients.length).toBeGreaterThan(20);
  });

  it('never throws on a broken page', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><script type="application/ld+json">{"@type": "Product", broken</script></head><body><h1></h1></body></html>',
      'text/html',
    );
    expect(() => analyzePage(readPage(doc, 'https://www.amazon.com/dp/X').input, knowledge)).not.toThrow();
  });
});
