// @vitest-environment jsdom
/**
 * Tooltips are built when first read: painting needs none of them, and the first translated string
 * a page asks for makes the browser load its message catalogue, which used to delay the paint.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { analyzePage } from '../../../src/core/analyze';
import { englishT, type Translate } from '../../../src/shared/i18n-format';

const knowledge = loadKnowledge();

const page = (): Document =>
  new DOMParser().parseFromString(
    `<html><head><title>Night Serum</title><script type="application/ld+json">{"@type":"Product","name":"Night Serum"}</script></head>
    <body><h1>Night Serum</h1><div class="product-description"><p>It boosts collagen overnight.</p>
    <p>Clinically proven results.</p><p>It boosts collagen while you sleep.</p></div>
    <h3>Ingredients</h3><p>Aqua, Glycerin, Niacinamide, Retinol, Hydrolyzed Collagen, Phenoxyethanol.</p></body></html>`,
    'text/html',
  );

describe('tooltips', () => {
  it('ask for no translated string until one is read, then build each shared tooltip once', () => {
    const asked: string[] = [];
    const t: Translate = (key, ...subs) => {
      asked.push(key);
      return englishT(key, ...subs);
    };
    const { input } = readPage(page(), 'https://shop.example/p/1');
    const { findings } = analyzePage(input, knowledge, { t });
    const claims = findings.filter(
      (f) => f.kind === 'claim' && f.key === findings.find((g) => g.kind === 'claim')?.key,
    );
    expect(claims.length).toBeGreaterThan(1);
    expect(asked).toEqual([]);

    const first = claims[0]?.tooltip;
    expect(asked.length).toBeGreaterThan(0);
    const afterFirst = asked.length;
    // A repeat of the claim shares the tooltip: the same object, no new string asked for.
    expect(claims[1]?.tooltip).toBe(first);
    expect(claims[0]?.tooltip).toBe(first);
    expect(asked.length).toBe(afterFirst);
  });

  it('read the same as tooltips built up front', () => {
    const { input } = readPage(page(), 'https://shop.example/p/1');
    const { findings } = analyzePage(input, knowledge);
    const read = JSON.parse(JSON.stringify(findings)) as {
      tooltip: { heading: string; sources: unknown[] };
    }[];
    expect(read.length).toBe(findings.length);
    read.forEach((f, i) => {
      expect(f.tooltip).toEqual(findings[i]?.tooltip);
      expect(f.tooltip.heading.length).toBeGreaterThan(0);
    });
  });
});
