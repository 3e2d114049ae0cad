// @vitest-environment jsdom
/**
 * Structured data at the sizes and depths hostile pages carry: a @graph of more items than one call
 * takes arguments, a name nested deeper than any call stack. The signals are still read, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { readJsonLd, readSignals } from '../../../src/content/page/signals';

function pageWith(...blocks: string[]): Document {
  const doc = document.implementation.createHTMLDocument('Repair Serum 30ml');
  for (const json of blocks) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    doc.head.append(script);
  }
  return doc;
}

const PRODUCT = '{"@type":"Product","name":"Repair Serum","category":"Skincare > Serums"}';

describe('JSON-LD at scale', () => {
  it('reads a @graph of 150,000 nodes (more than a spread call takes) and finds the product in it', () => {
    const reviews = Array.from({ length: 150_000 }, () => '{"@type":"Review"}').join(',');
    const doc = pageWith(`{"@graph":[{"@type":"WebPage"},${PRODUCT},${reviews}]}`);
    const started = performance.now();
    const signals = readSignals(doc);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(signals.product).toEqual({ name: 'Repair Serum', brand: null, category: 'Skincare > Serums' });
    expect(signals.structuredTypes).toContain('Product');
    // The objects kept stay capped however long the graph is.
    expect(readJsonLd(doc)).toHaveLength(500);
  });

  it('reads a top-level array of 200,000 items, most of them not objects', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'null' : '7')).join(',');
    expect(readSignals(pageWith(`[${items},${PRODUCT}]`)).product?.name).toBe('Repair Serum');
  });

  it('skips a name nested 100,000 deep and still reads the other names', () => {
    const deep = `${'{"name":'.repeat(100_000)}"Serums"${'}'.repeat(100_000)}`;
    const doc = pageWith(
      PRODUCT,
      `{"@type":"BreadcrumbList","itemListElement":[{"name":${deep}},{"name":{"name":"Skincare"}}]}`,
    );
    const signals = readSignals(doc);
    expect(signals.breadcrumbs).toEqual(['Skincare']);
    expect(signals.product?.name).toBe('Repair Serum');
  });

  it('reads a block whose type is written in any case, and only JSON-LD blocks', () => {
    const doc = pageWith();
    for (const [type, json] of [
      ['Application/LD+JSON', PRODUCT],
      ['application/json', '{"@type":"Recipe"}'],
      ['text/javascript', '{"@type":"Recipe"}'],
    ]) {
      const script = doc.createElement('script');
      script.setAttribute('type', type as string);
      script.textContent = json as string;
      doc.body.append(script);
    }
    expect(readJsonLd(doc).map((o) => o['@type'])).toEqual(['Product']);
  });
});
