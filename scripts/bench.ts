/**
 * `npm run bench`: how much the extension costs, measured, not assumed. Headless Chromium runs the
 * built extension on synthetic product pages of 10k and 50k elements (about one finding per 50 words),
 * on the real pages in ../shared/data/pages-negative when present, and once on each fault page (100k
 * elements, 5,000-deep nesting, a 5 MB text node, malformed and huge JSON-LD, 500 ingredients); Node runs
 * the core matcher on real product text. Ratios divide by a floor measured on the same page in the same
 * run. The last line has a fixed form so the figures can be tracked over time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { build } from 'esbuild';
import type { PageInput, TextRange } from '../src/core/analyze';
import { findClaims, parseIngredients } from '../src/core/analyze';
import { Knowledge } from '../src/core/knowledge';
import {
  extensionHeapMB,
  launchExtension,
  measureFaultPage,
  measureNegativePage,
  measureProductPage,
  median,
  servePages,
  waitForEntries,
} from './bench/browser';
import { cosingNames, FAULT_NAMES, faultPage } from './bench/fault-pages';
import { pageCosts } from './bench/page-change';
import { syntheticProductPage } from './bench/synthetic-page';
import { buildExtension, bundleOptions, pageKb } from './build';
import { OUTPUT } from './kb-compile';
import { ensureCompiledKb } from './lib/kb';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Main-thread time to make the full dictionary usable, from the JSON pages load, median of fresh runs. */
function matcherReadyMs(): number {
  const text = JSON.stringify(pageKb(JSON.parse(readFileSync(OUTPUT, 'utf8'))));
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    const knowledge = new Knowledge(JSON.parse(text));
    // One exact and one misspelt name: both indexes (exact and fuzzy) exist after this.
    const list = 'Aqua, Glycerine, Dimethicon';
    parseIngredients(
      { url: null, text: list, signals: emptySignals(), ingredientRanges: [{ start: 0, end: list.length }] },
      knowledge,
    );
    times.push(performance.now() - t);
  }
  return median(times);
}

function emptySignals(): PageInput['signals'] {
  return {
    title: '',
    structuredTypes: [],
    ogType: null,
    product: null,
    breadcrumbs: [],
    hasIngredientHeading: false,
    productCount: 0,
  };
}

let _sink = 0;

/**
 * Throughput of claim matching plus ingredient-list parsing on real product text, MB/s; and, for scale,
 * of one bare pass over the same text that only reads each character.
 */
function matchMBps(knowledge: Knowledge): { mbps: number; barePassMBps: number; source: string } {
  const file = join(SHARED, 'product-texts', 'sephora_daisy_raw_product_info_dev.csv');
  let text: string;
  const ranges: TextRange[] = [];
  let source: string;
  if (existsSync(file)) {
    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    const parts: string[] = [];
    let length = 0;
    for (const row of rows) {
      const head = `${row.name ?? ''}\n`;
      const list = `${row.ingredients ?? ''}\n`;
      ranges.push({ start: length + head.length, end: length + head.length + list.length - 1 });
      parts.push(head, list);
      length += head.length + list.length;
    }
    text = parts.join('');
    source = `${rows.length} real Sephora products`;
  } else {
    text = syntheticProductPage(10_000).replace(/<[^>]+>/g, ' ');
    source = 'synthetic page text (real data absent)';
  }
  const input: PageInput = { url: null, text, signals: emptySignals(), ingredientRanges: ranges };
  findClaims(text, ranges, knowledge);
  parseIngredients(input, knowledge);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    findClaims(text, ranges, knowledge);
    parseIngredients(input, knowledge);
    times.push(performance.now() - t);
  }
  const bare: number[] = [];
  let sum = 0;
  for (let r = 0; r < 6; r++) {
    const t = performance.now();
    for (let i = 0; i < text.length; i++) sum = (Math.imul(sum, 31) + text.charCodeAt(i)) | 0;
    bare.push(performance.now() - t);
  }
  // Kept where the compiler cannot prove it unused, so the loop is not dropped as dead code.
  _sink ^= sum;
  const mbps = (ms: number): number => text.length / 1e6 / (ms / 1000);
  return { mbps: mbps(median(times)), barePassMBps: mbps(median(bare.slice(1))), source };
}

/** The always-injected detector as shipped (minified), gzipped, in KB. */
async function contentGzKB(): Promise<number> {
  const result = await build({
    ...bundleOptions(true),
    entryPoints: ['src/content/detector.ts'],
    write: false,
  });
  const code = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length / 1024;
}

async function main(): Promise<void> {
  const kb = ensureCompiledKb();
  const knowledge = new Knowledge(kb);
  // Minified as shipped: unminified code took longer to compile on every first annotate. The timing
  // marks and the local test hosts still come from a development build.
  await buildExtension(false, true);

  const pages = new Map<string, string>([
    ['/p10k.html', syntheticProductPage(10_000)],
    ['/p50k.html', syntheticProductPage(50_000)],
  ]);
  const negativeDir = join(SHARED, 'pages-negative');
  const negatives = existsSync(negativeDir)
    ? readdirSync(negativeDir)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  for (const f of negatives) pages.set(`/neg/${f}`, readFileSync(join(negativeDir, f), 'utf8'));
  const inciNames = cosingNames(kb, 500);
  const faults = FAULT_NAMES.map((name) => faultPage(name, inciNames));
  for (const f of faults) pages.set(f.path, f.html);
  // Node's figures first, in a fresh process with no browser running beside it.
  const ready = matcherReadyMs();
  const match = matchMBps(knowledge);
  const server = await servePages(pages);
  const ext = await launchExtension();
  try {
    const p10 = await measureProductPage(ext, `${server.origin}/p10k.html`);
    const p50 = await measureProductPage(ext, `${server.origin}/p50k.html`, 5);
    for (const [name, p] of [
      ['10k', p10],
      ['50k', p50],
    ] as const) {
      console.log(
        `${name} page: floor ${fixed(p.walkMs)} ms (in an isolated world ${fixed(p.isolatedWalkMs)} ms), ` +
          `steady annotate ${fixed(p.annotateMs)} ms (${fixed(p.annotateMs / p.walkMs, 1)}x, ` +
          `${fixed(p.annotateMs / p.isolatedWalkMs, 1)}x the isolated floor: ` +
          `read ${fixed(p.readMs, 1)}, analyse ${fixed(p.analyseMs, 1)}, paint ${fixed(p.renderMs, 1)}; ` +
          `then the report to the popup ${fixed(p.reportMs, 1)}), ` +
          `first annotate ${fixed(p.firstAnnotateMs, 1)} ms main thread from the verdict (kb parse ${fixed(p.kbParseMs, 1)} ms; ` +
          `the detector before it ${fixed(p.detectMs, 1)} ms), ` +
          `longest task ${fixed(p.longestTaskMs, 1)} ms (${p.longestTaskWhat}), ${p.findings} findings (${p.registered} registered near the viewport, ${fixed(p.nearViewportMs, 1)} ms)`,
      );
    }
    // Not tracked in the last line: what our paint costs the page's own updates and scrolling.
    for (const [name, size] of [
      ['10k', 'p10k'],
      ['50k', 'p50k'],
    ] as const) {
      const costs = await pageCosts(ext, `${server.origin}/${size}.html`, async (page) => {
        await waitForEntries(page, 'annotate', 1);
        await page.waitForTimeout(1000);
      });
      const { withExtension: w, without: wo } = costs;
      console.log(
        `the ${name} page's own work with our findings painted (without the extension): ` +
          `a small style change ${fixed(w.changeMs, 1)} ms of PrePaint and Paint (${fixed(wo.changeMs, 1)}), ` +
          `a scroll step ${fixed(w.scrollMs, 1)} ms of main thread (${fixed(wo.scrollMs, 1)})`,
      );
    }
    const detect: number[] = [];
    const leastDetect: number[] = [];
    for (const f of negatives) {
      const r = await measureNegativePage(ext, `${server.origin}/neg/${f}`);
      detect.push(r.detectMs / r.walkMs);
      leastDetect.push(r.leastMs / r.walkMs);
      console.log(
        `negative ${f}: detect ${fixed(r.detectMs, 3)} ms, floor ${fixed(r.walkMs, 3)} ms, ratio ${fixed(r.detectMs / r.walkMs)} ` +
          `(the least detector: ${fixed(r.leastMs, 3)} ms, ratio ${fixed(r.leastMs / r.walkMs)})`,
      );
    }
    const faultTimes: string[] = [];
    let faultErrors = 0;
    for (const f of faults) {
      const r = await measureFaultPage(ext, `${server.origin}${f.path}`);
      faultTimes.push(
        `${f.name}=${Number.isFinite(r.settledMs) ? `${r.settledMs}ms` : `n/a(${r.state ?? 'none'})`}`,
      );
      faultErrors += r.errors.length;
      for (const e of r.errors) console.log(`fault ${f.name}: ${e}`);
    }
    const heap = await extensionHeapMB(ext, `${server.origin}/p10k.html`);
    const gz = await contentGzKB();
    console.log(`matcher ready (Node, fresh parse + exact and fuzzy index): ${fixed(ready, 1)} ms`);
    console.log(`matcher throughput on ${match.source}: ${fixed(match.mbps, 1)} MB/s`);
    const worstDetect = detect.length > 0 ? Math.max(...detect) : Number.NaN;
    const worstLeast = leastDetect.length > 0 ? Math.max(...leastDetect) : Number.NaN;
    // What the least work pays on this machine, measured in this run: how far a target is from its floor.
    console.log(
      `least work: detectRatio ${fixed(worstLeast)} (one query in a fresh world, worst page); ` +
        `firstAnnotateMs ${fixed(p10.scriptsMs + p10.firstWorldWalkMs, 1)} (evaluating our code and dictionary ` +
        `${fixed(p10.scriptsMs, 1)}, one first walk in a fresh world ${fixed(p10.firstWorldWalkMs, 1)}); ` +
        `annotateRatio10k ${fixed(p10.isolatedWalkMs / p10.walkMs)} (the walk in the content script's world); ` +
        `matchMBps ${fixed(match.barePassMBps, 1)} (one bare pass reading each character)`,
    );
    console.log(`faults: ${faultTimes.join(' ')} errors=${faultErrors}`);
    console.log(
      `bench: walkMs10k=${fixed(p10.walkMs)} annotateRatio10k=${fixed(p10.annotateMs / p10.walkMs)} ` +
        `annotateRatio50k=${fixed(p50.annotateMs / p50.walkMs)} firstAnnotateMs=${fixed(p10.firstAnnotateMs, 1)} ` +
        `matcherReadyMs=${fixed(ready, 1)} longestTaskMs=${fixed(Math.max(p10.longestTaskMs, p50.longestTaskMs), 1)} ` +
        `detectRatio=${fixed(worstDetect)} matchMBps=${fixed(match.mbps, 1)} contentGzKB=${fixed(gz)} heapMB=${fixed(heap, 1)}`,
    );
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
