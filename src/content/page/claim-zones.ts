/**
 * Where the product's own marketing copy stands in the text model: title, feature bullets, "what it
 * is", description, highlighted ingredients, clinical and consumer-panel results. Each zone is cut
 * into sentences, and every sentence keeps its exact offsets, so a claim highlight lands on the page
 * text it came from. Reviews, Q&A, ads and footers are not claim zones.
 */

import type { ClaimRange } from '../../core/analyze';
import { isSpace } from '../../core/normalize';
import { finish, type Steps } from '../../core/steps';
import { elementRange } from './ingredient-ranges';
import { queryAll } from './query';
import type { PlatformAdapter, RetailerAdapter } from './retailers';
import type { TextModel } from './text-model';

/** Headings that introduce marketing copy on any store, and the zone each one opens. */
const HEADINGS: [RegExp, string][] = [
  [
    /^(?:what it is|about (?:the|this) product|product description|description|overview|details)\b/i,
    'description',
  ],
  [
    /^(?:highlights|key (?:benefits|ingredients)|benefits|why (?:you'll|we) love it|what it does)\b/i,
    'highlights',
  ],
  [
    /^(?:clinical(?:ly)? (?:results|proven)|results|consumer (?:results|panel|study)|proven results)\b/i,
    'results',
  ],
];
/** Tabs that are not buttons; the heading tags themselves come from the text model's walk. */
const TAB_SELECTOR = '[role="tab"]';
/** How many headings are read: a page with more is mostly bold text, and the copy comes first. */
const MAX_HEADINGS = 400;
const GENERIC_ZONES: { zone: string; selector: string }[] = [
  { zone: 'description', selector: '[itemprop="description"]' },
  { zone: 'description', selector: '.product-description, .product__description, #product-description' },
];
/**
 * Reviews and Q&A repeat claim words in shoppers' voices: never a claim zone. Both cases are spelled out:
 * the case-insensitive attribute flag is many times slower in some selector engines (jsdom's).
 */
const NOT_COPY =
  '[id*="review"], [id*="Review"], [class*="review"], [class*="Review"], [id*="question"], [id*="Question"], ' +
  '[class*="qa-"], footer, nav';

export function findClaimZones(
  doc: Document,
  model: TextModel,
  adapter: RetailerAdapter | PlatformAdapter | null,
): ClaimRange[] {
  return finish(claimZoneSteps(doc, model, adapter));
}

/** `findClaimZones` in steps (src/core/steps.ts): cutting a whole page into sentences takes a while. */
export function* claimZoneSteps(
  doc: Document,
  model: TextModel,
  adapter: RetailerAdapter | PlatformAdapter | null,
): Steps<ClaimRange[]> {
  const zones: ClaimRange[] = [];
  const addElement = (el: Element, zone: string): void => {
    if (el.closest(NOT_COPY)) return;
    const r = elementRange(model, el);
    if (r) zones.push({ ...r, zone });
  };
  const query = (selector: string): Element[] => queryAll(doc, selector);

  // The page's first h1 comes from the walk, which read every tag already.
  const h1 = model.headings.find((h) => h.tagName === 'H1');
  for (const el of adapter ? query(adapter.title).slice(0, 1) : []) addElement(el, 'title');
  if (zones.length === 0 && h1) addElement(h1, 'title');
  for (const { zone, selector } of [...(adapter?.claims ?? []), ...GENERIC_ZONES]) {
    for (const el of query(selector).slice(0, 40)) addElement(el, zone);
  }
  // Tabs first: they are few and they label the panels retailers hide the copy in.
  const tabs = query(TAB_SELECTOR).slice(0, MAX_HEADINGS);
  const tabSet = new Set(tabs);
  const headings = [...tabs, ...model.headings.filter((h) => !tabSet.has(h))].slice(0, MAX_HEADINGS);
  for (const heading of headings) {
    const label = (heading.textContent ?? '').trim();
    if (label.length === 0 || label.length > 60) continue;
    const zone = HEADINGS.find(([re]) => re.test(label))?.[1];
    if (!zone) continue;
    const body = sectionBody(heading);
    if (body) addElement(body, zone);
  }
  // A store whose copy has no recognisable structure (a brand's own shop) still has claims: read the
  // whole page then, except the parts that are never the product's own copy.
  if (!zones.some((z) => z.zone !== 'title')) zones.push(...pageZones(model, query(NOT_OWN_COPY)));
  yield;
  return yield* toSentenceSteps(model.text, merge(zones));
}

/** Page regions that never hold the product's own marketing copy. */
const NOT_OWN_COPY = `${NOT_COPY}, header, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [class*="recommend" i], [id*="recommend" i], [class*="carousel" i], [class*="related" i], [class*="upsell" i]`;

/** The whole text except the excluded regions (each taken at its topmost element), as 'page' zones. */
function pageZones(model: TextModel, excluded: Element[]): ClaimRange[] {
  const cuts = excluded
    .filter((el) => !el.parentElement?.closest(NOT_OWN_COPY))
    .slice(0, 300)
    .flatMap((el) => {
      const r = elementRange(model, el);
      return r ? [r] : [];
    })
    .sort((a, b) => a.start - b.start);
  const out: ClaimRange[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start > at) out.push({ start: at, end: cut.start, zone: 'page' });
    at = Math.max(at, cut.end);
  }
  if (at < model.text.length) out.push({ start: at, end: model.text.length, zone: 'page' });
  return out;
}

/**
 * The content a heading introduces: the panel an ARIA tab controls, the rest of a <details>, the <dd>
 * of a <dt>, or the next sibling element (climbing once when the heading is wrapped).
 */
function sectionBody(heading: Element): Element | null {
  const controls = heading.getAttribute('aria-controls');
  if (controls) return heading.ownerDocument.getElementById(controls);
  if (heading.tagName === 'SUMMARY') return heading.parentElement;
  const sibling = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling ?? null;
  return sibling;
}

function merge(zones: ClaimRange[]): ClaimRange[] {
  const sorted = [...zones].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ClaimRange[] = [];
  for (const z of sorted) {
    const last = out[out.length - 1];
    if (last && z.start < last.end) {
      if (z.end > last.end) last.end = z.end;
      continue;
    }
    out.push({ ...z });
  }
  return out;
}

/** Cuts each zone at sentence ends and line breaks; every sentence keeps its zone and exact offsets. */
export function toSentences(text: string, zones: ClaimRange[]): ClaimRange[] {
  return finish(toSentenceSteps(text, zones));
}

/** How many characters are cut into sentences between two chances to pause. */
const CHARS_PER_STEP = 32_768;

/** Sentence-ending stops: `.`, `!`, `?`. */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f;
/** What may close a sentence after its stops: a straight or curly quote, or a bracket. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29;

/**
 * Sentences end at a line break, or at a run of stops (and one closer) followed by white space inside
 * the zone: where /[.!?]+["”’)]?(?=\s)|\n/g matches in the zone's text. A search for the characters
 * that may end one and a look at what follows find the same places without the match arrays, which
 * were the largest part of an annotate's garbage on a page of thousands of sentences.
 */
function* toSentenceSteps(text: string, zones: ClaimRange[]): Steps<ClaimRange[]> {
  let sinceStep = 0;
  const out: ClaimRange[] = [];
  let boundaries = 0;
  // This call's own pattern, so pausing inside its search is safe.
  const candidate = /[.!?\n]/g;
  for (const z of zones) {
    sinceStep += z.end - z.start;
    if (sinceStep > CHARS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    let from = z.start;
    // The sentence [from, to) without the white space around it, found by index, not by trimmed copies.
    const push = (to: number): void => {
      let start = from;
      let end = to;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end - start > 1) out.push({ start, end, zone: z.zone });
    };
    // `test` makes no match array; the zone's own slice bounds the search.
    const slice = text.slice(z.start, z.end);
    candidate.lastIndex = 0;
    while (candidate.test(slice)) {
      const i = z.start + candidate.lastIndex - 1;
      if (text.charCodeAt(i) === 0x0a) {
        push(i);
        from = i + 1;
      } else {
        let j = i + 1;
        while (j < z.end && isStop(text.charCodeAt(j))) j++;
        // No sentence ends inside a run of stops: the search goes on after the run either way.
        candidate.lastIndex = j - z.start;
        let end = j;
        if (j < z.end && !isSpace(text.charCodeAt(j))) {
          if (!isCloser(text.charCodeAt(j)) || j + 1 >= z.end || !isSpace(text.charCodeAt(j + 1))) continue;
          end = j + 1;
          candidate.lastIndex = end - z.start;
        }
        push(end);
        from = end;
      }
      if (++boundaries % 1024 === 0) yield;
    }
    push(z.end);
  }
  return out;
}
