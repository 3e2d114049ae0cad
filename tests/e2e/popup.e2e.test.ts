/**
 * The popup against the built extension in Chromium: its summary matches what the page's annotator
 * found, "show on page" scrolls to the highlight and focuses it, every designed state is reachable,
 * the avoid list reaches the page and the popup, and axe finds no violations in the popup (light and
 * dark) or in an open tooltip. Writes the README's popup screenshots to docs/images/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeFinding,
  type ExtensionBrowser,
  launchExtension,
  paintedFindings,
  ROOT,
  runAxe,
  type StaticServer,
  serveStatic,
  tabIdOf,
  tabState,
  waitForPainted,
  waitForTabState,
} from './harness';

/** A skincare product page whose ingredient list is not marked as one: only a selection finds it. */
const NO_LIST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Glow Serum 30ml | Aurelle Skin</title>
<meta property="og:type" content="product"><meta property="og:title" content="Glow Serum">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Skincare"},{"@type":"ListItem","position":2,"name":"Serums"}]},
{"@type":"Product","name":"Glow Serum","brand":{"@type":"Brand","name":"Aurelle Skin"},"category":"Skincare > Serums"}]}</script>
</head><body><main><h1>Glow Serum</h1><p>by Aurelle Skin</p>
<p>A light serum that boosts collagen for visibly firmer skin.</p>
<h2>Customer question</h2>
<p id="answer">Our team says the formula is Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Phenoxyethanol, Limonene.</p>
</main></body></html>`;

/** A kit: one list per product, each named, as Sephora's kit tabs print them. */
const KIT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hydration Duo | Aurelle Skin</title>
<meta property="og:type" content="product"><meta property="og:title" content="Hydration Duo">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Hydration Duo",
"brand":{"@type":"Brand","name":"Aurelle Skin"},"category":"Skincare > Sets"}</script>
</head><body><main><h1>Hydration Duo</h1><p>by Aurelle Skin</p>
<p>A gel essence and a water cream, both with niacinamide.</p>
<h2>Ingredients</h2>
<p>Gel Essence: Aqua, Glycerin, Sodium Hyaluronate, Phenoxyethanol, Niacinamide, Parfum. Water Cream Mask: Aqua,
Niacinamide, Squalane, Phenoxyethanol, Limonene.</p>
</main></body></html>`;

/** A US sunscreen whose shop prints the actives as bullets run into the list (Sephora tab texts). */
const SUNSCREEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Daily Face Moisturizer SPF 20 | Aurelle Skin</title>
<meta property="og:type" content="product"><meta property="og:title" content="Daily Face Moisturizer SPF 20">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Daily Face Moisturizer SPF 20",
"brand":{"@type":"Brand","name":"Aurelle Skin"},"category":"Skincare > Moisturizers"}</script>
</head><body><main><h1>Daily Face Moisturizer SPF 20</h1><p>by Aurelle Skin</p>
<p>What it is: A lightweight moisturizer with broad spectrum SPF 20.</p>
<h2>Ingredients</h2>
<p>-Avobenzone 2.2% -Octinoxate 7.5% Water, Cyclopentasiloxane, Octyldodecyl Neopentanoate, Phenethyl Benzoate,
Sodium Hyaluronate, Glycerin, Phenoxyethanol, Tocopheryl Acetate.</p>
</main></body></html>`;

interface StoredFinding {
  id: string;
  kind: string;
  text: string;
  tone: string;
  /** Index into the state's tooltips, which repeats of a finding share. */
  tooltip: number;
}
interface StoredReady {
  state: 'ready';
  report: {
    product: { name: string | null; brand: string | null };
    ingredients: { name: string; known: boolean }[];
  };
  findings: StoredFinding[];
  tooltips: { heading: string; sources: { label: string }[] }[];
}

describe('popup in Chromium', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let tabId: number;
  let productUrl: string;

  const openPopup = async (id: number): Promise<Page> => {
    const popup = await ext.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${id}`);
    return popup;
  };
  const viewOf = (popup: Page, view: string) =>
    expect.poll(() => popup.locator('main').getAttribute('data-view'), { timeout: 15_000 }).toBe(view);
  const setSettings = (settings: unknown) =>
    ext.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  /** Loads a served page, waits for the tab state the background stores, and opens the popup on it. */
  const popupOn = async (path: string, state: string, view: string): Promise<{ shop: Page; popup: Page }> => {
    const shop = await ext.newPage();
    const url = `${server.origin}${path}`;
    await shop.goto(url);
    const id = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, id, state);
    const popup = await openPopup(id);
    await viewOf(popup, view);
    return { shop, popup };
  };

  beforeAll(async () => {
    server = await serveStatic({
      '/popup/no-list.html': NO_LIST_PAGE,
      '/popup/kit.html': KIT_PAGE,
      '/popup/sunscreen.html': SUNSCREEN_PAGE,
    });
    ext = await launchExtension();
    page = await ext.newPage();
    productUrl = `${server.origin}/demo/product.html`;
    await page.goto(productUrl);
    tabId = await tabIdOf(ext.worker, productUrl);
    await waitForTabState(ext.worker, tabId, 'ready', 20_000);
    await waitForPainted(page);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it("matches the page's findings", async () => {
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    // Read after the popup rendered: a live page may have been re-read in between, and the popup shows the latest.
    const stored = (await tabState(ext.worker, tabId)) as unknown as StoredReady;
    const text = await popup.locator('main').innerText();
    expect(text).toContain(stored.report.product.name ?? '');
    expect(text).toContain(`by ${stored.report.product.brand}`);
    const reading = await popup.locator('#reading').innerText();
    expect(reading).toMatch(/claim/);
    expect(reading).toMatch(/no avoid list set/);

    const claims = stored.findings.filter((f) => f.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      // One row per wording: the same claim written twice, in any case, is counted on one row.
      expect(text.toLowerCase()).toContain(`“${claim.text.toLowerCase()}”`);
      expect(await popup.locator(`[data-verdict="${claim.tone}"]`).count()).toBe(1);
    }
    const listed = await popup.locator('.ingredients li.ingredient .name').allInnerTexts();
    expect(listed).toEqual(stored.report.ingredients.map((i) => i.name));
    const unknown = stored.report.ingredients.filter((i) => !i.known).length;
    expect(await popup.locator('.ingredients .unknown').count()).toBe(unknown);
    expect(await popup.locator('.one-percent').count()).toBe(1);
    const sources = new Set(stored.tooltips.flatMap((tip) => tip.sources.map((s) => s.label)));
    expect(await popup.locator('.source-list li').count()).toBe(sources.size);

    // Each claim expands to its explanation and sources.
    await popup.locator('.claims li.item summary').first().click();
    await expect.poll(() => popup.locator('.claims li.item details[open] .finding').count()).toBe(1);
    await popup.close();
  });

  it('scrolls the page to a claim and focuses its highlight', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    const claim = popup.locator('.claims li.item').first();
    const quote = (await claim.locator('.quote').innerText()).replace(/[“”]/g, '');
    await claim.locator('button.reveal').click();
    await expect.poll(async () => (await activeFinding(page))?.text, { timeout: 5000 }).toBe(quote);
    const inView = await page.evaluate(
      (y) => y >= window.scrollY && y <= window.scrollY + window.innerHeight,
      (await activeFinding(page))?.y ?? -1,
    );
    expect(inView).toBe(true);
    await popup.close();
  });

  it('says so when the claim is on the page but in a closed section', async () => {
    // The page folds the copy into a closed accordion; the claim is still read and listed. (In Chromium
    // its text keeps a layout box there, unlike text in a hidden tab.)
    await page.evaluate(() => {
      const copy = document.getElementById('what-it-is') as HTMLElement;
      const accordion = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = 'More';
      copy.before(accordion);
      accordion.append(summary, copy);
    });
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    const claim = popup.locator('.claims li.item', { hasText: 'boosts collagen' });
    await claim.locator('button.reveal').click();
    await expect
      .poll(() => claim.locator('[role="status"]').textContent(), { timeout: 5000 })
      .toBe('On the page, in a closed tab or section: open it to see the highlight.');
    expect(await activeFinding(page)).toBeNull();
    await popup.close();
    await page.evaluate(() => {
      const copy = document.getElementById('what-it-is') as HTMLElement;
      const accordion = copy.parentElement as HTMLElement;
      accordion.before(copy);
      accordion.remove();
    });
  });

  it('does not call a finding from an earlier run hidden', async () => {
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    const reply = await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'popup/reveal', tabId: id, findingId: 'c999999' }),
      tabId,
    );
    expect(reply).toEqual({ revealed: false });
    await popup.close();
  });

  it('has no axe violations in light and dark, and saves the screenshots', async () => {
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    const images = join(ROOT, 'docs', 'images');
    mkdirSync(images, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(images, `popup-${scheme}.png`) });
      expect(await runAxe(popup)).toEqual([]);
    }
    // Expanded, the explanation and its sources are checked too.
    await popup.locator('.claims li.item summary').first().click();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await runAxe(popup)).toEqual([]);
    }
    await popup.close();
  });

  it('fits 400 px wide and works from the keyboard alone', async () => {
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const summary = popup.locator('.claims li.item summary').first();
    let focused = false;
    for (let i = 0; i < 10 && !focused; i++) {
      await popup.keyboard.press('Tab');
      focused = await summary.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.claims li.item details[open]').count()).toBe(1);
    // Past the explanation's source links, the row's own "Show on page" button.
    let label = '';
    for (let i = 0; i < 15 && label !== 'Show on page'; i++) {
      await popup.keyboard.press('Tab');
      label = await popup.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(label).toBe('Show on page');
    await popup.close();
  });

  it('has no axe violations in an open tooltip', async () => {
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const claim = (await paintedFindings(page)).find((f) => f.text === 'boosts collagen');
    expect(claim).toBeDefined();
    await page.mouse.move(claim?.x ?? 0, claim?.y ?? 0);
    const tip = page.locator('skin-truth-ui .tip');
    await expect.poll(() => tip.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await runAxe(page, 'skin-truth-ui')).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('says when the page is not a skincare product', async () => {
    const { shop: control, popup } = await popupOn('/demo/control.html', 'not-skincare', 'not-skincare');
    expect(await popup.locator('#analyse-selection').isVisible()).toBe(true);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await control.close();
  });

  it('offers to analyse a selection when no ingredient list is found, and analyses it', async () => {
    const { shop, popup } = await popupOn('/popup/no-list.html', 'ready', 'no-ingredients');
    expect(await popup.locator('[data-state="no-ingredients"]').innerText()).toMatch(/select the list/i);
    expect(await runAxe(popup)).toEqual([]);

    // Nothing selected yet: the popup says so and nothing changes.
    await popup.locator('#analyse-selection').click();
    await expect
      .poll(() => popup.locator('[role="status"]').first().innerText())
      .toMatch(/Nothing is selected/);

    await shop.evaluate(() => {
      const text = document.getElementById('answer')?.firstChild as Text;
      const start = text.data.indexOf('Aqua');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, text.data.lastIndexOf('.'));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await popup.locator('#analyse-selection').click();
    await viewOf(popup, 'ready');
    const listed = await popup.locator('.ingredients li.ingredient .name').allInnerTexts();
    expect(listed).toEqual([
      'Aqua',
      'Glycerin',
      'Niacinamide',
      'Sodium Hyaluronate',
      'Phenoxyethanol',
      'Limonene',
    ]);
    await popup.close();
    await shop.close();
  });

  it("names each product of a kit and reads each one's 1 % line apart", async () => {
    const { shop, popup } = await popupOn('/popup/kit.html', 'ready', 'ready');
    expect(await popup.locator('.list-part').allInnerTexts()).toEqual(['Gel Essence', 'Water Cream Mask']);
    const parts = popup.locator('ol.ingredients');
    expect(await parts.count()).toBe(2);
    expect(await parts.nth(0).locator('li.ingredient .name').allInnerTexts()).toEqual([
      'Aqua',
      'Glycerin',
      'Sodium Hyaluronate',
      'Phenoxyethanol',
      'Niacinamide',
      'Parfum',
    ]);
    // Each list's line falls before its own preservative.
    for (const n of [0, 1]) {
      const next = parts.nth(n).locator('li.one-percent + li.ingredient .name');
      expect(await next.allInnerTexts()).toEqual(['Phenoxyethanol']);
    }
    // Niacinamide is after the first product's preservative but before the second's: nothing says it
    // is under 1 %, and "water" in "water cream" is no ingredient below a line.
    expect(await popup.locator('main').innerText()).not.toMatch(/probably under 1%/);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await shop.close();
  });

  it("reads a sunscreen's actives printed as bullets, and finds its UV filters", async () => {
    const { shop, popup } = await popupOn('/popup/sunscreen.html', 'ready', 'ready');
    // The page's own heading names the rest.
    expect(await popup.locator('.list-part').allInnerTexts()).toEqual(['Active Ingredients', 'Ingredients']);
    const parts = popup.locator('ol.ingredients');
    expect(await parts.nth(0).locator('li.ingredient .name').allInnerTexts()).toEqual([
      'Avobenzone 2.2%',
      'Octinoxate 7.5%',
    ]);
    // The actives are printed apart with their strengths: only the other list has a 1 % line.
    expect(await parts.nth(0).locator('li.one-percent').count()).toBe(0);
    expect(await parts.nth(1).locator('li.one-percent').count()).toBe(1);
    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/SPF 20/);
    expect(text).not.toMatch(/No UV filter/);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await shop.close();
  });

  it('says when the page is closed to extensions', async () => {
    const browserPage = await ext.newPage();
    await browserPage.goto('chrome://version');
    const id = await ext.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === undefined || t.url.startsWith('chrome://'))?.id;
    });
    expect(typeof id).toBe('number');
    const popup = await openPopup(id as number);
    await viewOf(popup, 'restricted');
    expect(await popup.locator('h1').innerText()).toBe('Closed to extensions');
    await popup.close();
    await browserPage.close();
  });

  it('highlights an avoid-list ingredient on the page and flags it in the popup', async () => {
    await setSettings({ version: 1, avoid: [{ kind: 'group', id: 'fragrance-allergens' }] });
    const shop = await ext.newPage();
    const url = `${productUrl}?skin-truth-engine=wrap`;
    await shop.goto(url);
    const id = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, id, 'ready');
    await expect
      .poll(() => shop.locator('skin-truth-mark[data-tone="avoid"]').allTextContents(), { timeout: 15_000 })
      .toContain('Limonene');
    // Its own paint, louder than other ingredients, so the shopper sees it without hovering.
    expect(await shop.locator('skin-truth-mark[data-paint="ingredient-avoid"]').allTextContents()).toContain(
      'Limonene',
    );
    const popup = await openPopup(id);
    await viewOf(popup, 'ready');
    expect(await popup.locator('li.avoided .name').allInnerTexts()).toContain('Limonene');
    expect(await popup.locator('#reading').innerText()).toMatch(/1 on your avoid list/);
    await popup.close();
    await shop.close();
    await setSettings({ version: 1 });
  });

  it('switches off on a site from the popup, and back on', async () => {
    const popup = await openPopup(tabId);
    await viewOf(popup, 'ready');
    await popup.locator('#turn-off').click();
    await viewOf(popup, 'disabled');
    expect(await popup.locator('main').innerText()).toContain('127.0.0.1');
    await expect.poll(() => paintedFindings(page)).toEqual([]);
    expect(await ext.worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId)).toBe('');
    expect(await runAxe(popup)).toEqual([]);

    // A page opened on the switched-off site stays untouched and shows the same state.
    const other = await ext.newPage();
    await other.goto(`${productUrl}?again`);
    const otherId = await tabIdOf(ext.worker, `${productUrl}?again`);
    await waitForTabState(ext.worker, otherId, 'disabled');
    expect(await paintedFindings(other)).toEqual([]);
    await other.close();

    await popup.locator('#turn-on').click();
    await waitForTabState(ext.worker, tabId, 'ready', 20_000);
    await viewOf(popup, 'ready');
    await popup.close();
  });
});
