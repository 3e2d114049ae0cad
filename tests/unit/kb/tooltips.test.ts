/**
 * The three tooltips a shopper meets most (collagen, plant stem cells, clinically proven) must be
 * readable in about 15 seconds (roughly 60 words at skimming speed), state an evidence grade and name
 * sources that resolve to a real reference.
 */
import { describe, expect, it } from 'vitest';
import { ingredientTooltip } from '../../../src/core/tooltip-content';
import { EVIDENCE_GRADES } from '../../../src/kb/types';
import { knowledge, loadKb } from './helpers';

const words = (...texts: (string | undefined)[]) =>
  texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

describe('tooltip texts', { timeout: 60_000 }, () => {
  const kb = loadKb();
  const k = knowledge();

  it.each(['boosts-collagen', 'topical-collagen', 'plant-stem-cells', 'clinically-proven'])(
    'claim %s reads in 15 seconds, with a grade and named sources',
    (id) => {
      const claim = kb.claims.find((c) => c.id === id);
      expect(claim).toBeDefined();
      if (!claim) return;
      expect(words(claim.explanation, claim.wouldSupport)).toBeLessThanOrEqual(60);
      expect(EVIDENCE_GRADES).toContain(claim.evidenceGrade);
      const sources = claim.sources.map((s) => k.source(s));
      expect(sources.length).toBeGreaterThanOrEqual(1);
      for (const s of sources) {
        expect(s?.title).toBeTruthy();
        expect(s?.authors).toBeTruthy();
      }
      expect(sources.some((s) => s?.doi || s?.pmid || s?.url)).toBe(true);
    },
  );

  it('the collagen ingredient reads in 15 seconds, with a grade, size note and sources', () => {
    const info = k.lookup('Collagen');
    const curated = info?.curated;
    expect(curated).toBeTruthy();
    if (!curated) return;
    expect(words(curated.summary, curated.molecularWeight?.note)).toBeLessThanOrEqual(60);
    expect(curated.evidence.map((e) => e.grade)).toContain('none');
    expect(curated.molecularWeight?.note).toMatch(/stratum corneum/);
    expect(curated.sources.map((s) => k.source(s)?.id)).toContain('bos-meinardi-2000');
  });

  it('no claim tooltip runs past 85 words and no ingredient summary past 60', () => {
    for (const c of kb.claims) expect(words(c.explanation, c.wouldSupport), c.id).toBeLessThanOrEqual(85);
    for (const i of kb.ingredients) expect(words(i.summary), i.id).toBeLessThanOrEqual(60);
  });

  it('say why an ingredient is flagged: the badge names its first caution, a line names the rest', () => {
    const tip = (name: string) => {
      const info = k.lookup(name);
      if (!info) throw new Error(name);
      return ingredientTooltip(info, k);
    };
    // A caution from the EU annexes, not from curation, is named too.
    expect(tip('Limonene').badge).toEqual({ tone: 'flagged', label: 'EU fragrance allergen' });
    expect(tip('Limonene').paragraphs.join(' ')).not.toMatch(/flagged:|Flags:/);
    expect(tip('Salicylic Acid').badge?.label).toBe('Can irritate');
    expect(tip('Salicylic Acid').paragraphs).toContain(
      'Also flagged: EU use limits; EU-approved preservative.',
    );
    // Info flags only: no warning badge, as the highlight has no warning paint.
    expect(tip('Sodium Hydroxide').badge).toBeNull();
    expect(tip('Sodium Hydroxide').paragraphs).toContain('Flags: EU use limits.');
    // The badge and the highlight's warning paint come from the same flags, for every curated entry.
    for (const c of kb.ingredients) {
      const info = k.lookup(c.inci);
      if (!info) continue;
      const caution = info.flags.some((f) => k.flag(f)?.level === 'caution');
      expect(ingredientTooltip(info, k).badge !== null, c.inci).toBe(caution);
    }
  });

  it('place the 500 Da limit at the stratum corneum, never the basement membrane', () => {
    const all = JSON.stringify([kb.claims, kb.ingredients, kb.topics, kb.flags]);
    expect(all).not.toMatch(/basement membrane/i);
  });
});
