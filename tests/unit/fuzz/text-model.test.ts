// @vitest-environment jsdom
/**
 * Properties of the text model on random DOM trees, against a plain recursive reading of what it
 * promises: every readable text node verbatim in document order, a '\n' (of no node) at block edges
 * unless the text already ends a line, nothing from skipped elements, and a shadow host read as shown
 * (its shadow tree, its own children only through slots). Every offset then maps back to the node and
 * the character it came from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapterIngredientRanges, elementRange } from '../../../src/content/page/ingredient-ranges';
import { buildTextModel, nodeIndexAt, piecesOf, type TextModel } from '../../../src/content/page/text-model';
import { build, type Tree, tree } from './dom';
import { check, RUNS } from './helpers';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
]);
const SKIPPED_ALSO = new Set(['TEMPLATE', 'svg']);
const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'TD', 'TR', 'H2', 'SECTION', 'DETAILS', 'BR', 'HR']);

function skipped(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return (
    SKIPPED.has(el.tagName) ||
    SKIPPED_ALSO.has(el.tagName) ||
    el.tagName.startsWith('SKIN-TRUTH-') ||
    (editable !== null && editable !== 'false') ||
    el.getAttribute('role') === 'textbox'
  );
}

/** The model as promised, read recursively; `owner[i]` is the node index of text[i], or -1. */
function reference(root: Element): { text: string; nodes: Text[]; starts: number[]; owner: number[] } {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  const owner: number[] = [];
  const newline = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) {
      text += '\n';
      owner.push(-1);
    }
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      starts.push(text.length);
      nodes.push(node as Text);
      text += data;
      for (let k = 0; k < data.length; k++) owner.push(nodes.length - 1);
    } else if (node.nodeType === Node.ELEMENT_NODE && !skipped(node as Element)) {
      const el = node as Element;
      const block = BLOCKS.has(el.tagName);
      if (block) newline();
      if (el.shadowRoot) el.shadowRoot.childNodes.forEach(visit);
      else if (el.localName === 'slot' && el.getRootNode().nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        (assigned.length > 0 ? assigned : [...el.childNodes]).forEach(visit);
      } else el.childNodes.forEach(visit);
      if (block) newline();
    }
  };
  root.childNodes.forEach(visit);
  return { text, nodes, starts, owner };
}

function body(nodes: Tree[]): HTMLElement {
  document.body.replaceChildren();
  build(document, document.body, nodes);
  return document.body;
}

function checkOffsets(model: TextModel, owner: number[]): void {
  for (let o = 0; o < model.text.length; o++) {
    const i = nodeIndexAt(model, o);
    const local = o - (model.starts[i] ?? 0);
    const node = model.nodes[i];
    if ((owner[o] ?? -1) === -1) {
      check(
        model.text[o] === '\n' && (!node || local >= node.data.length),
        () => `offset ${o} is no newline`,
      );
    } else {
      check(i === owner[o] && local >= 0, () => `offset ${o} maps to node ${i}, not ${owner[o]}`);
      check(
        node?.data[local] === model.text[o],
        () => `offset ${o}: ${node?.data[local]} for ${model.text[o]}`,
      );
    }
  }
}

describe('text model on random DOM trees', { timeout: 30_000 }, () => {
  it('is the text the model promises: readable nodes verbatim, newlines at block edges', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const root = body(nodes);
        const model = buildTextModel(root);
        const expected = reference(root);
        expect(model.text).toBe(expected.text);
        expect(model.starts).toEqual(expected.starts);
        check(
          model.nodes.length === expected.nodes.length &&
            model.nodes.every((n, i) => n === expected.nodes[i]),
          () => 'different nodes',
        );
        check(
          model.nodes.every(
            (n) => n.getRootNode() === document || model.shadowRoots.includes(n.getRootNode() as ShadowRoot),
          ),
          () => 'a node from a shadow root the model does not list',
        );
      }),
      { numRuns: RUNS.dom },
    );
  });

  it('maps every offset to the node and character it came from', () => {
    fc.assert(
      fc.property(tree, (nodes) => {
        const root = body(nodes);
        checkOffsets(buildTextModel(root), reference(root).owner);
      }),
      { numRuns: RUNS.dom },
    );
  });

  it('cuts any range into pieces of nodes that spell the range without its newlines', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(), (nodes, a, b) => {
        const root = body(nodes);
        const model = buildTextModel(root);
        const { owner } = reference(root);
        const start = Math.min(a, b) % (model.text.length + 1);
        const end = Math.min(model.text.length, start + (Math.max(a, b) % 40));
        const pieces = piecesOf(model, start, end);
        for (const p of pieces)
          check(0 <= p.from && p.from < p.to && p.to <= p.node.data.length, () => 'piece');
        let spelled = '';
        for (let o = start; o < end; o++) if ((owner[o] ?? -1) !== -1) spelled += model.text[o];
        expect(pieces.map((p) => p.node.data.slice(p.from, p.to)).join('')).toBe(spelled);
      }),
      { numRuns: RUNS.dom },
    );
  });

  it("an element's range covers exactly its modelled text; lists found in it stay inside", () => {
    fc.assert(
      fc.property(tree, fc.nat(), (nodes, pick) => {
        const root = body(nodes);
        const model = buildTextModel(root);
        const elements = [...root.querySelectorAll('*')];
        const el = elements[pick % Math.max(1, elements.length)];
        if (!el) return;
        const inside = model.nodes.map((n, i) => [n, i] as const).filter(([n]) => el.contains(n));
        const range = elementRange(model, el);
        const first = inside[0];
        const last = inside[inside.length - 1];
        if (!first || !last) {
          check(range === null, () => 'a range without text');
          return;
        }
        expect(range).toEqual({
          start: model.starts[first[1]],
          end: (model.starts[last[1]] ?? 0) + last[0].data.length,
        });
        for (const r of adapterIngredientRanges(model, [el])) {
          check(range !== null && range.start <= r.start && r.end <= range.end, () => JSON.stringify(r));
        }
      }),
      { numRuns: RUNS.dom },
    );
  });
});
