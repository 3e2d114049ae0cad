/**
 * Properties of the dictionary-guided parser: it never throws, every ingredient reads back from the
 * page where it says it stands, an unrecognised name is never dressed up as known, and printing the
 * parsed names again as a plain list parses to the same names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { findIngredientRanges } from '../../../src/content/page/ingredient-ranges';
import { locateInciLists } from '../../../src/core/inci/block';
import { type ParsedIngredient, parseIngredientList, parseListRanges } from '../../../src/core/inci/parse';
import { anyText, listLikeText, mutated, PHRASES } from './arbitraries';
import { check, checkOrderedInside, RUNS, sliceOf } from './helpers';
import { hasRealLists, realLists } from './real-lists';

const knowledge = loadKnowledge();

function checkParsed(text: string, offset: number, parsed: ParsedIngredient[]): void {
  checkOrderedInside(
    parsed.map((p) => p.token),
    offset,
    offset + text.length,
  );
  for (const { token, info, matchedBy, confidence } of parsed) {
    const at = () => JSON.stringify({ token, inci: info?.inci, matchedBy, confidence });
    check(sliceOf(text, offset, token) === token.raw, at);
    check(token.raw.trim() === token.raw && token.raw.length > 0, at);
    check((info === null) === (matchedBy === null), at);
    if (info === null) check(confidence === 0, at);
    else check(confidence !== undefined && confidence > 0 && confidence <= 1, at);
  }
}

const names = (parsed: ParsedIngredient[]): string[] => parsed.map((p) => p.token.raw);

/** A bracket opened in one name and closed in a later one: printed together, they enclose the comma. */
function bracketsAcrossNames(list: string[]): boolean {
  const open: number[] = [];
  for (const [n, name] of list.entries()) {
    for (const ch of name) {
      if ('([{'.includes(ch)) open.push(n);
      else if (')]}'.includes(ch) && open.length > 0 && open.pop() !== n) return true;
    }
  }
  return false;
}

/**
 * The parse of the names printed again, comma-separated: the same names, in the same order. Some
 * lists of names have no such printing, and are not drawn: a bare number before another name prints
 * as "1, 2-Hexanediol", which the parser reads as the locant it usually is; a bracket opened in one
 * name and closed in a later one encloses the commas between them; a first name that reads as a
 * label ("INCI:") is read as one.
 */
function checkStable(parsed: ParsedIngredient[]): void {
  const list = names(parsed);
  fc.pre(!list.slice(0, -1).some((n) => /^\d{1,2}$/.test(n)));
  fc.pre(!bracketsAcrossNames(list));
  fc.pre(!/^(?:\S+\s+)?(?:ingr[ée]dients?|inci)\b/i.test(list[0] ?? ''));
  const printed = list.join(', ');
  expect(names(parseIngredientList(printed, 0, knowledge))).toEqual(names(parsed));
}

function checkLocatedList(text: string): void {
  const parsed = locateInciLists(text).flatMap((r) =>
    parseIngredientList(text.slice(r.start, r.end), r.start, knowledge),
  );
  checkParsed(text, 0, parsed);
}

function checkPageRanges(text: string): void {
  const ranges = findIngredientRanges(text);
  const parsed = parseListRanges(text, ranges, knowledge);
  checkParsed(text, 0, parsed);
  for (const { token } of parsed) {
    check(
      ranges.some((r) => r.start <= token.start && token.end <= r.end),
      () => `${JSON.stringify(token)} outside ${JSON.stringify(ranges)}`,
    );
  }
}

describe('ingredient parser on random text', { timeout: 60_000 }, () => {
  it('never throws; ingredients read back where they stand; unknown stays unknown', () => {
    fc.assert(
      fc.property(anyText, fc.nat(10_000), (text, offset) => {
        checkParsed(text, offset, parseIngredientList(text, offset, knowledge));
      }),
      { numRuns: RUNS.parse },
    );
  });

  it('parse, print with ", ", parse again: the same names', () => {
    fc.assert(
      fc.property(listLikeText, (text) => checkStable(parseIngredientList(text, 0, knowledge))),
      { numRuns: RUNS.parse },
    );
  });

  it('located lists and page ranges: every ingredient inside its range', () => {
    const page = fc
      .array(fc.oneof(anyText, fc.constantFrom(...PHRASES)), { maxLength: 6 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(page, (text) => {
        checkLocatedList(text);
        checkPageRanges(text);
      }),
      { numRuns: RUNS.parse },
    );
  });
});

describe.skipIf(!hasRealLists)('ingredient parser on damaged real lists', { timeout: 60_000 }, () => {
  // Built inside the tests: with no lists there is nothing to draw from, and the suite is skipped.
  const damaged = () => mutated(realLists());

  it('never throws; ingredients read back where they stand; unknown stays unknown', () => {
    fc.assert(
      fc.property(damaged(), fc.nat(10_000), (text, offset) => {
        checkParsed(text, offset, parseIngredientList(text, offset, knowledge));
      }),
      { numRuns: RUNS.heavy },
    );
  });

  it('parse, print with ", ", parse again: the same names', () => {
    fc.assert(
      fc.property(damaged(), (text) => checkStable(parseIngredientList(text, 0, knowledge))),
      { numRuns: RUNS.parse },
    );
  });

  it('located lists and page ranges: every ingredient inside its range', () => {
    const label = fc.constantFrom(
      '',
      'Ingredients: ',
      'INGREDIENTS\n',
      'Active Ingredient: Zinc Oxide 20%. ',
    );
    fc.assert(
      fc.property(label, damaged(), (head, list) => {
        checkLocatedList(head + list);
        checkPageRanges(`Soothing cream.\n${head}${list}\nHow to use: apply.`);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});
