/**
 * The background hub with an in-memory browser: every message is checked for its sender before it is
 * parsed, popup requests are carried out, and a site the user switched off never gets the annotator.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const EXT_ID = 'ext-id';
const BASE = `chrome-extension://${EXT_ID}/`;

function event() {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => listeners.push(l) };
}

const fake = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('../../../src/shared/browser', () => ({ browser: fake }));

const session = new Map<string, unknown>();
const sync = new Map<string, unknown>();
const calls = { executeScript: [] as unknown[], sendMessage: [] as unknown[], reload: [] as number[] };

function install(): { onMessage: ReturnType<typeof event> } {
  const onMessage = event();
  const area = (m: Map<string, unknown>) => ({
    get: async (key: string) => (m.has(key) ? { [key]: m.get(key) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
    },
    remove: async (key: string) => void m.delete(key),
  });
  Object.assign(fake, {
    runtime: {
      id: EXT_ID,
      getURL: (p: string) => BASE + p,
      getManifest: () => ({ host_permissions: ['*://*.boots.com/*'] }),
      onMessage,
      onInstalled: event(),
      onStartup: event(),
      onConnect: event(),
    },
    storage: { session: area(session), sync: area(sync) },
    scripting: {
      executeScript: async (details: unknown) => {
        calls.executeScript.push(details);
        return [{ result: '' }];
      },
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
    },
    tabs: {
      onUpdated: event(),
      onRemoved: event(),
      get: async (id: number) => ({ id, url: 'https://www.boots.com/p/1' }),
      reload: async (id: number) => void calls.reload.push(id),
      sendMessage: async (...args: unknown[]) => {
        calls.sendMessage.push(args);
        return { revealed: true };
      },
    },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    permissions: { getAll: async () => ({ origins: [] }), onAdded: event(), onRemoved: event() },
    contextMenus: { removeAll: async () => undefined, create: () => undefined, onClicked: event() },
  });
  return { onMessage };
}

const verdict = { isSkincareProduct: true, kind: 'skincare-product', confidence: 1, signals: [] };
const contentSender = (extra: Record<string, unknown> = {}) => ({
  id: EXT_ID,
  url: 'https://www.boots.com/p/1',
  frameId: 0,
  tab: { id: 7, url: 'https://www.boots.com/p/1' },
  ...extra,
});
const popupSender = { id: EXT_ID, url: `${BASE}popup.html` };

let send: (message: unknown, sender: unknown) => Promise<unknown>;

beforeEach(async () => {
  session.clear();
  sync.clear();
  calls.executeScript = [];
  calls.sendMessage = [];
  calls.reload = [];
  vi.resetModules();
  const { onMessage } = install();
  await import('../../../src/background/index');
  const listener = onMessage.listeners[0] as Listener;
  send = async (message, sender) => (await listener(message, sender)) as unknown;
});

describe('background hub', () => {
  it('injects the annotator for a candidate page from our content script in the top frame', async () => {
    expect(await send({ type: 'detector/verdict', verdict, candidate: true }, contentSender())).toEqual({
      injected: true,
    });
    // The knowledge base first, then the annotator, each in its own call so each runs as its own task.
    expect(calls.executeScript.map((c) => (c as { files?: string[] }).files)).toEqual([
      ['kb-keys-1.js'],
      ['kb-keys-2.js'],
      ['kb-keys-3.js'],
      ['kb-keys-4.js'],
      ['kb.js'],
      ['annotator.js'],
    ]);
    expect(session.get('tab:7')).toMatchObject({ state: 'analysing' });
  });

  it('ignores content messages from a sub-frame, another extension, or in the wrong shape', async () => {
    expect(
      await send({ type: 'detector/verdict', verdict, candidate: true }, contentSender({ frameId: 3 })),
    ).toBeUndefined();
    expect(
      await send({ type: 'detector/verdict', verdict, candidate: true }, contentSender({ id: 'other' })),
    ).toBeUndefined();
    expect(
      await send({ type: 'detector/verdict', verdict: 'yes', candidate: true }, contentSender()),
    ).toBeUndefined();
    expect(await send({ type: 'popup/get-state', tabId: 7 }, contentSender())).toBeUndefined();
    expect(calls.executeScript).toHaveLength(0);
  });

  it('does not treat a web page as one of our pages', async () => {
    await session.set('tab:7', { state: 'disabled' });
    expect(
      await send({ type: 'popup/get-state', tabId: 7 }, { id: EXT_ID, url: 'https://evil.example/' }),
    ).toBeUndefined();
    expect(await send({ type: 'popup/get-state', tabId: 7 }, popupSender)).toEqual({
      state: { state: 'disabled' },
    });
  });

  it('leaves a switched-off site alone: no annotator, state "disabled"', async () => {
    sync.set('settings', { version: 1, disabledSites: ['boots.com'] });
    expect(await send({ type: 'detector/verdict', verdict, candidate: true }, contentSender())).toEqual({
      injected: false,
    });
    expect(calls.executeScript).toHaveLength(0);
    expect(session.get('tab:7')).toEqual({ state: 'disabled' });
  });

  it('forwards a reveal to the top frame of the tab', async () => {
    expect(await send({ type: 'popup/reveal', tabId: 7, findingId: 'c1' }, popupSender)).toEqual({
      revealed: true,
    });
    expect(calls.sendMessage[0]).toEqual([7, { type: 'content/reveal', findingId: 'c1' }, { frameId: 0 }]);
  });

  it('tells the popup when the finding is on the page but not shown', async () => {
    (fake as { tabs: { sendMessage: () => Promise<unknown> } }).tabs.sendMessage = async () => ({
      revealed: false,
      hidden: true,
    });
    expect(await send({ type: 'popup/reveal', tabId: 7, findingId: 'c1' }, popupSender)).toEqual({
      revealed: false,
      hidden: true,
    });
  });

  it('switches a site off (tearing the page down) and back on (reloading it)', async () => {
    expect(await send({ type: 'popup/set-site-enabled', tabId: 7, enabled: false }, popupSender)).toEqual({
      ok: true,
    });
    expect(sync.get('settings')).toMatchObject({ disabledSites: ['boots.com'] });
    expect(calls.sendMessage[0]).toEqual([7, { type: 'content/teardown' }, { frameId: 0 }]);
    expect(session.get('tab:7')).toEqual({ state: 'disabled' });
    await send({ type: 'popup/set-site-enabled', tabId: 7, enabled: true }, popupSender);
    expect(sync.get('settings')).toMatchObject({ disabledSites: [] });
    expect(calls.reload).toEqual([7]);
  });

  it('says so when there is no selection to analyse, and injects nothing', async () => {
    expect(await send({ type: 'popup/analyse-selection', tabId: 7 }, popupSender)).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(calls.executeScript).toHaveLength(1);
  });
});
