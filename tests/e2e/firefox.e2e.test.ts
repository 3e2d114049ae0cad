/**
 * Smoke run in Firefox ESR: the same built extension loads as a temporary add-on, the detector picks
 * the demo page and the annotator paints the claim (with the CSS Custom Highlight API, which Firefox
 * ESR has), from a content script. Driven over WebDriver BiDi with puppeteer-core
 * against Debian's firefox-esr (no browser download).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECT_PAINTED, DIST, type PaintedFinding, type StaticServer, serveStatic } from './harness';

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

  it('paints the claim and the ingredient on the demo product page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/demo/product.html`);
    let painted: { text: string; paint: string }[] = [];
    for (let i = 0; i < 100 && painted.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 200));
      painted = (await page.evaluate(COLLECT_PAINTED)) as PaintedFinding[];
    }
    expect(painted.find((p) => p.text === 'boosts collagen')?.paint).toBe('claim-bad');
    expect(painted.map((p) => p.text)).toContain('Hydrolyzed Collagen');
  });
});
