// @vitest-environment jsdom
/**
 * The orphan check with an in-memory runtime: a port that closes because the worker went idle changes
 * nothing; once the runtime is gone (extension reloaded), the port closing or the next interaction
 * aborts the annotator, and a runtime that refuses the port aborts it at once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;
const runtime = vi.hoisted(() => ({
  id: 'ext' as string | undefined,
  refuse: false,
  disconnect: [] as Listener[],
}));
vi.mock('../../../src/shared/browser', () => ({
  browser: {
    runtime: {
      get id() {
        return runtime.id;
      },
      connect: () => {
        if (runtime.refuse) throw new Error('Extension context invalidated.');
        return {
          onDisconnect: { addListener: (l: Listener) => runtime.disconnect.push(l) },
          disconnect() {},
        };
      },
    },
  },
}));

import { shutDownWhenOrphaned } from '../../../src/content/orphan';

describe('orphaned annotator', () => {
  beforeEach(() => {
    runtime.id = 'ext';
    runtime.refuse = false;
    runtime.disconnect = [];
  });

  it('keeps running when the port closes because the worker went idle', () => {
    const root = new AbortController();
    shutDownWhenOrphaned(root, document);
    for (const l of runtime.disconnect) l();
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(root.signal.aborted).toBe(false);
  });

  it('shuts down when the port closes with the extension gone', () => {
    const root = new AbortController();
    shutDownWhenOrphaned(root, document);
    runtime.id = undefined;
    for (const l of runtime.disconnect) l();
    expect(root.signal.aborted).toBe(true);
  });

  it('looks again a moment after the port breaks: on a reload the runtime may go just after', () => {
    vi.useFakeTimers();
    try {
      const root = new AbortController();
      shutDownWhenOrphaned(root, document);
      for (const l of runtime.disconnect) l();
      expect(root.signal.aborted).toBe(false);
      runtime.id = undefined;
      vi.advanceTimersByTime(1000);
      expect(root.signal.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shuts down on the next interaction after the port already closed while idle', () => {
    const root = new AbortController();
    shutDownWhenOrphaned(root, document);
    for (const l of runtime.disconnect) l();
    runtime.id = undefined;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(root.signal.aborted).toBe(true);
  });

  it('shuts down at once when the runtime refuses the port', () => {
    runtime.refuse = true;
    const root = new AbortController();
    shutDownWhenOrphaned(root, document);
    expect(root.signal.aborted).toBe(true);
  });
});
