/**
 * Finds where ingredient lists stand in the text model. The text model holds every text node, hidden
 * tabs and collapsed accordions included (`display:none`, `hidden`, closed `<details>`), because
 * retailers keep the list in the DOM and only show it on click.
 *
 * Three sources, merged: the retailer adapter's ingredient element; every "Ingredients" label in the
 * text ("Ingredients:", "Full ingredients list", "INGREDIENTS", "Inactive ingredients", Drug Facts
 * "Active ingredient(s)"); and, when neither finds anything, comma-dense lines as guesses that the core
 * keeps only if most names are CosIng names. In each block the core's locateInciLists() skips marketing
 * bullets before the list and disclaimers after it.
 */
import type { ListRange } from '../../core/inci/block';
import { locateInciLists } from '../../core/inci/block';
import { INGREDIENTS_STEM, INGREDIENTS_WORD } from '../../core/inci/label-words';
import { isSpace } from '../../core/normalize';
import type { TextModel } from './text-model';

const LABEL = new RegExp(
  String.raw`(?:^|\n|(?<=[.!?]\s))[ \t]*(?:full\s+|inactive\s+|active\s+|other\s+)?${INGREDIENTS_WORD}(?:\s*\(s\))?(?:\s+list)?(?:\s+purposes?)?[ \t]*(?::|\n)`,
  'gi',
);
/** How far after a label a list may start and run. */
const BLOCK_CHARS = 6000;
/**
 * A list still running at BLOCK_CHARS runs on to the end of its line, up to this far after the label
 * (500 names take about 15,000 characters). Also the longest line read as an unlabelled list: a line
 * longer than any list is prose, and a megabyte-long one would cost the guess seconds.
 */
const LIST_LINE_CHARS = 40_000;

/** Ranges of the INCI lists in `text`, found from labels (and guesses when there is no label). */
export function findIngredientRanges(text: string): ListRange[] {
  const ranges: ListRange[] = [];
  for (let m = nextLabel(text, 0); m !== null; m = nextLabel(text, m.index + m[0].length)) {
    const blockStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    const limit = lineEnd(text, blockStart + BLOCK_CHARS, blockStart + LIST_LINE_CHARS);
    const blockEnd = Math.min(text.length, sectionEnd(text, m.index + m[0].length, limit));
    for (const r of locateInciLists(text.slice(blockStart, blockEnd))) {
      ranges.push(shift(r, blockStart));
    }
  }
  if (ranges.length === 0) ranges.push(...guessLists(text));
  return mergeRanges(ranges);
}

/**
 * The block after a label ends at the next ingredients label (which starts a block of its own) or a
 * run of three empty-ish lines; the list finder stops earlier at prose and headings anyway.
 */
function sectionEnd(text: string, from: number, limit: number): number {
  const next = nextLabel(text, from);
  return Math.min(limit, next ? next.index : limit);
}

/** Every label holds this word's stem; V8 finds it many times faster than the whole label pattern. */
const KEYWORD = new RegExp(INGREDIENTS_STEM, 'gi');
const LABEL_AT = new RegExp(LABEL.source, 'iy');
const QUALIFIERS = ['inactive', 'active', 'other', 'full'];

/**
 * The first label at or after `from`: what `LABEL.exec` finds from there, found from its keyword.
 * A label starts at most one qualifier word and some white space before its keyword, so only those few
 * places are tried.
 */
export function nextLabel(text: string, from: number): RegExpExecArray | null {
  KEYWORD.lastIndex = from;
  for (let k = KEYWORD.exec(text); k !== null; k = KEYWORD.exec(text)) {
    for (let p = Math.max(from, earliestLabelStart(text, k.index)); p <= k.index; p++) {
      LABEL_AT.lastIndex = p;
      const m = LABEL_AT.exec(text);
      if (m) return m;
    }
  }
  return null;
}

function earliestLabelStart(text: string, keyword: number): number {
  let i = keyword;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const before = text.slice(Math.max(0, i - 8), i).toLowerCase();
  const qualifier = QUALIFIERS.find((q) => before.endsWith(q));
  if (qualifier) i -= qualifier.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  // The label may begin with the line break before it.
  return Math.max(0, i - 1);
}

/** The end of the line that holds `at` (a list is not cut mid-name), but never beyond `max`. */
function lineEnd(text: string, at: number, max: number): number {
  const newline = text.indexOf('\n', at);
  return Math.min(newline === -1 ? text.length : newline, max);
}

/** Lines with many top-level commas, for pages that print a list with no label at all. */
function guessLists(text: string): ListRange[] {
  const out: ListRange[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    if (line.length > 60 && line.length <= LIST_LINE_CHARS && (line.match(/,/g)?.length ?? 0) >= 6) {
      for (const r of locateInciLists(line)) out.push({ ...shift(r, lineStart), guess: true });
    }
    lineStart = i + 1;
  }
  return out;
}

function shift(r: ListRange, by: number): ListRange {
  return { ...r, start: r.start + by, end: r.end + by };
}

/**
 * Sorted, with overlaps resolved in priority order: a range listed earlier (the adapter's) wins over a
 * later one that overlaps it (the same list found again from a label).
 */
export function mergeRanges(ranges: ListRange[]): ListRange[] {
  const kept: ListRange[] = [];
  for (const r of ranges) {
    if (kept.some((k) => r.start < k.end && r.end > k.start)) continue;
    kept.push({ ...r });
  }
  return kept.sort((a, b) => a.start - b.start);
}

const nodeIndexes = new WeakMap<TextModel, Map<Text, number>>();

/** The text-model range an element's text occupies, or null when it holds no modelled text. */
export function elementRange(model: TextModel, el: Element): { start: number; end: number } | null {
  const found = model.shadowRoots.length === 0 ? byPosition(model, el) : byWalk(model, el);
  if (!found) return null;
  const lastNode = model.nodes[found.last] as Text;
  return {
    start: model.starts[found.first] ?? 0,
    end: (model.starts[found.last] ?? 0) + lastNode.data.length,
  };
}

const PRECEDING = 2;
const CONTAINED_BY = 16;

/**
 * Without shadow trees the model's nodes are in document order, so the element's first and last nodes
 * are found by binary search: a few dozen position checks instead of indexing every node of the page.
 */
function byPosition(model: TextModel, el: Element): { first: number; last: number } | null {
  const { nodes } = model;
  // 0: the node comes before the element, 1: inside it, 2: after it.
  const side = (i: number): number => {
    const position = el.compareDocumentPosition(nodes[i] as Text);
    return position & CONTAINED_BY ? 1 : position & PRECEDING ? 0 : 2;
  };
  const firstWith = (atLeast: number): number => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (side(mid) >= atLeast) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = firstWith(1);
  const after = firstWith(2);
  return first < after ? { first, last: after - 1 } : null;
}

/** With shadow trees the reading order is not document order: the element's own nodes are looked up. */
function byWalk(model: TextModel, el: Element): { first: number; last: number } | null {
  let index = nodeIndexes.get(model);
  if (!index) {
    index = new Map(model.nodes.map((n, i) => [n, i]));
    nodeIndexes.set(model, index);
  }
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let first = -1;
  let last = -1;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const i = index.get(n as Text);
    if (i === undefined) continue;
    if (first === -1) first = i;
    last = i;
  }
  return first === -1 ? null : { first, last };
}

/** Lists inside the adapter's ingredient elements; the label inside the element, if any, is kept. */
export function adapterIngredientRanges(model: TextModel, elements: Element[]): ListRange[] {
  const out: ListRange[] = [];
  for (const el of elements) {
    const range = elementRange(model, el);
    if (!range) continue;
    for (const r of locateInciLists(model.text.slice(range.start, range.end)))
      out.push(shift(r, range.start));
  }
  return out;
}
