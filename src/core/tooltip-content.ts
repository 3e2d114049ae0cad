/**
 * What a tooltip says, decided in the core so that the page tooltip, the popup and the CLI show the same
 * words. Rendering is the content script's job; this is plain data.
 */
import type { ClaimFamily, Source } from '../kb/types';
import { englishT, flagKey, type MessageKey, type Translate } from '../shared/i18n-format';
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
  /** Why the ingredient is on the user's avoid list ("Fragrance allergens"), when it is. */
  avoid?: string | null;
  sources: SourceRef[];
}

/** Message keys of the verdict labels; the words live in _locales so that they can be translated. */
export const VERDICT_LABEL_KEYS: Record<string, MessageKey> = {
  supported: 'verdict_supported',
  'limited-evidence': 'verdict_limited_evidence',
  unsupported: 'verdict_unsupported',
  misleading: 'verdict_misleading',
  'unregulated-term': 'verdict_unregulated_term',
  'drug-claim': 'verdict_drug_claim',
};

export function verdictLabel(verdict: string, t: Translate = englishT): string {
  const key = VERDICT_LABEL_KEYS[verdict];
  return key ? t(key) : verdict;
}

/** An evidence grade in the user's language; a grade the catalogue does not know is shown as written. */
export function gradeLabel(grade: string, t: Translate = englishT): string {
  const key = `grade_${grade}` as MessageKey;
  const label = t(key);
  return label === key ? grade : label;
}

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
  t: Translate = englishT,
  /** The verdict on this product, when its own list made it more severe than the family's. */
  verdict: string = family.verdict,
): TooltipContent {
  return {
    heading: family.label,
    badge: { tone: verdict, label: verdictLabel(verdict, t) },
    grade: t('tooltip_evidence', gradeLabel(family.evidenceGrade, t)),
    paragraphs: [family.explanation, t('tooltip_would_support', family.wouldSupport)],
    note: null,
    crossCheck,
    sources: refs(family.sources, knowledge),
  };
}

/** A claim checked against the product's own list, where the page promotes what the list plays down. */
export function pageCheckTooltip(
  check: { label: string; message: string; sources: string[] },
  knowledge: Knowledge,
  t: Translate = englishT,
): TooltipContent {
  return {
    heading: check.label,
    badge: { tone: 'limited-evidence', label: t('badge_check_list') },
    grade: null,
    paragraphs: [check.message],
    note: null,
    crossCheck: null,
    sources: refs(check.sources, knowledge),
  };
}

/**
 * A flag as the user reads it: the catalogue's words, else the knowledge base's label (a flag newer
 * than the catalogue), else its id; never dropped.
 */
export function flagLabel(id: string, knowledge: Knowledge, t: Translate): string {
  const key = flagKey(id);
  const label = t(key);
  return label && label !== key ? label : (knowledge.flag(id)?.label ?? id);
}

export function ingredientTooltip(
  info: IngredientInfo,
  knowledge: Knowledge,
  t: Translate = englishT,
): TooltipContent {
  const curated = info.curated;
  const functions =
    info.functions.length > 0 ? t('tooltip_functions', info.functions.join(', ').toLowerCase()) : null;
  const headline = curated?.evidence[0];
  // Every flag, curated or from the EU annexes, named here: the highlight's warning paint comes from
  // the same caution flags, so the tooltip always says why it is there.
  const flags = [...info.flags].sort(
    (a, b) => Number(knowledge.isCaution(b)) - Number(knowledge.isCaution(a)),
  );
  const caution = flags.find((f) => knowledge.isCaution(f));
  const explain = (id: string | undefined) => (id ? knowledge.flag(id)?.explanation : undefined);
  const rest = flags.filter((f) => f !== caution).map((f) => flagLabel(f, knowledge, t));
  // The badge names the first caution; the line names the others, so no flag is said twice.
  const named =
    rest.length === 0 ? null : t(caution ? 'tooltip_flags_more' : 'tooltip_flags', rest.join('; '));
  return {
    heading: info.inci,
    badge: caution ? { tone: 'flagged', label: flagLabel(caution, knowledge, t) } : null,
    grade: headline ? t('tooltip_evidence_for', headline.use, gradeLabel(headline.grade, t)) : null,
    // Uncurated, the caution's own explanation says what it means, and its sources back it.
    paragraphs: [curated?.summary ?? explain(caution), named, functions].filter((p): p is string =>
      Boolean(p),
    ),
    note: curated?.molecularWeight?.note ?? null,
    crossCheck: null,
    sources: refs(curated?.sources ?? (caution ? (knowledge.flag(caution)?.sources ?? []) : []), knowledge),
  };
}
