// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextModel, nodeIndexAt, piecesOf } from '../../../src/content/page/text-model';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text model', () => {
  it('reads an open shadow root as shown: its tree, and light children only through their slots', () => {
    const root = body(
      '<product-card><span slot="claim">boosts collagen</span><i>not shown</i></product-card><p>after</p>',
    );
    const host = root.querySelector('product-card') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    // Shadow content is built with DOM calls, as a component's own template would be.
    const p = document.createElement('p');
    const slot = document.createElement('slot');
    slot.name = 'claim';
    const empty = document.createElement('slot');
    empty.name = 'none';
    empty.append('fallback');
    p.append('A serum that ', slot, ' overnight. ', empty);
    shadow.append(p);

    const model = buildTextModel(root);
    expect(model.text).toBe('A serum that boosts collagen overnight. fallback\nafter\n');
    expect(model.shadowRoots).toEqual([shadow]);
    const at = model.text.indexOf('boosts');
    const index = nodeIndexAt(model, at);
    expect(model.nodes[index]?.parentElement?.getAttribute('slot')).toBe('claim');
  });

  it('collects heading tags in reading order, shadow trees included, never from skipped or editable parts', () => {
    const root = body(
      '<h1>Name</h1><div contenteditable="true"><h2>draft</h2></div><product-card></product-card>' +
        '<script>"<b>no</b>"</script><p><b>Benefits</b></p><div contenteditable="false"><dt>Size</dt></div>',
    );
    const shadow = (root.querySelector('product-card') as HTMLElement).attachShadow({ mode: 'open' });
    const summary = document.createElement('summary');
    summary.textContent = 'What it is';
    shadow.append(summary);
    const model = buildTextModel(root);
    expect(model.headings.map((h) => h.textContent)).toEqual(['Name', 'What it is', 'Benefits', 'Size']);
  });

  it('separates blocks with a newline and keeps inline text together', () => {
    const model = buildTextModel(
      body('<h1>Night <b>Cream</b></h1><p>Boosts collagen.</p><ul><li>A</li><li>B</li></ul>'),
    );
    expect(model.text).toBe('Night Cream\nBoosts collagen.\nA\nB\n');
  });

  it('reads hidden tabs but never scripts, styles, form fields or editable regions', () => {
    const model = buildTextModel(
      body(
        '<div hidden>Ingredients: Aqua</div><script>var x = "collagen"</script><style>p{}</style>' +
          '<textarea>typed text</textarea><input value="v"><div contenteditable="true">draft</div>' +
          '<div role="textbox">box</div><skin-truth-ui>ours</skin-truth-ui><p>visible</p>',
      ),
    );
    expect(model.text).toContain('Ingredients: Aqua');
    for (const hidden of ['collagen', 'typed text', 'draft', 'box', 'ours', 'p{}']) {
      expect(model.text).not.toContain(hidden);
    }
    expect(model.text).toContain('visible');
  });

  it('maps every offset back to the text node that holds it', () => {
    const model = buildTextModel(body('<p>one <i>two</i> three</p>'));
    const at = model.text.indexOf('two');
    const node = model.nodes[nodeIndexAt(model, at)];
    expect(node?.data).toBe('two');
    for (let i = 0; i < model.nodes.length; i++) {
      const start = model.starts[i] ?? -1;
      expect(model.text.slice(start, start + (model.nodes[i]?.data.length ?? 0))).toBe(model.nodes[i]?.data);
    }
  });

  it('splits a range that crosses inline elements into per-node pieces', () => {
    const model = buildTextModel(body('<p>boosts <em>coll</em>agen now</p>'));
    const start = model.text.indexOf('boosts');
    const pieces = piecesOf(model, start, start + 'boosts collagen'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['boosts ', 'coll', 'agen']);
  });
});
