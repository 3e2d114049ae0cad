/**
 * The product end to end in real Chromium with the built extension, once per rendering engine: the
 * CSS Custom Highlight API (the default) and element wrapping (the fallback, forced through the
 * development build's test seam). The detector picks the demo product page, the annotator paints the claim and the
 * ingredients, the tooltip explains them on hover, on tap and from the keyboard, the badge counts them,
 * the popup lists them, the page's text never changes, and removal restores the served DOM exactly.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeFinding,
  type ExtensionBrowser,
  initialDom,
  launchExtension,
  type PaintedFinding,
  paintedFindings,
  ROOT,
  recordInitialDom,
  type StaticServer,
  serveStatic,
  tabIdOf,
  waitForPainted,
  waitForTabState,
} from './harness';
import { compareImages } from './images';

/** The box of the first occurrence of `text` on the page, in viewport pixels (JavaScript source). */
const BOX_OF = (text: string): string => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf(${JSON.stringify(text)});
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + ${text.length});
    const r = range.getBoundingClientRect();
    return { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) };
  }
  return null;
})()`;

const TOOLTIP = 'skin-truth-ui .tip';

const ENGINES = [
  { engine: 'highlight-api', query: '' },
  { engine: 'wrap', query: '?skin-truth-engine=wrap' },
];

describe.each(ENGINES)('extension in Chromium ($engine engine)', ({ engine, query }) => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let productUrl: string;
  let tabId: number;
  let painted: PaintedFinding[];

  const claim = (): PaintedFinding => {
    const found = painted.find((p) => p.text === 'boosts collagen');
    if (!found) throw new Error('claim not painted');
    return found;
  };
  const tooltipVisible = (): Promise<boolean> => page.locator(TOOLTIP).isVisible();
  /** The claim's text as shown on screen: with its paint while annotated, plain after removal. */
  const claimPixels = async (): Promise<Buffer> => {
    await page.evaluate(`document.querySelector('main')?.scrollIntoView()`);
    const box = (await page.evaluate(BOX_OF('boosts collagen'))) as {
      x: number;
      y: number;
      width: number;
      height: number;
    } | null;
    if (!box) throw new Error('claim text not found');
    return page.screenshot({ clip: box, caret: 'initial', animations: 'disabled' });
  };
  let paintedPixels: Buffer;

  beforeAll(async () => {
    server = await serveStatic();
    ext = await launchExtension({ hasTouch: true });
    page = await ext.newPage();
    await recordInitialDom(page);
    productUrl = `${server.origin}/demo/product.html${query}`;
    await page.goto(productUrl);
    painted = await waitForPainted(page, 3);
    tabId = await tabIdOf(ext.worker, productUrl);
    await waitForTabState(ext.worker, tabId, 'ready');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints the collagen claim by verdict and the collagen ingredients quietly', async () => {
    expect(claim().paint).toBe('claim-bad');
    const ingredients = painted.filter((p) => p.paint.startsWith('ingredient')).map((p) => p.text);
    expect(ingredients).toEqual(expect.arrayContaining(['Hydrolyzed Collagen', 'Collagen']));
    const marks = await page.locator('skin-truth-mark').count();
    if (engine === 'highlight-api') expect(marks).toBe(0);
    else expect(marks).toBeGreaterThanOrEqual(painted.length);
    // Registered is not shown: the paint rules must reach the page (compared after removal, below).
    paintedPixels = await claimPixels();
  });

  it('leaves the page text and form fields as they were while annotating', async () => {
    const before = await initialDom(page);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
    expect(await page.inputValue('#gift-note')).toBe('Happy birthday, collagen lover');
  });

  it('explains the claim in a tooltip on hover, with the size fact and sources', async () => {
    const { x, y } = claim();
    await page.mouse.move(x, y);
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
    const tip = page.locator(TOOLTIP);
    const text = await tip.innerText();
    expect(text).toContain('Boosts collagen');
    expect(text).toMatch(/far too large/);
    expect(text).toMatch(/Hydrolyzed Collagen/);
    expect(text).toMatch(/Sources/);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    if (engine === 'highlight-api')
      await page.screenshot({ path: join(ROOT, 'docs', 'images', 'tooltip-claim.png'), caret: 'initial' });
    await page.keyboard.press('Escape');
    await expect.poll(tooltipVisible).toBe(false);
    await page.mouse.move(1, 1);
  });

  it('explains an ingredient in a quieter tooltip', async () => {
    expect(painted.map((p) => p.text)).toContain('Hydrolyzed Collagen');
    await page.click('#tab-ingredients');
    const shown = (await paintedFindings(page)).find((p) => p.text === 'Hydrolyzed Collagen');
    await page.mouse.move(shown?.x ?? 0, shown?.y ?? 0);
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
    const text = await page.locator(TOOLTIP).innerText();
    expect(text).toContain('Hydrolyzed Collagen');
    expect(text).toMatch(/Sources/);
    if (engine === 'highlight-api')
      await page.screenshot({
        path: join(ROOT, 'docs', 'images', 'tooltip-ingredient.png'),
        caret: 'initial',
      });
    await page.keyboard.press('Escape');
    await page.click('#tab-how');
    await page.mouse.move(1, 1);
  });

  it('opens the tooltip from the keyboard shortcut, finding by finding', async () => {
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
    const first = await activeFinding(page);
    expect(first).not.toBeNull();
    // Screen readers hear it: the live region holds the finding's text once the tooltip is in the page.
    const spoken = `document.querySelector('skin-truth-ui')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''`;
    await expect.poll(() => page.evaluate(spoken)).toContain(first?.text ?? '?');
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => activeFinding(page)).not.toEqual(first);
    expect(await activeFinding(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(tooltipVisible).toBe(false);
  });

  it('steps from the keyboard only through findings the shopper can see', async () => {
    // The ingredients tab is closed: its findings are painted but have no place on screen.
    expect(await page.locator('#ingredients').isHidden()).toBe(true);
    const tipTop = async (): Promise<number> => (await page.locator(TOOLTIP).boundingBox())?.y ?? -1;
    const seen: string[] = [];
    for (let press = 0; press <= painted.length; press++) {
      await page.keyboard.press('Alt+Shift+KeyN');
      await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
      const active = await activeFinding(page);
      expect(active, `press ${press}: the tooltip is open for a finding that is not shown`).not.toBeNull();
      seen.push(active?.text ?? '');
      // Anchored under its finding, not pinned to the viewport's corner.
      expect(await tipTop()).toBeGreaterThan(20);
    }
    expect(seen).not.toContain('Hydrolyzed Collagen');
    // Once the tab is open, its findings are in the round again.
    await page.click('#tab-ingredients');
    let reached = false;
    for (let press = 0; press <= painted.length && !reached; press++) {
      await page.keyboard.press('Alt+Shift+KeyN');
      reached = (await activeFinding(page))?.text === 'Hydrolyzed Collagen';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Escape');
    await page.click('#tab-how');
    await page.mouse.move(1, 1);
  });

  it('opens the tooltip on tap and closes it on a tap elsewhere', async () => {
    const { x, y } = claim();
    await page.touchscreen.tap(x, y);
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
    expect(await page.locator(TOOLTIP).innerText()).toContain('Boosts collagen');
    const photo = await page.locator('.photo').boundingBox();
    await page.touchscreen.tap((photo?.x ?? 0) + 20, (photo?.y ?? 0) + 20);
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(false);
  });

  it.runIf(engine === 'wrap')('opens the tooltip when a highlight gets keyboard focus', async () => {
    await page.locator('.photo').click();
    let focused = false;
    for (let i = 0; i < 30 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.tagName === 'SKIN-TRUTH-MARK');
    }
    expect(focused).toBe(true);
    await expect.poll(tooltipVisible, { timeout: 5000 }).toBe(true);
  });

  it('shows the number of findings on the toolbar badge', async () => {
    const badge = await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(painted.length).toBeGreaterThanOrEqual(3);
    expect(badge).toBe(String(painted.length));
  });

  it.runIf(engine === 'highlight-api')('lists the findings in the popup', async () => {
    const popup = await ext.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.locator('main').innerText(), { timeout: 10_000 })
      .toContain('boosts collagen');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Marine Collagen Firming Night Cream');
    expect(text).toContain('Hydrolyzed Collagen');
    await popup.close();
  });

  it('restores the served DOM exactly when the annotations are removed', async () => {
    await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content/teardown' }), tabId);
    await expect.poll(async () => (await paintedFindings(page)).length).toBe(0);
    expect(await page.locator('skin-truth-mark, skin-truth-ui').count()).toBe(0);
    const before = await initialDom(page);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
    const diff = await compareImages(page, paintedPixels, await claimPixels());
    expect(diff.width).toBeGreaterThan(40);
    // The verdict's background fills most of the claim's box; anti-aliased text alone differs far less.
    expect(diff.differing).toBeGreaterThan(0.3);
  });

  it('leaves a page without skincare content untouched', async () => {
    const control = await ext.newPage();
    await recordInitialDom(control);
    const url = `${server.origin}/demo/control.html`;
    await control.goto(url);
    const id = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, id, 'not-skincare');
    expect(await paintedFindings(control)).toEqual([]);
    expect(await control.locator('skin-truth-ui, style').count()).toBe(0);
    const before = await initialDom(control);
    expect(await control.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
    expect(await ext.worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id)).toBe('');
    await control.close();
  });
});
