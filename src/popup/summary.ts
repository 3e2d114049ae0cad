/**
 * The popup's reading of a report, pure: claims grouped by verdict (worst first), the one-line overall
 * reading, the estimated 1 % line in the ingredient list, cross-checks and the sources list.
 */
import type { Report, ReportIngredient } from '../core/report';
import { type MessageKey, pluralKey, type Translate } from '../shared/i18n-format';
import type { FindingView } from '../shared/messages';

/** What an unnamed list part is (see the report's `listRole`). */
type ListRole = NonNullable<ReportIngredient['listRole']>;

/** Worst first: the order the popup lists verdict groups and the reading names them. */
export const VERDICT_ORDER = [
  'drug-claim',
  'misleading',
  'unsupported',
  'unregulated-term',
  'limited-evidence',
  'supported',
] as const;

const READING_KEYS: Record<string, MessageKey> = {
  supported: 'popup_reading_supported',
  'limited-evidence': 'popup_reading_limited_evidence',
  unsupported: 'popup_reading_unsupported',
  misleading: 'popup_reading_misleading',
  'unregulated-term': 'popup_reading_unregulated_term',
  'drug-claim': 'popup_reading_drug_claim',
};

export interface ClaimItem {
  /** The first occurrence on the page: the one "show on page" scrolls to. */
  finding: FindingView;
  count: number;
}

export interface ClaimGroup {
  verdict: string;
  items: ClaimItem[];
}

/** One item per claim wording, counted; groups in VERDICT_ORDER, unknown verdicts last. */
export function groupClaims(findings: FindingView[]): ClaimGroup[] {
  const groups = new Map<string, Map<string, ClaimItem>>();
  for (const f of findings) {
    if (f.kind !== 'claim') continue;
    const items = groups.get(f.tone) ?? new Map<string, ClaimItem>();
    groups.set(f.tone, items);
    const key = `${f.key}\u0000${f.text.toLowerCase()}`;
    const item = items.get(key);
    if (item) item.count++;
    else items.set(key, { finding: f, count: 1 });
  }
  const rank = (v: string): number => {
    const i = (VERDICT_ORDER as readonly string[]).indexOf(v);
    return i === -1 ? VERDICT_ORDER.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([verdict, items]) => ({ verdict, items: [...items.values()] }));
}

const isAllergen = (i: ReportIngredient): boolean =>
  i.flags.some((f) => f.startsWith('eu-fragrance-allergen'));

/** "3 claims (1 misleading, 2 with little evidence); 2 fragrance allergens; nothing on your avoid list" */
export function overallReading(
  findings: FindingView[],
  ingredients: ReportIngredient[],
  avoidListSize: number,
  t: Translate,
): string {
  const groups = groupClaims(findings);
  const claimCount = groups.reduce((n, g) => n + g.items.length, 0);
  const parts: string[] = [];
  if (claimCount === 0) {
    parts.push(t('popup_reading_claims_none'));
  } else {
    const breakdown = groups
      .map((g) => {
        const key = READING_KEYS[g.verdict];
        return key ? t(key, g.items.length) : `${g.items.length} ${g.verdict}`;
      })
      .join(', ');
    parts.push(
      t(
        'popup_reading_claims',
        t(pluralKey(claimCount, 'popup_claims_one', 'popup_claims_other'), claimCount),
        breakdown,
      ),
    );
  }
  // Without a list, "no allergens" or "nothing on your avoid list" would claim more than we know.
  if (ingredients.length === 0) return capitalise(parts.join('; '));
  const allergens = new Set(ingredients.filter(isAllergen).map((i) => i.inci ?? i.name)).size;
  parts.push(
    allergens === 0
      ? t('popup_reading_allergens_none')
      : t(pluralKey(allergens, 'popup_reading_allergens_one', 'popup_reading_allergens_other'), allergens),
  );
  if (avoidListSize === 0) {
    parts.push(t('popup_reading_no_avoid_list'));
  } else {
    const avoided = ingredients.filter((i) => (i.avoid ?? []).length > 0).length;
    parts.push(
      avoided === 0
        ? t('popup_reading_avoid_none')
        : t(pluralKey(avoided, 'popup_reading_avoid_one', 'popup_reading_avoid_other'), avoided),
    );
  }
  return capitalise(parts.join('; '));
}

const capitalise = (line: string): string => line.charAt(0).toUpperCase() + line.slice(1);

/** One printed list of a page: a kit's product, a Drug Facts part, or the whole list. */
export interface IngredientPart {
  /** The part's name as printed ("Inactive Ingredients", a kit's "Gel Essence"); null when unnamed. */
  label: string | null;
  /** What an unnamed part is, where the reader could tell (a sunscreen's actives); null otherwise. */
  role: ListRole | null;
  /** Index of the part's first ingredient in the report's list. */
  from: number;
  ingredients: ReportIngredient[];
  /**
   * Where the part's estimated 1 % line falls (`index` in `ingredients`), the ingredient that marks it
   * and why; null where nothing marks it.
   */
  line: OnePercentMark | null;
}

/** An estimated 1 % line as the report carries it (see one-percent.ts). */
export type OnePercentMark = NonNullable<Report['ingredientList']>['onePercentLines'][number];

/**
 * The report's ingredients as the lists they were printed in, each with its own estimated 1 % line
 * (`lines`: the report's, one per ordered list, indexed in the full list; see one-percent.ts). A part
 * starts where the printed name changes and at each of the report's list `starts`. Above
 * 1 % labels list ingredients by falling weight, below it in any order, and only inside one list.
 */
export function ingredientParts(
  ingredients: ReportIngredient[],
  lines: readonly OnePercentMark[] = [],
  starts: readonly number[] = [],
): IngredientPart[] {
  const parts: IngredientPart[] = [];
  ingredients.forEach((ingredient, n) => {
    const label = ingredient.list ?? null;
    const role = label === null ? (ingredient.listRole ?? null) : null;
    const last = parts[parts.length - 1];
    if (last && last.label === label && last.role === role && !starts.includes(n))
      last.ingredients.push(ingredient);
    else parts.push({ label, role, from: n, ingredients: [ingredient], line: null });
  });
  for (const part of parts) {
    const line = lines.find((l) => l.index > part.from && l.index < part.from + part.ingredients.length);
    part.line = line ? { ...line, index: line.index - part.from } : null;
  }
  return parts;
}

/** Each check of a claim against this product's list, once per finding text; claims that share one are named together. */
export function crossChecks(findings: FindingView[]): { heading: string; text: string; id: string }[] {
  const byText = new Map<string, { headings: string[]; id: string }>();
  for (const f of findings) {
    const text = f.kind === 'claim' ? f.tooltip.crossCheck : null;
    if (!text) continue;
    const entry = byText.get(text) ?? { headings: [], id: f.id };
    if (!entry.headings.includes(f.tooltip.heading)) entry.headings.push(f.tooltip.heading);
    byText.set(text, entry);
  }
  return [...byText].map(([text, { headings, id }]) => ({ heading: headings.join(', '), text, id }));
}

/** Every source cited by any finding, once each, in first-cited order. */
export function allSources(findings: FindingView[]): { label: string; url: string | null }[] {
  const seen = new Map<string, { label: string; url: string | null }>();
  for (const f of findings) for (const s of f.tooltip.sources) if (!seen.has(s.label)) seen.set(s.label, s);
  return [...seen.values()];
}

/**
 * An ingredient's first functions as a row shows them, lower case. The report lists them most telling
 * first (see src/kb/function-rank.ts); CosIng's "skin conditioning - humectant" is shown as
 * "humectant" ("- miscellaneous" as plain "skin conditioning"), and a function that only repeats one
 * already shown ("humectant" twice, "fragrance" beside "perfuming") is skipped.
 */
export function leadingFunctions(functions: readonly string[], count = 2): string[] {
  const shown: string[] = [];
  for (const f of functions) {
    // CosIng's newer "fragrance" and its older "perfuming" name one function.
    const lower = f === 'FRAGRANCE' ? 'perfuming' : f.toLowerCase();
    const name =
      lower === 'skin conditioning - miscellaneous'
        ? 'skin conditioning'
        : lower.replace(/^skin conditioning - /, '');
    const tail = name.replace(/^.* - /, '');
    if (shown.some((s) => s === name || s.replace(/^.* - /, '') === tail)) continue;
    shown.push(name);
    if (shown.length === count) break;
  }
  return shown;
}
