/**
 * The page stays the page's: on every fixture product page, with both rendering engines, the text of
 * `document.body` is identical before and while annotating, form values and editable regions are as
 * the page left them and never painted, the page's own click handlers still fire on highlighted text,
 * and removing the annotations gives back the served DOM exactly.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

const retailers = readdirSync(join(ROOT, 'tests', 'fixtures', 'retailers', 'pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/fixtures/retailers/pages/${f}`);
const PAGES = [
  '/demo/product.html',
  '/fixtures/hostile/product.html',
  '/fixtures/hostile/injection.html',
  ...retailers,
].sort();
const ENGINES = [
  { engine: 'highlight-api', query: '' },
  { engine: 'wrap', query: '?skin-truth-engine=wrap' },
];
const CASES = ENGINES.flatMap(({ engine, query }) => PAGES.map((path) => ({ engine, path, query })));

const EDITABLE =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/**
 * Runs as the page's own script, before any extension code: remembers the form state and gives every
 * element of the body a click handler of the page's, numbered by document order.
 */
async function instrumentPage(page: Page): Promise<void> {
  await page.addInitScript((editable: string) => {
    const w = window as unknown as Record<string, unknown>;
    document.addEventListener('DOMContentLoaded', () => {
      const forms = (): string[] =>
        [...document.querySelectorAll<HTMLElement>(editable)].map((el) =>
          'value' in el ? String((el as HTMLInputElement).value) : el.innerHTML,
        );
      const all = [...document.body.querySelectorAll('*')];
      const clicks: number[] = [];
      all.forEach((el, i) => {
        el.addEventListener('click', () => clicks.push(i));
      });
      w.__integrity = { forms: forms(), readForms: forms, clicks, indexOf: (el: Element) => all.indexOf(el) };
    });
  }, EDITABLE);
}

/** Painted findings inside an editable region (there must be none). */
const PAINTED_IN_EDITABLE = `((editable) => {
  const inside = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest(editable) != null;
  let n = 0;
  for (const [name, h] of window.CSS.highlights ?? [])
    if (name.startsWith('skin-truth-')) for (const r of h) if (inside(r.startContainer) || inside(r.endContainer)) n++;
  for (const el of document.querySelectorAll('skin-truth-mark')) if (inside(el.parentElement)) n++;
  return n;
})`;

/**
 * Visible findings on plain text (not in a link, button or other control, which a click would
 * activate), with the page's element that holds the text under their centre.
 */
const CLICKABLE = `((list) => list.flatMap((p) => {
  const caret = document.caretPositionFromPoint(p.x, p.y);
  const node = caret?.offsetNode;
  const data = node?.nodeType === 3 ? node.data : '';
  if (!data.trim() || !(data.includes(p.text) || p.text.includes(data.trim()))) return [];
  let el = node.parentElement;
  while (el && el.localName === 'skin-truth-mark') el = el.parentElement;
  if (!el || el.closest('a, button, summary, label, select, [role=tab], [role=button], [aria-expanded], [onclick]')) return [];
  return [{ x: p.x, y: p.y, index: window.__integrity.indexOf(el) }];
}))`;

describe('page integrity on every fixture page', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  /** Cases where a click on highlighted text was checked, so the handler check cannot pass vacuously. */
  const clickedCases = new Set<string>();

  beforeAll(async () => {
    server = await serveStatic();
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(CASES)('$path ($engine): text, forms, handlers and DOM intact', async ({ path, query }) => {
    const page = await ext.newPage();
    await recordInitialDom(page);
    await instrumentPage(page);
    const url = `${server.origin}${path}${query}`;
    await page.goto(url);
    const tabId = await tabIdOf(ext.worker, url);
    await waitForTabState(ext.worker, tabId, 'ready');
    const painted: PaintedFinding[] = await waitForPainted(page, 1);
    const before = await initialDom(page);

    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
    const forms = await page.evaluate(() => {
      const state = (window as unknown as { __integrity: { forms: string[]; readForms(): string[] } })
        .__integrity;
      return { before: state.forms, now: state.readForms() };
    });
    expect(forms.now).toEqual(forms.before);
    expect(await page.evaluate(`${PAINTED_IN_EDITABLE}(${JSON.stringify(EDITABLE)})`)).toBe(0);

    const inView = painted.filter((p) => p.x > 0 && p.y > 0 && p.y < 880);
    const targets = (
      (await page.evaluate(`${CLICKABLE}(${JSON.stringify(inView)})`)) as {
        x: number;
        y: number;
        index: number;
      }[]
    ).slice(0, 3);
    for (const target of targets) {
      await page.mouse.click(target.x, target.y);
      await page.keyboard.press('Escape');
    }
    const clicked = await page.evaluate(
      () => (window as unknown as { __integrity: { clicks: number[] } }).__integrity.clicks,
    );
    for (const target of targets) expect(clicked).toContain(target.index);
    if (targets.length > 0) clickedCases.add(url);

    await ext.worker.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'content/teardown' }), tabId);
    await expect.poll(async () => (await paintedFindings(page)).length).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
    await page.close();
  });

  it('checked the page handlers on highlighted text on most pages', () => {
    expect(clickedCases.size).toBeGreaterThanOrEqual(CASES.length * 0.75);
  });
});
