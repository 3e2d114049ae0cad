// @vitest-environment jsdom
/**
 * The staged detector rules a page out only when the full reading would: the best-case bound on random
 * signals with any of them unread, the shortcuts it takes (word stems, retailer host words), and every
 * fixture and real negative page, which the staged reading must decide exactly as the full one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleOut } from '../../../src/content/page/quick-signals';
import {
  mayBeRetailerHost,
  pageHostname,
  RETAILER_HOST_WORDS,
  RETAILERS,
} from '../../../src/content/page/retailers';
import { readSignals } from '../../../src/content/page/signals';
import {
  classifyPage,
  mayMatch,
  type PageSignals,
  STRONG,
  STRONG_STEMS,
  WEAK,
  WEAK_STEMS,
} from '../../../src/core/detect';
import { bestCase, type PartialSignals } from '../../../src/core/detect-stages';

const WORDS = [
  'Hydrating',
  'Serum',
  'face cream',
  'Night Cream',
  'SPF 30',
  'retinol',
  'cream',
  'oil',
  'mask',
  'ice cream',
  'printer toner',
  'Lamp',
  'Recipe',
  'Chair',
  'Beauty',
  'Skin care',
  'anti-aging',
  'Duct Tape',
  'Blu-ray',
  'gel',
  'Scrub',
];
const TYPES = [
  'Product',
  'http://schema.org/Product',
  'ProductGroup',
  'Recipe',
  'NewsArticle',
  'BreadcrumbList',
  'WebPage',
  'Offer',
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(' '));
const fullSignals: fc.Arbitrary<PageSignals> = fc.record({
  title: text,
  structuredTypes: fc.array(fc.constantFrom(...TYPES), { maxLength: 4 }),
  ogType: fc.constantFrom(null, 'product', 'og:Product.item', 'website', 'article'),
  product: fc.option(
    fc.record({ name: fc.option(text), brand: fc.constant(null), category: fc.option(text) }),
  ),
  breadcrumbs: fc.array(text, { maxLength: 3 }),
  hasIngredientHeading: fc.boolean(),
  productCount: fc.nat(6),
  h1: text,
  retailer: fc.constantFrom(null, 'amazon', 'shopify'),
});

/** `full` with the signals named in `unread` not read yet, and maybe extra vocabulary read. */
function partial(full: PageSignals, unread: Set<string>, extra: string[]): PartialSignals {
  const parts = [full.title, full.h1 ?? '', full.product?.name ?? '', full.product?.category ?? ''];
  const read = parts.filter((_, i) => !unread.has(`vocab${i}`));
  const crumbsRead = !unread.has('crumbs');
  const vocabulary = [...read, ...(crumbsRead ? full.breadcrumbs : []), ...extra];
  return {
    structuredTypes: unread.has('structured') ? undefined : full.structuredTypes,
    productCount: unread.has('structured') ? undefined : full.productCount,
    ogType: unread.has('og') ? undefined : full.ogType,
    retailer: unread.has('retailer') ? undefined : full.retailer,
    hasIngredientHeading: unread.has('heading') ? undefined : full.hasIngredientHeading,
    vocabulary,
    vocabularyComplete: read.length === parts.length && crumbsRead,
  };
}

const UNREAD = ['structured', 'og', 'retailer', 'heading', 'vocab0', 'vocab1', 'vocab2', 'vocab3', 'crumbs'];

describe('bestCase', () => {
  it('never rules out a page the classifier calls skincare, whatever is unread', () => {
    fc.assert(
      fc.property(
        fullSignals,
        fc.subarray(UNREAD),
        fc.array(text, { maxLength: 2 }),
        fc.boolean(),
        (full, unread, extra, precise) => {
          if (!classifyPage(full).isSkincareProduct) return;
          // Once the structured data is read, its vocabulary (product name, category) is read too.
          const missing = new Set(unread);
          if (!missing.has('structured')) {
            missing.delete('vocab2');
            missing.delete('vocab3');
          }
          expect(bestCase(partial(full, missing, extra), precise).possible).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rules out on what is known: recipes, listings, no product signal, no skincare word', () => {
    const known: PartialSignals = {
      structuredTypes: ['Recipe'],
      productCount: 0,
      vocabulary: ['Face mask recipe'],
      vocabularyComplete: false,
    };
    expect(bestCase(known)).toMatchObject({ possible: false, kind: 'recipe' });
    expect(bestCase({ ...known, structuredTypes: ['Product'], productCount: 12 })).toMatchObject({
      possible: false,
      kind: 'listing',
    });
    expect(bestCase({ ...known, structuredTypes: [], ogType: null, retailer: null })).toMatchObject({
      possible: false,
      kind: 'other',
    });
    const lamp = {
      ...known,
      structuredTypes: ['Product'],
      vocabulary: ['Wall Lamp'],
      vocabularyComplete: true,
    };
    expect(bestCase(lamp)).toMatchObject({ possible: false, kind: 'product' });
    expect(bestCase({ ...lamp, vocabularyComplete: false }).possible).toBe(true);
    // A weak word needs the ingredients heading: unread, it may be there.
    expect(bestCase({ ...lamp, vocabulary: ['Lamp oil'] }).possible).toBe(true);
    expect(bestCase({ ...lamp, vocabulary: ['Lamp oil'], hasIngredientHeading: false }, true).possible).toBe(
      false,
    );
  });
});

/** Strings the pattern matches, in any letter case, with the word boundaries left out. */
const matchesOf = (pattern: RegExp): fc.Arbitrary<string> =>
  fc
    .tuple(fc.stringMatching(new RegExp(pattern.source.replace(/\\b/g, ''))), fc.infiniteStream(fc.boolean()))
    .map(([s, upper]) => [...s].map((c) => (upper.next().value ? c.toUpperCase() : c)).join(''));

describe('word stems', () => {
  it('every STRONG and WEAK match holds one of their stems', () => {
    fc.assert(
      fc.property(matchesOf(STRONG), (s) => mayMatch(s, STRONG_STEMS)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(matchesOf(WEAK), (s) => mayMatch(s, WEAK_STEMS)),
      { numRuns: 500 },
    );
  });
});

describe('retailer host words', () => {
  it('every host of every retailer adapter holds one', () => {
    for (const r of RETAILERS) {
      fc.assert(
        fc.property(fc.stringMatching(r.hosts), (host) =>
          RETAILER_HOST_WORDS.some((w) => host.toLowerCase().includes(w)),
        ),
        { numRuns: 200 },
      );
    }
  });

  it('takes the canonical link, og:url and escaped hosts as possible', () => {
    const doc = (head: string): Document =>
      new DOMParser().parseFromString(`<head>${head}</head><body></body>`, 'text/html');
    expect(mayBeRetailerHost(doc('<link rel="canonical" href="https://www.Amazon.com/dp/X">'))).toBe(true);
    expect(mayBeRetailerHost(doc('<meta property="og:url" content="https://sephora.fr/p/1">'))).toBe(true);
    expect(mayBeRetailerHost(doc('<link rel="canonical" href="https://%61mazon.com/dp/X">'))).toBe(true);
    // Full-width letters: the URL parser maps this host to amazon.com.
    expect(mayBeRetailerHost(doc('<link rel="canonical" href="https://\uff41mazon.com/dp/X">'))).toBe(true);
    expect(mayBeRetailerHost(doc('<link rel="canonical" href="https://example.com/p/1">'))).toBe(false);
  });

  it('names the host from the URL first, then the canonical link, then og:url', () => {
    const page = new DOMParser().parseFromString(
      '<head><link rel="canonical" href="/p/1"><meta property="og:url" content="https://www.boots.com/p/1"></head>',
      'text/html',
    );
    expect(pageHostname(page, 'https://shop.example/p/1')).toBe('shop.example');
    // A relative canonical link names no host; a saved page's own address (about:blank) neither.
    expect(pageHostname(page, null)).toBe('www.boots.com');
    expect(pageHostname(page, 'not a url', ['https://ulta.com/p', undefined])).toBe('ulta.com');
    expect(pageHostname(new DOMParser().parseFromString('<p>x</p>', 'text/html'), null)).toBeNull();
  });
});

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const NEGATIVES = join(import.meta.dirname, '../../../../shared/data/pages-negative');
const htmlIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f))
    : [];
const fixturePages = ['retailers/pages', 'retailers/shells', 'hostile', 'shadow', 'live'].flatMap((d) =>
  htmlIn(join(FIXTURES, d)),
);
const load = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');

describe('staged reading', () => {
  it.each(fixturePages.map((f) => [f.slice(FIXTURES.length + 1), f]))(
    'decides %s as the full reading does',
    (_, file) => {
      const doc = load(file);
      const full = classifyPage(readSignals(doc)).isSkincareProduct;
      const ruled = ruleOut(doc);
      expect(ruled === null ? full : false).toBe(full);
      if (full) expect(ruled).toBeNull();
    },
  );

  it.skipIf(!existsSync(NEGATIVES)).each(htmlIn(NEGATIVES).map((f) => [f.slice(NEGATIVES.length + 1), f]))(
    'rules out the real negative page %s without the full reading',
    (_, file) => {
      const doc = load(file);
      expect(classifyPage(readSignals(doc)).isSkincareProduct).toBe(false);
      expect(ruleOut(doc)).toMatchObject({ isSkincareProduct: false });
    },
    30_000,
  );

  it('counts an og:type anywhere, microdata products and malformed JSON-LD as the full reading does', () => {
    const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
    const cases = [
      // og:type in the body, after another one: only the first counts for the classifier.
      '<head><title>Hydrating Serum</title><meta property="og:type" content="website"></head><body><meta property="og:type" content="product"></body>',
      '<head><title>Hydrating Serum</title></head><body><meta property="og:type" content="Product"><h1>x</h1></body>',
      '<body><div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Night Cream</span></div><h2>Ingredients</h2></body>',
      '<body><div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Desk Lamp</span></div></body>',
      '<head><script type="application/ld+json">{broken</script><title>Face Serum</title></head><body></body>',
      '<head><script type="application/ld+json">{"@type":"Product","name":"Lamp oil"}</script></head><body><h3>Ingredients:</h3></body>',
      '<head><script type="application/ld+json">{"@type":"Product","name":"Lamp oil"}</script></head><body></body>',
    ];
    for (const html of cases) {
      const d = doc(html);
      const full = classifyPage(readSignals(d)).isSkincareProduct;
      if (full) expect(ruleOut(d), html).toBeNull();
    }
    expect(ruleOut(doc(cases[3] as string))).not.toBeNull();
  });
});
