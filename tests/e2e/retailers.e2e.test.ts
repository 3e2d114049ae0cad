/**
 * The built extension on every retailer fixture page (each store's markup conventions, one real product
 * each): findings are painted, a tooltip opens on hover, the page's text is the same before and while
 * annotating, and removing the annotations gives back the served DOM exactly.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  initialDom,
  launchExtension,
  paintedFindings,
  ROOT,
  recordInitialDom,
  type StaticServer,
  serveStatic,
  tabIdOf,
  waitForPainted,
  waitForTabState,
} from './harness';

const PAGES = readdirSync(join(ROOT, 'tests', 'fixtures', 'retailers', 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('extension on the retailer fixture pages', () => {
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

  it.each(PAGES)('%s: painted, explained on hover, text unchanged, restored exactly', async (file) => {
    const page = await ext.newPage();
    await recordInitialDom(page);
    const url = `${server.origin}/fixtures/retailers/pages/${file}`;
    await page.goto(url);
    await waitForTabState(ext.worker, await tabIdOf(ext.worker, url), 'ready');
    const painted = await waitForPainted(page, 1);
    const before = await initialDom(page);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);

    // A finding inside a closed accordion has a layout box but nothing shown: hover one that is visible.
    const shown = await page.evaluate(
      (list) =>
        list
          .filter((p) => {
            const data = document.caretPositionFromPoint(p.x, p.y)?.offsetNode?.textContent ?? '';
            return data.length > 0 && (data.includes(p.text) || p.text.includes(data.trim()));
          })
          .map((p) => p.id),
      painted.filter((p) => p.x >= 0 && p.y >= 0 && p.y < 900),
    );
    const visible = painted.find((p) => p.id === shown[0]);
    if (visible) {
      await page.mouse.move(visible.x, visible.y);
      await expect.poll(() => page.locator('skin-truth-ui .tip').isVisible(), { timeout: 5000 }).toBe(true);
      expect((await page.locator('skin-truth-ui .tip').innerText()).length).toBeGreaterThan(20);
      await page.keyboard.press('Escape');
    }

    const id = await tabIdOf(ext.worker, url);
    await ext.worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'content/teardown' }), id);
    await expect.poll(async () => (await paintedFindings(page)).length).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
    await page.close();
  });
});
