import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasIngredientLabelIn } from '../../../src/content/page/label-in-text';
import { hasIngredientLabel } from '../../../src/content/page/signals';
import { buildTextModel } from '../../../src/content/page/text-model';

const fromText = (doc: Document): boolean => hasIngredientLabelIn(doc, buildTextModel(doc.body));
const page = (body: string): Document => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

/** Elements a label can be, and elements it cannot (a paragraph, a span, a bold word). */
const OPENERS = [
  '<h3>',
  '<h2 class="t">',
  '<button type="button">',
  '<summary>',
  '<dt>',
  '<th>',
  '<div role="tab">',
  '<a href="#ingredients">',
  '<a href="/p">',
  '<div aria-controls="panel-ingredients">',
  '<p>',
  '<span>',
  '<b>',
  '<div>',
  '<li>',
];
const closer = (opener: string): string => `</${/^<(\w+)/.exec(opener)?.[1] ?? 'div'}>`;
const TEXTS = [
  'Ingredients',
  'INGREDIENTS:',
  ' Key ingredients ',
  'Full ingredients list',
  'Inactive Ingredients',
  'Ingredient',
  'Inhaltsstoffe',
  'Ingrediënten:',
  'INCI',
  'Principal',
  'Ingre',
  'dients',
  'ingredients we love in this serum',
  'What it is',
  'How to use',
  ':',
  ' ',
  'Aqua, Glycerin, Niacinamide',
];

type Tree = string | { opener: string; children: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.record({
      opener: fc.constantFrom(...OPENERS),
      children: fc.array(tie('node') as fc.Arbitrary<Tree>, { maxLength: 4 }),
    }),
  ),
})).node;
const html = (t: Tree): string =>
  typeof t === 'string' ? t : `${t.opener}${t.children.map(html).join('')}${closer(t.opener)}`;

describe('the ingredients label, found from the text model', () => {
  it('agrees with the selector pass on random pages of labels, headings and prose', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        const doc = page(trees.map(html).join(''));
        expect(fromText(doc)).toBe(hasIngredientLabel(doc));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('finds a label whose word sits a few elements down, and refuses long or crowded ones', () => {
    expect(fromText(page('<button><span><span>Ingredients</span></span></button>'))).toBe(true);
    expect(fromText(page('<h3>Ingredients <small>:</small></h3>'))).toBe(true);
    expect(fromText(page('<p>Ingredients</p><span>Ingredients</span>'))).toBe(false);
    expect(fromText(page('<h3>Ingredients that your skin will love, every day</h3>'))).toBe(false);
    expect(fromText(page('<button><i></i><i></i><i></i><i></i>Ingredients</button>'))).toBe(false);
  });

  it('reads neither shadow trees nor editable regions', () => {
    const doc = page('<div id="host"></div><div contenteditable="true"><h3>Ingredients</h3></div>');
    const host = doc.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>Ingredients</button>';
    // The selector pass sees the editable region's heading; the text model never reads editable text.
    expect(hasIngredientLabel(doc)).toBe(true);
    expect(fromText(doc)).toBe(false);
  });
});
