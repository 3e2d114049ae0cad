/**
 * Finds the INCI list inside an ingredients block as retailers print it: key-ingredient marketing
 * bullets first ("-Hyaluronic Acid: Hydrates skin."), then the list, then disclaimers ("Please be aware
 * that ingredient lists may change…", "*Organic"). Drug Facts panels print "Active Ingredient:
 * Salicylic Acid 2%. Inactive Ingredients: Water, …", and each labelled part is a list of its own; a
 * kit prints "Gel Essence: Aqua, …. Water Cream Mask: Aqua, …", one list per product in the set.
 *
 * Lexical only (no dictionary), so it is cheap and testable on its own: the block is cut into segments
 * at sentence ends, colons, line breaks and bullets; each segment is classified as a list, a single name,
 * a label or prose, and runs of list segments become ranges.
 */

import { isSpace } from '../normalize';
import { DRUG_FACTS_PURPOSE, type ListRole, withSunscreenActives } from './drug-facts';
import { INGREDIENTS_WORD } from './label-words';
import { splitIngredientList } from './split';

export interface ListRange {
  start: number;
  end: number;
  /** Found without a label or adapter: kept only if most of it is recognised. */
  guess?: boolean;
  /**
   * The label that introduced this part, when one did: "Active Ingredient", "Inactive Ingredients", or
   * a kit's part name ("Gel Essence").
   */
  label?: string;
  /**
   * What an unnamed part is, where the reader can tell: a Drug Facts panel's actives read from a run of
   * UV filters with strengths, and the list printed beside them. The page printed no name, so the
   * popup words it in the user's language.
   */
  role?: ListRole;
}

type SegmentKind = 'list' | 'name' | 'label' | 'prose' | 'bullet' | 'footnote' | 'skip';

interface Segment {
  start: number;
  end: number;
  /** The segment ended a sentence ("…Sodium Citrate."): a list ends there unless another list follows. */
  closed?: boolean;
  kind: SegmentKind;
  tokens: number;
  text: string;
}

/**
 * Segment ends: a sentence end before a capital, digit, bullet, bracket or quote; a colon; a line
 * break; a bullet only where a sentence ends ("Cannabidiol - Synthetically Produced" is one name). A
 * period inside a name ("Alcohol Denat., Water") is followed by a comma, not a space. A line break
 * after a comma ends nothing: the list goes on, as where a page's source wraps a paragraph's text.
 * Nor does the period of "No." ("FD&C Yellow No. 5"). A sentence end is looked for only where a run
 * of marks starts (or right after "No."), and a line break only where a run of white space starts or
 * after a line break: tried inside a long run, each cost the square of the run.
 */
const BOUNDARY =
  /(?:(?<![.!?])|(?<=\b[Nn]o[.!?]))(?<!\b[Nn]o)[.!?]+[*†‡]*\s+(?=[-–•*†\p{L}\d(["“])|[:：]\s*|(?<![^\S\n])(?<!,[^\S\n]*)\s*\n\s*/gu;
/** An ingredient label; Drug Facts panels shorten theirs to "Active:" and "Inactive:". */
export const INGREDIENT_LABEL = new RegExp(
  String.raw`^(?:full\s+|other\s+|inactive\s+|active\s+|medicinal\s+|non-?medicinal\s+)?${INGREDIENTS_WORD}(?:\s+list|\s*\(s\))?(?:\s+purposes?)?$|^(?:in)?actives?$`,
  'i',
);
const DRUG_FACTS_CELL = new RegExp(`^${DRUG_FACTS_PURPOSE}\\.?$`, 'i');
const LABEL_TAIL = /\s((?:inactive|active|other)\s+ingredients?(?:\s*\(s\))?)$/i;
/**
 * Labels only where their colon follows: "…, Octocrylene 10% Inactive: Water, …" and, after an
 * active's strength, "Zinc Oxide (15%) Ingredients: Water, …".
 */
const SHORT_LABEL_TAIL = /\s(inactive)$|(?<=%\)?)\s+(ingredients)$/i;
/** A kit's step named before its colon at the end of the list before it: "…, Potassium Sorbate Step 2: Water, …". */
const STEP_TAIL = /\s((?:step|phase|part)\s*\d{1,2})$/i;
/** Other section headings of product pages and Drug Facts panels: they end a list. */
const SECTION =
  /^(?:uses?|warnings?|directions|other information|questions\??|how to use|description|details|benefits|(?:key|highlighted|hero|star|featured|notable) ingredients|key benefits|highlights|what it is|what else you need to know|clinical results|results|reviews?|shipping|returns|about|size|suggested use|caution|storage|do not use|stop use|when using|hazards?|cautions?|safety|product details|delivery|specifications|label info)\b/i;
/**
 * Words of marketing and legal prose that no CosIng name contains as a word, and the marks "!" and "?"
 * that none contains at all (checked on all 34k).
 */
export const PROSE =
  /\b(?:a [a-z]{2,}|an|on|in|by|at|it|its|be|for|with|the|to|your|you|our|we|my|is|are|was|that|this|these|helps?|while|which|into|visibly|looks?|appearance|please|vary|skin['’]s|certified|certifi[ée]|formulated|without|free of|refer|product|products|may change|contains? no)\b|[!?]/i;

/**
 * A label as printed, without the quotes that may open it and the colon and spaces after it. A loop:
 * /[:\s]+$/ is tried at every space of a long run inside the text, and cost the square of the run.
 */
function labelText(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ':' || isSpace(text.charCodeAt(end - 1)))) end--;
  let start = 0;
  while (start < end && '"“‘\''.includes(text[start] as string)) start++;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

/** Names in a list no bullet's description reaches: a list, not a sentence with commas. */
const LONG_LIST = 8;

function classify(text: string): { kind: SegmentKind; tokens: number } {
  const trimmed = text.trim();
  if (/^[*†‡¹²³]/.test(trimmed)) return { kind: 'footnote', tokens: 0 };
  const bullet = /^[-–•]\s?(?:\p{L}|\d+(?:[.,]\d+)?\s?(?:%|x\b))/u.test(trimmed);
  // A bullet run straight into the list with no colon or period ("-Postbiotic 12+ -Bio-Active … 98.9%
  // Water/Aqua/Eau, Bifida Ferment Lysate, …") is a list; the parser trims the words glued to its first name.
  if (bullet && splitIngredientList(trimmed).length < 4) return { kind: 'bullet', tokens: 0 };
  // A label may open a quotation: "\"Active Ingredient: Zinc Oxide (15%) …\"".
  if (INGREDIENT_LABEL.test(labelText(trimmed))) return { kind: 'label', tokens: 0 };
  if (DRUG_FACTS_CELL.test(trimmed)) return { kind: 'skip', tokens: 0 };
  if (SECTION.test(trimmed) && trimmed.split(/\s+/).length <= 5 && !trimmed.includes(',')) {
    return { kind: 'prose', tokens: 0 };
  }
  const tokens = splitIngredientList(trimmed);
  // "(May contain / Peut contenir)" alone: the shade list continues after the colon.
  if (tokens.length === 0) return { kind: /\w/.test(trimmed) ? 'name' : 'prose', tokens: 0 };
  // "…bisabolol, allantoin, and panthenol calm and soothe": an Oxford-comma series is prose, not INCI.
  const prose = tokens.filter(
    (t) => PROSE.test(t.raw) || t.raw.split(/\s+/).length > 8 || /^(?:and|or|&)\s/i.test(t.raw),
  ).length;
  if (tokens.length >= 3 && prose / tokens.length <= 0.25) return { kind: 'list', tokens: tokens.length };
  if (tokens.length === 2 && prose === 0 && tokens.every((t) => t.raw.split(/\s+/).length <= 5)) {
    return { kind: 'list', tokens: 2 };
  }
  if (tokens.length === 1 && prose === 0 && trimmed.split(/\s+/).length <= 6)
    return { kind: 'name', tokens: 1 };
  return { kind: 'prose', tokens: tokens.length };
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    if (raw.trim().length > 0) {
      const lead = raw.length - raw.trimStart().length;
      const start = from + lead;
      const end = start + raw.trim().length;
      // "Active Ingredient: 1% Colloidal Oatmeal Inactive Ingredients: Water, …": a label may close a
      // segment, and so may the name of a kit's next step.
      const body = text.slice(start, end);
      const colonNext = /^\s*[:：]/.test(text.slice(end, end + 4));
      // "…improves the efficacy of any active ingredient." ends a sentence: no label closes it.
      const sentenceEnd = /^[.!?]/.test(text.charAt(end));
      const label = sentenceEnd
        ? null
        : (LABEL_TAIL.exec(body) ?? (colonNext ? SHORT_LABEL_TAIL.exec(body) : null));
      const tail = label ?? (colonNext ? STEP_TAIL.exec(body) : null);
      if (tail && tail.index > 0) {
        const named = tail[1] ?? tail[2] ?? '';
        const labelStart = start + tail.index + (tail[0].length - named.length);
        segments.push({
          start,
          end: start + tail.index,
          text: text.slice(start, start + tail.index),
          ...classify(text.slice(start, start + tail.index)),
        });
        segments.push({
          start: labelStart,
          end,
          text: text.slice(labelStart, end),
          ...(label ? { kind: 'label', tokens: 0 } : { kind: 'name', tokens: 1 }),
        });
        return;
      }
      const segment: Segment = { start, end, text: text.slice(start, end), ...classify(raw) };
      // "-Shea Butter: Intensely nourishes dry, flaky skin." The words after a bullet's colon describe
      // it, commas or not, up to the sentence end; unless a whole list follows with no period between
      // ("-Barrier Complex: hydrates skin with Squalane Water / Aqua / Eau, Propanediol, …"): no
      // description runs to LONG_LIST names, and the parser trims the words glued to the first one.
      const previous = segments[segments.length - 1];
      if (
        previous?.kind === 'bullet' &&
        !(segment.kind === 'list' && segment.tokens >= LONG_LIST) &&
        !previous.closed &&
        /^[:：]/.test(text.slice(previous.end, start).trim())
      ) {
        segment.kind = 'prose';
      }
      segments.push(segment);
    }
  };
  // Bracket depth of text[from, scanned): kept as the boundaries advance, so a bracket that never
  // closes costs one pass over the block, not one pass per boundary after it.
  let depth = 0;
  let scanned = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m[0].length === 0) BOUNDARY.lastIndex++;
    depth = bracketDepth(text, scanned, m.index, depth);
    scanned = m.index;
    // A boundary inside parentheses ("(May contain: CI 77891)") does not end a segment.
    if ((m[0].length === 0 && m.index === from) || depth > 0) continue;
    push(m.index);
    const last = segments[segments.length - 1];
    // "-Black Tea Ferment, Blackberry Leaf Extract, and Lychee Seed Extract: Addresses…" labels a bullet.
    if (last && /^[:：]/.test(m[0]) && /^[-–•]/.test(last.text)) last.kind = 'bullet';
    if (last && /^[.!?]/.test(m[0]) && last.end <= m.index) last.closed = true;
    from = m.index + m[0].length;
    scanned = from;
    depth = 0;
  }
  push(text.length);
  return segments;
}

/** The bracket depth after reading text[from, to), starting at `depth`; a stray closer is ignored. */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(' || c === '[') d++;
    else if ((c === ')' || c === ']') && d > 0) d--;
  }
  return d;
}

/**
 * A kit's part name before its own list ("Gel Essence: Aqua (Water), …. Water Cream Mask: Aqua …"): a
 * short name (not a shade-list opener, which reads as no name) with a colon after it and a list next.
 */
function isPartName(text: string, seg: Segment, next: Segment | undefined): boolean {
  return (
    seg.kind === 'name' &&
    seg.tokens > 0 &&
    next?.kind === 'list' &&
    /^\s*[:：]/.test(text.slice(seg.end, next.start))
  );
}

type Run = ListRange & { tokens: number; labelled: boolean };

/**
 * The INCI lists in a block, in order: every run that follows an ingredient label or a kit's part name,
 * and the longest other run of list segments. Offsets are relative to `text`. A part's list is a guess
 * unless an ingredient label stands before it: "Skin Type: Normal, Dry, Oily" reads the same way, and
 * only the dictionary tells the two apart.
 */
export function locateInciLists(text: string): ListRange[] {
  const segments = segmentsOf(text);
  const runs: Run[] = [];
  let current: Run | null = null;
  let label: string | undefined;
  let part: string | undefined;
  let previous: Segment | null = null;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.kind === 'skip') continue;
    if (isPartName(text, seg, segments[i + 1])) {
      if (current) runs.push(current);
      current = null;
      part = seg.text;
      previous = seg;
      continue;
    }
    const afterClosedList = current !== null && previous?.closed === true;
    const continues =
      seg.kind === 'list' ||
      (seg.kind === 'name' &&
        ((current !== null && (!afterClosedList || seg.tokens === 0)) || label !== undefined));
    previous = seg;
    if (continues) {
      if (current) {
        current.end = seg.end;
        current.tokens += seg.tokens;
      } else {
        const name = part ?? label;
        current = { start: seg.start, end: seg.end, tokens: seg.tokens, labelled: name !== undefined };
        if (name !== undefined) current.label = name;
        if (part !== undefined && label === undefined) current.guess = true;
      }
      label = undefined;
      part = undefined;
      continue;
    }
    if (current) runs.push(current);
    current = null;
    part = undefined;
    label = seg.kind === 'label' ? labelText(seg.text) : undefined;
  }
  if (current) runs.push(current);

  const labelled = runs.filter((r) => r.labelled);
  const longest = runs
    .filter((r) => !r.labelled && r.tokens >= 2)
    .reduce<Run | null>((best, r) => (!best || r.tokens > best.tokens ? r : best), null);
  const chosen = [...labelled];
  if (longest && (labelled.length === 0 || longest.tokens > Math.max(...labelled.map((r) => r.tokens)))) {
    chosen.push(longest);
  }
  const ranges = chosen
    .sort((a, b) => a.start - b.start)
    .map(({ start, end: runEnd, label: l, guess }) => {
      // A list-final period ends the sentence, not the last name.
      const end = /[^.]\.$/.test(text.slice(start, runEnd)) ? runEnd - 1 : runEnd;
      const range: ListRange = l ? { start, end, label: l } : { start, end };
      if (guess) range.guess = true;
      return range;
    });
  return withSunscreenActives(text, ranges);
}
