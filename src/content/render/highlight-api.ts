/**
 * Paints findings with the CSS Custom Highlight API: ranges registered in `CSS.highlights` and styled
 * with `::highlight()`. The page's DOM is not touched at all, so frameworks that own their text nodes
 * (React, Vue) never see a foreign node, and removal is exact by construction.
 *
 * The highlight registry belongs to the page document, so every name carries our prefix.
 */
import type { Finding } from '../../core/analyze';
import { piecesOf, type TextModel } from '../page/text-model';
import { measure, now } from '../timing';
import { watchNearViewport } from './near-viewport';
import { PAINTS, paintOf, type Renderer, rendered } from './renderer';
import { attachStyles, HIGHLIGHT_PREFIX, highlightCss } from './styles';

interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => unknown[];
}

interface Painted {
  id: string;
  start: number;
  end: number;
  readonly range: StaticRange;
  paint: string;
}

/** The parts of a `Highlight` (a set of ranges) that we use. */
interface HighlightLike {
  priority: number;
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
}

export function highlightApiAvailable(doc: Document): boolean {
  const win = doc.defaultView as (Window & { Highlight?: unknown }) | null;
  return Boolean(
    win &&
      typeof win.Highlight === 'function' &&
      (win as unknown as { CSS?: { highlights?: unknown } }).CSS?.highlights,
  );
}

export function createHighlightRenderer(doc: Document, model: TextModel, findings: Finding[]): Renderer {
  const win = doc.defaultView as Window & {
    Highlight: new (...ranges: AbstractRange[]) => HighlightLike;
  };
  const registry = (win as unknown as { CSS: { highlights: HighlightRegistryLike } }).CSS.highlights;

  const painted: Painted[] = [];
  const byId = new Map<string, Painted>();
  const byRange = new Map<AbstractRange, Painted>();
  const byElement = new Map<Element, Painted[]>();
  // Text right under a shadow root has no element to watch: it joins the first registration (below).
  const unwatched: Painted[] = [];
  for (const finding of findings) {
    const pieces = piecesOf(model, finding.start, finding.end).filter((p) =>
      p.node.data.slice(p.from, p.to).trim(),
    );
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) continue;
    // Made when first needed: as its text nears the viewport, or when the shopper asks for it. A page
    // shows a few dozen of its hundreds of findings, and each range is a call into the DOM.
    let range: StaticRange | null = null;
    const entry: Painted = {
      id: finding.id,
      start: finding.start,
      end: finding.end,
      paint: paintOf(finding),
      get range() {
        if (range === null) {
          range = new StaticRange({
            startContainer: first.node,
            startOffset: first.from,
            endContainer: last.node,
            endOffset: last.to,
          });
          byRange.set(range, entry);
        }
        return range;
      },
    };
    painted.push(entry);
    byId.set(finding.id, entry);
    const anchor = first.node.parentElement;
    if (!anchor) {
      unwatched.push(entry);
      continue;
    }
    const group = byElement.get(anchor);
    if (group) group.push(entry);
    else byElement.set(anchor, [entry]);
  }
  // One highlight per paint. They are registered together with their first ranges, in one task, so
  // that a new run's paint replaces the previous run's (same names) without a frame of neither.
  const highlights = new Map<string, HighlightLike>();
  for (const paint of new Set(painted.map((p) => p.paint))) highlights.set(paint, new win.Highlight());
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let registered = false;
  const register = (): void => {
    if (registered) return;
    registered = true;
    for (const [paint, highlight] of highlights) registry.set(HIGHLIGHT_PREFIX + paint, highlight);
    markReady();
  };
  const update = (add: Painted[], remove: Painted[]): void => {
    const started = now();
    for (const p of remove) highlights.get(p.paint)?.delete(p.range);
    for (const p of add) highlights.get(p.paint)?.add(p.range);
    register();
    measure('paint-near-viewport', started);
  };
  // Ranges join as their text comes near the viewport; text with no element to watch joins at once,
  // registered with the first watched ones (or now, if nothing is watched).
  for (const p of unwatched) highlights.get(p.paint)?.add(p.range);
  const near = watchNearViewport(doc, byElement, update);
  if (byElement.size === 0) register();

  // The document has the rules from the start (highlights.css, injected with the detector); only shadow
  // trees, which page-level rules do not reach, get them here.
  const sheet = attachStyles(doc, highlightCss(), model.shadowRoots);
  // Hit-testing must be told which shadow trees it may look into.
  const points = { shadowRoots: model.shadowRoots };
  // Only the fallback hit-test needs node positions, and only once the shopper points at something.
  let nodeIndex: Map<Text, number> | null = null;
  let active: HighlightLike | null = null;

  const liveRange = (p: Painted): Range => {
    const r = doc.createRange();
    r.setStart(p.range.startContainer, p.range.startOffset);
    r.setEnd(p.range.endContainer, p.range.endOffset);
    return r;
  };
  const contains = (p: Painted, x: number, y: number): boolean =>
    Array.from(liveRange(p).getClientRects()).some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );

  /** Fallback hit-test: the caret under the point, mapped to a text offset, then checked against the rects. */
  const caretHit = (x: number, y: number): Painted | null => {
    const caret = doc.caretPositionFromPoint?.(x, y, points);
    const node = caret?.offsetNode;
    nodeIndex ??= new Map(model.nodes.map((n, i) => [n, i]));
    const index = node ? nodeIndex.get(node as Text) : undefined;
    if (index === undefined || !caret) return null;
    const offset = (model.starts[index] ?? 0) + caret.offset;
    const candidates = painted.filter((p) => p.start <= offset && offset <= p.end);
    return candidates.find((p) => contains(p, x, y)) ?? null;
  };

  return {
    engine: 'highlight-api',
    findingAt(x, y) {
      if (painted.length === 0) return null;
      const hits = registry.highlightsFromPoint?.(x, y, points);
      if (hits) {
        for (const hit of hits as { ranges?: AbstractRange[] }[]) {
          for (const range of hit.ranges ?? []) {
            const p = byRange.get(range);
            if (p) return p.id;
          }
        }
        if (hits.every((h) => (h as { ranges?: unknown }).ranges !== undefined)) return null;
      }
      return caretHit(x, y)?.id ?? null;
    },
    rectOf(id) {
      const p = byId.get(id);
      if (!p) return null;
      const rects = liveRange(p).getClientRects();
      return rects[0] ?? liveRange(p).getBoundingClientRect();
    },
    setActive(id) {
      const p = id ? byId.get(id) : undefined;
      if (!p) {
        if (active && registry.get(`${HIGHLIGHT_PREFIX}active`) === active)
          registry.delete(`${HIGHLIGHT_PREFIX}active`);
        active = null;
        return;
      }
      active = new win.Highlight(p.range);
      active.priority = 1;
      registry.set(`${HIGHLIGHT_PREFIX}active`, active);
    },
    isShown(id) {
      const p = byId.get(id);
      return !!p && rendered(p.range.startContainer.parentElement, () => liveRange(p).getClientRects());
    },
    scrollTo(id) {
      const p = byId.get(id);
      const anchor = p?.range.startContainer.parentElement;
      anchor?.scrollIntoView({ block: 'center' });
    },
    ready,
    remove() {
      near.disconnect();
      // Only names still holding our highlights: a newer run may have registered its own under them.
      for (const paint of PAINTS) {
        const name = HIGHLIGHT_PREFIX + paint;
        const own = paint === 'active' ? active : highlights.get(paint);
        if (own && registry.get(name) === own) registry.delete(name);
      }
      markReady();
      sheet.remove();
      painted.length = 0;
      byId.clear();
      byRange.clear();
    },
  };
}
