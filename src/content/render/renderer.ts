/**
 * A renderer paints findings on the page and answers where they are. Two engines implement it: the CSS
 * Custom Highlight API (no DOM change at all; the default) and element wrapping (the fallback where the
 * API is missing). Everything else (tooltips, keyboard, reveal) talks to this interface only.
 */
import type { Finding } from '../../core/analyze';
import type { TextModel } from '../page/text-model';

export interface Renderer {
  readonly engine: 'highlight-api' | 'wrap';
  /** The finding painted under a viewport point, if any. */
  findingAt(x: number, y: number, target: EventTarget | null): string | null;
  /** The viewport rectangle of a finding's first line, to anchor the tooltip. */
  rectOf(id: string): DOMRect | null;
  /** Marks one finding as the active one (focused or revealed), or none. */
  setActive(id: string | null): void;
  /**
   * Whether the shopper can see a finding anywhere on the page (scrolled to or not): false inside a
   * hidden tab, a closed accordion or any other content the page does not render.
   */
  isShown(id: string): boolean;
  /** Scrolls a finding into view. */
  scrollTo(id: string): void;
  /**
   * Settles once the findings are on the page (or the renderer is removed first): the caller takes the
   * previous run's paint away then, so a re-run never shows a frame without highlights.
   */
  readonly ready: Promise<void>;
  /** Removes everything the renderer added; the page is exactly as before. */
  remove(): void;
}

export type RendererFactory = (doc: Document, model: TextModel, findings: Finding[]) => Renderer;

/** CSS class of a finding's paint: claims by verdict, ingredients quieter. */
export function paintOf(finding: Pick<Finding, 'kind' | 'tone'>): string {
  if (finding.kind === 'ingredient') {
    if (finding.tone === 'avoid') return 'ingredient-avoid';
    return finding.tone === 'flagged' ? 'ingredient-flagged' : 'ingredient';
  }
  if (finding.tone === 'supported') return 'claim-good';
  if (finding.tone === 'limited-evidence' || finding.tone === 'unregulated-term') return 'claim-warn';
  return 'claim-bad';
}

export const PAINTS = [
  'claim-bad',
  'claim-warn',
  'claim-good',
  'ingredient',
  'ingredient-flagged',
  'ingredient-avoid',
  'active',
] as const;

/**
 * Whether an element's text is rendered: not under display:none or content-visibility:hidden (a closed
 * <details> in Chromium keeps its content's boxes), and laid out in at least one box.
 */
export function rendered(el: Element | null | undefined, rects: () => DOMRectList): boolean {
  if (!el) return false;
  if (el.checkVisibility && !el.checkVisibility()) return false;
  return rects().length > 0;
}
