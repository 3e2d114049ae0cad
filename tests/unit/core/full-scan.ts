/**
 * The reference the claim matcher is held to: each family's patterns as one alternation, scanned over
 * the whole text, as "family@start:match" strings in sorted order.
 */
import type { ClaimFamily } from '../../../src/kb/types';

export function fullScan(text: string, families: readonly ClaimFamily[]): string[] {
  const out: string[] = [];
  for (const family of families) {
    const regex = new RegExp(family.patterns.map((p) => `(?:${p})`).join('|'), 'gi');
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push(`${family.id}@${m.index}:${m[0]}`);
    }
  }
  return out.sort();
}
