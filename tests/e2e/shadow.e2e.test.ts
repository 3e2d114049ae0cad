/**
 * A storefront built on web components: the description and the ingredient list live in open shadow
 * roots, one claim arrives through a slot. With both engines the extension reads, paints and explains
 * them, and removal leaves the light DOM and every shadow tree as they were.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchExtension,
  paintedFindings,
  type StaticServer,
  serveStatic,
  tabIdOf,
  waitForTabState,
} from './harness';
import { collectErrors } from './page-errors';

const TOOLTIP = 'skin-truth-ui .tip';

/** The served page in full: the light DOM and each component's shadow tree. */
const SERIALISED = `(() => [document.documentElement.outerHTML,
  ...[...document.querySelectorAll('product-details, product-ingredients')].map((h) => h.shadowRoot.innerHTML)])()`;

describe.each([
  { engine: 'highlight-api', query: '' },
  { engine: 'wrap', query: '?skin-truth-engine=wrap' },
])('web components with open shadow roots ($engine engine)', ({ query }) => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let errors: string[];
  let before: string[];
  let tabId: number;

  beforeAll(async () => {
    server = await serveStatic();
    ext = await launchExtension();
    page = await ext.newPage();
    errors = collectErrors(page);
    const url = `${server.origin}/fixtures/shadow/product.html${query}`;
    // Serialised once the components have rendered, before the extension can have painted.
    await page.addInitScript(
      `document.addEventListener('DOMContentLoaded', () => { window.__served = ${SERIALISED}; });`,
    );
    await page.goto(url);
    tabId = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, tabId, 'ready');
    before = (await page.evaluate('window.__served')) as string[];
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints claims and ingredients inside the shadow trees, the slotted claim included', async () => {
    await expect
      .poll(async () => (await paintedFindings(page)).map((p) => p.text))
      .toEqual(
        expect.arrayContaining([
          'clinically proven',
          'boosts collagen',
          'Niacinamide',
          'Hydrolyzed Collagen',
        ]),
      );
    const text = (await paintedFindings(page)).map((p) => p.text);
    expect(text.join(' ')).not.toContain('Light text');
  });

  it('explains a claim inside a shadow tree on hover', async () => {
    const painted = await paintedFindings(page);
    const claim = painted.find((p) => p.text === 'clinically proven');
    await page.mouse.move(claim?.x ?? 0, claim?.y ?? 0);
    await expect.poll(() => page.locator(TOOLTIP).isVisible(), { timeout: 5000 }).toBe(true);
    expect(await page.locator(TOOLTIP).innerText()).toMatch(/Clinically proven/i);
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  });

  it('re-reads a shadow tree whose component adds copy later', async () => {
    const texts = async (): Promise<string[]> =>
      (await paintedFindings(page)).map((p) => p.text.toLowerCase());
    await page.evaluate(() => {
      // Into the copy under the component's own "What it is" heading: a claim zone inside the shadow tree.
      const late = document.createElement('span');
      late.id = 'late';
      late.textContent = ' New this season: dermatologist tested.';
      document.querySelector('product-details')?.shadowRoot?.querySelector('p')?.append(late);
    });
    await expect.poll(texts, { timeout: 10_000 }).toContain('dermatologist tested');
    // The component takes it away again, so the page is back to what was served.
    await page.evaluate(() =>
      document.querySelector('product-details')?.shadowRoot?.getElementById('late')?.remove(),
    );
    await expect.poll(texts, { timeout: 10_000 }).not.toContain('dermatologist tested');
  });

  it('restores the light DOM and every shadow tree exactly', async () => {
    await ext.worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'content/teardown' }), tabId);
    await expect.poll(async () => (await paintedFindings(page)).length).toBe(0);
    expect(await page.evaluate(SERIALISED)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
