/**
 * The extension's life around an open page: reloaded or updated under it, the old annotator is an
 * orphan that must take down what it added and never throw into the page. And the network recorder
 * every e2e run relies on is shown to see a request from each kind of extension context.
 */
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  initialDom,
  launchExtension,
  paintedFindings,
  recordInitialDom,
  type StaticServer,
  serveStatic,
  waitForPainted,
} from './harness';
import { collectErrors } from './page-errors';

/** The id of the extension's content-script world in the page, found through the DevTools protocol. */
async function contentScriptWorld(cdp: CDPSession, origin: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
  if (!world) throw new Error('no content-script world in the page');
  return world.id;
}

describe('extension lifecycle around an open page', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveStatic();
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('records a request made from the service worker, an extension page or a content script', async () => {
    const probe = (from: string): string => `${server.origin}/probe-${from}`;
    await ext.worker.evaluate((u) => fetch(u).catch(() => undefined), probe('worker'));

    const popup = await ext.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await popup.evaluate((u) => fetch(u).catch(() => undefined), probe('options'));

    const page = await ext.newPage();
    await page.goto(`${server.origin}/demo/product.html`);
    await waitForPainted(page, 1);
    const cdp = await ext.context.newCDPSession(page);
    const world = await contentScriptWorld(cdp, `chrome-extension://${ext.extensionId}`);
    // The source URL names the code as the extension's, as the annotator's own frames are named.
    await cdp.send('Runtime.evaluate', {
      contextId: world,
      expression: `fetch('${probe('content')}').catch(() => 0)\n//# sourceURL=chrome-extension://${ext.extensionId}/probe.js`,
    });
    // The page's own request is not the extension's.
    await page.evaluate((u) => fetch(u).catch(() => undefined), probe('page'));
    await expect.poll(() => server.requests.filter((r) => r.startsWith('/probe-')).length).toBe(4);
    await expect
      .poll(() => ext.network.requests.map((r) => `${r.context} ${new URL(r.url).pathname}`).sort())
      .toEqual([
        'content-script /probe-content',
        'extension-page /probe-options',
        'service-worker /probe-worker',
      ]);
    // Forget the probes, so that closing the browser checks the rest of this file's run.
    ext.network.take();
    await Promise.all([popup.close(), page.close()]);
  });

  it('an annotator orphaned by an extension reload removes everything and stays quiet', async () => {
    const page = await ext.newPage();
    const errors = collectErrors(page);
    await recordInitialDom(page);
    await page.goto(`${server.origin}/demo/product.html`);
    const painted = await waitForPainted(page, 3);
    const claim = painted.find((p) => p.text === 'boosts collagen');

    // The worker goes away with the old extension, so the call may not answer.
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(async () => (await paintedFindings(page)).length, { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe((await initialDom(page)).html);

    // Everything that used to reach the annotator now reaches an orphan: none of it may throw.
    await page.mouse.move(claim?.x ?? 10, claim?.y ?? 10);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.mouse.click(5, 5);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'New: a serum that boosts collagen overnight.';
      document.body.append(p);
    });
    await page.waitForTimeout(1500);
    expect(await page.locator('skin-truth-ui').count()).toBe(0);
    expect(await paintedFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
