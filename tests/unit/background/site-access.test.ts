/** Sites allowed on request: the detector is registered for exactly the granted extra origins. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('../../../src/shared/browser', () => ({ browser: fake }));

import { onOriginsAdded, syncRegisteredDetector } from '../../../src/background/site-access';

let granted: string[] = [];
let registered: { id: string; matches: string[]; css?: string[] }[] = [];
let injected: number[] = [];
let styled: number[] = [];

beforeEach(() => {
  registered = [];
  injected = [];
  styled = [];
  Object.assign(fake, {
    runtime: { getManifest: () => ({ host_permissions: ['*://*.boots.com/*'] }) },
    permissions: { getAll: async () => ({ origins: granted }) },
    scripting: {
      getRegisteredContentScripts: async () => registered,
      unregisterContentScripts: async () => {
        registered = [];
      },
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        registered.push(...scripts);
      },
      executeScript: async (details: { target: { tabId: number } }) => {
        injected.push(details.target.tabId);
        return [];
      },
      insertCSS: async (details: { target: { tabId: number }; files: string[] }) => {
        expect(details.files).toEqual(['highlights.css']);
        // The rules must be in place before the detector can start an annotator.
        expect(injected).not.toContain(details.target.tabId);
        styled.push(details.target.tabId);
      },
    },
    tabs: {
      query: async ({ url }: { url: string[] }) =>
        url.includes('https://shop.example/*') ? [{ id: 4 }] : [],
    },
  });
});

describe('site access', () => {
  it('registers the detector for granted origins beyond the manifest, and nothing else', async () => {
    granted = ['*://*.boots.com/*', 'https://shop.example/*'];
    await syncRegisteredDetector();
    expect(registered.map((r) => r.matches)).toEqual([['https://shop.example/*']]);
    // The paint rules travel with the detector, so a page is styled with them from the start.
    expect(registered.map((r) => r.css)).toEqual([['highlights.css']]);
  });

  it('unregisters when the last extra origin is removed', async () => {
    granted = ['https://shop.example/*'];
    await syncRegisteredDetector();
    granted = ['*://*.boots.com/*'];
    await syncRegisteredDetector();
    expect(registered).toEqual([]);
  });

  it('runs the detector in open tabs of a newly granted origin', async () => {
    granted = ['https://shop.example/*'];
    await onOriginsAdded(['https://shop.example/*']);
    expect(injected).toEqual([4]);
    expect(styled).toEqual([4]);
  });
});
