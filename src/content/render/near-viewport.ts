/**
 * Which findings the highlight engine keeps registered with the page: those within one viewport of
 * the visible area, and those with no layout box at all (a closed tab), which cost the page nothing.
 *
 * While highlights are registered, Chromium validates every one of them again whenever the page's DOM
 * or style changes (any hover effect, any animation frame), and with underlined highlights it then
 * recomputes ink overflow for the page's whole layer. Measured per page change, as PrePaint: on the
 * 10k-element bench page 34 ms with its 859 findings registered against 6 ms with 10 of them; on a
 * 5k-element page with 60 findings, 4.3 ms. Registering only what is near the viewport keeps that tax
 * to the fixed part on pages with many findings. Decision 0025.
 */

/**
 * How far outside what is shown findings stay registered: one viewport above and one below, and inside
 * scrolling panels and carousels (an ingredient drawer, a row of bullets) one panel on every side.
 * `scrollMargin` applies to every scroller on the way, the page's own included; where the browser lacks
 * it, a root margin gives the page's one viewport, and panel text is registered once it shows.
 */
function margins(): IntersectionObserverInit {
  return 'scrollMargin' in IntersectionObserver.prototype
    ? ({ rootMargin: '0px', scrollMargin: '100%' } as IntersectionObserverInit)
    : { rootMargin: '100% 0px 100% 0px' };
}

/**
 * Registry updates after the first are at most this often: each one costs the page a validation of
 * every registered highlight, so a scroll gesture that moves elements across the margin every frame
 * pays it a few times instead of once per frame. A finding enters the margin a viewport before it is
 * on screen, so at reading speed it is painted before it shows.
 */
const UPDATE_EVERY_MS = 250;

export interface NearViewport {
  disconnect(): void;
}

/**
 * Watches the elements that hold findings and reports the items that come near the viewport (`add`)
 * and those that leave it (`remove`), as the page scrolls and changes: the first report at once, later
 * ones gathered into one report per UPDATE_EVERY_MS. An item is reported only when its state changed
 * since the last report. Without IntersectionObserver every item is added at once.
 */
export function watchNearViewport<T>(
  doc: Document,
  groups: ReadonlyMap<Element, readonly T[]>,
  onChange: (add: T[], remove: T[]) => void,
): NearViewport {
  if (typeof IntersectionObserver !== 'function') {
    onChange([...groups.values()].flat(), []);
    return { disconnect: () => undefined };
  }
  /** What was last reported, and what the observer says now. */
  const reported = new Set<Element>();
  const wanted = new Set<Element>();
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = 0;

  const flush = (): void => {
    timer = undefined;
    lastFlush = performance.now();
    const add: T[] = [];
    const remove: T[] = [];
    for (const element of wanted) {
      if (reported.has(element)) continue;
      reported.add(element);
      add.push(...(groups.get(element) ?? []));
    }
    for (const element of reported) {
      if (wanted.has(element)) continue;
      reported.delete(element);
      remove.push(...(groups.get(element) ?? []));
    }
    if (add.length > 0 || remove.length > 0) onChange(add, remove);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        if (entry.isIntersecting || (box.width === 0 && box.height === 0)) wanted.add(entry.target);
        else wanted.delete(entry.target);
      }
      if (first) {
        first = false;
        flush();
      } else if (timer === undefined) {
        timer = setTimeout(flush, Math.max(0, lastFlush + UPDATE_EVERY_MS - performance.now()));
      }
    },
    // The document as root: the margin then applies inside frames as well.
    { root: doc, ...margins() },
  );
  for (const element of groups.keys()) observer.observe(element);
  return {
    disconnect: () => {
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}
