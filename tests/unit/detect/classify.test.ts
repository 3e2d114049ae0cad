// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countListingTiles, readSignals } from '../../../src/content/page/signals';
import { classifyPage, type PageSignals, structuredKinds } from '../../../src/core/detect';

const base: PageSignals = {
  title: '',
  structuredTypes: [],
  ogType: null,
  product: null,
  breadcrumbs: [],
  hasIngredientHeading: false,
  productCount: 0,
};
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('structuredKinds', () => {
  it('reads a type by its last name segment, in any case', () => {
    expect(structuredKinds(['https://schema.org/Product']).hasProduct).toBe(true);
    expect(structuredKinds(['PRODUCTGROUP']).hasProduct).toBe(true);
    expect(structuredKinds(['http://schema.org#IndividualProduct']).hasProduct).toBe(true);
    expect(structuredKinds(['schema:Product']).hasProduct).toBe(true);
    expect(structuredKinds(['https://schema.org/Offer', 'ProductList']).hasProduct).toBe(false);
    expect(structuredKinds(['http://schema.org/Recipe'])).toEqual({
      hasProduct: false,
      isRecipe: true,
      types: ['Recipe'],
    });
    expect(structuredKinds(['BlogPosting', 'Product']).isRecipe).toBe(false);
    expect(structuredKinds(['RecipeCollection']).isRecipe).toBe(false);
  });
});

describe('classifyPage', () => {
  it('needs a product signal and cosmetic evidence, and explains both', () => {
    const v = classifyPage({
      ...base,
      structuredTypes: ['Product'],
      title: 'Hydrating Face Serum 30ml',
      productCount: 1,
    });
    expect(v.isSkincareProduct).toBe(true);
    expect(v.signals.join(' ')).toMatch(/schema.org Product data \(\+3\).*"Serum"/);
    expect(classifyPage({ ...base, title: 'Hydrating Face Serum 30ml' }).isSkincareProduct).toBe(false);
  });

  it('does not take a weak word alone ("mask", "oil") as cosmetic', () => {
    const n95 = {
      ...base,
      structuredTypes: ['Product'],
      ogType: 'product',
      title: 'N95 Respirator Mask, 20 pack',
    };
    expect(classifyPage(n95).isSkincareProduct).toBe(false);
    expect(classifyPage({ ...n95, hasIngredientHeading: true }, 0.9).isSkincareProduct).toBe(true);
  });

  it('lets a measured food list veto the vocabulary, and a cosmetic list confirm it', () => {
    const page = {
      ...base,
      structuredTypes: ['Product'],
      title: 'Vanilla Ice Cream Maker Kit',
      hasIngredientHeading: true,
    };
    expect(classifyPage(page, 0.1).isSkincareProduct).toBe(false);
    const cream = {
      ...base,
      structuredTypes: ['Product'],
      title: 'Rich Night Cream',
      hasIngredientHeading: true,
    };
    expect(classifyPage(cream, 0.95).isSkincareProduct).toBe(true);
    expect(classifyPage(cream, 0.2).isSkincareProduct).toBe(false);
  });

  it('calls recipes, articles and listings what they are', () => {
    expect(classifyPage({ ...base, structuredTypes: ['Recipe'], title: 'Face mask recipe' }).kind).toBe(
      'recipe',
    );
    expect(classifyPage({ ...base, structuredTypes: ['NewsArticle'], title: 'Best serums' }).kind).toBe(
      'article',
    );
    const listing = classifyPage({
      ...base,
      structuredTypes: Array(12).fill('Product'),
      productCount: 12,
      title: 'Serums',
    });
    expect(listing.kind).toBe('listing');
    expect(classifyPage({ ...base, listingTiles: 40, title: 'Moisturisers | Sephora' }).kind).toBe('listing');
  });
});

describe('readSignals', () => {
  it('reads Product from JSON-LD @graph, arrays and microdata; skips malformed blocks', () => {
    const s = readSignals(
      doc(`<head><script type="application/ld+json">{"@graph":[{"@type":"BreadcrumbList","itemListElement":[{"name":"Skincare"}]},{"@type":["Product","Thing"],"name":"A Serum","brand":{"name":"B"}}]}</script>
      <script type="application/ld+json">{broken</script>
      <script type="application/ld+json">[{"@type":"WebPage"}]</script></head><body><h1>A Serum</h1></body>`),
    );
    expect(s.structuredTypes).toEqual(expect.arrayContaining(['Product', 'WebPage', 'BreadcrumbList']));
    expect(s.product).toEqual({ name: 'A Serum', brand: 'B', category: null });
    expect(s.breadcrumbs).toContain('Skincare');
    const micro = readSignals(
      doc(readFileSync(join(import.meta.dirname, '../../fixtures/retailers/shells/generic.html'), 'utf8')),
    );
    expect(micro.structuredTypes).toContain('https://schema.org/Product');
  });

  it('agrees with the verdict on what a product is, for the name, the count and the breadcrumbs', () => {
    const ld = (json: string): Document =>
      doc(`<head><script type="application/ld+json">${json}</script></head><body></body>`);
    for (const type of ['https://schema.org/ProductGroup', 'schema:Product', 'http://schema.org#product']) {
      const s = readSignals(ld(`{"@type":"${type}","name":"A Serum"}`));
      expect(s.product?.name, type).toBe('A Serum');
      expect(s.productCount, type).toBe(1);
      expect(structuredKinds(s.structuredTypes).hasProduct, type).toBe(true);
    }
    const offer = readSignals(ld('{"@type":"https://schema.org/Offer","name":"A Serum"}'));
    expect(offer.product).toBeNull();
    expect(offer.productCount).toBe(0);
    const micro = readSignals(
      doc(
        '<body><div itemscope itemtype="https://schema.org/Thing https://schema.org/IndividualProduct"><span itemprop="name">A Cream</span></div></body>',
      ),
    );
    expect(micro.product?.name).toBe('A Cream');
    expect(micro.productCount).toBe(1);
    const crumbs = readSignals(
      ld('{"@type":"https://schema.org/BreadcrumbList","itemListElement":[{"name":"Skincare"}]}'),
    );
    expect(crumbs.breadcrumbs).toEqual(['Skincare']);
  });

  it('recognises a retailer product page by its layout (Amazon has no structured data)', () => {
    const page = readFileSync(
      join(import.meta.dirname, '../../fixtures/retailers/pages/amazon.html'),
      'utf8',
    );
    const s = readSignals(doc(page));
    expect(s.retailer).toBe('amazon');
    expect(classifyPage(s).isSkincareProduct).toBe(true);
  });

  it('counts product tiles on a listing', () => {
    const tiles = Array.from(
      { length: 12 },
      (_, i) => `<div class="Product" data-sku="${i}"><span data-sku="${i}">x</span></div>`,
    );
    expect(countListingTiles(doc(`<body>${tiles.join('')}</body>`))).toBe(12);
  });
});
