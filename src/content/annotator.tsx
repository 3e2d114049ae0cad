/**
 * The annotator, injected by the background only into pages the detector picked, right after kb.js
 * (which leaves the compiled knowledge base on the content script's own global). It reads the page,
 * runs the core, paints the findings, wires the tooltip and reports to the background; then it keeps
 * watching, and re-runs when the page's text or address changes.
 *
 * One AbortController owns the whole annotator; each run gets a child whose abort removes everything
 * that run added, leaving the page exactly as it was.
 */
import { analyzePageSteps, type Finding } from '../core/analyze';
import { claimIndexFor, mayHoldFindings } from '../core/claim-matcher';
import { fuzzyIndexFor } from '../core/inci/match';
import { Knowledge } from '../core/knowledge';
import type { CompiledKb } from '../kb/types';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import {
  type ContentMessage,
  type FindingView,
  packFindings,
  parseMessage,
  ToContentMessageSchema,
} from '../shared/messages';
import { selectionInput, takeSelection } from '../shared/selection';
import { highlightedFindings, isSiteDisabled, parseSettings, SETTINGS_KEY } from '../shared/settings';
import { watchPage } from './live/watch';
import { isOrphaned, shutDownWhenOrphaned } from './orphan';
import { readPageInSlices } from './page/read-page';
import { createHighlightRenderer, highlightApiAvailable } from './render/highlight-api';
import type { Renderer } from './render/renderer';
import { createWrapRenderer } from './render/wrap';
import { runInSlices } from './slices';
import { measure, now, record, yieldToPage } from './timing';
import { mountTooltips, type Tooltips } from './tooltip/tooltips';

const GUARD = Symbol.for('skin-truth.annotator');
const KB_GLOBAL = '__skinTruthKb';

interface Run {
  controller: AbortController;
  renderer: Renderer | null;
  tooltips: Tooltips | null;
}

/**
 * Test seam, development builds only (the release build compiles it out): `?skin-truth-engine=wrap` in a
 * page's address forces the fallback engine, so end-to-end tests cover it in browsers that have the
 * Highlight API.
 */
function forceWrapEngine(): boolean {
  return (
    process.env.NODE_ENV !== 'production' &&
    new URLSearchParams(location.search).get('skin-truth-engine') === 'wrap'
  );
}

/** The finding as the tooltips and the popup show it; its tooltip is still built when first read. */
function toView(f: Finding): FindingView {
  return {
    id: f.id,
    kind: f.kind,
    text: f.text,
    key: f.key,
    tone: f.tone,
    get tooltip() {
      return f.tooltip;
    },
  };
}

/** Links a child controller to a parent: aborting the parent aborts the child. */
function childOf(parent: AbortSignal): AbortController {
  const child = new AbortController();
  parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}

async function start(root: AbortController): Promise<void> {
  const started = now();
  const compiled = (globalThis as Record<string, unknown>)[KB_GLOBAL] as CompiledKb | undefined;
  if (!compiled) return;
  const knowledge = new Knowledge(compiled);
  measure('annotator-init', started);
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  if (isSiteDisabled(settings, location.href)) return;
  shutDownWhenOrphaned(root, document);
  const selection = takeSelection();

  const send = (message: ContentMessage): void => {
    // A failed send means the extension was reloaded or removed under us: this copy of the annotator is
    // an orphan, so it takes everything down quietly.
    browser.runtime.sendMessage(message).catch(() => root.abort());
  };

  /** The run whose findings are on the page, and the run still reading or analysing, if any. */
  let shown: Run | null = null;
  let inFlight: AbortController | null = null;
  let again = false;
  const retire = (): void => {
    shown?.controller.abort();
    shown = null;
  };

  /**
   * One analysis of the page, in stages and slices with a yield to the page between them. The findings
   * already painted stay until the new ones are on the page, so a re-run never flickers; wrapped marks
   * are the exception, since the walk must read the page's own text nodes back.
   */
  const annotate = async (controller: AbortController): Promise<void> => {
    if (shown?.renderer?.engine === 'wrap') retire();
    const slices = { pause: yieldToPage, signal: controller.signal };
    const page = await readPageInSlices(document, location.href, slices);
    // A newer run (the page changed address) or a teardown supersedes this one.
    if (!page || controller.signal.aborted) return;
    const { model, input } = page.value;
    watcher.watchRoots(model.shadowRoots);
    record('read', page.busyMs);
    await yieldToPage();
    if (controller.signal.aborted) return;

    const options = { avoid: settings.avoid, t, force: selection !== null };
    const steps = analyzePageSteps(selectionInput(input, selection), knowledge, options);
    const analysis = await runInSlices(steps, slices);
    if (!analysis || controller.signal.aborted) return;
    const { report, findings } = analysis.value;
    record('analyse', analysis.busyMs);
    let busy = page.busyMs + analysis.busyMs;
    if (!report.page.isSkincareProduct) {
      retire();
      send({ type: 'annotator/report', state: { state: 'not-skincare', verdict: report.page } });
      return;
    }
    await yieldToPage();
    if (controller.signal.aborted) return;

    const current: Run = { controller, renderer: null, tooltips: null };
    // The previous run's paint stays until this run's is on the page (Renderer.ready).
    const previous = shown;
    shown = current;
    const views = findings.map(toView);
    const painted = highlightedFindings(findings, settings);
    if (painted.length > 0) {
      const create =
        highlightApiAvailable(document) && !forceWrapEngine() ? createHighlightRenderer : createWrapRenderer;
      const paintStarted = now();
      const renderer = watcher.quietly(() => create(document, model, painted));
      current.renderer = renderer;
      current.tooltips = mountTooltips(document, renderer, views, controller.signal);
      controller.signal.addEventListener('abort', () => watcher.quietly(() => renderer.remove()), {
        once: true,
      });
      busy += measure(`render-${renderer.engine}`, paintStarted);
    }
    const retirePrevious = (): void => previous?.controller.abort();
    if (current.renderer) void current.renderer.ready.then(retirePrevious);
    else retirePrevious();
    record('annotate', busy);
    // The popup's copy, tooltips built, in a task of its own once the highlights are on the page.
    await yieldToPage();
    if (controller.signal.aborted) return;
    const reportStarted = now();
    send({ type: 'annotator/report', state: { state: 'ready', report, ...packFindings(views) } });
    measure('report', reportStarted);
  };
  /**
   * A change while a run is in flight does not restart it (on a page that changes faster than a run
   * takes, no run would ever finish): the run completes, then one more runs. A new address does
   * restart it, as the old product's findings are worthless.
   */
  const reannotate = (reason: 'mutation' | 'navigation' | 'resume' | 'start' = 'mutation'): void => {
    if (isOrphaned()) {
      root.abort();
      return;
    }
    if (inFlight) {
      if (reason !== 'navigation') {
        again = true;
        return;
      }
      inFlight.abort();
    }
    const controller = childOf(root.signal);
    inFlight = controller;
    again = false;
    annotate(controller)
      // A page that breaks our reading (a node removed mid-run) costs this run only, never the page.
      .catch(() => controller.abort())
      .finally(() => {
        // A run that painted nothing owns nothing: let go of its listener on the root.
        if (shown?.controller !== controller) controller.abort();
        if (inFlight !== controller) return;
        inFlight = null;
        if (again && !root.signal.aborted) reannotate('mutation');
      });
  };

  // Indexes are built in tasks of their own before the first run, not inside it.
  await yieldToPage();
  const claimIndex = claimIndexFor(compiled.claims);
  await yieldToPage();
  fuzzyIndexFor(knowledge);
  await yieldToPage();
  if (root.signal.aborted) return;
  const watcher = watchPage(document, {
    onChange: reannotate,
    relevant: (text) => mayHoldFindings(text, claimIndex),
    signal: root.signal,
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = parseMessage(ToContentMessageSchema, message);
    if (!parsed || root.signal.aborted) return undefined;
    if (parsed.type === 'content/reveal') {
      const active = shown;
      if (!active?.renderer || !active.tooltips) return Promise.resolve({ revealed: false });
      // A finding in a closed tab or section has no place on screen: the popup says so instead.
      const outcome = active.tooltips.reveal(parsed.findingId);
      if (outcome === 'shown') return Promise.resolve({ revealed: true });
      return Promise.resolve(outcome === 'hidden' ? { revealed: false, hidden: true } : { revealed: false });
    }
    root.abort();
    return Promise.resolve({ removed: true });
  });

  reannotate('start');
}

function main(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[GUARD]) return;
  const root = new AbortController();
  scope[GUARD] = root;
  start(root).catch(() => {
    // Never throw into the page: undo whatever was done and stay quiet.
    root.abort();
  });
}

main();
