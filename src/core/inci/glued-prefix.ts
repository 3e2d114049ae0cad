/**
 * Marketing words run into the first name of a list: key-ingredient bullets with no colon or period
 * ("-Postbiotic 12+ -Bio-Active … 98.9% Water/Aqua/Eau") and descriptions with no period ("Plumps,
 * firms and smooths skin's appearance Water (Aqua/Eau)"). Dictionary-guided: a cut is kept only where
 * what is left is a name.
 */
import { PROSE } from './block';
import type { InciMatch } from './match';
import { insideBrackets, type Token } from './split';

export type Match = (raw: string) => InciMatch | null;

export const known = (raw: string, match: Match): boolean => match(raw) !== null;

/**
 * "Cyclopentasiloxane (and) Dimethiconol": a supplier blend, each part an ingredient of its own. This
 * and JOIN start only where a run of white space starts (or, here, at the bracket after one a match
 * before took): tried at every space of a long run, each cost the square of the run.
 */
export const BLEND = /(?:(?<!\s)\s*|(?<=\s))\(\s*and\s*\)\s*/gi;
/** "Caprylic and Capric Triglyceride" is one name; "Glycerin and Water" two. Split only if all parts match. */
export const JOIN = /(?<!\s)\s+(?:and|&)\s+/gi;

/**
 * A bullet mark before a word, then a later word: "-Postbiotic 12+ -Bio-Active … Water/Aqua/Eau". The
 * match ends with the first word's first character, so the word starts one character before its end.
 */
const BULLET_LED = /^[-–•]\s?(?=\p{L}\S*\s+\S)\S/u;

/** Tokens a description run into a list can span before the one the list starts in. */
const LEAD_TOKENS = 3;

/**
 * The token a list starts in. A description run into the list with no period splits at its own commas
 * ("Plumps, firms and smooths skin's appearance Water (Aqua/Eau), Propanediol, …"): its first parts are
 * unknown tokens, and the list starts in a later one that holds prose words and ends in a name.
 */
export function listStart(tokens: Token[], match: Match): number {
  for (let i = 1; i < Math.min(tokens.length, LEAD_TOKENS); i++) {
    // The parts before are a word or three ("Plumps", "firms"), and no names.
    const before = (tokens[i - 1] as Token).raw;
    if (lastWordStarts(before, 4).length > 3 || known(before, match)) return 0;
    const token = tokens[i] as Token;
    if (PROSE.test(token.raw) && trimGluedPrefix(token, match) !== token) return i;
  }
  return 0;
}

/**
 * Marketing words glued to the first name of a list ("…Lactobacillus Ferment 98.9% Water/Aqua/Eau",
 * "…hold in hydration Sodium Hyaluronate", "-Shea Butter Butyrospermum Parkii (Shea) Butter"): when the
 * whole first token is unknown, led by a bullet mark or holds a prose word, keep its longest ending (of
 * the last eight words) that is a whole-name match, or else its shortest recognised ending. The
 * longest, not the first found from the right: "(Shea) Butter" is a name too, and an unknown word may
 * stand between the two.
 */
export function trimGluedPrefix(token: Token, match: Match): Token {
  // A token led by a bullet mark starts with a key-ingredient bullet, and one with a prose word
  // ("with", "skin's") with a sentence, whatever its whole reads as: no CosIng name holds either, and
  // "-Shea Butter Water/Aqua/Eau" is known only through its last slash part. Blends and joins are
  // resolved later, part by part, unless a bullet or prose says the "and" is the marketing's ("-Cactus
  // Extract and Hyaluronic Acid -Moringa Extract Water/Aqua/Eau"); then a blend or join left whole
  // after the cut counts as a name.
  const bullet = BULLET_LED.exec(token.raw);
  const prose = PROSE.test(token.raw);
  if (!bullet && !prose && known(token.raw, match)) return token;
  if (!bullet && !prose && BLEND_OR_JOIN.test(token.raw)) return token;
  const words = lastWordStarts(token.raw, 8);
  // The first word counts without its bullet mark: "–Aqua (Water)" is a name once the dash is gone.
  if (bullet && words[0] === 0) words[0] = bullet[0].length - 1;
  // No ending may hold a prose word: the cut comes after the last one among the candidate words.
  const proseAt = prose ? lastProseAt(token.raw, words[0] ?? 0) : -1;
  const bracketed = /[([{]/.test(token.raw);
  let exact = -1;
  let shortest = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const at = words[k] ?? 0;
    if ((at === 0 && !bullet) || at <= proseAt) break;
    // A cut inside brackets would strand their closer and free the commas they enclose; one before a
    // bracket or after a slash would part a name from its own other names ("Water (Aqua/Eau)",
    // "Water / Aqua / Eau").
    if (!startsName(token.raw, at) || (bracketed && insideBrackets(token.raw, at))) continue;
    const ending = token.raw.slice(at);
    const kind =
      match(ending)?.matchedBy ?? ((prose || bullet) && partsKnown(ending, match) ? 'exact' : null);
    if (!kind) continue;
    if (shortest === -1) shortest = at;
    if (kind === 'exact') exact = at;
  }
  const at = exact !== -1 ? exact : shortest;
  if (at <= 0) return token;
  return { ...token, raw: token.raw.slice(at), start: token.start + at };
}

/** Where the last `n` words of `raw` start, in order (fewer where it has fewer). */
function lastWordStarts(raw: string, n: number): number[] {
  const starts: number[] = [];
  for (let i = raw.length - 1; i >= 0 && starts.length < n; i--) {
    if (!isSpace(raw.charCodeAt(i)) && (i === 0 || isSpace(raw.charCodeAt(i - 1)))) starts.push(i);
  }
  return starts.reverse();
}
/** `\s` for one code unit: ASCII without the regex. */
const isSpace = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));

/**
 * A blend or join whose every part is a name ("Cyclopentasiloxane (and) Dimethiconol"): the parser
 * reads it part by part, so a sentence glued before it is cut before its first part, not its last.
 */
function partsKnown(ending: string, match: Match): boolean {
  if (!/and|&/i.test(ending)) return false;
  const parts = ending.split(BLEND_OR_JOIN);
  return parts.length > 1 && parts.every((p) => match(p)?.matchedBy === 'exact');
}
const BLEND_OR_JOIN = new RegExp(`${BLEND.source}|${JOIN.source}`, 'i');

/**
 * Whether a name can start at `at`: with a letter or digit, not with a strength ("7.5% Water"), and not
 * after a slash.
 */
function startsName(raw: string, at: number): boolean {
  if (!/[\p{L}\d]/u.test(raw.charAt(at))) return false;
  PERCENT_WORD.lastIndex = at;
  if (PERCENT_WORD.test(raw)) return false;
  let before = at - 1;
  while (before >= 0 && isSpace(raw.charCodeAt(before))) before--;
  return raw.charCodeAt(before) !== 47;
}

const PERCENT_WORD = /\d+(?:[.,]\d+)?\s?%/y;
const PROSE_ALL = new RegExp(PROSE.source, 'gi');

/** Where the last prose word at or after `from` starts in `raw`, or -1. */
function lastProseAt(raw: string, from: number): number {
  let last = -1;
  PROSE_ALL.lastIndex = from;
  for (let m = PROSE_ALL.exec(raw); m !== null; m = PROSE_ALL.exec(raw)) last = m.index;
  return last;
}
