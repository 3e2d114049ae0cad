// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNearViewport } from '../../../src/content/render/near-viewport';

/** Stands in for the browser's observer: the test decides what intersects and when it is told. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** Reports elements as near (a box on screen), far, or without a box (hidden). */
  report(states: [Element, 'near' | 'far' | 'hidden'][]): void {
    this.callback(
      states.map(([target, state]) => ({
        target,
        isIntersecting: state === 'near',
        boundingClientRect: (state === 'hidden'
          ? { width: 0, height: 0 }
          : { width: 100, height: 20 }) as DOMRectReadOnly,
      })),
    );
  }
}

describe('watchNearViewport', () => {
  const a = document.createElement('p');
  const b = document.createElement('p');
  const c = document.createElement('p');
  const groups = new Map<Element, string[]>([
    [a, ['a1', 'a2']],
    [b, ['b1']],
    [c, ['c1']],
  ]);

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('watches every element with a margin of one viewport, the document as root', () => {
    watchNearViewport(document, groups, () => undefined);
    const observer = FakeObserver.last as FakeObserver;
    expect(observer.observed).toEqual([a, b, c]);
    expect(observer.options).toEqual({ root: document, rootMargin: '100% 0px 100% 0px' });
  });

  it('gives every scroller, the page included, a margin of its own size where the browser can', () => {
    class WithScrollMargin extends FakeObserver {}
    Object.defineProperty(WithScrollMargin.prototype, 'scrollMargin', { value: '0px' });
    vi.stubGlobal('IntersectionObserver', WithScrollMargin);
    watchNearViewport(document, groups, () => undefined);
    expect(FakeObserver.last?.options).toEqual({ root: document, rootMargin: '0px', scrollMargin: '100%' });
  });

  it('reports the first answer at once: near and hidden elements join, far ones do not', () => {
    const reports: [string[], string[]][] = [];
    watchNearViewport(document, groups, (add, remove) => reports.push([add, remove]));
    FakeObserver.last?.report([
      [a, 'near'],
      [b, 'far'],
      [c, 'hidden'],
    ]);
    expect(reports).toEqual([[['a1', 'a2', 'c1'], []]]);
  });

  it('gathers later changes into one report per 250 ms, of what changed since the last one', () => {
    const reports: [string[], string[]][] = [];
    watchNearViewport(document, groups, (add, remove) => reports.push([add, remove]));
    const observer = FakeObserver.last as FakeObserver;
    observer.report([
      [a, 'near'],
      [b, 'far'],
      [c, 'far'],
    ]);
    vi.advanceTimersByTime(10);
    observer.report([[b, 'near']]);
    observer.report([[a, 'far']]);
    // c comes near and leaves again before the report: nothing to say about it.
    observer.report([[c, 'near']]);
    observer.report([[c, 'far']]);
    expect(reports).toHaveLength(1);
    vi.advanceTimersByTime(239);
    expect(reports).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([
      [['a1', 'a2'], []],
      [['b1'], ['a1', 'a2']],
    ]);
  });

  it('stops its timer and its observer on disconnect', () => {
    const reports: unknown[] = [];
    const watch = watchNearViewport(document, groups, () => reports.push(1));
    const observer = FakeObserver.last as FakeObserver;
    observer.report([[a, 'near']]);
    observer.report([[b, 'near']]);
    watch.disconnect();
    vi.advanceTimersByTime(1000);
    expect(reports).toHaveLength(1);
    expect(observer.disconnected).toBe(true);
  });

  it('adds everything at once where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const reports: [string[], string[]][] = [];
    watchNearViewport(document, groups, (add, remove) => reports.push([add, remove]));
    expect(reports).toEqual([[['a1', 'a2', 'b1', 'c1'], []]]);
  });
});
