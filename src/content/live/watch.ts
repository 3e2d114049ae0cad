/**
 * Watches a live page for what would change our findings: new or changed text (lazy sections, tabs
 * filled on click, a single-page app swapping products) and address changes (pushState, back/forward).
 *
 * Mutation records are data to triage, not work to do: records inside our own nodes are dropped, only
 * the topmost added nodes are looked at, text that cannot hold a finding (a ticking counter, a price) is
 * ignored, and any relevant batch just marks the page dirty. One refresh
 * runs per dirty period, in idle time. A page that mutates without pause trips a breaker that stops
 * observing for a while, so it cannot make us burn its CPU.
 */
import { isSkippedElement, OWN_TAG_PREFIX } from '../page/tag-kinds';

export interface WatchOptions {
  /** Called (in idle time) when the page's text or address changed since the last call. */
  onChange(reason: 'mutation' | 'navigation' | 'resume'): void;
  /** Whether a piece of changed text could change the findings; other changes are ignored. */
  relevant?: (text: string) => boolean;
  signal: AbortSignal;
  /** Mutation callbacks allowed per window before the breaker opens. */
  burstLimit?: number;
  burstWindowMs?: number;
  /** How long the breaker stays open at first; it doubles while the page keeps mutating. */
  pauseMs?: number;
}

export interface Watcher {
  /** Runs our own DOM writes without our observer reacting to them. */
  quietly<T>(write: () => T): T;
  /** Also watches these open shadow roots (mutations inside a shadow tree never reach the body's observer). */
  watchRoots(roots: readonly ShadowRoot[]): void;
  /** How often the breaker has opened (for the benchmark and tests). */
  readonly trips: number;
}

const HUGE_BATCH = 1000;
const IDLE_TIMEOUT_MS = 500;

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.tagName.startsWith(OWN_TAG_PREFIX)) return true;
  }
  return false;
}

const BLOCK = 'p,li,dd,dt,td,th,h1,h2,h3,h4,h5,h6,div,section,article,blockquote';

/**
 * The text a change belongs to: the nearest block around it, since a claim can run across inline
 * elements ("<b>100%</b> vegan"). Capped, so a change in a huge container stays cheap to check.
 */
function contextOf(node: Node, data?: string): string {
  const block = node.parentElement?.closest(BLOCK);
  const text = block?.textContent ?? data ?? node.textContent ?? '';
  return text.slice(0, 20_000);
}

/** True when an added or removed node can carry page text that we read. */
function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim() !== '';
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return !isSkippedElement(el) && el.firstChild !== null;
}

export function watchPage(doc: Document, options: WatchOptions): Watcher {
  const {
    onChange,
    signal,
    relevant = () => true,
    burstLimit = 40,
    burstWindowMs = 5000,
    pauseMs = 2000,
  } = options;
  const win = doc.defaultView as Window;
  let url = doc.location?.href ?? '';
  let dirty: 'mutation' | 'navigation' | 'resume' | null = null;
  let scheduled = false;
  let trips = 0;
  let pause = pauseMs;
  let burst: number[] = [];
  let breakerTimer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    scheduled = false;
    if (signal.aborted || !dirty) return;
    if (doc.location?.href !== url) {
      url = doc.location.href;
      dirty = 'navigation';
    }
    const reason = dirty;
    dirty = null;
    onChange(reason);
  };
  const schedule = (reason: 'mutation' | 'navigation' | 'resume'): void => {
    if (dirty !== 'navigation') dirty = reason;
    if (scheduled) return;
    scheduled = true;
    if (typeof win.requestIdleCallback === 'function')
      win.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(flush, 50);
  };

  const shadowRoots = new Set<ShadowRoot>();
  const OPTIONS = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };
  let observing = true;
  const observe = (): void => {
    observing = true;
    if (doc.body) observer.observe(doc.body, OPTIONS);
    for (const root of shadowRoots) observer.observe(root, OPTIONS);
  };
  const matters = (records: MutationRecord[]): boolean => {
    if (records.length > HUGE_BATCH) return true;
    for (const record of records) {
      if (isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        if (relevant(record.oldValue ?? '') || relevant(contextOf(record.target))) return true;
        continue;
      }
      // Only the topmost added or removed nodes are looked at, and only their first stretch of text: a
      // removed claim must leave the findings as surely as an added one joins them.
      for (const list of [record.addedNodes, record.removedNodes]) {
        for (const node of Array.from(list)) {
          if (!isOwn(node) && carriesText(node) && relevant((node.textContent ?? '').slice(0, 20_000)))
            return true;
        }
      }
    }
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (!matters(records)) return;
    const now = Date.now();
    burst = burst.filter((t) => now - t < burstWindowMs);
    burst.push(now);
    if (burst.length > burstLimit) {
      // The breaker: stop listening, come back later with one full refresh.
      observer.disconnect();
      observing = false;
      trips++;
      burst = [];
      breakerTimer = setTimeout(() => {
        if (signal.aborted) return;
        observe();
        schedule('resume');
      }, pause);
      pause = Math.min(pause * 2, 30_000);
      return;
    }
    // A quiet stretch after a burst lets the breaker's pause shrink back.
    if (burst.length <= 1) pause = pauseMs;
    schedule('mutation');
  });
  observe();

  const onAddress = (): void => {
    if (doc.location?.href !== url) schedule('navigation');
  };
  win.addEventListener('popstate', onAddress, { signal });
  win.addEventListener('hashchange', onAddress, { signal });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onAddress, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(breakerTimer);
    },
    { once: true },
  );

  return {
    quietly<T>(write: () => T): T {
      const result = write();
      observer.takeRecords();
      return result;
    },
    watchRoots(roots) {
      for (const root of roots) {
        if (shadowRoots.has(root)) continue;
        shadowRoots.add(root);
        // While the breaker is open, the root is picked up when observing resumes.
        if (observing && !signal.aborted) observer.observe(root, OPTIONS);
      }
    },
    get trips() {
      return trips;
    },
  };
}
