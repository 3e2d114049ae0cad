/**
 * What the page walk needs to know of an element from its tag: whether its text is skipped, whether it
 * breaks a line, whether it may label a section, and whether it may host a shadow root. The text model
 * and the live watcher's triage read the same tables, so the two never disagree on what is page text.
 */

/** h1 to h6: blocks, section labels and valid shadow hosts alike. */
const SECTION_HEADINGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

/** Elements whose text is not page prose, or that we must never touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'CODE',
  'PRE',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  ...SECTION_HEADINGS,
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Prefix of every element the extension inserts; the walker and the observers skip them. */
export const OWN_TAG_PREFIX = 'SKIN-TRUTH-';

/** Tags that may label a section of product copy ("What it is", "Benefits", an accordion's summary). */
export const HEADING_TAGS = new Set([...SECTION_HEADINGS, 'SUMMARY', 'BUTTON', 'DT', 'STRONG', 'B']);

export function isSkippedElement(el: Element): boolean {
  return isSkippedTag(el.tagName) || isEditable(el);
}

function isSkippedTag(tag: string): boolean {
  return (kindOf(tag) & SKIP) !== 0;
}

export function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/**
 * Elements that may carry a shadow root (the spec's valid shadow host names): only these are asked for
 * one, which spares a DOM call on every link, list item, image and table cell.
 */
const SHADOW_HOSTS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  ...SECTION_HEADINGS,
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

/** What the walk needs to know of a tag, as bits of one number: one map lookup per element. */
export const SKIP = 1;
export const HEADING = 2;
export const BLOCK = 4;
export const HOST = 8;
const KINDS = new Map<string, number>();
for (const [tags, bit] of [
  [SKIPPED, SKIP],
  [HEADING_TAGS, HEADING],
  [BLOCKS, BLOCK],
  [SHADOW_HOSTS, HOST],
] as const) {
  for (const tag of tags) KINDS.set(tag, (KINDS.get(tag) ?? 0) | bit);
}

/** The kind bits of a tag; a custom element's name (with a hyphen) may host a shadow root. */
export function kindOf(tag: string): number {
  const kind = KINDS.get(tag);
  if (kind !== undefined) return kind;
  if (tag.startsWith(OWN_TAG_PREFIX)) return SKIP;
  return tag.includes('-') ? HOST : 0;
}
