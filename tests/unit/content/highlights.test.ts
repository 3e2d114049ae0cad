// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../src/content/page/text-model';
import { applyHighlights } from '../../../src/content/render/wrap';
import type { Finding } from '../../../src/core/analyze';

const tooltip = {
  heading: '',
  badge: null,
  grade: null,
  paragraphs: [],
  note: null,
  crossCheck: null,
  sources: [],
};

function finding(text: string, phrase: string, id: string, from = 0): Finding {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return {
    id,
    kind: 'claim',
    start,
    end: start + phrase.length,
    text: phrase,
    key: 'k',
    tone: 'misleading',
    tooltip,
  };
}

describe('highlights', () => {
  it('wraps each finding and restores the exact DOM and text nodes on removal', () => {
    document.body.innerHTML =
      '<h1>Cream</h1><p>It boosts <b>coll</b>agen and boosts collagen again.</p><ul>\n  <li>Collagen</li>\n</ul>';
    const before = document.documentElement.outerHTML;
    const nodeCount = document.body.querySelectorAll('*').length;
    const textNodes = (): number => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    };
    const textNodesBefore = textNodes();
    const model = buildTextModel(document.body);
    const first = finding(model.text, 'boosts coll', 'c0');
    const second = finding(model.text, 'boosts collagen', 'c1', first.end);
    const third = finding(model.text, 'Collagen', 'i2');
    const applied = applyHighlights(document, model, [first, second, third]);

    const marks = [...document.querySelectorAll('skin-truth-mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['boosts ', 'coll', 'boosts collagen', 'Collagen']);
    expect(document.body.textContent).toContain('It boosts collagen and boosts collagen again.');
    expect(applied.marks.get('c0')?.[0]?.tabIndex).toBe(0);
    expect(applied.marks.get('c0')?.[1]?.hasAttribute('tabindex')).toBe(false);
    // One set of paint rules: a constructed sheet in browsers, a <style> element where (as in jsdom)
    // the document has no adoptedStyleSheets.
    const sheets = (): number =>
      (document.adoptedStyleSheets?.length ?? 0) + document.querySelectorAll('style').length;
    expect(sheets()).toBe(1);

    applied.remove();
    expect(sheets()).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.body.querySelectorAll('*').length).toBe(nodeCount);
    expect(textNodes()).toBe(textNodesBefore);
  });

  it('never wraps whitespace-only pieces', () => {
    document.body.innerHTML = '<p><span>boosts</span> <span>collagen</span></p>';
    const model = buildTextModel(document.body);
    const applied = applyHighlights(document, model, [finding(model.text, 'boosts collagen', 'c0')]);
    expect([...document.querySelectorAll('skin-truth-mark')].map((m) => m.textContent)).toEqual([
      'boosts',
      'collagen',
    ]);
    applied.remove();
  });
});
