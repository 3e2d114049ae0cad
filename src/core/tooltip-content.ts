/**
 * What a tooltip says, decided in the core so that the page tooltip, the popup and the CLI show the same
 * words. Rendering is the content script's job; this is plain data.
 */
import type { ClaimFamily, Source } from '../kb/types';
import type { IngredientInfo, Knowledge } from './knowledge';

export interface SourceRef {
  label: string;
  url: string | null;
}

export interface TooltipContent {
  heading: string;
  /** Verdict or ingredient tone, e.g. { tone: 'misleading', label: 'Misleading' }. */
  badge: { tone: string; label: string } | null;
  grade: string | null;
  paragraphs: string[];
  /** Molecular-size note, where size decides what the ingredient can do. */
  note: string | null;
  /** A check of the claim against this product's own ingredient list. */
  crossCheck: string | null;
  sources: SourceRef[];
}

export const VERDICT_LABELS: Record<string, string> = {
  supported: 'Supported',
  'limited-evidence': 'Limited evidence',
  unsupported: 'Not supported',
  misleading: 'Misleading',
  'unregulated-term': 'Unregulated term',
  'drug-claim': 'Drug claim under US law',
};

export function sourceRef(source: Source): SourceRef {
  const url = source.doi
    ? `https://doi.org/${source.doi}`
    : source.pmid
      ? `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`
      : (source.url ?? null);
  return { label: `${source.authors} (${source.year}). ${source.title}. ${source.venue}.`, url };
}

function refs(ids: string[], knowledge: Knowledge): SourceRef[] {
  return ids.flatMap((id) => {
    const source = knowledge.source(id);
    return source ? [sourceRef(source)] : [];
  });
}

export function claimTooltip(
  family: ClaimFamily,
  knowledge: Knowledge,
  crossCheck: string | null,
): TooltipContent {
  return {
    heading: family.label,
    badge: { tone: family.verdict, label: VERDICT_LABELS[family.verdict] ?? family.verdict },
    grade: `Evidence: ${family.evidenceGrade}`,
    paragraphs: [family.explanation, `What would support it: ${family.wouldSupport}`],
    note: null,
    crossCheck,
    sources: refs(family.sources, knowledge),
  };
}

export function ingredientTooltip(info: IngredientInfo, knowledge: Knowledge): TooltipContent {
  const curated = info.curated;
  const functions =
    info.functions.length > 0 ? `CosIng functions: ${info.functions.join(', ').toLowerCase()}.` : null;
  const headline = curated?.evidence[0];
  return {
    heading: info.inci,
    badge: curated && curated.flags.length > 0 ? { tone: 'flagged', label: 'Note' } : null,
    grade: headline ? `Evidence for ${headline.use}: ${headline.grade}` : null,
    paragraphs: [curated?.summary, functions].filter((p): p is string => Boolean(p)),
    note: curated?.molecularWeight?.note ?? null,
    crossCheck: null,
    sources: refs(curated?.sources ?? [], knowledge),
  };
}
