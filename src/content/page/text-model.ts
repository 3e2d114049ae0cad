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
  /** The open shadow roots whose text is in the model (hit-testing and styles must reach into them). */
  shadowRoots: ShadowRoot[];
}

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || el.tagName.startsWith(OWN_TAG_PREFIX)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/**
 * Reads the page as it is shown: an element with an open shadow root shows its shadow tree (its own
 * children only where a <slot> puts them), so the walk enters the shadow tree instead, and a slot
 * stands for the nodes assigned to it. Closed shadow roots cannot be read and are left alone.
 */
export function buildTextModel(root: Node): TextModel {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
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
  const addText = (node: Text): void => {
    const data = node.data;
    if (data.length > 0) {
      nodes.push(node);
      starts.push(length);
      parts.push(data);
      length += data.length;
      lastChar = data[data.length - 1] ?? lastChar;
    }
  };

  /** An element whose content is not its light children: a shadow host, or a slot inside a shadow tree. */
  const elsewhere = (el: Element): ShadowRoot | HTMLSlotElement | null => {
    const shadow = el.shadowRoot;
    if (shadow) return shadow;
    // A slot stands for its assigned nodes only inside a shadow tree (a fragment root, as templates are skipped).
    return el.tagName === 'SLOT' && el.getRootNode().nodeType === 11 ? (el as HTMLSlotElement) : null;
  };
  const readElsewhere = (from: ShadowRoot | HTMLSlotElement): void => {
    if (from.nodeType === 11) {
      shadowRoots.push(from as ShadowRoot);
      walk(from);
      return;
    }
    const assigned = (from as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length === 0) walk(from);
    for (const node of assigned) {
      if (node.nodeType === 3) addText(node as Text);
      else if (node.nodeType === 1) readElement(node as Element);
    }
  };
  const readElement = (el: Element): void => {
    if (isSkippedElement(el)) return;
    if (isBlock(el)) newline();
    const other = elsewhere(el);
    if (other) readElsewhere(other);
    else walk(el);
    if (isBlock(el)) newline();
  };

  /** The children of `container`, in document order. */
  function walk(container: Node): void {
    // A pointer walk in document order (first child, next sibling, parent): no stack and no allocation
    // per element, which matters on pages of tens of thousands of elements.
    let node: Node | null = container.firstChild;
    while (node) {
      const type = node.nodeType;
      if (type === 3) {
        addText(node as Text);
      } else if (type === 1 && !isSkippedElement(node as Element)) {
        if (isBlock(node)) newline();
        const other = elsewhere(node as Element);
        if (other) {
          readElsewhere(other);
          if (isBlock(node)) newline();
        } else if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
      }
      // Move on: the next sibling, or climb out of finished elements, closing blocks on the way.
      while (node && node !== container && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== container && isBlock(node)) newline();
      }
      node = node && node !== container ? node.nextSibling : null;
    }
  }

  if (root.nodeType === 1) readElement(root as Element);
  else walk(root);
  return { text: parts.join(''), nodes, starts, shadowRoots };
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
