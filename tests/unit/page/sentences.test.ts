import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSentences } from '../../../src/content/page/claim-zones';
import type { ClaimRange } from '../../../src/core/analyze';

/** The definition: a zone's text cut at /[.!?]+["”’)]?(?=\s)|\n/, each piece trimmed, pieces of two or more characters kept. */
function reference(text: string, zones: ClaimRange[]): ClaimRange[] {
  const out: ClaimRange[] = [];
  for (const z of zones) {
    const slice = text.slice(z.start, z.end);
    let from = 0;
    const push = (to: number): void => {
      const raw = slice.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length > 1)
        out.push({ start: z.start + from + lead, end: z.start + from + lead + body.length, zone: z.zone });
    };
    const boundary = /[.!?]+["”’)]?(?=\s)|\n/g;
    for (let m = boundary.exec(slice); m !== null; m = boundary.exec(slice)) {
      push(m.index + (m[0] === '\n' ? 0 : m[0].length));
      from = m.index + m[0].length;
    }
    push(slice.length);
  }
  return out;
}

const text = fc
  .array(
    fc.constantFrom('.', '!', '?', '"', '”', '’', ')', ' ', '\n', '\u00a0', '\u2028', 'ab', 'Word', 'x'),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

describe('claim zones cut into sentences', () => {
  it('cuts exactly where the sentence pattern does, inside each zone only', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), (t, cuts) => {
        const points = cuts.flat().map((n) => n % (t.length + 1));
        points.sort((a, b) => a - b);
        const zones: ClaimRange[] = [];
        for (let k = 0; k + 1 < points.length; k += 2)
          zones.push({ start: points[k] as number, end: points[k + 1] as number, zone: `z${k}` });
        expect(toSentences(t, zones)).toEqual(reference(t, zones));
        expect(toSentences(t, [{ start: 0, end: t.length, zone: 'page' }])).toEqual(
          reference(t, [{ start: 0, end: t.length, zone: 'page' }]),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('ends a sentence after its stops and closing quote, and never inside a run of stops', () => {
    const t = 'It works!!" Really?) yes...no. Done.\nNext line';
    expect(
      toSentences(t, [{ start: 0, end: t.length, zone: 'page' }]).map((s) => t.slice(s.start, s.end)),
    ).toEqual(['It works!!"', 'Really?)', 'yes...no.', 'Done.', 'Next line']);
  });
});
