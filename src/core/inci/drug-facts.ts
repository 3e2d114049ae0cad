/**
 * Drug Facts panels as shop pages print them, and a US sunscreen's actives printed outside one: as
 * key-ingredient bullets run into the list ("-Avobenzone 2.2% -Octinoxate 7.5% Water, …"), as a bullet
 * with a description ("-Avobenzone 3%, Octisalate 5%: Offer sun protection.") or after a sentence
 * ("…helps hydrate Avobenzone 3%, Homosalate 9%: Sunscreens, Water, …"). The inactive list that follows
 * does not repeat them, so a reader that drops bullets as marketing loses the very filters the product
 * is sold for.
 *
 * Lexical, like block.ts: a run of UV filters by their US drug names (and the INCI names some labels
 * print instead), each with its strength. A filter's strength is printed only for a drug active; key
 * ingredients with strengths that are not UV filters ("-Niacinamide 10%") stay marketing.
 */
import type { ListRange } from './block';

export type ListRole = 'actives' | 'inactives';

/** Whether a part holds Drug Facts actives, by the page's label or by what the reader found. */
export function isActivesPart(range: { label?: string; role?: ListRole }): boolean {
  return range.role === 'actives' || /^active/i.test(range.label ?? '');
}

/**
 * A Drug Facts "Purpose": the column's heading and the purposes the OTC monographs name (sunscreen,
 * skin protectant, acne treatment, …). Not an ingredient, in a cell of its own or after an active's
 * strength ("Zinc Oxide 20% Sunscreen").
 */
export const DRUG_FACTS_PURPOSE =
  '(?:purposes?|sunscreens?|skin protectants?|acne (?:treatment|medication)|antiperspirants?|' +
  'anti-?dandruff|anti-?fungal|antiseptic|anti-?bacterial|anti-?microbial|astringents?|' +
  '(?:topical |external )?(?:analgesic|anesthetic)s?|anti-?itch)';

/** The sunscreen actives of the US monograph (21 CFR 352.10) and the INCI names printed for some. */
const FILTER =
  '(?:aminobenzoic acid|paba|avobenzone|cinoxate|dioxybenzone|ensulizole|homosalate|meradimate|' +
  'octinoxate|octisalate|octocrylene|oxybenzone|padimate o|sulisobenzone|titanium dioxide|' +
  'trolamine salicylate|zinc oxide|butyl methoxydibenzoylmethane|ethylhexyl methoxycinnamate|' +
  'ethylhexyl salicylate|benzophenone-3|phenylbenzimidazole sulfonic acid)';
/**
 * Skin protectants of the US monograph (21 CFR 347.10) that SPF lip balms print beside their filters
 * ("-Petrolatum 40.2%"): actives only in a run that holds a filter, as a moisturiser's "-Dimethicone 1%"
 * bullet is a key ingredient listed again below.
 */
const PROTECTANT =
  '(?:white petrolatum|petrolatum|dimethicone|allantoin|lanolin|cocoa butter|colloidal oatmeal)';
/**
 * After a name: maybe a short note in brackets ("(Non-Nano)"), then its strength up to the "%". No two
 * runs of white space stand side by side here or in RUN, so a long one costs a pass, not its square.
 */
const STRENGTH = '(?:\\s*\\([^()]{1,20}\\))?\\s*(?:\\(\\s*)?\\d{1,2}(?:[.,]\\d{1,2})?\\s?';
const ITEM = `(?:[-–•]\\s?)?(?<![\\p{L}\\d])(?:${FILTER}|${PROTECTANT})${STRENGTH}%(?:\\s*\\))?`;
const HOLDS_FILTER = new RegExp(`(?<![\\p{L}\\d])${FILTER}`, 'iu');
const RUN = new RegExp(`${ITEM}(?:(?:\\s*[,;]\\s*|\\s+)(?:and\\s+|&\\s*)?${ITEM})*`, 'giu');
/** A filter and a strength ending just before a "%": the cheap test before RUN reads a whole block. */
const FILTER_BEFORE_PERCENT = new RegExp(`${FILTER}${STRENGTH}$`, 'i');
/** What may stand between a run and the list it leads into: a colon, a comma, a purpose. */
const AFTER = new RegExp(`[\\s:：,;]*(?:${DRUG_FACTS_PURPOSE}(?![\\p{L}]))?[\\s:：,;.]*`, 'iuy');

/**
 * Adds a range of the role "actives" for each run of sunscreen actives that stands outside the
 * block's lists or opens one, and starts such a list after the run; the block's unnamed lists are then
 * its inactive ingredients. A block with a labelled Drug Facts active part is left as it is: its
 * actives are already read there.
 */
export function withSunscreenActives(text: string, ranges: ListRange[]): ListRange[] {
  if (!holdsFilterStrength(text) || ranges.some(isActivesPart)) return ranges;
  const out = ranges.map((r) => ({ ...r }));
  const actives: ListRange[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    if (!HOLDS_FILTER.test(m[0])) continue;
    // The run starts at its first name, after any bullet mark.
    const start = m.index + m[0].search(/\p{L}/u);
    const end = m.index + m[0].trimEnd().length;
    const after = afterRun(text, end);
    // Inside a list, a strength is the list's own ("Water, Zinc Oxide 5%, …"): not a panel of actives.
    if (out.some((r) => r.start < m.index && r.end > start && /[^-–•\s]/u.test(text.slice(r.start, m.index))))
      continue;
    // A list the run opens, bullet marks and all, starts after it.
    for (const r of out) if (r.end > m.index && r.start <= after && after < r.end) r.start = after;
    // "Avobenzone 3% Sunscreen, Octisalate 5% Sunscreen, …": a purpose after each active splits the
    // run, but it is one panel, and one part in the popup.
    const last = actives.at(-1);
    if (last && afterRun(text, last.end) >= start) last.end = end;
    else actives.push({ start, end, role: 'actives' });
  }
  if (actives.length === 0) return ranges;
  const rest = out.filter((r) => !actives.some((a) => r.start < a.end && r.end > a.start));
  // Beside a part of actives, an unnamed list is the panel's other part.
  for (const r of rest) if (r.label === undefined) r.role = 'inactives';
  return [...rest, ...actives].sort((a, b) => a.start - b.start);
}

/** Where the text after a run ends: past its colon, comma or purpose. */
function afterRun(text: string, end: number): number {
  AFTER.lastIndex = end;
  return end + (AFTER.exec(text)?.[0].length ?? 0);
}

/** Whether a filter's strength stands anywhere in `text`: a look behind each "%", of which lists hold few. */
function holdsFilterStrength(text: string): boolean {
  for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', at + 1)) {
    if (FILTER_BEFORE_PERCENT.test(text.slice(Math.max(0, at - 80), at))) return true;
  }
  return false;
}
