/**
 * End-to-end harness: serves the demo and fixture pages from 127.0.0.1 and drives the built extension
 * in Debian's Chromium through Playwright. No browser is downloaded; no request leaves the machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type NetworkRecorder, recordExtensionNetwork } from './network-recorder';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
/** URL prefixes served, each from a folder of the repository. */
const MOUNTS: Record<string, string> = { '/demo/': 'demo', '/fixtures/': 'tests/fixtures' };

export interface StaticServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** A page held in memory: its HTML, or its HTML with response headers (e.g. a Content-Security-Policy). */
export type ServedPage = string | { body: string; headers: Record<string, string> };

/** `pages`: extra pages held in memory, by path, for tests that write their own page. */
export async function serveStatic(pages: Record<string, ServedPage> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const page = pages[path];
    if (page !== undefined) {
      const { body, headers } = typeof page === 'string' ? { body: page, headers: {} } : page;
      res.writeHead(200, { 'content-type': TYPES['.html'] as string, ...headers }).end(body);
      return;
    }
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    const rel = mount ? normalize(path.slice(mount.length)) : '';
    if (!mount || rel.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(ROOT, MOUNTS[mount] as string, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the extension's contexts made: the product promises there are none. */
  network: NetworkRecorder;
  /** A new tab, watched by the network recorder before it loads anything. */
  newPage(): Promise<Page>;
  /** Closes the browser; fails if the extension made any network request meanwhile. */
  close(): Promise<void>;
}

/** Launch options that work on these machines: headless, no sandbox (root), and no DNS for anything but localhost. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ];
}

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium flags, e.g. `--disable-blink-features=HighlightAPI` to exercise the fallback engine. */
  extraArgs?: string[];
  hasTouch?: boolean;
  /** Use (and keep) this profile folder, so a test can close the browser and relaunch it with the same profile. */
  profileDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'skin-truth-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [...chromiumArgs(DIST), ...(options.extraArgs ?? [])],
    viewport: { width: 1200, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
  });
  const network = recordExtensionNetwork(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    network,
    newPage: async () => {
      const page = await context.newPage();
      await network.settled();
      return page;
    },
    close: async () => {
      await network.settled();
      await context.close();
      // A profile the caller passed in is theirs: a test relaunches the browser with it.
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
      if (network.requests.length > 0)
        throw new Error(`the extension made network requests: ${JSON.stringify(network.requests)}`);
    },
  };
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

/** The tab's state as the background stored it (what the popup will show). */
export async function tabState(
  worker: Worker,
  tabId: number,
): Promise<{ state?: string } & Record<string, unknown>> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] ?? {}) as { state?: string };
  }, tabId);
}

export async function waitForTabState(
  worker: Worker,
  tabId: number,
  state: string,
  timeoutMs = 15000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await tabState(worker, tabId)).state === state) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab ${tabId} never reached state ${state}`);
}

/** Records the page as served, before any content script runs, for before/after comparisons. */
export async function recordInitialDom(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { __initial: { html: string; text: string } };
      w.__initial = { html: document.documentElement.outerHTML, text: document.body.innerText };
    });
  });
}

export async function initialDom(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(() => (window as unknown as { __initial: { html: string; text: string } }).__initial);
}

export interface PaintedFinding {
  id: string;
  paint: string;
  text: string;
  /** Centre of the first line box, in viewport coordinates. */
  x: number;
  y: number;
}

/**
 * What the extension painted on the page, whichever engine it used: ranges registered in
 * `CSS.highlights` under our prefix, or wrapped `skin-truth-mark` elements, open shadow roots included.
 */
export async function paintedFindings(page: Page): Promise<PaintedFinding[]> {
  return page.evaluate(COLLECT_PAINTED) as Promise<PaintedFinding[]>;
}

/**
 * Runs inside the page (any driver's `evaluate`). Written as JavaScript source, not a function, because a
 * function compiled by some TypeScript runners carries helper calls that do not exist in the page.
 */
export const COLLECT_PAINTED = `(() => {
  const out = [];
  const centre = (r) => (r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: -1, y: -1 });
  const registry = window.CSS.highlights;
  if (registry) {
    let n = 0;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('skin-truth-') || name === 'skin-truth-active') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ id: 'h' + n++, paint: name.slice('skin-truth-'.length), text: range.toString(), ...centre(range.getClientRects()[0]) });
      }
    }
  }
  // Wrapped marks may sit inside open shadow roots too (a registry's ranges reach them already).
  const scopes = [document];
  for (let i = 0; i < scopes.length; i++)
    for (const el of scopes[i].querySelectorAll('*')) if (el.shadowRoot) scopes.push(el.shadowRoot);
  const groups = new Map();
  for (const el of scopes.flatMap((scope) => [...scope.querySelectorAll('skin-truth-mark')])) {
    const id = el.dataset.finding || '';
    groups.set(id, [...(groups.get(id) || []), el]);
  }
  for (const [id, els] of groups) {
    out.push({ id, paint: els[0].dataset.paint || '', text: els.map((e) => e.textContent).join(''), ...centre(els[0].getClientRects()[0]) });
  }
  return out;
})()`;

/** Waits until the extension has painted at least `min` findings. */
export async function waitForPainted(page: Page, min = 1, timeoutMs = 20_000): Promise<PaintedFinding[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const painted = await paintedFindings(page);
    if (painted.length >= min) return painted;
    if (Date.now() > deadline) throw new Error(`fewer than ${min} findings painted after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** The finding the tooltip is open for, as painted (text and position), or null. */
export async function activeFinding(page: Page): Promise<{ text: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const registry = (window as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } }).CSS
      .highlights;
    const active = registry?.get('skin-truth-active');
    let range: Range | null = null;
    for (const r of active ?? []) {
      range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
    }
    const marks = [...document.querySelectorAll('skin-truth-mark[data-active]')];
    const rect = range?.getClientRects()[0] ?? marks[0]?.getClientRects()[0];
    const text = range?.toString() ?? marks.map((m) => m.textContent).join('');
    return rect && text
      ? { text, x: Math.round(rect.left + window.scrollX), y: Math.round(rect.top + window.scrollY) }
      : null;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (extension pages included: the source is evaluated by the DevTools
 * protocol, which no content security policy blocks) and returns its violations, WCAG 2.1 A and AA.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeRun> } }).axe;
    interface AxeRun {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include ?? null);
}
