/**
 * Fault pages: product pages at the sizes and shapes that break page readers. A page of 100,000
 * elements, a description nested 5,000 elements deep, one text node of 5 MB, malformed and huge JSON-LD,
 * an ingredient list of 500 CosIng names. The bench times the extension on each, and an end-to-end test
 * checks that it settles on each without an error and without changing the page's text.
 *
 * Every page is built in memory and is deterministic. Where the HTML parser would reshape what we want
 * (it caps nesting at 512 and cuts text nodes at 64 KB), a small inline script builds it instead, before
 * the page's DOMContentLoaded, so the extension sees the page as the shape it is named after.
 */
import type { CompiledKb } from '../../src/kb/types';
import { hugeJsonLd, malformedJsonLd } from './fault-jsonld';
import { escapeHtml, random, syntheticProductPage } from './synthetic-page';

export const FAULT_NAMES = [
  'nodes-100k',
  'deep-5000',
  'text-5mb',
  'jsonld-malformed',
  'jsonld-huge',
  'inci-500',
] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

export interface FaultPage {
  name: FaultName;
  /** Where a server should put it. */
  path: string;
  html: string;
}

const INCI_LIST =
  'Aqua (Water), Glycerin, Niacinamide, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Hydrolyzed Collagen, ' +
  'Squalane, Sodium Hyaluronate, Ceramide NP, Panthenol, Tocopherol, Dimethicone, Xanthan Gum, ' +
  'Phenoxyethanol, Ethylhexylglycerin, Parfum, Limonene, Linalool.';

/** No favicon request: its 404 would read as a console error of the page. */
const NO_ICON = '<link rel="icon" href="data:,">';

const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

function productLd(name: string): string {
  return ld({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name,
    brand: { '@type': 'Brand', name: 'Fault Lab' },
    category: 'Skincare > Serums',
  });
}

interface PageParts {
  title: string;
  structured: string;
  /** Page copy after the title and bullets. */
  body: string;
  /** Runs at the end of the body, before DOMContentLoaded. */
  script?: string;
}

/** The shell every fault page shares: head, structured data, title, claim bullets. */
function productPage({ title, structured, body, script }: PageParts): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
${NO_ICON}<title>${escapeHtml(title)} | Fault Lab</title><meta property="og:type" content="product">
${structured}</head><body>
<nav class="breadcrumb"><a href="#">Skincare</a> <a href="#">Serums</a></nav>
<main><h1>${escapeHtml(title)}</h1>
<ul id="feature-bullets"><li>Boosts collagen overnight</li><li>Dermatologist tested and hypoallergenic</li></ul>
${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

const ingredientsTab = (list: string): string =>
  `<section class="tab"><h3>Ingredients</h3><p>${escapeHtml(list)}</p></section>`;

/** About 100,000 elements: the bench's synthetic retailer page at twice its biggest size. */
function nodes100k(): string {
  return syntheticProductPage(100_000).replace('<head>', `<head>${NO_ICON}`);
}

/**
 * The description, a claim and the ingredient list inside 5,000 nested divs. Chromium's own layout gives
 * out between 2,000 and 3,000 nested boxes (the tab crashes with no extension at all), so the wrappers
 * are `display: contents`: the DOM is 5,000 deep, the box tree is not.
 */
function deep5000(): string {
  const inner =
    '<h2>Description</h2><p>This serum boosts collagen and is clinically proven to firm skin.</p>' +
    `<h3>Ingredients</h3><p>${escapeHtml(INCI_LIST)}</p>`;
  const script = `(() => {
  let el = document.getElementById('deep');
  for (let i = 0; i < 5000; i++) {
    const child = document.createElement('div');
    child.className = 'level';
    el.appendChild(child);
    el = child;
  }
  el.innerHTML = ${JSON.stringify(inner)};
})();`;
  return productPage({
    title: 'Deep Repair Serum 30ml',
    structured: productLd('Deep Repair Serum 30ml'),
    body: '<style>.level { display: contents; }</style><div id="deep" class="product-description"></div>',
    script,
  });
}

const BLOB_FILLER = [
  'I have been using this every evening for a month and the texture is light',
  'my skin felt comfortable after applying it and the pump gives the right amount',
  'it layers well under sunscreen in the morning and does not pill',
  'the scent is faint, it fades after a minute, the jar lasted eight weeks',
  // A bracket that never closes, as shoppers type it: list finders that track brackets must cope.
  'the first week I broke out :( but it settled, calmed down, and cleared',
];
const BLOB_CLAIMS = ['it boosts collagen', 'clinically proven results', 'totally chemical-free'];
const BLOB_NAMES = ['Niacinamide', 'Sodium Hyaluronate', 'Squalane', 'Retinol', 'Ceramide NP'];

/**
 * About 5 MB of description prose with many commas and some unclosed brackets, one sentence in 64 with
 * a claim and one in 64 with an INCI name.
 */
function blob(chars: number): string {
  const rand = random(chars);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    let sentence = BLOB_FILLER[Math.floor(rand() * BLOB_FILLER.length)] as string;
    if (i % 64 === 17) sentence += `, ${BLOB_CLAIMS[i % BLOB_CLAIMS.length]}`;
    if (i % 64 === 41) sentence += `, thanks to the ${BLOB_NAMES[i % BLOB_NAMES.length]} in it`;
    sentence = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}

/**
 * The 5 MB node is the whole product copy, with no ingredients label on the page: one line of text that
 * the unlabelled-list guess has to look at.
 */
function text5mb(): string {
  return productPage({
    title: 'Barrier Cream 50ml',
    structured: productLd('Barrier Cream 50ml'),
    body: `<div class="product-description"><h2>Details</h2><p id="blob">${escapeHtml(blob(5 * 1024 * 1024))}</p></div>`,
    // The parser stores the paragraph as 64 KB pieces; joining them gives the one 5 MB node.
    script: "document.getElementById('blob').normalize();",
  });
}

function jsonLdMalformed(): string {
  return productPage({
    title: 'Repair Serum 30ml',
    structured: malformedJsonLd(),
    body: `<div class="product-description"><p>A serum that is clinically proven to smooth skin.</p></div>${ingredientsTab(INCI_LIST)}`,
  });
}

function jsonLdHuge(): string {
  return productPage({
    title: 'Firming Night Cream 50ml',
    structured: hugeJsonLd(),
    body: `<div class="product-description"><p>A night cream that boosts collagen while you sleep.</p></div>${ingredientsTab(INCI_LIST)}`,
  });
}

function inci500(names: readonly string[]): string {
  return productPage({
    title: 'Everything Cream 50ml',
    structured: productLd('Everything Cream 50ml'),
    body: `<div class="product-description"><p>A rich cream with Niacinamide that boosts collagen.</p></div>${ingredientsTab(`${names.join(', ')}.`)}`,
  });
}

const titleCase = (name: string): string =>
  name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());

/**
 * `count` real CosIng names for the long list: the curated ingredients first (so findings are painted),
 * then dictionary names spread evenly over the alphabet. Names with commas, brackets or slashes are left
 * out, so each name is one list item and the list has exactly `count` of them.
 */
export function cosingNames(kb: CompiledKb, count: number): string[] {
  const simple = (n: string): boolean => /^[A-Za-z][A-Za-z0-9 -]{2,38}$/.test(n);
  const seen = new Set<string>();
  const out: string[] = [];
  const take = (name: string): void => {
    const key = name.toLowerCase();
    if (out.length < count && simple(name) && !seen.has(key)) {
      seen.add(key);
      out.push(titleCase(name));
    }
  };
  for (const entry of kb.ingredients) take(entry.inci);
  const names = kb.dictionary.names.filter(simple);
  const step = Math.max(1, Math.floor(names.length / Math.max(1, count - out.length)));
  for (let offset = 0; offset < step && out.length < count; offset++) {
    for (let i = offset; i < names.length && out.length < count; i += step) take(names[i] as string);
  }
  return out;
}

/** Builds one fault page. `inciNames`: the names for the long list (see cosingNames). */
export function faultPage(name: FaultName, inciNames: readonly string[]): FaultPage {
  const builders: Record<FaultName, () => string> = {
    'nodes-100k': nodes100k,
    'deep-5000': deep5000,
    'text-5mb': text5mb,
    'jsonld-malformed': jsonLdMalformed,
    'jsonld-huge': jsonLdHuge,
    'inci-500': () => inci500(inciNames),
  };
  return { name, path: `/fault/${name}.html`, html: builders[name]() };
}
