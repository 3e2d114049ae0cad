/**
 * Every message between the extension's contexts, in one place, named by direction. Each side parses
 * what it receives with these schemas; anything that does not parse is dropped, never acted on.
 */
import { PageVerdictSchema, ReportSchema } from '../core/report';
import * as z from '../lib/zod';

// Schemas are declared lazily, as in core/report.ts: each is built on its first parse.

export const TooltipContentSchema = z.lazy(() =>
  z.object({
    heading: z.string(),
    badge: z.nullable(z.object({ tone: z.string(), label: z.string() })),
    grade: z.nullable(z.string()),
    paragraphs: z.array(z.string()),
    note: z.nullable(z.string()),
    crossCheck: z.nullable(z.string()),
    /** Why an ingredient is on the user's avoid list; absent on claims. */
    avoid: z.optional(z.nullable(z.string())),
    sources: z.array(z.object({ label: z.string(), url: z.nullable(z.string()) })),
  }),
);

/** What was highlighted: shared by the finding as the popup sees it and as it travels. */
const findingFields = () => ({
  id: z.string(),
  kind: z.enum(['claim', 'ingredient']),
  text: z.string(),
  key: z.string(),
  tone: z.string(),
});

/** A finding as the popup sees it: what was highlighted and what its tooltip says. */
export const FindingViewSchema = z.lazy(() =>
  z.object({ ...findingFields(), tooltip: TooltipContentSchema }),
);

/** A finding as sent and stored: its tooltip is an index into the state's `tooltips`, shared by repeats. */
export const PackedFindingSchema = z.lazy(() => z.object({ ...findingFields(), tooltip: z.number() }));

/** What the background keeps per tab. */
export const TabStateSchema = z.lazy(() =>
  z.discriminatedUnion('state', [
    z.object({ state: z.literal('not-skincare'), verdict: PageVerdictSchema }),
    z.object({ state: z.literal('analysing'), verdict: PageVerdictSchema }),
    z.object({
      state: z.literal('ready'),
      report: ReportSchema,
      findings: z.array(PackedFindingSchema),
      tooltips: z.array(TooltipContentSchema),
    }),
    /** The user switched the extension off on this site: the annotator was not injected. */
    z.object({ state: z.literal('disabled') }),
  ]),
);

/** Content script → background. */
export const ContentMessageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    /** The detector's first, cheap verdict. A candidate page gets the annotator injected. */
    z.object({ type: z.literal('detector/verdict'), verdict: PageVerdictSchema, candidate: z.boolean() }),
    /** The annotator's full analysis of the page. */
    z.object({ type: z.literal('annotator/report'), state: TabStateSchema }),
  ]),
);

/** Popup → background. */
export const PopupMessageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('popup/get-state'), tabId: z.number() }),
    /** Scroll the tab to a finding's highlight and focus it; forwarded as `content/reveal`. */
    z.object({ type: z.literal('popup/reveal'), tabId: z.number(), findingId: z.string() }),
    /** Switch the extension on or off for the tab's site (per-site setting), and apply it to the tab. */
    z.object({ type: z.literal('popup/set-site-enabled'), tabId: z.number(), enabled: z.boolean() }),
    /** Analyse the text the user selected in the tab as an ingredient list. */
    z.object({ type: z.literal('popup/analyse-selection'), tabId: z.number() }),
    /** The user just granted a host permission: register the detector there and run it in the tab. */
    z.object({ type: z.literal('popup/site-granted'), tabId: z.number() }),
  ]),
);

/** Background or popup → content script. */
export const ToContentMessageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    /** Scroll to a highlight and focus it (from a click in the popup). */
    z.object({ type: z.literal('content/reveal'), findingId: z.string() }),
    /** Remove every highlight and the tooltip, restoring the page exactly. */
    z.object({ type: z.literal('content/teardown') }),
  ]),
);

export type TooltipContentView = z.infer<typeof TooltipContentSchema>;
export type FindingView = z.infer<typeof FindingViewSchema>;
export type PackedFinding = z.infer<typeof PackedFindingSchema>;

/**
 * Findings for the wire: each distinct tooltip once (repeats of a claim share the same object), the
 * findings pointing at it by index. A page repeating a claim hundreds of times sends one explanation.
 */
export function packFindings(views: readonly FindingView[]): {
  findings: PackedFinding[];
  tooltips: TooltipContentView[];
} {
  const index = new Map<TooltipContentView, number>();
  const tooltips: TooltipContentView[] = [];
  const findings = views.map(({ tooltip, ...rest }) => {
    let at = index.get(tooltip);
    if (at === undefined) {
      at = tooltips.push(tooltip) - 1;
      index.set(tooltip, at);
    }
    return { ...rest, tooltip: at };
  });
  return { findings, tooltips };
}

/** The findings of a stored state, each with its tooltip; a finding whose index points nowhere is dropped. */
export function unpackFindings(state: {
  findings: PackedFinding[];
  tooltips: TooltipContentView[];
}): FindingView[] {
  return state.findings.flatMap((f) => {
    const tooltip = state.tooltips[f.tooltip];
    return tooltip ? [{ ...f, tooltip }] : [];
  });
}
export type TabState = z.infer<typeof TabStateSchema>;
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PopupMessage = z.infer<typeof PopupMessageSchema>;
export type ToContentMessage = z.infer<typeof ToContentMessageSchema>;

/** Parses or returns null: a malformed message is skipped, never thrown into a page. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, message: unknown): T | null {
  const result = schema.safeParse(message);
  return result.success ? result.data : null;
}
