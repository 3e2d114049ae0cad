/**
 * An extension reload or update leaves this script running in the page with no extension behind it:
 * its messages fail and its API calls throw "Extension context invalidated". Such an orphan must take
 * down what it added and go quiet, never throw into the page. A port to the background breaks the
 * moment that happens (while the worker is awake); the runtime-id check catches it later, on the next
 * interaction or return to the tab, without waking the worker or keeping it alive.
 */
import { browser } from '../shared/browser';

export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

const INTERACTIONS = ['visibilitychange', 'pointerdown', 'keydown'] as const;
const RECHECK_MS = 1000;

/** Aborts `root` once this script is an orphan; every listener belongs to `root`. */
export function shutDownWhenOrphaned(root: AbortController, doc: Document): void {
  const check = (): void => {
    if (isOrphaned()) root.abort();
  };
  try {
    const port = browser.runtime.connect({ name: 'annotator' });
    // A worker that merely went idle also breaks the port: only a missing runtime means orphaned. On a
    // reload the port can break a moment before the runtime goes, so a second look follows.
    port.onDisconnect.addListener(() => {
      check();
      if (root.signal.aborted) return;
      const later = setTimeout(check, RECHECK_MS);
      root.signal.addEventListener('abort', () => clearTimeout(later), { once: true });
    });
    root.signal.addEventListener(
      'abort',
      () => {
        try {
          port.disconnect();
        } catch {
          // Already gone with the old extension.
        }
      },
      { once: true },
    );
  } catch {
    root.abort();
    return;
  }
  for (const type of INTERACTIONS)
    doc.addEventListener(type, check, { capture: true, passive: true, signal: root.signal });
}
