/**
 * The annotator, injected by the background only into pages the detector picked, right after kb.js
 * (which leaves the compiled knowledge base on the content script's own global). It reads the page,
 * runs the core, highlights the findings, wires the tooltip and reports to the background.
 */
import type { Finding } from '../core/analyze';
import { analyzePage } from '../core/analyze';
import { Knowledge } from '../core/knowledge';
import type { CompiledKb } from '../kb/types';
import { browser } from '../shared/browser';
import {
  type ContentMessage,
  type FindingView,
  parseMessage,
  ToContentMessageSchema,
} from '../shared/messages';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';
import { type AppliedHighlights, applyHighlights } from './highlights';
import { readPage } from './page/read-page';
import { mountTooltips } from './tooltip/tooltips';

const GUARD = Symbol.for('skin-truth.annotator');
const KB_GLOBAL = '__skinTruthKb';

function toView(f: Finding): FindingView {
  return { id: f.id, kind: f.kind, text: f.text, key: f.key, tone: f.tone, tooltip: f.tooltip };
}

async function send(message: ContentMessage): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

async function annotate(controller: AbortController): Promise<void> {
  const scope = globalThis as Record<string, unknown>;
  const compiled = scope[KB_GLOBAL] as CompiledKb | undefined;
  if (!compiled) return;
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings(stored[SETTINGS_KEY]);

  const { model, input } = readPage(document, location.href);
  const { report, findings } = analyzePage(input, new Knowledge(compiled));
  if (!report.page.isSkincareProduct) {
    await send({ type: 'annotator/report', state: { state: 'not-skincare', verdict: report.page } });
    return;
  }

  const views = findings.map(toView);
  let highlights: AppliedHighlights | null = null;
  if (!settings.quietMode && findings.length > 0) {
    highlights = applyHighlights(document, model, findings);
    mountTooltips(document, new Map(views.map((v) => [v.id, v])), controller.signal);
    controller.signal.addEventListener('abort', () => highlights?.remove(), { once: true });
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = parseMessage(ToContentMessageSchema, message);
    if (!parsed || controller.signal.aborted) return undefined;
    if (parsed.type === 'content/reveal') {
      const mark = highlights?.marks.get(parsed.findingId)?.[0];
      if (!mark) return Promise.resolve({ revealed: false });
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
      return Promise.resolve({ revealed: true });
    }
    controller.abort();
    return Promise.resolve({ removed: true });
  });

  await send({ type: 'annotator/report', state: { state: 'ready', report, findings: views } });
}

function main(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[GUARD]) return;
  const controller = new AbortController();
  scope[GUARD] = controller;
  annotate(controller).catch(() => {
    // Never throw into the page: undo whatever was done and stay quiet.
    controller.abort();
  });
}

main();
