/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo product page.
 * With a display, the browser stays open for you to explore. Without one (a server, CI), it runs
 * headless, saves screenshots of the annotated page with an open tooltip and of the popup under
 * demo-output/, and prints the report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchExtension,
  serveStatic,
  tabIdOf,
  tabState,
  waitForPainted,
  waitForTabState,
} from '../tests/e2e/harness';
import { formatReport } from './analyze';
import { buildExtension } from './build';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');

async function main(): Promise<void> {
  await buildExtension(false);
  const server = await serveStatic();
  const url = `${server.origin}/demo/product.html`;
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const ext = await launchExtension({ headless });
  try {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await page.goto(url);
    if (!headless) {
      console.log(`Chromium is open on ${url} with the extension loaded.`);
      console.log(
        'Hover the highlighted text, or click the toolbar icon. Close the browser window to finish.',
      );
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
      return;
    }

    const painted = await waitForPainted(page, 1);
    const tabId = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, tabId, 'ready');
    mkdirSync(OUT, { recursive: true });

    const claim = painted.find((p) => p.text === 'boosts collagen') ?? painted[0];
    await page.mouse.move(claim?.x ?? 0, claim?.y ?? 0);
    await page.waitForSelector('skin-truth-ui .tip', { state: 'visible' });
    await page.screenshot({ path: join(OUT, 'page-with-tooltip.png') });

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claims');
    await popup
      .locator('.claims details')
      .first()
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const stored = (await tabState(ext.worker, tabId)) as { report?: Parameters<typeof formatReport>[0] };
    if (!stored.report) throw new Error('the extension stored no report for the demo page');
    writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(stored.report, null, 2)}\n`);
    console.log(formatReport(stored.report));
    console.log(
      `\nScreenshots and report.json saved in demo-output/ (no display found, so Chromium ran headless).`,
    );
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`start: ${(error as Error).message}`);
  process.exit(1);
});
