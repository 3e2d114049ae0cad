/**
 * The options page against the built extension in Chromium: settings are saved to storage.sync and
 * survive a browser restart (same profile, relaunched), an invalid import changes nothing and says
 * why, export writes what is stored, quiet mode keeps the page clean while the badge still counts,
 * and axe finds no violations in light or dark.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchExtension,
  paintedFindings,
  runAxe,
  type StaticServer,
  serveStatic,
  tabIdOf,
  waitForTabState,
} from './harness';

describe('options page in Chromium', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let profileDir: string;

  const storedSettings = () =>
    ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const openOptions = async (): Promise<Page> => {
    const page = await ext.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.waitForSelector('#quiet-mode');
    return page;
  };
  const importFile = async (page: Page, text: string): Promise<void> => {
    await page.setInputFiles('#import', {
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  };

  beforeAll(async () => {
    server = await serveStatic();
    profileDir = mkdtempSync(join(tmpdir(), 'skin-truth-options-'));
    ext = await launchExtension({ profileDir });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('has no axe violations, light or dark', async () => {
    const page = await openOptions();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await runAxe(page)).toEqual([]);
    }
    await page.close();
  });

  it('saves every change to storage.sync', async () => {
    const page = await openOptions();
    await page.check('#quiet-mode');
    await page.check('#avoid-essential-oils');
    await page.fill('#avoid-name', 'Niacinamide');
    await page.press('#avoid-name', 'Enter');
    await expect.poll(() => page.locator('#avoid-ingredients').innerText()).toContain('Niacinamide');
    await page.fill('#disable-site', 'https://www.example.org/some/page');
    await page.press('#disable-site', 'Enter');
    await expect.poll(() => page.locator('#disabled-sites').innerText()).toContain('example.org');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/Saved/);
    await expect.poll(storedSettings).toMatchObject({
      version: 1,
      quietMode: true,
      avoid: [
        { kind: 'group', id: 'essential-oils' },
        { kind: 'ingredient', name: 'Niacinamide' },
      ],
      disabledSites: ['example.org'],
    });
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('rejects an invalid import with a clear message and changes nothing', async () => {
    const page = await openOptions();
    const before = await storedSettings();
    await importFile(page, '{"version": 1, "quietMode": "yes"}');
    await expect
      .poll(() => page.locator('#import-error').innerText())
      .toMatch(/“quietMode”.*not valid.*Nothing was changed/);
    await importFile(page, 'this is not json');
    await expect
      .poll(() => page.locator('#import-error').innerText())
      .toMatch(/not JSON.*Nothing was changed/);
    await importFile(page, '{"version": 99}');
    await expect.poll(() => page.locator('#import-error').innerText()).toMatch(/newer version/);
    expect(await storedSettings()).toEqual(before);
    expect(await page.isChecked('#quiet-mode')).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('exports exactly what is stored', async () => {
    const page = await openOptions();
    const download = page.waitForEvent('download');
    await page.click('#export');
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(await storedSettings());
    await page.close();
  });

  it('keeps the settings across a browser restart', async () => {
    const before = await storedSettings();
    await ext.close();
    ext = await launchExtension({ profileDir });
    expect(await storedSettings()).toEqual(before);
    const page = await openOptions();
    expect(await page.isChecked('#quiet-mode')).toBe(true);
    expect(await page.isChecked('#avoid-essential-oils')).toBe(true);
    expect(await page.locator('#avoid-ingredients').innerText()).toContain('Niacinamide');
    await page.close();
  });

  it('in quiet mode, counts on the badge but leaves the page unmarked', async () => {
    const page = await ext.newPage();
    const url = `${server.origin}/demo/product.html`;
    await page.goto(url);
    const tabId = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, tabId, 'ready', 20_000);
    const badge = await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThan(0);
    expect(await paintedFindings(page)).toEqual([]);
    await page.close();
  });

  it('imports a valid file, old format included', async () => {
    const page = await openOptions();
    await importFile(page, '{"quietMode": false}');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/imported/);
    await expect.poll(storedSettings).toMatchObject({ version: 1, quietMode: false, avoid: [] });
    expect(await page.isChecked('#quiet-mode')).toBe(false);
    await page.close();
  });
});
