/**
 * The fallback engine, for browsers without the CSS Custom Highlight API: highlights findings by wrapping their text in a custom element. Every match is resolved to offsets
 * first, then text nodes are split only at match edges, working from the end of the page backwards so
 * that earlier offsets stay valid. Removal puts every node back and re-joins exactly the splits we made,
 * so the serialised DOM is identical afterwards.
 */
import type { Finding } from '../../core/analyze';
import { piecesOf, type TextModel } from '../page/text-model';
import { paintOf, type Renderer, rendered } from './renderer';
import { attachStyles, paintCss } from './styles';

export const MARK_TAG = 'skin-truth-mark';

const BASE_CSS = `${MARK_TAG} { cursor: help; border-radius: 2px; text-underline-offset: 3px; }
${MARK_TAG}:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
`;

export interface AppliedHighlights {
  /** The elements of each finding, in page order; the first one is the keyboard stop. */
  marks: Map<string, HTMLElement[]>;
  remove(): void;
}

interface Split {
  head: Text;
  tail: Text;
}

export function applyHighlights(doc: Document, model: TextModel, findings: Finding[]): AppliedHighlights {
  const splits: Split[] = [];
  const created: HTMLElement[] = [];
  const marks = new Map<string, HTMLElement[]>();

  const style = attachStyles(
    doc,
    BASE_CSS +
      paintCss((paint) =>
        paint === 'active' ? `${MARK_TAG}[data-active]` : `${MARK_TAG}[data-paint="${paint}"]`,
      ),
    [doc, ...model.shadowRoots],
  );

  const ordered = [...findings].sort((a, b) => b.start - a.start);
  for (const finding of ordered) {
    const elements: HTMLElement[] = [];
    const pieces = piecesOf(model, finding.start, finding.end).reverse();
    for (const { node, from, to } of pieces) {
      if (!node.parentNode || node.data.slice(from, to).trim() === '') continue;
      if (to < node.data.length) splits.push({ head: node, tail: node.splitText(to) });
      let target = node;
      if (from > 0) {
        target = node.splitText(from);
        splits.push({ head: node, tail: target });
      }
      const mark = doc.createElement(MARK_TAG);
      mark.dataset.finding = finding.id;
      mark.dataset.kind = finding.kind;
      mark.dataset.tone = finding.tone;
      mark.dataset.paint = paintOf(finding);
      target.parentNode?.insertBefore(mark, target);
      mark.appendChild(target);
      elements.unshift(mark);
      created.push(mark);
    }
    const first = elements[0];
    if (first) {
      first.tabIndex = 0;
      marks.set(finding.id, elements);
    }
  }

  return {
    marks,
    remove(): void {
      for (const mark of created) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
      // Undo the splits newest first, so each pair is adjacent again when it is re-joined.
      for (let i = splits.length - 1; i >= 0; i--) {
        const { head, tail } = splits[i] as Split;
        if (tail.previousSibling === head) {
          head.data += tail.data;
          tail.remove();
        }
      }
      style.remove();
      marks.clear();
    },
  };
}

/** The wrap engine behind the common renderer interface. */
export function createWrapRenderer(doc: Document, model: TextModel, findings: Finding[]): Renderer {
  const applied = applyHighlights(doc, model, findings);
  let active: HTMLElement[] = [];
  return {
    engine: 'wrap',
    // The marks are in the page as soon as this returns.
    ready: Promise.resolve(),
    findingAt(_x, _y, target) {
      const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
      return (mark as HTMLElement | null)?.dataset.finding ?? null;
    },
    rectOf(id) {
      return applied.marks.get(id)?.[0]?.getBoundingClientRect() ?? null;
    },
    setActive(id) {
      for (const el of active) el.removeAttribute('data-active');
      active = id ? (applied.marks.get(id) ?? []) : [];
      for (const el of active) el.setAttribute('data-active', '');
    },
    isShown(id) {
      const first = applied.marks.get(id)?.[0];
      return rendered(first, () => (first as HTMLElement).getClientRects());
    },
    scrollTo(id) {
      const first = applied.marks.get(id)?.[0];
      first?.scrollIntoView({ block: 'center' });
      first?.focus({ preventScroll: true });
    },
    remove() {
      active = [];
      applied.remove();
    },
  };
}
