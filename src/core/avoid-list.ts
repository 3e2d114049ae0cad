/**
 * The personal avoid list: ingredients a user names, and groups ("fragrance allergens", "drying
 * alcohols") that stand for many INCI names. Pure and DOM-free: the annotator passes the user's list
 * into `analyzePage`, which asks `avoidMatches` about every ingredient it reads.
 *
 * Groups match on what the knowledge base says (EU allergen flags, CosIng functions, curated flags)
 * first, and on INCI name patterns second, so an ingredient the curated data does not cover is still
 * caught. The patterns are deliberately conservative: a false "avoid" on a harmless ingredient costs
 * the user trust, so each rule names what it catches.
 */

import type { Translate } from '../shared/i18n-format';
import type { IngredientInfo } from './knowledge';
import { ingredientKey } from './normalize';
import type { TooltipContent } from './tooltip-content';

export const AVOID_GROUPS = [
  'fragrance-allergens',
  'fragrance',
  'essential-oils',
  'drying-alcohols',
  'fungal-acne-triggers',
  'retinoids-pregnancy',
] as const;
export type AvoidGroup = (typeof AVOID_GROUPS)[number];

export type AvoidItem = { kind: 'group'; id: AvoidGroup } | { kind: 'ingredient'; name: string };

/** The EU's labelled fragrance allergens (the original 26), for lists the annex data does not cover. */
const ALLERGENS = new Set([
  'amyl cinnamal',
  'amylcinnamyl alcohol',
  'anise alcohol',
  'benzyl alcohol',
  'benzyl benzoate',
  'benzyl cinnamate',
  'benzyl salicylate',
  'butylphenyl methylpropional',
  'cinnamal',
  'cinnamyl alcohol',
  'citral',
  'citronellol',
  'coumarin',
  'eugenol',
  'evernia furfuracea extract',
  'evernia prunastri extract',
  'farnesol',
  'geraniol',
  'hexyl cinnamal',
  'hydroxycitronellal',
  'hydroxyisohexyl 3-cyclohexene carboxaldehyde',
  'isoeugenol',
  'alpha-isomethyl ionone',
  'limonene',
  'linalool',
  'methyl 2-octynoate',
]);

const FRAGRANCE = /^(parfum|fragrance|perfume|aroma|flavou?r)\b/;
/** Volatile oils are named after the part distilled; fixed oils after seeds, kernels and fruit. */
const ESSENTIAL_OIL =
  /\b(leaf|flower|peel|herb|bark|root|wood|twig|needle|rind|bud|resin|rhizome)(\/[a-z]+)* oil\b/;
const FIXED_OIL = /\b(seed|kernel|nut|fruit|germ|bran) oil\b/;
const DRYING_ALCOHOL =
  /^(alcohol|alcohol denat\.?|sd alcohol(\s?[0-9][0-9a-z-]*)?|ethanol|ethyl alcohol|denatured alcohol|isopropyl alcohol|methanol|propanol)$/;
/** Fatty acids of 11–24 carbons, their common esters, polysorbates and ferments feed Malassezia. */
const FUNGAL_ACNE = [
  /\b(lauric|myristic|palmitic|stearic|oleic|linoleic|isostearic|behenic) acid\b/,
  /\bpolysorbate\b/,
  /\b(laurate|myristate|palmitate|stearate|oleate|linoleate|isostearate|behenate)\b/,
  /\bferment\b/,
  FIXED_OIL,
  /\bbutter\b/,
];
/** Caprylic/capric (8–10 carbons) esters and squalane are the usual safe exceptions. */
const FUNGAL_SAFE = /\b(caprylic|capric|squalane|mineral oil|paraffinum)\b/;
const RETINOID =
  /^(retinol|retinal|retinaldehyde|tretinoin|isotretinoin|retinoic acid|adapalene|tazarotene|hydroxypinacolone retinoate|retinyl (palmitate|acetate|propionate|linoleate|retinoate))$/;

const hasFunction = (info: IngredientInfo | null, ...names: string[]): boolean =>
  (info?.functions ?? []).some((f) => names.includes(f.toUpperCase()));

/** Every key the ingredient answers to: as printed, canonical INCI, curated synonyms and common names. */
function namesOf(printed: string, info: IngredientInfo | null): Set<string> {
  const names = [
    printed,
    info?.inci ?? '',
    ...(info?.curated?.synonyms ?? []),
    ...(info?.curated?.commonNames ?? []),
  ];
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const key = ingredientKey(n);
    keys.add(key);
    // "Aqua (Water)", "Parfum (Fragrance)": both halves are names the user might type.
    for (const part of key.split(/[()/]/)) if (part.trim()) keys.add(part.trim());
  }
  return keys;
}

export function inGroup(group: AvoidGroup, keys: Set<string>, info: IngredientInfo | null): boolean {
  const flags = info?.flags ?? info?.curated?.flags ?? [];
  const any = (test: (k: string) => boolean) => [...keys].some(test);
  switch (group) {
    case 'fragrance-allergens':
      return flags.some((f) => f.startsWith('eu-fragrance-allergen')) || any((k) => ALLERGENS.has(k));
    case 'fragrance':
      return any((k) => FRAGRANCE.test(k));
    case 'essential-oils':
      return any(
        (k) =>
          k.includes('essential oil') ||
          ESSENTIAL_OIL.test(k) ||
          (/\boil\b/.test(k) && !FIXED_OIL.test(k) && hasFunction(info, 'PERFUMING', 'FRAGRANCE')),
      );
    case 'drying-alcohols':
      return any((k) => DRYING_ALCOHOL.test(k));
    case 'fungal-acne-triggers':
      return any((k) => !FUNGAL_SAFE.test(k) && FUNGAL_ACNE.some((r) => r.test(k)));
    case 'retinoids-pregnancy':
      return flags.includes('retinoid-pregnancy') || any((k) => RETINOID.test(k));
  }
}

/** The avoid-list entries an ingredient matches, in the user's order. */
export function avoidMatches(printed: string, info: IngredientInfo | null, items: AvoidItem[]): AvoidItem[] {
  if (items.length === 0) return [];
  const keys = namesOf(printed, info);
  return items.filter((item) =>
    item.kind === 'group' ? inGroup(item.id, keys, info) : keys.has(ingredientKey(item.name)),
  );
}

/** How an entry is named to the user: the group's translated label, or the name as they typed it. */
export function avoidLabel(item: AvoidItem, t: Translate): string {
  if (item.kind === 'ingredient') return item.name;
  return t(`avoid_group_${item.id.replace(/-/g, '_')}` as Parameters<Translate>[0]);
}

/** How a match is recorded in the report: `group:<id>`, or the ingredient name as the user wrote it. */
export function avoidId(item: AvoidItem): string {
  return item.kind === 'group' ? `group:${item.id}` : item.name;
}

/**
 * The tooltip of an avoid-list ingredient: its usual tooltip (or a bare one for an ingredient the
 * knowledge base does not explain) plus the list entries it matched.
 */
export function withAvoidNote(
  base: TooltipContent | null,
  printed: string,
  matched: AvoidItem[],
  t: Translate,
): TooltipContent {
  const content = base ?? {
    heading: printed,
    badge: null,
    grade: null,
    paragraphs: [],
    note: null,
    crossCheck: null,
    sources: [],
  };
  if (matched.length === 0) return content;
  return {
    ...content,
    badge: { tone: 'avoid', label: t('popup_avoid_marker') },
    avoid: matched.map((m) => avoidLabel(m, t)).join(', '),
  };
}
