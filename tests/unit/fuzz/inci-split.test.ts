/**
 * Properties of the lexical layer (no dictionary): the splitter and the list finder. Whatever the
 * text, they return spans inside it that read back as the tokens they claim to be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIngredientRanges } from '../../../src/content/page/ingredient-ranges';
import { locateInciLists } from '../../../src/core/inci/block';
import { splitIngredientList } from '../../../src/core/inci/split';
import { anyText, mutated, PHRASES, word } from './arbitraries';
import { check, checkOrderedInside, RUNS, sliceOf } from './helpers';
import { hasRealLists, realLists } from './real-lists';

/** The trimming the splitter promises: no token starts or ends with space, a period or a quote. */
const UNTRIMMED = /^[\s.\u200B-\u200D\u2060\uFEFF\u00AD"“”'‘’]|[\s.\u200B-\u200D\u2060\uFEFF\u00AD"“”'‘’]$/;

function checkSplit(text: string, offset: number): void {
  const tokens = splitIngredientList(text, offset);
  checkOrderedInside(tokens, offset, offset + text.length);
  for (const t of tokens) {
    check(sliceOf(text, offset, t) === t.raw, () => `${JSON.stringify(t)} reads ${sliceOf(text, offset, t)}`);
    check(!UNTRIMMED.test(t.raw), () => `untrimmed token ${JSON.stringify(t.raw)}`);
  }
  // The offset only shifts the spans.
  expect(splitIngredientList(text, 0)).toEqual(
    tokens.map((t) => ({ ...t, start: t.start - offset, end: t.end - offset })),
  );
}

function checkLocate(text: string): void {
  const ranges = locateInciLists(text);
  checkOrderedInside(ranges, 0, text.length);
  for (const r of ranges) {
    check(/\S/.test(text[r.start] ?? ''), () => `range ${JSON.stringify(r)} starts on a space`);
    check(r.label === undefined || r.label.trim().length > 0, () => `empty label in ${JSON.stringify(r)}`);
  }
}

describe('splitter and list finder on random text', { timeout: 30_000 }, () => {
  it('split: tokens lie inside the text, read back as written, trimmed, in order', () => {
    fc.assert(
      fc.property(anyText, fc.nat(10_000), (text, offset) => checkSplit(text, offset)),
      { numRuns: RUNS.cheap },
    );
  });

  it('split: names joined by any separator come back exactly, brackets kept whole', () => {
    const inner = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(', '));
    const name = fc
      .tuple(
        fc.array(fc.oneof(word, fc.nat(200).map(String)), { maxLength: 3 }),
        word,
        fc.option(inner, { nil: undefined }),
      )
      .map(([rest, first, bracket]) => [first, ...rest].join(' ') + (bracket ? ` (${bracket})` : ''))
      .filter((n) => !/may\s+contain|peut\s+contenir|kann\s+enthalten/i.test(n));
    const separator = fc.constantFrom(',', ', ', ';', ' ; ', '\n', ' • ', '|', '，', '、');
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 12 }),
        separator,
        fc.boolean(),
        (names, sep, dot) => {
          const text = names.join(sep) + (dot ? '.' : '');
          expect(splitIngredientList(text).map((t) => t.raw)).toEqual(names);
        },
      ),
      { numRuns: RUNS.cheap },
    );
  });

  it('locate: ranges lie inside the text, in order, start on a character', () => {
    fc.assert(
      fc.property(anyText, (text) => checkLocate(text)),
      { numRuns: RUNS.cheap },
    );
  });

  it('page ranges: labelled and guessed lists lie inside the page text, in order', () => {
    const page = fc
      .array(fc.oneof(anyText, fc.constantFrom(...PHRASES, '\n', '\n\n')), { maxLength: 8 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(page, (text) => checkOrderedInside(findIngredientRanges(text), 0, text.length)),
      { numRuns: RUNS.parse },
    );
  });
});

describe.skipIf(!hasRealLists)('splitter and list finder on damaged real lists', { timeout: 30_000 }, () => {
  // Built inside the tests: with no lists there is nothing to draw from, and the suite is skipped.
  const damaged = () => mutated(realLists());
  const label = fc.constantFrom(
    '',
    'Ingredients: ',
    'INGREDIENTS\n',
    'Inactive Ingredients: ',
    '-Niacinamide: Evens tone. ',
  );

  it('split: tokens lie inside the text and read back as written', () => {
    fc.assert(
      fc.property(damaged(), fc.nat(10_000), (text, offset) => checkSplit(text, offset)),
      { numRuns: RUNS.cheap },
    );
  });

  it('locate: ranges lie inside the text and in order', () => {
    fc.assert(
      fc.property(label, damaged(), (head, list) => checkLocate(head + list)),
      { numRuns: RUNS.cheap },
    );
  });

  it('page ranges: lie inside the text and in order', () => {
    fc.assert(
      fc.property(label, damaged(), (head, list) => {
        const text = `Hydrating serum.\n${head}${list}\nDirections: apply daily.`;
        checkOrderedInside(findIngredientRanges(text), 0, text.length);
      }),
      { numRuns: RUNS.parse },
    );
  });
});
