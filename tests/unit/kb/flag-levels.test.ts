/**
 * What paints as a warning on the page (detection is forced: the paint, not the page, is under test). A flag's level decides whether an ingredient's highlight looks
 * like a caution; the popup and the tooltip list every flag either way.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage, type PageInput } from '../../../src/core/analyze';
import { knowledge } from './helpers';

function listInput(list: string): PageInput {
  const text = `Ingredients: ${list}`;
  return {
    url: null,
    text,
    signals: {
      title: 'Face Cream',
      structuredTypes: [],
      ogType: null,
      product: null,
      breadcrumbs: [],
      hasIngredientHeading: true,
      productCount: 0,
    },
    ingredientRanges: [{ start: 0, end: text.length }],
  };
}

describe('flag levels', { timeout: 60_000 }, () => {
  const kb = knowledge();

  it('an EU use limit alone is a rule for the maker, so it paints quietly and is still reported', () => {
    const { findings, report } = analyzePage(
      listInput('Aqua, Glycerin, Titanium Dioxide, Sodium Hydroxide, Linalool'),
      kb,
      { force: true },
    );
    const tone = (name: string) => findings.find((f) => f.kind === 'ingredient' && f.text === name)?.tone;
    expect(tone('Sodium Hydroxide')).toBe('info');
    expect(tone('Titanium Dioxide')).toBe('info');
    // A fragrance allergen matters to a person who reacts to it: that stays a caution.
    expect(tone('Linalool')).toBe('flagged');
    const flags = (name: string) => report.ingredients.find((i) => i.name === name)?.flags;
    expect(flags('Sodium Hydroxide')).toContain('eu-restricted');
    expect(flags('Titanium Dioxide')).toContain('eu-restricted');
  });

  it('highlights a caution we never curated, explained and cited from its flag', () => {
    const { findings } = analyzePage(
      listInput('Aqua, Polybutene, Rosa Damascena Flower Oil, Pentasodium Pentetate'),
      kb,
      { force: true },
    );
    const found = (name: string) => findings.find((f) => f.kind === 'ingredient' && f.text === name);
    expect(kb.lookup('Rosa Damascena Flower Oil')?.curated).toBeNull();
    const rose = found('Rosa Damascena Flower Oil');
    expect(rose?.tone).toBe('flagged');
    expect(rose?.tooltip.badge?.label).toBe('EU fragrance allergen (2023)');
    expect(rose?.tooltip.paragraphs[0]).toMatch(/2023\/1545/);
    expect(rose?.tooltip.sources.map((s) => s.url)).toContain(
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023R1545',
    );
    // Prohibited since Regulation (EU) 2023/1490.
    expect(found('Pentasodium Pentetate')?.tooltip.badge?.label).toBe('Not allowed in EU cosmetics');
    // Nothing to say about an uncurated name without a caution: no highlight.
    expect(found('Polybutene')).toBeUndefined();
  });

  it('an ingredient with a use limit and a caution of its own keeps the caution', () => {
    const { findings } = analyzePage(listInput('Aqua, Glycerin, Salicylic Acid, Retinol'), kb, {
      force: true,
    });
    const tone = (name: string) => findings.find((f) => f.kind === 'ingredient' && f.text === name)?.tone;
    expect(tone('Salicylic Acid')).toBe('flagged');
    expect(tone('Retinol')).toBe('flagged');
  });
});
