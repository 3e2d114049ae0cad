/**
 * The core pipeline: a page's text model and signals in, a report and offset-anchored findings out.
 * DOM-free, so the content script, the CLI and the unit tests all run exactly this code.
 */
import type { ClaimFamily } from '../kb/types';
import { crossCheckClaim } from './cross-checks';
import { classifyPage, type PageSignals } from './detect';
import type { ListRange } from './inci/block';
import { type ParsedIngredient, parseIngredientList } from './inci/parse';
import { listDensity, summariseIngredients, withIngredientDetails } from './inci/report-fields';
import { cleanIngredientName } from './inci/variants';
import type { Knowledge } from './knowledge';
import type { Report, ReportClaim, ReportIngredient } from './report';
import { claimTooltip, ingredientTooltip, type TooltipContent } from './tooltip-content';

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
  return input.ingredientRanges.flatMap((range) =>
    parseIngredientList(input.text.slice(range.start, range.end), range.start, knowledge),
  );
}

export function analyzePage(input: PageInput, knowledge: Knowledge): Analysis {
  const ingredients = parseIngredients(input, knowledge);
  const density = listDensity(ingredients, input.ingredientRanges);
  const page = classifyPage(input.signals, density);
  const product = {
    name: input.signals.product?.name ?? (input.signals.title.trim() || null),
    brand: input.signals.product?.brand ?? null,
  };
  if (!page.isSkincareProduct) {
    return { report: { url: input.url, page, product, ingredients: [], claims: [] }, findings: [] };
  }

  const findings: Finding[] = [];
  const reportIngredients: ReportIngredient[] = ingredients.map(({ token, info }) => {
    const flags = info?.curated?.flags ?? [];
    if (info?.curated) {
      findings.push({
        id: `i${findings.length}`,
        kind: 'ingredient',
        start: token.start,
        end: token.end,
        text: token.raw,
        key: info.inci,
        tone: flags.length > 0 ? 'flagged' : 'info',
        tooltip: ingredientTooltip(info, knowledge),
      });
    }
    return {
      name: token.raw,
      inci: info?.inci ?? null,
      known: info !== null,
      functions: info?.functions ?? [],
      ...(info?.curated ? { explanation: info.curated.summary } : {}),
      flags,
    };
  });

  const reportClaims: ReportClaim[] = [];
  const seen = new Set<string>();
  for (const hit of inClaimZones(
    findClaims(input.text, input.ingredientRanges, knowledge),
    input.claimRanges,
  )) {
    const crossCheck = crossCheckClaim(hit.family.id, ingredients);
    findings.push({
      id: `c${findings.length}`,
      kind: 'claim',
      start: hit.start,
      end: hit.end,
      text: hit.text,
      key: hit.family.id,
      tone: hit.family.verdict,
      tooltip: claimTooltip(hit.family, knowledge, crossCheck),
    });
    const dedupeKey = `${hit.family.id}\u0000${hit.text.toLowerCase()}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    reportClaims.push({
      text: hit.text,
      claimId: hit.family.id,
      verdict: hit.family.verdict,
      explanation: crossCheck ? `${hit.family.explanation} ${crossCheck}` : hit.family.explanation,
      sources: hit.family.sources,
    });
  }
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    report: {
      url: input.url,
      page,
      product,
      ingredients: withIngredientDetails(reportIngredients, ingredients, input.ingredientRanges),
      claims: reportClaims,
      ingredientList: summariseIngredients(ingredients, input.ingredientRanges),
    },
    findings: dropOverlaps(findings),
  };
}

interface ClaimHit extends TextRange {
  family: ClaimFamily;
  text: string;
}

/** Every claim match outside the ingredient lists, earliest first. */
export function findClaims(text: string, exclude: TextRange[], knowledge: Knowledge): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const { family, regex } of knowledge.claims) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (exclude.some((r) => start < r.end && end > r.start)) continue;
      hits.push({ family, start, end, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Claim hits inside the marketing-copy zones, when the page reader found any; all hits otherwise. */
function inClaimZones<T extends TextRange>(hits: T[], zones: ClaimRange[] | undefined): T[] {
  if (!zones || zones.length === 0) return hits;
  return hits.filter((h) => zones.some((z) => h.start >= z.start && h.end <= z.end));
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
