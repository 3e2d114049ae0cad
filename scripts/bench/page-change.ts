/**
 * What our painted highlights cost the page's own updates and its scrolling. While custom highlights are registered,
 * Chromium validates them again whenever the page's DOM or style changes, before it paints the frame;
 * a page that animates pays that on every frame. Measured as the rendering work (PrePaint and Paint,
 * from a trace) after a small style change the page makes, with the extension's findings painted and
 * on the same page in a browser without the extension.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs, type ExtensionBrowser } from '../../tests/e2e/harness';
import { startTrace, stopTrace } from './trace';

const CHANGES = 9;
const SCROLL_STEPS = 30;

/** The page moves a small box of its own once per pair of frames; JavaScript source, run in the page. */
const MOVE_A_BOX = `(async () => {
  const box = document.createElement('div');
  box.style.cssText = 'position: fixed; left: 8px; bottom: 8px; width: 40px; height: 8px; background: #888';
  document.body.appendChild(box);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await frame(); await frame();
  for (let i = 0; i < ${CHANGES}; i++) {
    performance.mark('bench:page-change');
    box.style.transform = 'translateX(' + (i + 1) * 4 + 'px)';
    await frame(); await frame();
  }
  box.remove();
})()`;

/** The page scrolls 300 px every second frame, about a page per second; JavaScript source. */
const SCROLL_DOWN = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < ${SCROLL_STEPS}; i++) {
    performance.mark('bench:page-change');
    window.scrollBy(0, 300);
    await frame(); await frame();
  }
  window.scrollTo(0, 0);
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Median cost (ms) of the frames that follow each step of `script`: with `all`, every main-thread task
 * (scrolling runs our observer and the page's own work alike); otherwise PrePaint and Paint only.
 */
async function afterEachStep(page: Page, script: string, all: boolean): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  await page.evaluate(script);
  const events = (await stopTrace(cdp)) as TraceEvent[];
  const marks = events.filter((e) => e.name === 'bench:page-change').sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  const work = events.filter((e) => {
    if (e.pid !== pid || e.ph !== 'X') return false;
    return all ? e.tid === main?.tid && e.name === 'RunTask' : e.name === 'PrePaint' || e.name === 'Paint';
  });

  const costs = marks.map((mark, i) => {
    const next = marks[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    return work.filter((e) => e.ts > mark.ts && e.ts < next).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  });
  costs.sort((a, b) => a - b);
  return costs[Math.floor((costs.length - 1) / 2)] ?? Number.NaN;
}

interface Costs {
  /** PrePaint and Paint after a small style change the page makes. */
  changeMs: number;
  /** Main-thread time per step of a steady scroll down the page. */
  scrollMs: number;
}

const costsOn = async (page: Page): Promise<Costs> => ({
  changeMs: await afterEachStep(page, MOVE_A_BOX, false),
  scrollMs: await afterEachStep(page, SCROLL_DOWN, true),
});

/** The page's costs with our findings painted and in a browser without the extension. */
export async function pageCosts(
  ext: ExtensionBrowser,
  url: string,
  painted: (page: Page) => Promise<void>,
): Promise<{ withExtension: Costs; without: Costs }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await painted(page);
  const withExtension = await costsOn(page);
  await page.close();
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs('').slice(2) });
  const bare = await plain.newPage({ viewport: page.viewportSize() ?? undefined });
  await bare.goto(url);
  await bare.waitForTimeout(500);
  const without = await costsOn(bare);
  await plain.close();
  return { withExtension, without };
}
