/**
 * The core pipeline: a page's text model and signals in, a report and offset-anchored findings out.
 * DOM-free, so the content script, the CLI and the unit tests all run exactly this code.
 */
import { englishT, type Translate } from '../shared/i18n-format';
import { type AvoidItem, avoidId, avoidMatches, withAvoidNote } from './avoid-list';
import { type ClaimCheck, checkClaim } from './claim-checks';
import { findClaimsSteps } from './claim-hits';
import { crossCheckPage } from './cross-checks';
import { classifyPage, type PageSignals } from './detect';
import type { ListRange } from './inci/block';
import { type ParsedIngredient, parseListRanges } from './inci/parse';
import { ingredientFields, listDensity } from './inci/report-fields';
import { cleanIngredientName } from './inci/variants';
import type { Knowledge } from './knowledge';
import { byStart } from './ranges';
import type { Report, ReportClaim, ReportIngredient } from './report';
import { finish, type Steps } from './steps';
import { claimTooltip, ingredientTooltip, pageCheckTooltip, type TooltipContent } from './tooltip-content';

export { findClaims } from './claim-hits';

export interface TextRange {
  start: number;
  end: number;
}

export interface PageInput {
  url: string | null;
  /** The page's text model: every readable text node, in document order. */
  text: string;
  signals: PageSignals;
  /** Where ingredient lists stand in `text`; a label says which part ("Active Ingredients"). */
  ingredientRanges: ListRange[];
  /**
   * Where the product's own marketing copy stands (title, bullets, "what it is", description,
   * highlighted ingredients, results). When given, claims are only read there, not in reviews or ads.
   */
  claimRanges?: ClaimRange[];
}

export interface ClaimRange extends TextRange {
  /** 'title' | 'bullets' | 'description' | 'highlights' | 'results' | … */
  zone: string;
}

export interface Finding extends TextRange {
  id: string;
  kind: 'claim' | 'ingredient';
  text: string;
  /** Claim family id or canonical INCI name. */
  key: string;
  /** Verdict for claims, 'info' or 'flagged' for ingredients; drives the highlight style. */
  tone: string;
  tooltip: TooltipContent;
}

export interface Analysis {
  report: Report;
  findings: Finding[];
}

export type { ParsedIngredient };
export { cleanIngredientName };

export function parseIngredients(input: PageInput, knowledge: Knowledge): ParsedIngredient[] {
  return parseListRanges(input.text, input.ingredientRanges, knowledge);
}

/** What the user asked for: their avoid list, a selection to read as the list, their language. */
export interface AnalyzeOptions {
  avoid?: AvoidItem[];
  /** The user selected the list themselves: analyse it even where the page does not look like a product. */
  force?: boolean;
  t?: Translate;
}

export function analyzePage(input: PageInput, knowledge: Knowledge, options: AnalyzeOptions = {}): Analysis {
  return finish(analyzePageSteps(input, knowledge, options));
}

/** Claim hits turned into findings between two yields: a few milliseconds' work even on cold code. */
const HITS_PER_STEP = 128;

/** `analyzePage` in steps (see steps.ts): the annotator spreads a large page over several tasks. */
export function* analyzePageSteps(
  input: PageInput,
  knowledge: Knowledge,
  options: AnalyzeOptions = {},
): Steps<Analysis> {
  const t = options.t ?? englishT;
  const ingredients = parseIngredients(input, knowledge);
  yield;
  const density = listDensity(ingredients, input.ingredientRanges);
  const classified = classifyPage(input.signals, density);
  const page = options.force ? { ...classified, isSkincareProduct: true } : classified;
  const product = {
    name: input.signals.product?.name ?? (input.signals.title.trim() || null),
    brand: input.signals.product?.brand ?? null,
  };
  if (!page.isSkincareProduct) {
    return { report: { url: input.url, page, product, ingredients: [], claims: [] }, findings: [] };
  }

  const findings: Finding[] = [];
  // Repeats of a claim or an ingredient share one tooltip: built once, and sent to the background once
  // (see packFindings), where a page repeating a claim a thousand times used to carry a thousand.
  // Built when first read, not here: painting needs none, and the first translated string a page asks
  // for makes the browser load the message catalogue, 3-14 ms measured, which then waited before the
  // highlights were painted.
  const tooltips = new Map<string, TooltipContent>();
  const tooltipFor = (key: string, build: () => TooltipContent): TooltipContent => {
    let tooltip = tooltips.get(key);
    if (!tooltip) {
      tooltip = build();
      tooltips.set(key, tooltip);
    }
    return tooltip;
  };
  const reportIngredients: ReportIngredient[] = ingredients.map(({ token, info }) => {
    // Flags come from the curated entry and from CosIng (annexes, allergens); only a caution-level flag
    // makes the highlight look like a warning, so an approved preservative stays quiet.
    const flags = info?.flags ?? info?.curated?.flags ?? [];
    const caution = flags.some((f) => knowledge.isCaution(f));
    const avoided = avoidMatches(cleanIngredientName(token.raw), info, options.avoid ?? []);
    // A caution is highlighted whether or not we curated the ingredient: a shopper who reacts to a
    // fragrance allergen needs every one on the page, not only those we wrote about.
    if (info?.curated || caution || avoided.length > 0) {
      findings.push({
        id: `i${findings.length}`,
        kind: 'ingredient',
        start: token.start,
        end: token.end,
        text: token.raw,
        key: info?.inci ?? token.raw,
        tone: avoided.length > 0 ? 'avoid' : caution ? 'flagged' : 'info',
        get tooltip() {
          return tooltipFor(`i\u0000${info?.inci ?? ''}\u0000${token.raw}\u0000${avoided.map(avoidId)}`, () =>
            withAvoidNote(info ? ingredientTooltip(info, knowledge, t) : null, token.raw, avoided, t),
          );
        },
      });
    }
    return {
      name: token.raw,
      inci: info?.inci ?? null,
      known: info !== null,
      functions: info?.functions ?? [],
      ...(info?.curated ? { explanation: info.curated.summary } : {}),
      flags,
      ...(avoided.length > 0 ? { avoid: avoided.map(avoidId) } : {}),
    };
  });

  const reportClaims: ReportClaim[] = [];
  const seen = new Set<string>();
  // Only the claim zones are kept below, so only they are scanned: on a page with long reviews most
  // of the text is outside them.
  const zones = input.claimRanges?.length ? input.claimRanges : undefined;
  const hits = yield* findClaimsSteps(input.text, input.ingredientRanges, knowledge, zones);
  // A claim's cross-check depends on the claim and the list only: a page repeating it a thousand times
  // checks the list once.
  const crossChecks = new Map<string, ClaimCheck>();
  let sinceYield = 0;
  for (const hit of inClaimZones(hits, input.claimRanges)) {
    if (++sinceYield === HITS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    let check = crossChecks.get(hit.family.id);
    if (check === undefined) {
      check = checkClaim(hit.family.id, hit.family.verdict, ingredients);
      crossChecks.set(hit.family.id, check);
    }
    const { message: crossCheck, verdict } = check;
    findings.push({
      id: `c${findings.length}`,
      kind: 'claim',
      start: hit.start,
      end: hit.end,
      text: hit.text,
      key: hit.family.id,
      tone: verdict,
      get tooltip() {
        return tooltipFor(`c\u0000${hit.family.id}\u0000${crossCheck ?? ''}`, () =>
          claimTooltip(hit.family, knowledge, crossCheck, t, verdict),
        );
      },
    });
    const dedupeKey = `${hit.family.id}\u0000${hit.text.toLowerCase()}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    reportClaims.push({
      text: hit.text,
      claimId: hit.family.id,
      verdict,
      explanation: crossCheck ? `${hit.family.explanation} ${crossCheck}` : hit.family.explanation,
      sources: hit.family.sources,
    });
  }
  yield;
  // Ingredients the copy promotes but the list places after the likely 1% line.
  for (const check of inClaimZones(
    crossCheckPage(input.text, input.ingredientRanges, ingredients),
    input.claimRanges,
  )) {
    const text = input.text.slice(check.start, check.end);
    findings.push({
      id: `c${findings.length}`,
      kind: 'claim',
      start: check.start,
      end: check.end,
      text,
      key: check.id,
      tone: 'limited-evidence',
      get tooltip() {
        return tooltipFor(`p\u0000${check.id}\u0000${check.start}`, () =>
          pageCheckTooltip(check, knowledge, t),
        );
      },
    });
    reportClaims.push({
      text,
      claimId: check.id,
      verdict: 'limited-evidence',
      explanation: check.message,
      sources: check.sources,
    });
  }
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    report: {
      url: input.url,
      page,
      product,
      ...ingredientFields(reportIngredients, ingredients, input.ingredientRanges),
      claims: reportClaims,
    },
    findings: capFindings(dropOverlaps(findings)),
  };
}

/**
 * Most findings one page keeps. Findings travel to the background and are stored for the popup in
 * storage.session, which holds 10 MB for all tabs together; repeats share their tooltip, but each still
 * costs its text and position, and painting and listing them costs the page too (docs/decisions/0018).
 */
export const MAX_FINDINGS = 1000;

/**
 * Over the cap, repeats go first: every distinct finding (claim family or ingredient) keeps its first
 * occurrence, then its second, and so on, so no claim or listed ingredient is lost to another's repeats.
 */
function capFindings(sorted: Finding[]): Finding[] {
  if (sorted.length <= MAX_FINDINGS) return sorted;
  const seen = new Map<string, number>();
  const repeat = sorted.map((f) => {
    const key = `${f.kind}\u0000${f.key}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
  const kept = sorted
    .map((_, i) => i)
    .sort((a, b) => (repeat[a] as number) - (repeat[b] as number) || a - b)
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a - b);
  return kept.map((i) => sorted[i] as Finding);
}

/** Claim hits inside the marketing-copy zones, when the page reader found any; all hits otherwise. */
function inClaimZones<T extends TextRange>(hits: T[], zones: ClaimRange[] | undefined): T[] {
  if (!zones || zones.length === 0) return hits;
  // Zones are sentences, sorted and disjoint: a binary search finds the one that could hold a hit.
  const sorted = byStart(zones);
  return hits.filter((h) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const z = sorted[mid] as ClaimRange;
      if (z.end <= h.start) lo = mid + 1;
      else if (z.start > h.start) hi = mid - 1;
      else return h.end <= z.end;
    }
    return false;
  });
}

/** Highlights cannot nest: where two findings overlap, the earlier (and then longer) one wins. */
function dropOverlaps(sorted: Finding[]): Finding[] {
  const kept: Finding[] = [];
  let lastEnd = -1;
  for (const f of sorted) {
    if (f.start < lastEnd) continue;
    kept.push(f);
    lastEnd = f.end;
  }
  return kept;
}
