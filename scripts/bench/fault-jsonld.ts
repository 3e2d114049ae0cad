/**
 * The structured data of the fault pages: JSON-LD blocks that are broken in the ways real shops break
 * them, and one block of several megabytes. Each function returns the text of one or more
 * `<script type="application/ld+json">` elements. Deterministic: no randomness, no clock.
 */

const script = (body: string): string => `<script type="application/ld+json">${body}</script>`;

/** The one block of the malformed page that is right, so the page is still a product page. */
export const VALID_PRODUCT = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  '@id': '#product',
  name: 'Repair Serum 30ml',
  brand: { '@type': 'Brand', name: 'Fault Lab' },
  category: 'Skincare > Serums',
};

/** `depth` levels of `wrap` around `inner`, built without recursion. */
function nest(depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/**
 * Broken blocks: truncated JSON, comments, a byte order mark, HTML entities, names of the wrong type,
 * @type that is not a string or not an array, @id references that form cycles, a @graph inside a
 * @graph, arrays and objects nested a thousand deep, a name nested a hundred thousand deep, null, empty and whitespace-only blocks. No more
 * than two of them claim to be a Product: more would rightly read as a listing page.
 */
export function malformedJsonLd(): string {
  const blocks = [
    // Cut off by a server that truncated the page template.
    '{"@context":"https://schema.org","@type":"Product","name":"Repair Ser',
    // Comments and trailing commas are not JSON.
    '/* product data */ {"@type":"Product", "name": "Repair Serum", }',
    // A byte order mark in front of otherwise valid data.
    `\uFEFF${JSON.stringify({ '@type': 'Organization', name: 'Fault Lab' })}`,
    // Entities are not decoded inside a script, so they reach the parser as written.
    '{"@type":"WebPage","name":"Caf&eacute; &amp; Cr&egrave;me &#x1F600; &quot;","description":"&lt;b&gt;"}',
    // Names of every wrong type, on the Product itself.
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: { '@value': { name: ['Repair', 'Serum'] }, name: 42 },
      brand: [{ name: null }, 7, 'Fault Lab', ['x']],
      category: { name: { name: { name: false } } },
      offers: 'call us',
    }),
    // @type as an object, a number, a nested array, null.
    JSON.stringify({ '@type': { name: 'Product' }, name: 'Object type' }),
    JSON.stringify({ '@type': 12, name: 'Number type' }),
    JSON.stringify({ '@type': [['Product'], null, 3], name: 'Nested type' }),
    JSON.stringify({ '@type': null, '@graph': null }),
    // A graph whose nodes point at each other by @id, and at themselves.
    JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@id': '#page', '@type': 'WebPage', about: { '@id': '#product' }, isPartOf: { '@id': '#page' } },
        { '@id': '#product', isPartOf: { '@id': '#page' }, mainEntityOfPage: { '@id': '#product' } },
        {
          '@id': '#crumbs',
          '@type': 'BreadcrumbList',
          itemListElement: [null, 5, 'x', { item: { name: [] } }],
        },
        { '@type': 'BreadcrumbList', itemListElement: { name: { name: 'Serums' } } },
      ],
    }),
    // A graph inside a graph inside a graph, a thousand times.
    nest(1000, '{"@graph":', '}', '{"@type":"Thing","name":"deep graph"}'),
    // Arrays and objects a thousand deep.
    nest(1000, '[', ']', '{"@type":"Thing","name":"deep array"}'),
    `{"@type":"Brand","name":${nest(1000, '{"name":', '}', '"deep name"')}}`,
    // A breadcrumb name nested deeper than any call stack: JSON.parse takes it, recursion would not.
    `{"@type":"BreadcrumbList","itemListElement":[{"name":${nest(100_000, '{"name":', '}', '"Serums"')}}]}`,
    // Nothing, whitespace, the JSON null, a bare number, a bare string.
    '',
    '   \n  ',
    'null',
    '42',
    '"Product"',
    // Not closed at all: an array that never ends.
    '[{"@type":"Offer","price":"12.00"},',
  ];
  return [...blocks, JSON.stringify(VALID_PRODUCT)].map(script).join('\n');
}

const REVIEW_WORDS = [
  'boosts collagen overnight',
  'clinically proven',
  'my skin feels smoother',
  'dermatologist tested',
  'with Niacinamide and Squalane',
  'no irritation at all',
  'a little goes a long way',
  'hypoallergenic',
];

/** More nodes than one call's arguments can hold, as a spread (`push(...nodes)`) would need. */
const GRAPH_NODES = 150_000;

/**
 * A @graph of about 9 MB, as shops that print every review and offer as a node of their own produce:
 * the page and the product (with 2,000 offers) first, then 150,000 small Review and Offer nodes.
 */
export function hugeJsonLd(): string {
  const product = {
    '@id': '#product',
    '@type': 'Product',
    name: 'Firming Night Cream 50ml',
    brand: { '@type': 'Brand', name: 'Fault Lab' },
    category: 'Skincare > Moisturisers',
    aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.4, reviewCount: GRAPH_NODES },
    offers: Array.from({ length: 2000 }, (_, i) => ({
      '@type': 'Offer',
      sku: `FL-${String(i).padStart(5, '0')}`,
      price: (20 + (i % 30)).toFixed(2),
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
    })),
  };
  const nodes: string[] = [
    JSON.stringify({ '@id': '#page', '@type': 'WebPage', name: 'Firming Night Cream' }),
    JSON.stringify(product),
  ];
  for (let i = 0; i < GRAPH_NODES; i++) {
    const rating = `{"@type":"Review","reviewRating":{"ratingValue":${1 + (i % 5)}}`;
    if (i % 5 === 4) nodes.push(`{"@type":"Offer","sku":"V${i}","price":"${20 + (i % 9)}.00"}`);
    else if (i % 4 === 0) nodes.push(`${rating},"reviewBody":"${REVIEW_WORDS[i % REVIEW_WORDS.length]}"}`);
    else nodes.push(`${rating}}`);
  }
  return script(`{"@context":"https://schema.org","@graph":[${nodes.join(',')}]}`);
}
