/**
 * Parses an ingredient list into ingredients, in list order, each with its offsets in the page text,
 * its name as written, and its canonical CosIng name (or an explicit "not recognised").
 */
import type { IngredientInfo, Knowledge } from '../knowledge';
import { DRUG_FACTS_PURPOSE } from './drug-facts';
import { BLEND, JOIN, known, listStart, type Match, trimGluedPrefix } from './glued-prefix';
import { type InciMatch, type MatchKind, type MatchOptions, matcherFor } from './match';
import { splitIngredientList, type Token, trimSpan } from './split';

export interface ParsedIngredient {
  token: Token;
  /** Null when not recognised. */
  info: IngredientInfo | null;
  /** Absent only where a caller builds one by hand. */
  matchedBy?: MatchKind | null;
  /** 1 for exact and variant matches, the fuzzy similarity for a typo match, 0 when not recognised. */
  confidence?: number;
}

const LIST_LABEL =
  /^\s*(?:full\s+|other\s+|inactive\s+|active\s+)?(?:ingredients?|ingr[ée]dients?|inci)(?:\s+list)?\s*(?:\/\s*ingr[ée]dients?\s*)?[:：-]\s*/i;
/**
 * Drug Facts: "Zinc Oxide 20% .......... Sunscreen": the purpose after the percentage is not a name. Only
 * a purpose the monographs name: "-Avobenzone 2.2% -Octinoxate 7.5% Water" ends in a name.
 */
const PURPOSE_AFTER = String.raw`(?:\s*\.{2,}\s*|\s+)(?:purposes?\s*:?\s*)?${DRUG_FACTS_PURPOSE}\.?$`;
const PURPOSE = new RegExp(String.raw`^(.*?\p{L}.*?\d(?:[.,]\d+)?\s*%)${PURPOSE_AFTER}`, 'iu');
/** What must follow the percentage PURPOSE ends on, which is the last one: the tail holds no "%". */
const PURPOSE_TAIL = new RegExp(PURPOSE_AFTER, 'iuy');

export function parseIngredientList(
  text: string,
  offset: number,
  knowledge: Knowledge,
  options: MatchOptions = {},
): ParsedIngredient[] {
  const out: ParsedIngredient[] = [];
  const match = matcherFor(knowledge, options);
  for (const { token, found } of repairTokens(splitAfterLabel(text, offset), text, offset, match)) {
    // Per part: a purpose ends a part, which need not end the token ("… Sunscreen (and) …").
    for (const blendPart of splitAt(token, BLEND, '(')) {
      const part = dropPurpose(blendPart);
      // Nearly every part is its token unchanged, already looked up by the repairs.
      const whole = part === token && found !== undefined ? found : match(part.raw);
      if (!whole || whole.matchedBy === 'fuzzy') {
        const joined = splitAt(part, JOIN);
        const matches = joined.map((p) => match(p.raw));
        if (joined.length > 1 && matches.every((m) => m && m.matchedBy !== 'fuzzy')) {
          joined.forEach((p, i) => {
            out.push(result(p, matches[i] ?? null));
          });
          continue;
        }
      }
      out.push(result(part, whole));
    }
  }
  return out;
}

function result(token: Token, match: InciMatch | null): ParsedIngredient {
  return {
    token,
    info: match?.info ?? null,
    matchedBy: match?.matchedBy ?? null,
    confidence: match?.confidence ?? 0,
  };
}

/**
 * The tokens after the list's label ("Ingredients:", "INCI: Full ingredients list:"). The text after a
 * label is split afresh rather than cut off the first token, so that what followed the label (a stray
 * bracket, a second label, "May contain") is read as at the start of any list.
 */
function splitAfterLabel(text: string, offset: number): Token[] {
  let from = 0;
  for (;;) {
    const tokens = splitIngredientList(text.slice(from), offset + from);
    const first = tokens[0];
    const label = first ? LIST_LABEL.exec(first.raw) : null;
    if (!first || !label || label[0].length === 0) return tokens;
    from = first.start - offset + label[0].length;
  }
}

function dropPurpose(token: Token): Token {
  // A purpose always follows a percentage; most names have none, and the pattern backtracks on long
  // ones, so it runs only where the text after the last percentage could be a purpose.
  const percent = token.raw.lastIndexOf('%');
  if (percent < 0) return token;
  PURPOSE_TAIL.lastIndex = percent + 1;
  if (!PURPOSE_TAIL.test(token.raw)) return token;
  const m = PURPOSE.exec(token.raw);
  if (!m?.[1]) return token;
  return { ...token, raw: m[1], end: token.start + m[1].length };
}

/**
 * Splits a token at a separator pattern, keeping exact offsets for each part. `needs` is a character
 * every separator contains: without it the pattern need not run.
 */
function splitAt(token: Token, separator: RegExp, needs?: string): Token[] {
  const parts: Token[] = [];
  let from = 0;
  separator.lastIndex = 0;
  if (needs === undefined || token.raw.includes(needs)) {
    for (let m = separator.exec(token.raw); m !== null; m = separator.exec(token.raw)) {
      pushPart(parts, token, from, m.index);
      from = m.index + m[0].length;
    }
  }
  pushPart(parts, token, from, token.raw.length);
  return parts.length > 0 ? parts : [token];
}

/** Pushes token.raw[from, to) trimmed as a token of its own: `token` itself when that is all of it. */
function pushPart(parts: Token[], token: Token, from: number, to: number): void {
  const { start, end, shadeList } = trimSpan(token.raw, from, to);
  if (end === start) return;
  if (start === 0 && end === token.raw.length && !shadeList) {
    parts.push(token);
    return;
  }
  const part: Token = {
    raw: token.raw.slice(start, end),
    start: token.start + start,
    end: token.start + end,
  };
  if (token.mayContain || shadeList) part.mayContain = true;
  parts.push(part);
}

/** A token after the repairs, with its own lookup where one was made: `undefined` where none was. */
interface Repaired {
  token: Token;
  found: InciMatch | null | undefined;
}

/**
 * Dictionary-guided repairs of what a lexical split gets wrong on real pages: a name broken over two
 * lines ("Aminomethyl" / "Propanol", "Penty-" / "lene"), a missing separator after a percentage
 * ("Zinc Oxide 6.90%Water"), and a comma that was taken for a locant in a list printed without spaces
 * ("Ceramide 3,4-T-Butylcyclohexanol"). A repair is kept only when every resulting part is recognised.
 */
function repairTokens(tokens: Token[], text: string, offset: number, match: Match): Repaired[] {
  const out: Repaired[] = [];
  const first = listStart(tokens, match);
  for (let i = first; i < tokens.length; i++) {
    // Without its purpose first: "Drug Facts Active Ingredient Zinc Oxide 20% Sunscreen" ends in no name.
    const t = i === first ? trimGluedPrefix(dropPurpose(tokens[i] as Token), match) : (tokens[i] as Token);
    const next = tokens[i + 1];
    const found = match(t.raw);
    if (next && !found) {
      const gap = text.slice(t.end - offset, next.start - offset);
      const joined = text.slice(t.start - offset, next.end - offset);
      const whole = /^\s+$/.test(gap) && gap.includes('\n') ? match(joined) : null;
      if (whole) {
        out.push({ token: { ...t, raw: joined, end: next.end }, found: whole });
        i++;
        continue;
      }
      // "1, 2-Hexanediol": a locant printed with a space after its comma.
      const locant = `${t.raw},${next.raw}`;
      if (/^\d{1,2}$/.test(t.raw) && /^,\s+$/.test(gap) && known(locant, match)) {
        out.push({ token: { ...t, raw: joined, end: next.end }, found: undefined });
        i++;
        continue;
      }
    }
    splitUnknown(t, found, match, out);
  }
  return out;
}

/**
 * Where an unknown token may hold two names: after a strength run into the next name ("6.90%Water",
 * "Zinc PCA 1% Niacinamide", in either case), at a comma taken for a locant, and around a Drug Facts
 * label with no separator ("Octocrylene 7.20% Inactive Ingredients Water"), which is dropped. A cut is
 * kept only where both sides are names.
 */
/** A strength with a name after it, maybe a bullet's: "Zinc PCA 1% Niacinamide", "Avobenzone 3% -Octinoxate". */
const STRENGTH_END = /\d\s?%(?=\s?[-–•]?\s?\p{L})/gu;
const UNKNOWN_CUT = new RegExp(
  `${STRENGTH_END.source}|\\d,(?=\\d)|\\s(?:(?:in)?active|other)\\s+ingredients?\\s*:?\\s`,
  'giu',
);

function splitUnknown(token: Token, found: InciMatch | null, match: Match, out: Repaired[]): void {
  if (!found) {
    if (splitAtStrengths(token, match, out)) return;
    for (const m of token.raw.matchAll(UNKNOWN_CUT)) {
      const comma = m[0].endsWith(',');
      const label = /^\s/.test(m[0]);
      const headEnd = label ? m.index : comma ? m.index + 1 : m.index + m[0].length;
      const head = pushPartTo(token, 0, headEnd);
      const cut = pushPartTo(token, comma ? headEnd + 1 : m.index + m[0].length, token.raw.length);
      const tail = cut && unbulleted(cut);
      if (!head || !tail) continue;
      const headFound = match(head.raw);
      const tailFound = headFound && match(tail.raw);
      if (headFound && tailFound) {
        out.push({ token: head, found: headFound }, { token: tail, found: tailFound });
        return;
      }
    }
  }
  out.push({ token, found });
}

/**
 * "Avobenzone 3% -Octinoxate 7.5% -Octisalate 5%", actives printed as bullets with no commas: cut after
 * every strength, kept only when every part is a name. One cut is splitUnknown's own.
 */
function splitAtStrengths(token: Token, match: Match, out: Repaired[]): boolean {
  const percent = token.raw.indexOf('%');
  if (percent === -1 || token.raw.indexOf('%', percent + 1) === -1) return false;
  const cuts = Array.from(token.raw.matchAll(STRENGTH_END), (m) => m.index + m[0].length);
  if (cuts.length < 2) return false;
  const parts: Repaired[] = [];
  let from = 0;
  for (const to of [...cuts, token.raw.length]) {
    const cut = pushPartTo(token, from, to);
    from = to;
    const part = cut && unbulleted(cut);
    const found = part && match(part.raw);
    if (!part || !found) return false;
    parts.push({ token: part, found });
  }
  out.push(...parts);
  return true;
}

/** A part cut from a run of bullets, without its bullet mark. */
function unbulleted(token: Token): Token {
  const mark = /^[-–•]\s*/.exec(token.raw);
  return mark
    ? { ...token, raw: token.raw.slice(mark[0].length), start: token.start + mark[0].length }
    : token;
}

function pushPartTo(token: Token, from: number, to: number): Token | null {
  const parts: Token[] = [];
  pushPart(parts, token, from, to);
  return parts[0] ?? null;
}

/** Recognised share a guessed (unlabelled) list needs to be kept as an ingredient list. */
export const GUESS_MIN_DENSITY = 0.6;

/**
 * Parses every range of the page text in order. A guessed range (a comma-dense line with no label) is
 * kept only when most of its names are CosIng names: "Normal, Dry, Combination, Oily" is not a list.
 */
export function parseListRanges(
  text: string,
  ranges: readonly { start: number; end: number; guess?: boolean }[],
  knowledge: Knowledge,
): ParsedIngredient[] {
  return ranges.flatMap((range) => {
    const parsed = parseIngredientList(text.slice(range.start, range.end), range.start, knowledge);
    if (!range.guess) return parsed;
    const known = parsed.filter((p) => p.info).length;
    return parsed.length >= 3 && known / parsed.length >= GUESS_MIN_DENSITY ? parsed : [];
  });
}
