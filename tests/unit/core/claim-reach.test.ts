import { describe, expect, it } from 'vitest';
import { pushSpan, reachOf, WINDOW_AFTER, WINDOW_BEFORE } from '../../../src/core/claim-windows';

/** The definition: each span widened on its own, a run of whitespace or digits one step, then merged. */
function reference(text: string, spans: number[]): number[] {
  const kind = (i: number) => (/\s/.test(text[i] ?? '') ? 1 : /[0-9]/.test(text[i] ?? '') ? 2 : 0);
  const carries = (i: number) => i > 0 && kind(i) !== 0 && kind(i) === kind(i - 1);
  const out: number[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    let start = spans[k] as number;
    for (let left = WINDOW_BEFORE; start > 0 && left > 0; ) {
      start--;
      if (!carries(start)) left--;
    }
    let end = spans[k + 1] as number;
    for (let left = WINDOW_AFTER; end < text.length && left > 0; end++) if (!carries(end)) left--;
    while (end < text.length && carries(end)) end++;
    pushSpan(out, start, end);
  }
  return out;
}

describe('the reach of claim zones', () => {
  let seed = 3;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['word ', 'a', '  \n   ', '123', '4,5 ', '.', '\t', 'x'];

  it('is each zone widened on its own, merged, whatever the gaps between zones', () => {
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 50 + random(400) }, () => pieces[random(pieces.length)]).join('');
      const spans: number[] = [];
      for (let at = random(200); at < text.length; at += 1 + random(round % 2 ? 40 : 900)) {
        const end = Math.min(text.length, at + 1 + random(30));
        pushSpan(spans, at, end);
        at = end;
      }
      expect(reachOf(text, spans)).toEqual(reference(text, spans));
    }
  });

  it('walks each character a bounded number of times however many zones there are', () => {
    const text = 'Hydrating serum with retinol. '.repeat(20_000);
    const spans: number[] = [];
    for (let at = 0; at < text.length; at += 30) spans.push(at, at + 10);
    // Counted, not timed: every character the walks read goes through charCodeAt.
    let reads = 0;
    const original = String.prototype.charCodeAt;
    String.prototype.charCodeAt = function (this: string, i: number) {
      reads++;
      return original.call(this, i);
    };
    try {
      reachOf(text, spans);
    } finally {
      String.prototype.charCodeAt = original;
    }
    // 20,000 zones widened by 550 steps each would read over 20 million characters.
    expect(reads).toBeLessThan(text.length * 6);
  });
});
