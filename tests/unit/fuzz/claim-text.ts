/**
 * Text full of claims: the claim families' own example sentences, cut up, re-cased, spread over long
 * runs of whitespace and digits and mixed with characters that change length when lower-cased.
 */
import fc from 'fast-check';
import { claimInputs } from '../kb/helpers';
import { anyText, damaged, SPECIAL, whitespaceRun } from './arbitraries';

export const sentences = claimInputs().flatMap((f) => [...f.examples.match, ...f.examples.noMatch]);
const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))];

/**
 * A claim sentence with one of its spaces stretched, as markup indentation stretches it on a page, or
 * one of its numbers ("0.3%") drawn out to hundreds of digits: patterns span both with \s+ and \d+.
 */
export const spread = fc
  .tuple(fc.constantFrom(...sentences), fc.nat(), whitespaceRun, fc.boolean())
  .map(([sentence, k, run, digits]) => {
    const gaps = [...sentence.matchAll(digits ? /\d+/g : /\s+/g)];
    const gap = gaps[k % Math.max(1, gaps.length)];
    if (!gap) return sentence;
    const stretched = digits ? gap[0].repeat(run.length) : run;
    return sentence.slice(0, gap.index) + stretched + sentence.slice(gap.index + gap[0].length);
  });

/** Claim sentences and their words, glued by ordinary and unusual separators. */
export const claimText: fc.Arbitrary<string> = damaged(
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...sentences) },
        { weight: 2, arbitrary: spread },
        { weight: 4, arbitrary: fc.constantFrom(...words) },
        { weight: 2, arbitrary: whitespaceRun },
        { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
        { weight: 1, arbitrary: anyText },
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(' ')),
);
