/**
 * Smoke run in Firefox ESR: the same built extension loads as a temporary add-on, the detector picks
 * the demo page and the annotator highlights the claim. Driven over WebDriver BiDi with puppeteer-core
 * against Debian's firefox-esr (no browser download).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, type StaticServer, serveStatic } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe.skipIf(!existsSync(FIREFOX))('extension in Firefox', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.newtabpage.enabled': false,
      },
    });
    await browser.installExtension(DIST);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the claim and the ingredient on the demo product page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/demo/product.html`);
    await page.waitForSelector('skin-truth-mark[data-kind="claim"]', { timeout: 30_000 });
    const claims = await page.$$eval('skin-truth-mark[data-kind="claim"]', (els) => els.map((e) => e.textContent));
    expect(claims).toContain('boosts collagen');
    const ingredients = await page.$$eval('skin-truth-mark[data-kind="ingredient"]', (els) =>
      els.map((e) => e.textContent),
    );
    expect(ingredients).toContain('Hydrolyzed Collagen');
  });
});
