/**
 * The text model: the page as one string plus a map from string offsets back to text nodes. The core
 * finds things as offsets in the string; the renderer maps them back to DOM positions here.
 *
 * Text nodes are copied verbatim (no whitespace collapsing), so an offset inside a node maps 1:1 to an
 * offset in its data. Block boundaries add a '\n' that belongs to no node, so a match never runs from
 * one paragraph into the next.
 */

/** Elements whose text is not page prose, or that we must never touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'CODE',
  'PRE',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Prefix of every element the extension inserts; the walker and the observers skip them. */
export const OWN_TAG_PREFIX = 'SKIN-TRUTH-';

export interface TextModel {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || el.tagName.startsWith(OWN_TAG_PREFIX)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

export function buildTextModel(root: Node): TextModel {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastChar = '\n';

  const newline = (): void => {
    if (lastChar !== '\n') {
      parts.push('\n');
      length += 1;
      lastChar = '\n';
    }
  };
  const isBlock = (node: Node): boolean => node.nodeType === 1 && BLOCKS.has((node as Element).tagName);

  if (root.nodeType === 1 && isSkippedElement(root as Element)) return { text: '', nodes, starts };
  if (isBlock(root)) newline();
  // A pointer walk in document order (first child, next sibling, parent): no stack and no allocation
  // per element, which matters on pages of tens of thousands of elements.
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastChar = data[data.length - 1] ?? lastChar;
      }
    } else if (type === 1 && !isSkippedElement(node as Element)) {
      if (isBlock(node)) newline();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Move on: the next sibling, or climb out of finished elements, closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) newline();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (isBlock(root)) newline();
  return { text: parts.join(''), nodes, starts };
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** The index of the node that holds `offset` (the last node starting at or before it). */
export function nodeIndexAt(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((model.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pieces of text nodes covered by [start, end): each node with the covered sub-range of its data. */
export function piecesOf(
  model: TextModel,
  start: number,
  end: number,
): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (let i = nodeIndexAt(model, start); i < model.nodes.length; i++) {
    const node = model.nodes[i] as Text;
    const nodeStart = model.starts[i] ?? 0;
    if (nodeStart >= end) break;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(node.data.length, end - nodeStart);
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}
