/**
 * The walking skeleton, end to end in real Chromium with the built extension: the detector picks the
 * demo product page, the annotator highlights the claim and the ingredients, the tooltip explains them
 * on hover and on keyboard focus, the badge counts them, the popup lists them, and the control page is
 * left exactly as it was served.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  initialDom,
  launchExtension,
  recordInitialDom,
  type StaticServer,
  serveStatic,
  tabIdOf,
  waitForTabState,
} from './harness';

const TOOLTIP = 'skin-truth-ui .tip';
const CLAIM = 'skin-truth-mark[data-kind="claim"]';

describe('extension in Chromium', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let productUrl: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveStatic();
    ext = await launchExtension();
    page = await ext.context.newPage();
    await recordInitialDom(page);
    productUrl = `${server.origin}/demo/product.html`;
    await page.goto(productUrl);
    await page.waitForSelector(CLAIM, { state: 'attached', timeout: 20_000 });
    tabId = await tabIdOf(ext.worker, productUrl);
    await waitForTabState(ext.worker, tabId, 'ready');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('highlights the collagen claim and the collagen ingredients', async () => {
    const claims = await page.locator(CLAIM).allTextContents();
    expect(claims).toContain('boosts collagen');
    const ingredients = await page.locator('skin-truth-mark[data-kind="ingredient"]').allTextContents();
    expect(ingredients).toEqual(expect.arrayContaining(['Hydrolyzed Collagen', 'Collagen']));
  });

  it('leaves the page text and form fields as they were', async () => {
    const before = await initialDom(page);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
    expect(await page.inputValue('#gift-note')).toBe('Happy birthday, collagen lover');
    expect(await page.locator('#gift-note skin-truth-mark, label skin-truth-mark').count()).toBe(0);
  });

  it('explains the claim in a tooltip on hover, with the size fact and sources', async () => {
    await page.hover(CLAIM);
    const tip = page.locator(TOOLTIP);
    await expect.poll(() => tip.isVisible(), { timeout: 5000 }).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('Boosts collagen');
    expect(text).toMatch(/far too large/);
    expect(text).toMatch(/Hydrolyzed Collagen/);
    expect(text).toMatch(/Sources/);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('opens the tooltip when a highlight gets keyboard focus', async () => {
    await page.mouse.move(0, 0);
    await page.locator('h1').click();
    let focused = '';
    for (let i = 0; i < 30 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'SKIN-TRUTH-MARK' ? (el.textContent ?? '') : '';
      });
    }
    expect(focused).not.toBe('');
    const tip = page.locator(TOOLTIP);
    await expect.poll(() => tip.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await tip.innerText()).toContain(focused === 'boosts collagen' ? 'Boosts collagen' : focused);
  });

  it('shows the number of findings on the toolbar badge', async () => {
    const marks = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('skin-truth-mark')].map((m) => (m as HTMLElement).dataset.finding),
        ).size,
    );
    const badge = await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(marks).toBeGreaterThanOrEqual(3);
    expect(badge).toBe(String(marks));
  });

  it('lists the findings in the popup', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claims');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Marine Collagen Firming Night Cream');
    expect(text).toContain('“boosts collagen”');
    expect(text).toContain('Drug claim under US law');
    expect(text).toContain('Hydrolyzed Collagen');
    await popup.close();
  });

  it('restores the served DOM exactly when the annotations are removed', async () => {
    await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/teardown' }), tabId);
    await expect.poll(() => page.locator('skin-truth-mark, skin-truth-ui').count()).toBe(0);
    const before = await initialDom(page);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
  });

  it('leaves a page without skincare content untouched', async () => {
    const control = await ext.context.newPage();
    await recordInitialDom(control);
    const url = `${server.origin}/demo/control.html`;
    await control.goto(url);
    const id = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, id, 'not-skincare');
    expect(await control.locator('skin-truth-mark, skin-truth-ui, #skin-truth-style').count()).toBe(0);
    const before = await initialDom(control);
    expect(await control.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
    expect(await ext.worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id)).toBe('');
    await control.close();
  });
});
