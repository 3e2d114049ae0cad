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

/** How far outside the viewport findings stay registered: one viewport above and one below. */
const MARGIN = '100% 0px 100% 0px';

export interface NearViewport {
  disconnect(): void;
}

/**
 * Watches the elements that hold findings and reports, as the page scrolls and changes, the items that
 * come near the viewport (`add`) and those that leave it (`remove`). Each item is reported at most once
 * per state change. Without IntersectionObserver every item is added at once.
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
  const near = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      const add: T[] = [];
      const remove: T[] = [];
      for (const entry of entries) {
        const items = groups.get(entry.target);
        if (!items) continue;
        const box = entry.boundingClientRect;
        const wanted = entry.isIntersecting || (box.width === 0 && box.height === 0);
        if (wanted === near.has(entry.target)) continue;
        if (wanted) {
          near.add(entry.target);
          add.push(...items);
        } else {
          near.delete(entry.target);
          remove.push(...items);
        }
      }
      if (add.length > 0 || remove.length > 0) onChange(add, remove);
    },
    // The document as root: the margin then applies inside frames as well.
    { root: doc, rootMargin: MARGIN },
  );
  for (const element of groups.keys()) observer.observe(element);
  return { disconnect: () => observer.disconnect() };
}
