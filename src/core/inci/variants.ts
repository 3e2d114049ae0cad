/**
 * The ways one ingredient is printed. A token as written ("Butyrospermum Parkii (Shea) Butter*",
 * "Water/Aqua/Eau", "Titanium Dioxide (CI 77891) (nano)", "Penty- lene") is turned into an ordered list
 * of candidate names to look up; the first one the dictionary knows wins, and how it was reached is
 * kept, so the report can say how sure it is.
 */

import { isSpace } from '../normalize';

export type VariantKind = 'exact' | 'variant' | 'alias';

export interface Variant {
  name: string;
  kind: VariantKind;
}

const FOOTNOTES = /[*†‡§¹²³⁴⁵^°✝✱∗⁺]+/g;
const NANO = /[([]\s*nano\s*[)\]]/gi;
const PERCENT = /(?:^|\s|\()[<≤]?\s*\d+(?:[.,]\d+)?\s*(?:%|percent\b)(?:\s*w\/w)?\)?/gi;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Footnote marks, "(nano)", percentages and stray quotes are printed around a name but are not part
 * of it. The result is what the shopper would call the ingredient's name.
 */
export function cleanIngredientName(raw: string): string {
  return trimTrailing(
    raw
      .normalize('NFKC')
      .replace(ZERO_WIDTH, '')
      // "Flower\Leaf\Stem": a backslash typed for the slash; no CosIng name holds one.
      .replace(/\\/g, '/')
      // White space is folded first, and again before the ends are trimmed: several patterns here,
      // tried at every space of a long run, cost the square of the run.
      .replace(/\s+/g, ' ')
      .replace(FOOTNOTES, '')
      .replace(NANO, '')
      .replace(PERCENT, ' ')
      .replace(/<[^<>]*>|\[[A-Z]?\d{3,}[A-Z]?\]/g, '')
      .replace(/\(\s*\)/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s"“”'‘’:.\-–]+/, ''),
  );
}

/** What may trail a name: white space, quotes, colons, commas, and a footnote "+" ("Peel Oil+"). */
const TRAILING = new Set([...' "“”\'‘’:,;+']);

/**
 * `text` without what TRAILING holds at its end. CosIng names hold "+" only inside ("(Honey +
 * Zymomonas Ferment) Extract"). A loop from the end, as a pattern anchored at the end is tried from
 * every character of a long run before it.
 */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING.has(text.charAt(end - 1)) || isSpace(text.charCodeAt(end - 1)))) end--;
  return text.slice(0, end);
}

/**
 * US colour-additive names (21 CFR 74) and a few label words that are not CosIng names, mapped to the
 * CosIng name. "Fragrance"/"Flavor" are the US words for Parfum/Aroma; lakes share their dye's CI number.
 */
const COLOUR_ALIASES: Record<string, string> = {
  'red 4': 'CI 14700',
  'red 6': 'CI 15850',
  'red 7': 'CI 15850',
  'red 17': 'CI 26100',
  'red 21': 'CI 45380',
  'red 22': 'CI 45380',
  'red 27': 'CI 45410',
  'red 28': 'CI 45410',
  'red 30': 'CI 73360',
  'red 33': 'CI 17200',
  'red 34': 'CI 15880',
  'red 36': 'CI 12085',
  'red 40': 'CI 16035',
  'orange 4': 'CI 15510',
  'orange 5': 'CI 45370',
  'yellow 5': 'CI 19140',
  'yellow 6': 'CI 15985',
  'yellow 7': 'CI 45350',
  'yellow 8': 'CI 45350',
  'yellow 10': 'CI 47005',
  'yellow 11': 'CI 47000',
  'green 3': 'CI 42053',
  'green 5': 'CI 61570',
  'green 6': 'CI 61565',
  'blue 1': 'CI 42090',
  'blue 4': 'CI 42090',
  'violet 2': 'CI 60725',
  'ext. violet 2': 'CI 60730',
  'brown 1': 'CI 20170',
};

const WORD_ALIASES: Record<string, string> = {
  fragrance: 'PARFUM',
  'fragrance/parfum': 'PARFUM',
  perfume: 'PARFUM',
  flavor: 'AROMA',
  flavour: 'AROMA',
  'iron oxides': 'CI 77491',
  'iron oxide': 'CI 77491',
  'black iron oxide': 'CI 77499',
  'red iron oxide': 'CI 77491',
  'yellow iron oxide': 'CI 77492',
  ultramarines: 'CI 77007',
  ultramarine: 'CI 77007',
  'manganese violet': 'CI 77742',
  'chromium oxide greens': 'CI 77288',
  'chromium hydroxide green': 'CI 77289',
  'ferric ferrocyanide': 'CI 77510',
  'ferric ammonium ferrocyanide': 'CI 77510',
  'bismuth oxychloride': 'CI 77163',
  carmine: 'CI 75470',
  'vitamin e': 'TOCOPHEROL',
  'vitamin e acetate': 'TOCOPHERYL ACETATE',
  'vitamin c': 'ASCORBIC ACID',
  'vitamin a': 'RETINOL',
  'vitamin b3': 'NIACINAMIDE',
  'vitamin b5': 'PANTHENOL',
  'deionized water': 'WATER',
  'purified water': 'WATER',
  'distilled water': 'WATER',
  eau: 'WATER',
  agua: 'WATER',
  'ci 77019': 'MICA',
  'ci 77861': 'TIN OXIDE',
};

function aliasOf(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:fd&c|d&c|fd & c|d & c)\s+/, '')
    .replace(/\s+(?:lake|aluminum lake|al lake|aluminium lake)$/, '')
    .replace(/\s+no\.?\s*(\d)/, ' $1')
    .trim();
  // Own keys only: "constructor" or "__proto__" printed on a page is no alias.
  for (const table of [COLOUR_ALIASES, WORD_ALIASES])
    if (Object.hasOwn(table, key)) return table[key] ?? null;
  return null;
}

/** "CI77891", "C.I. 77891", "Ci 77891" -> "CI 77891". */
function normaliseCi(name: string): string {
  return name.replace(/\bC\.?\s*[Il]\.?\s*(\d{5})\b/g, 'CI $1').replace(/\bci\s*(\d{5})\b/g, 'CI $1');
}

/** Text outside every parenthetical: "Butyrospermum Parkii (Shea) Butter" -> "Butyrospermum Parkii Butter". */
function withoutParentheticals(name: string): string {
  let out = name;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\s*[([][^()[\]]*[)\]]\s*/g, ' ');
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The innermost parenthetical contents, split at commas and slashes: "Water (Aqua, Eau)" -> Aqua, Eau. */
function parentheticalParts(name: string): string[] {
  const parts: string[] = [];
  for (const m of name.matchAll(/[([]([^()[\]]+)[)\]]/g)) {
    for (const p of (m[1] ?? '').split(/\s*[,/;]\s*/)) if (p.trim()) parts.push(p.trim());
  }
  return parts;
}

/**
 * Candidate names for one cleaned token, most faithful first. Slash parts and parenthetical contents
 * come after the whole name, because CosIng itself has 5,000 names with a "/" ("Caprylic/Capric
 * Triglyceride") and parentheses ("Glycine Soja (Soybean) Oil" is not CosIng, "Glycine Soja Oil" is).
 */
export function nameVariants(cleaned: string): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: VariantKind): void => {
    const n = name.replace(/\s+/g, ' ').trim();
    if (n.length === 0 || seen.has(n.toLowerCase())) return;
    seen.add(n.toLowerCase());
    out.push({ name: n, kind });
  };
  const base = normaliseCi(cleaned);
  add(base, 'exact');
  const noPeriod = withoutFinalPeriods(base);
  add(noPeriod, 'exact');
  add(`${noPeriod}.`, 'exact');
  // Line-break hyphenation: "Penty- lene", "Glyc-\nerin".
  const joined = noPeriod.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2');
  add(joined, 'variant');
  const bare = withoutParentheticals(joined);
  add(bare, 'variant');
  add(`${bare}.`, 'variant');
  const slashParts = bare.split(/\s*[/\\]\s*/).filter((p) => p.length > 0);
  if (slashParts.length > 1) for (const p of slashParts) add(p, 'variant');
  // "PEG 100 Stearate", "Nylon 12": the hyphen before a number is often dropped.
  add(bare.replace(/(\p{L})\s+(\d)/gu, '$1-$2'), 'variant');
  // "Iron Oxides CI 77491", "Cl 42090 Blue 1": the colour index number names the colourant.
  const ci = /\bCI \d{5}\b/.exec(base);
  if (ci) add(ci[0], 'variant');
  const inner = parentheticalParts(joined);
  for (const p of inner) add(normaliseCi(p), 'variant');
  for (const v of [...out]) {
    const alias = aliasOf(v.name);
    if (alias) add(alias, 'alias');
  }
  return out;
}

/** The name fuzzy matching should try: cleaned, without parentheticals, first slash part. */
export function fuzzyCandidates(cleaned: string): string[] {
  const joined = withoutFinalPeriods(normaliseCi(cleaned)).replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2');
  const bare = withoutParentheticals(joined);
  const names = [joined, bare];
  const first = bare.split(/\s*\/\s*/)[0];
  if (first && first !== bare) names.push(first);
  return [...new Set(names)];
}

/** `name` without its final periods. A loop: /\.+$/ is tried at every period of a run, and cost its square. */
function withoutFinalPeriods(name: string): string {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 46) end--;
  return name.slice(0, end);
}
