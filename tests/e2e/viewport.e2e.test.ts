/**
 * On a long page the highlight engine keeps only the findings near the viewport registered with the
 * page (and those in closed tabs, which have no layout): the page then pays far less for every change
 * of its own. Scrolling brings the rest in, and a far finding explains itself like any other; text in a
 * scrolling panel is registered one panel ahead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProductPage } from '../../scripts/bench/synthetic-page';
import {
  type ExtensionBrowser,
  launchExtension,
  type PaintedFinding,
  paintedFindings,
  type StaticServer,
  serveStatic,
  tabIdOf,
  tabState,
  waitForPainted,
  waitForTabState,
} from './harness';

const VIEWPORT_HEIGHT = 900;

describe('findings near the viewport (Chromium, highlight engine)', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let found: number;

  const laidOut = (painted: PaintedFinding[]) => painted.filter((p) => p.y >= 0 || p.x >= 0);

  beforeAll(async () => {
    // About 500 blocks, half of them with a claim: the page is many viewports tall. On the second page
    // the product copy scrolls inside a 400 px panel, as in a drawer or a "read more" box.
    const long = syntheticProductPage(3000);
    const panel = long.replace(
      '</head>',
      '<style>.product-description { height: 400px; overflow: auto; }</style></head>',
    );
    server = await serveStatic({ '/long.html': long, '/panel.html': panel });
    ext = await launchExtension();
    page = await ext.newPage();
    const url = `${server.origin}/long.html`;
    await page.goto(url);
    await waitForPainted(page, 3);
    const tabId = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, tabId, 'ready');
    found = ((await tabState(ext.worker, tabId)).findings as unknown[]).length;
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('adds its tooltip to the page only when first used, and still announces it', async () => {
    expect(await page.locator('skin-truth-ui').count()).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => page.locator('skin-truth-ui .tip').isVisible(), { timeout: 5000 }).toBe(true);
    const spoken = `document.querySelector('skin-truth-ui')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''`;
    await expect.poll(() => page.evaluate(spoken)).toMatch(/\w+: /);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    // Registry updates after the first are gathered over 250 ms.
    await page.waitForTimeout(400);
  });

  it('registers the findings within a viewport of the visible area, and the hidden ones', async () => {
    const painted = await paintedFindings(page);
    expect(found).toBeGreaterThan(200);
    expect(painted.length).toBeGreaterThan(10);
    expect(painted.length).toBeLessThan(found / 2);
    for (const p of laidOut(painted)) {
      expect(p.y).toBeGreaterThan(-VIEWPORT_HEIGHT - 50);
      expect(p.y).toBeLessThan(2 * VIEWPORT_HEIGHT + 50);
    }
    // The ingredient list sits in a closed tab: registered although it has no box.
    expect(painted.some((p) => p.text === 'Niacinamide' && p.x < 0)).toBe(true);
  });

  it('brings findings in and lets them go as the page scrolls, and explains a far one on hover', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    let painted: PaintedFinding[] = [];
    await expect
      .poll(async () => {
        painted = laidOut(await paintedFindings(page));
        return painted.some((p) => p.y > 0 && p.y < VIEWPORT_HEIGHT);
      })
      .toBe(true);
    // Everything laid out and registered is near the new viewport: the top of the page was let go.
    for (const p of painted) expect(p.y).toBeGreaterThan(-VIEWPORT_HEIGHT - 50);

    const claim = painted.find((p) => p.paint.startsWith('claim') && p.y > 0 && p.y < VIEWPORT_HEIGHT);
    if (!claim) throw new Error('no claim in view after scrolling');
    await page.mouse.move(claim.x, claim.y);
    await expect.poll(() => page.locator('skin-truth-ui .tip').isVisible(), { timeout: 5000 }).toBe(true);
  });

  it('registers the text one panel beyond what the panel shows, and no further', async () => {
    const panelPage = await ext.newPage();
    await panelPage.goto(`${server.origin}/panel.html`);
    await waitForPainted(panelPage, 3);
    const panel = (await panelPage.evaluate(`(() => {
      const r = document.querySelector('.product-description').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    })()`)) as { top: number; bottom: number };
    const inPanel = (await paintedFindings(panelPage)).filter((p) => p.x >= 0 && p.y > panel.top);
    // Below what the panel shows, within one panel height: registered before it is scrolled to.
    expect(inPanel.some((p) => p.y > panel.bottom && p.y < panel.bottom + 400)).toBe(true);
    expect(inPanel.every((p) => p.y < panel.bottom + 450)).toBe(true);
  });
});
