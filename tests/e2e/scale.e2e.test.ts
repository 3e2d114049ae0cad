/**
 * Scale and fault pages in Chromium: 100,000 elements, a description 5,000 elements deep, a 5 MB text
 * node, malformed and huge JSON-LD, a 500-name ingredient list (scripts/bench/fault-pages.ts). On each the
 * extension must settle inside a bounded time, raise no error, leave the page's text exactly as it was,
 * and paint its findings. The time from navigation to the settled tab state is printed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosingNames, FAULT_NAMES, type FaultName, faultPage } from '../../scripts/bench/fault-pages';
import { ensureCompiledKb } from '../../scripts/lib/kb';
import {
  type ExtensionBrowser,
  launchExtension,
  type StaticServer,
  serveStatic,
  tabIdOf,
  tabState,
  waitForPainted,
  waitForTabState,
} from './harness';
import { collectErrors } from './page-errors';

/** Generous: the slowest page settles in about 10 s on a two-core machine, most in one or two. */
const SETTLE_BOUND_MS = 30_000;

/** What the report must show beyond "ready", where a page has something specific to prove. */
const EXPECTED: Partial<Record<FaultName, { ingredients?: number; product?: string }>> = {
  // Every one of the 500 names, not the part of the list that fits a fixed block size.
  'inci-500': { ingredients: 500 },
  // The product was read out of the 9 MB graph.
  'jsonld-huge': { product: 'Firming Night Cream 50ml' },
};

/**
 * Length and FNV-1a hash of the page's visible text: megabytes of text compare cheaply this way. Plain
 * JavaScript source, so no compiler helper ends up in the page.
 */
const TEXT_DIGEST = `(() => {
  const text = document.body.innerText;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return { length: text.length, hash: hash >>> 0 };
})()`;

/** Records the digest as the page was served (after its own scripts), before any of ours run. */
async function recordInitialText(page: Page): Promise<void> {
  await page.addInitScript(
    `document.addEventListener('DOMContentLoaded', () => { window.__scaleText = ${TEXT_DIGEST}; });`,
  );
}

describe('scale and fault pages in Chromium', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  const paths = new Map<FaultName, string>();

  beforeAll(async () => {
    const names = cosingNames(ensureCompiledKb(), 500);
    const pages: Record<string, string> = {};
    for (const name of FAULT_NAMES) {
      const page = faultPage(name, names);
      pages[page.path] = page.html;
      paths.set(name, page.path);
    }
    server = await serveStatic(pages);
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const name of FAULT_NAMES) {
    it(`${name}: settles in bounded time, without an error, leaving the text as it was`, async () => {
      const page = await ext.newPage();
      const errors = collectErrors(page);
      await recordInitialText(page);
      const url = `${server.origin}${paths.get(name)}`;

      const started = Date.now();
      await page.goto(url, { timeout: SETTLE_BOUND_MS });
      const tabId = await tabIdOf(ext.worker, url);
      await waitForTabState(ext.worker, tabId, 'ready', SETTLE_BOUND_MS);
      const settledMs = Date.now() - started;
      console.log(`scale: ${name} settled in ${settledMs} ms`);
      expect(settledMs).toBeLessThan(SETTLE_BOUND_MS);

      const painted = await waitForPainted(page, 1);
      expect(painted.length).toBeGreaterThan(0);
      const before = await page.evaluate(() => (window as unknown as { __scaleText: unknown }).__scaleText);
      expect(before).toBeTruthy();
      expect(await page.evaluate(TEXT_DIGEST)).toEqual(before);

      const expected = EXPECTED[name];
      if (expected) {
        const { report } = (await tabState(ext.worker, tabId)) as {
          report?: { product: { name: string | null }; ingredients: unknown[] };
        };
        if (expected.ingredients !== undefined)
          expect(report?.ingredients).toHaveLength(expected.ingredients);
        if (expected.product !== undefined) expect(report?.product.name).toBe(expected.product);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
