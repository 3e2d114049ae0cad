/**
 * A synthetic retailer product page of a chosen size, for the benchmark: schema.org Product data, a
 * title, bullets, an ingredient tab and a long product description made of many small blocks (the
 * element count of a big retailer page). Reviews are not searched for claims, so the bulk sits in the
 * product copy, where claim phrases and ingredient names are mixed in at about one finding per 50 words.
 * Sentences are our own, built from a small vocabulary. Deterministic: the same size gives the same page.
 */

const FILLER = [
  'I have been using this every evening for a month',
  'the texture is light and sinks in quickly',
  'my skin felt comfortable after applying it',
  'the pump dispenses just the right amount',
  'it layers well under sunscreen in the morning',
  'the scent is faint and fades after a minute',
  'I noticed less tightness around my cheeks',
  'the jar lasted me about eight weeks',
  'shipping was quick and the box was sealed',
  'I would buy it again at this price',
  'it did not pill under my foundation',
  'my partner has started borrowing it too',
];

const CLAIMS = [
  'it boosts collagen',
  'clinically proven results',
  'dermatologist tested',
  'the formula is non-comedogenic',
  'with plant stem cells',
  'hypoallergenic and gentle',
  'it firms and lifts the jawline',
  'totally chemical-free',
];

const INGREDIENTS = [
  'Niacinamide',
  'Hyaluronic Acid',
  'Retinol',
  'Squalane',
  'Hydrolyzed Collagen',
  'Ceramide NP',
];

const INCI_LIST =
  'Aqua (Water), Glycerin, Niacinamide, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Hydrolyzed Collagen, ' +
  'Butyrospermum Parkii (Shea) Butter, Squalane, Sodium Hyaluronate, Ceramide NP, Panthenol, Tocopherol, ' +
  'Dimethicone, Glyceryl Stearate, PEG-100 Stearate, Xanthan Gum, Carbomer, Sodium Hydroxide, Disodium EDTA, ' +
  'Phenoxyethanol, Ethylhexylglycerin, Parfum, Limonene, Linalool.';

/** A small seeded generator (mulberry32), so every run builds the same page. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A sentence of about 25 words, often with a claim phrase or an ingredient name in it. */
function paragraph(rand: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) parts.push(FILLER[Math.floor(rand() * FILLER.length)] as string);
  // About one block in two carries a claim: with ~25 words a block, one finding per ~50 words.
  if (rand() < 0.5) parts.splice(2, 0, CLAIMS[Math.floor(rand() * CLAIMS.length)] as string);
  else if (rand() < 0.2)
    parts.splice(2, 0, `the ${INGREDIENTS[Math.floor(rand() * INGREDIENTS.length)]} in it`);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Builds a page with about `elements` elements. */
export function syntheticProductPage(elements: number): string {
  const rand = random(elements);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Firming Night Cream 50ml | Bench Beauty</title><meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Firming Night Cream",
"brand":{"@type":"Brand","name":"Bench Beauty"},"category":"Skincare > Moisturisers"}</script></head><body>`;
  const top = `<header><nav class="breadcrumb"><a href="#">Skincare</a> <a href="#">Moisturisers</a></nav></header>
<main><h1 id="productTitle">Firming Night Cream</h1><ul id="feature-bullets"><li>Boosts collagen overnight</li>
<li>Dermatologist tested and hypoallergenic</li><li>Clinically proven to reduce wrinkles by 45% in 4 weeks</li></ul>
<div id="description"><p>${escapeHtml(paragraph(rand))}</p></div>
<div class="tab" hidden><h3>Ingredients</h3><p>${escapeHtml(INCI_LIST)}</p></div>`;
  // Each block is 6 elements: article, header, strong, span, p, footer.
  const cards: string[] = [];
  const cardCount = Math.max(1, Math.round((elements - 40) / 6));
  for (let i = 0; i < cardCount; i++) {
    cards.push(
      `<article class="detail"><header><strong>Note ${i + 1}</strong> <span>${1 + Math.floor(rand() * 5)} of 5</span></header>` +
        `<p>${escapeHtml(paragraph(rand))}</p><footer>More</footer></article>`,
    );
  }
  return `${head}${top}<section class="product-description"><h2>Details</h2>${cards.join('\n')}</section></main></body></html>`;
}
