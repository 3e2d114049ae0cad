/**
 * One tooltip for all highlights: a single host element with a shadow root (`:host { all: initial }`,
 * so page CSS cannot reach in and ours cannot leak out), Preact inside, positioned with floating-ui so it
 * flips and stays in the viewport.
 *
 * It opens on hover (after a short intent delay), on tap, on keyboard focus of a wrapped highlight, and
 * from the keyboard shortcut Alt+Shift+N / Alt+Shift+P (next / previous finding on show), which works
 * with both engines. Escape closes it. Hit-testing is the renderer's job, so this file never looks at
 * page nodes. Every listener, frame and timer belongs to the caller's AbortSignal.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { t, uiDirection } from '../../shared/i18n';
import type { FindingView } from '../../shared/messages';
import { FINDING_CSS, FindingBody } from '../../shared/ui/FindingBody';
import type { Renderer } from '../render/renderer';

export const HOST_TAG = 'skin-truth-ui';
const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 300;

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; }
.tip { position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box; max-width: min(380px, 92vw);
  overflow: auto; padding: 10px 12px; border-radius: 10px; background: #ffffff; color: #111827;
  border: 1px solid #d1d5db; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18); transition: opacity 120ms ease-out; }
.tip[hidden] { display: none; }
.hint { margin: 8px 0 0; font: 11px/1.4 system-ui, sans-serif; color: #6b7280; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) { .tip { background: #1f2937; color: #f9fafb; border-color: #4b5563; } .hint { color: #9ca3af; } }
@media (prefers-reduced-motion: reduce) { .tip { transition: none; } }
${FINDING_CSS}`;

export interface Tooltips {
  open(id: string, via?: 'pointer' | 'keyboard'): void;
  /**
   * Scrolls to a finding and opens its tooltip as from the keyboard, if the shopper can see it. Does
   * nothing for a finding the page does not show ('hidden': a closed tab has no place to anchor a
   * tooltip) or one this page does not have ('absent': an id from a run before).
   */
  reveal(id: string): 'shown' | 'hidden' | 'absent';
  close(): void;
}

export function mountTooltips(
  doc: Document,
  renderer: Renderer,
  findings: FindingView[],
  signal: AbortSignal,
): Tooltips {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const order = findings.map((f) => f.id);
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.id = 'skin-truth-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  // Keyboard users hear what the highlight under the shortcut is about.
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, tip, live);
  // Inserted on first use: adding a fixed element of our own makes Chromium walk the whole page's
  // paint tree once (about 25 ms on the 50k-element bench page), which most visits never need.
  let announce: ReturnType<typeof setTimeout> | undefined;
  const attach = (): boolean => {
    if (host.isConnected) return false;
    // `all: initial` leaves `direction` alone, so a right-to-left page would flip our text: say ours.
    // Asked here, not at mount: the first message asked for loads the catalogue (about 9 ms on the
    // bench page), which then delayed the highlights.
    tip.dir = uiDirection();
    doc.documentElement.appendChild(host);
    return true;
  };

  let current: string | null = null;
  let hovered: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const schedule = (fn: () => void, ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  const position = (id: string): void => {
    const anchor = { getBoundingClientRect: () => renderer.rectOf(id) ?? new DOMRect() };
    void computePosition(anchor, tip, {
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
      if (current === id) tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  const open = (id: string, via: 'pointer' | 'keyboard' = 'pointer'): void => {
    clearTimeout(timer);
    const finding = byId.get(id);
    if (!finding) return;
    current = id;
    const attached = attach();
    renderer.setActive(id);
    render(
      <>
        <FindingBody content={finding.tooltip} />
        <p class="hint">{t('tooltip_keys_hint')}</p>
      </>,
      tip,
    );
    tip.hidden = false;
    if (via === 'keyboard') {
      const words = `${finding.tooltip.badge?.label ?? ''} ${finding.tooltip.heading}: ${finding.text}`;
      // A live region inserted and filled in one go is not announced: fill it once it is in the page.
      clearTimeout(announce);
      if (attached) announce = setTimeout(() => (live.textContent = words), 100);
      else live.textContent = words;
    }
    position(id);
  };
  const close = (): void => {
    clearTimeout(timer);
    current = null;
    renderer.setActive(null);
    tip.hidden = true;
  };
  const reveal = (id: string): 'shown' | 'hidden' | 'absent' => {
    if (!byId.has(id)) return 'absent';
    if (!renderer.isShown(id)) return 'hidden';
    renderer.scrollTo(id);
    open(id, 'keyboard');
    return 'shown';
  };
  /** To the next finding the shopper can see, in `delta`'s direction. */
  const step = (delta: number): void => {
    const at = current ? order.indexOf(current) : delta > 0 ? -1 : 0;
    for (let k = 1; k <= order.length; k++) {
      const next = order[(((at + k * delta) % order.length) + order.length) % order.length] as string;
      if (reveal(next) === 'shown') return;
    }
  };

  const inTip = (event: Event): boolean => event.composedPath().includes(host);
  // Seen from the document, an event inside a shadow tree targets the host; the path starts where it began.
  const origin = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;
  const options = { capture: true, passive: true, signal } as const;

  const onPointer = (x: number, y: number, target: EventTarget | null): void => {
    const id = renderer.findingAt(x, y, target);
    if (id === hovered) return;
    hovered = id;
    if (id && id !== current) schedule(() => open(id), OPEN_DELAY_MS);
    else if (id) clearTimeout(timer);
    else if (current) schedule(close, CLOSE_DELAY_MS);
    else clearTimeout(timer);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (inTip(event)) {
        hovered = current;
        clearTimeout(timer);
        return;
      }
      // Hit-testing once per frame is plenty and keeps pointer moves cheap for the page.
      const { clientX, clientY } = event;
      const target = origin(event);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onPointer(clientX, clientY, target));
    },
    options,
  );
  // A tap on a touch screen arrives as a click: open on a highlight, close anywhere else.
  doc.addEventListener(
    'click',
    (event) => {
      if (inTip(event)) return;
      const id = renderer.findingAt(event.clientX, event.clientY, origin(event));
      if (id && id !== current) open(id);
      else if (!id && current) close();
    },
    options,
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const id = inTip(event) ? null : renderer.findingAt(0, 0, origin(event));
      if (id) open(id, 'keyboard');
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && current) close();
      else if (event.altKey && event.shiftKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
        step(event.code === 'KeyN' ? 1 : -1);
      }
    },
    options,
  );
  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      if (current) position(current);
    },
    options,
  );
  doc.defaultView?.addEventListener('resize', close, options);

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      clearTimeout(announce);
      cancelAnimationFrame(frame);
      render(null, tip);
      host.remove();
    },
    { once: true },
  );
  return { open, reveal, close };
}
