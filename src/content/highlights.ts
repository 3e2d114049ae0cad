/**
 * Highlights findings by wrapping their text in a custom element. Every match is resolved to offsets
 * first, then text nodes are split only at match edges, working from the end of the page backwards so
 * that earlier offsets stay valid. Removal puts every node back and re-joins exactly the splits we made,
 * so the serialised DOM is identical afterwards.
 */
import type { Finding } from '../core/analyze';
import { piecesOf, type TextModel } from './page/text-model';

export const MARK_TAG = 'skin-truth-mark';
const STYLE_ID = 'skin-truth-style';

const MARK_CSS = `
${MARK_TAG} { cursor: help; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; text-decoration-skip-ink: none; }
${MARK_TAG}[data-kind="claim"] { background-color: rgba(250, 204, 21, 0.30); text-decoration-style: wavy;
  text-decoration-color: #b45309; }
${MARK_TAG}[data-kind="claim"][data-tone="drug-claim"], ${MARK_TAG}[data-kind="claim"][data-tone="misleading"],
${MARK_TAG}[data-kind="claim"][data-tone="unsupported"] { background-color: rgba(248, 113, 113, 0.22);
  text-decoration-color: #b91c1c; }
${MARK_TAG}[data-kind="claim"][data-tone="supported"] { background-color: rgba(74, 222, 128, 0.22);
  text-decoration-style: solid; text-decoration-color: #15803d; }
${MARK_TAG}[data-kind="ingredient"] { text-decoration-style: dotted; text-decoration-color: #2563eb; }
${MARK_TAG}[data-kind="ingredient"][data-tone="flagged"] { text-decoration-style: dashed; text-decoration-color: #c2410c; }
${MARK_TAG}:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  ${MARK_TAG}[data-kind="claim"] { background-color: rgba(250, 204, 21, 0.22); text-decoration-color: #fbbf24; }
  ${MARK_TAG}[data-kind="ingredient"] { text-decoration-color: #93c5fd; }
}`;

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

  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

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
