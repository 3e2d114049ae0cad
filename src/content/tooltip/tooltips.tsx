/**
 * One tooltip for all highlights: a single host element with a shadow root (so page CSS cannot reach
 * it and ours cannot leak out), Preact inside, positioned with floating-ui so it flips and stays in the
 * viewport. Opens on hover (after a short intent delay), on keyboard focus and on tap; Escape closes.
 * Every listener and timer belongs to the caller's AbortSignal.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { FindingView } from '../../shared/messages';
import { FINDING_CSS, FindingBody } from '../../shared/ui/FindingBody';
import { MARK_TAG } from '../highlights';

export const HOST_TAG = 'skin-truth-ui';
const TOOLTIP_ID = 'skin-truth-tooltip';
const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;

const HOST_CSS = `
:host { all: initial; }
.tip { position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box; max-width: min(380px, 92vw);
  max-height: 70vh; overflow: auto; padding: 10px 12px; border-radius: 10px; background: #ffffff; color: #111827;
  border: 1px solid #d1d5db; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); opacity: 1; transition: opacity 120ms ease-out; }
.tip[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .tip { background: #1f2937; color: #f9fafb; border-color: #4b5563; } }
@media (prefers-reduced-motion: reduce) { .tip { transition: none; } }
${FINDING_CSS}`;

export interface Tooltips {
  open(mark: HTMLElement): void;
  close(): void;
}

export function mountTooltips(
  doc: Document,
  findings: Map<string, FindingView>,
  signal: AbortSignal,
): Tooltips {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.id = TOOLTIP_ID;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  shadow.append(style, tip);
  doc.documentElement.appendChild(host);

  let current: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (fn: () => void, ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const open = (mark: HTMLElement): void => {
    clearTimeout(timer);
    const finding = findings.get(mark.dataset.finding ?? '');
    if (!finding) return;
    current = mark;
    render(<FindingBody content={finding.tooltip} />, tip);
    tip.hidden = false;
    void computePosition(mark, tip, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip(),
        shift({ padding: 8 }),
        // Where neither side has room for the whole text, it scrolls inside the viewport instead.
        size({
          padding: 8,
          apply({ availableHeight }) {
            tip.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (current === mark) tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };
  const close = (): void => {
    clearTimeout(timer);
    current = null;
    tip.hidden = true;
  };

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;
  const insideTip = (event: Event): boolean => event.composedPath().includes(host);
  const options = { capture: true, signal, passive: true } as const;

  doc.addEventListener(
    'mouseover',
    (event) => {
      if (insideTip(event)) return clearTimeout(timer);
      const mark = markOf(event.target);
      if (mark && mark !== current) schedule(() => open(mark), OPEN_DELAY_MS);
      else if (mark) clearTimeout(timer);
    },
    options,
  );
  doc.addEventListener(
    'mouseout',
    (event) => {
      const leaving = markOf(event.target) ?? (insideTip(event) ? host : null);
      if (!leaving) return;
      const to = event.relatedTarget;
      if (to instanceof Node && (host.contains(to) || to === host || markOf(to) === current)) return;
      schedule(close, CLOSE_DELAY_MS);
    },
    options,
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const mark = markOf(event.target);
      if (mark) open(mark);
    },
    options,
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      if (markOf(event.target)) schedule(close, CLOSE_DELAY_MS);
    },
    options,
  );
  // A tap on a touch screen arrives as a click: toggle on highlights, close anywhere else.
  doc.addEventListener(
    'click',
    (event) => {
      if (insideTip(event)) return;
      const mark = markOf(event.target);
      if (mark && mark !== current) open(mark);
      else if (current) close();
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && current) close();
    },
    options,
  );
  doc.defaultView?.addEventListener('resize', close, options);

  signal.addEventListener(
    'abort',
    () => {
      render(null, tip);
      host.remove();
    },
    { once: true },
  );
  return { open, close };
}
