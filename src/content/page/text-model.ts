/**
 * The text model: the page as one string plus a map from string offsets back to text nodes. The core
 * finds things as offsets in the string; the renderer maps them back to DOM positions here.
 *
 * Text nodes are copied verbatim (no whitespace collapsing), so an offset inside a node maps 1:1 to an
 * offset in its data. Block boundaries add a '\n' that belongs to no node, so a match never runs from
 * one paragraph into the next.
 */

import { queryAll } from './query';
import { BLOCK, HEADING, HOST, isEditable, kindOf, SKIP } from './tag-kinds';

export interface TextModel {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  /** The open shadow roots whose text is in the model (hit-testing and styles must reach into them). */
  shadowRoots: ShadowRoot[];
  /**
   * The readable elements whose tag is in HEADING_TAGS, in reading order: the walk reads every tag
   * anyway, so the claim zones need no selector pass of their own over the page.
   */
  headings: Element[];
}

/**
 * Reads the page as it is shown: an element with an open shadow root shows its shadow tree (its own
 * children only where a <slot> puts them), so the walk enters the shadow tree instead, and a slot
 * stands for the nodes assigned to it. Closed shadow roots cannot be read and are left alone.
 *
 * The walk is the annotator's biggest cost on a large page and runs in the content script's world,
 * where every DOM property read is a call across the bindings: it reads each element's tag once, asks
 * for a shadow root only where one can exist, and finds editable regions with one selector query.
 */
export function buildTextModel(root: Node): TextModel {
  const steps = textModelSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many nodes the walk reads between two chances to pause. */
const NODES_PER_STEP = 256;

/**
 * The text model in steps: the walk pauses (yields) every NODES_PER_STEP nodes, so a caller can spread
 * a large page over several tasks. A page that changes between steps is read again by the next run
 * (the live watcher sees the change); a step never throws on a node moved under it.
 */
export function* textModelSteps(root: Node): Generator<void, TextModel, void> {
  let budget = NODES_PER_STEP;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const headings: Element[] = [];
  let length = 0;
  let atLineStart = true;

  const newline = (): void => {
    if (!atLineStart) {
      parts.push('\n');
      length += 1;
      atLineStart = true;
    }
  };
  const addText = (node: Text): void => {
    const data = node.data;
    if (data.length > 0) {
      nodes.push(node);
      starts.push(length);
      parts.push(data);
      length += data.length;
      atLineStart = data.charCodeAt(data.length - 1) === 10;
    }
  };

  /** An element whose content is not its light children: a shadow host, or a slot inside a shadow tree. */
  const elsewhere = (el: Element, tag: string, kind: number): ShadowRoot | HTMLSlotElement | null => {
    if ((kind & HOST) !== 0) return el.shadowRoot;
    // A slot stands for its assigned nodes only inside a shadow tree (a fragment root, as templates are skipped).
    return tag === 'SLOT' && el.getRootNode().nodeType === 11 ? (el as HTMLSlotElement) : null;
  };
  function* readElsewhere(from: ShadowRoot | HTMLSlotElement): Generator<void, void, void> {
    if (from.nodeType === 11) {
      shadowRoots.push(from as ShadowRoot);
      yield* walk(from);
      return;
    }
    const assigned = (from as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length === 0) yield* walk(from);
    for (const node of assigned) {
      if (node.nodeType === 3) addText(node as Text);
      else if (node.nodeType === 1) yield* readElement(node as Element);
    }
  }
  function* readElement(el: Element): Generator<void, void, void> {
    const tag = el.tagName;
    const kind = kindOf(tag);
    if ((kind & SKIP) !== 0 || isEditable(el)) return;
    if ((kind & HEADING) !== 0) headings.push(el);
    const block = (kind & BLOCK) !== 0;
    if (block) newline();
    const other = elsewhere(el, tag, kind);
    if (other) yield* readElsewhere(other);
    else yield* walk(el);
    if (block) newline();
  }

  /** The children of `container`, in document order. */
  function* walk(container: Node): Generator<void, void, void> {
    const editable = editablesIn(container);
    // A pointer walk in document order (first child, next sibling, parent) with a stack of the entered
    // elements' block flags, so climbing out never reads a tag again.
    const blocks: boolean[] = [];
    let node: Node | null = container.firstChild;
    while (node) {
      if (--budget === 0) {
        budget = NODES_PER_STEP;
        yield;
      }
      const type = node.nodeType;
      if (type === 3) {
        addText(node as Text);
      } else if (type === 1) {
        const tag = (node as Element).tagName;
        const kind = kindOf(tag);
        if ((kind & SKIP) === 0 && !editable.has(node as Element)) {
          if ((kind & HEADING) !== 0) headings.push(node as Element);
          const block = (kind & BLOCK) !== 0;
          if (block) newline();
          const other = elsewhere(node as Element, tag, kind);
          if (other) {
            yield* readElsewhere(other);
            if (block) newline();
          } else {
            const child: Node | null = node.firstChild;
            if (child) {
              blocks.push(block);
              node = child;
              continue;
            }
          }
        }
      }
      // Move on: the next sibling, or climb out of finished elements, closing blocks on the way.
      let next: Node | null = node.nextSibling;
      while (next === null) {
        const parent: Node | null = node.parentNode;
        if (parent === null || parent === container) break;
        if (blocks.pop()) newline();
        node = parent;
        next = parent.nextSibling;
      }
      node = next;
    }
  }

  if (root.nodeType === 1) yield* readElement(root as Element);
  else yield* walk(root);
  return { text: parts.join(''), nodes, starts, shadowRoots, headings };
}

/** `isEditable` for a whole tree at once: one native selector pass instead of two attribute reads per element. */
const EDITABLE_SELECTOR = '[contenteditable], [role="textbox"]';

/** The editable elements under `container` (not inside its shadow trees, which get their own query). */
function editablesIn(container: Node): Set<Element> {
  if (!('querySelectorAll' in container)) return EMPTY;
  const found = queryAll(container as ParentNode, EDITABLE_SELECTOR).filter(isEditable);
  return found.length === 0 ? EMPTY : new Set(found);
}
const EMPTY: Set<Element> = new Set();

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
