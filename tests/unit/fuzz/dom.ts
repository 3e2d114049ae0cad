/**
 * Random DOM trees for the text-model properties: inline and block elements nested at random, text
 * nodes of whitespace and unicode, comments, the elements the model skips (scripts, form fields,
 * editable regions, the extension's own skin-truth-* elements) and open shadow roots.
 */
import fc from 'fast-check';
import { codePoint, SPECIAL } from './arbitraries';

export type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'element'; tag: string; attrs: [string, string][]; children: Tree[]; shadow: Tree[] | null };

const TAGS = [
  'span',
  'b',
  'em',
  'a',
  'label',
  'div',
  'p',
  'li',
  'ul',
  'td',
  'tr',
  'h2',
  'section',
  'details',
  'br',
  'hr',
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'template',
  'svg',
  'skin-truth-tip',
  'skin-truth-ui',
];

const ATTRS: [string, string][] = [
  ['contenteditable', 'true'],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['role', 'textbox'],
  ['role', 'button'],
  ['hidden', ''],
  ['style', 'display:none'],
];

const textData = fc.oneof(
  fc.constantFrom('', ' ', '\n', '\n    ', '\t', 'Aqua', 'Glycerin, ', 'boosts collagen', '\u00A0'),
  fc.string({ unit: fc.constantFrom(...SPECIAL, 'a', 'B', 'z'), maxLength: 12 }),
  fc.string({ unit: codePoint, maxLength: 8 }),
);

export const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: textData.map((data): Tree => ({ kind: 'text', data })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 5 }).map((data): Tree => ({ kind: 'comment', data })) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...TAGS),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: tie('nodes'),
        shadow: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: tie('nodes') }),
      }),
    },
  ),
  nodes: fc.array(tie('node'), { maxLength: 7, depthIdentifier: 'tree' }),
})).nodes;

/** Builds `nodes` under `parent`; shadow roots go on the elements that accept one. */
export function build(doc: Document, parent: Node, nodes: Tree[]): void {
  for (const n of nodes) {
    if (n.kind === 'text') parent.appendChild(doc.createTextNode(n.data));
    else if (n.kind === 'comment') parent.appendChild(doc.createComment(n.data));
    else {
      const el =
        n.tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(n.tag);
      for (const [name, value] of n.attrs) el.setAttribute(name, value);
      // Data, as product pages embed it: random text must never run as a script.
      if (n.tag === 'script') el.setAttribute('type', 'application/ld+json');
      build(doc, el, n.children);
      if (
        n.shadow &&
        ['div', 'span', 'p', 'section'].includes(n.tag) &&
        typeof el.attachShadow === 'function'
      ) {
        build(doc, el.attachShadow({ mode: 'open' }), n.shadow);
      }
      parent.appendChild(el);
    }
  }
}
