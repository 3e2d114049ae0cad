import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/core/knowledge';
import { ingredientKey, isSpace } from '../../../src/core/normalize';
import { loadKb } from '../kb/helpers';

describe('ingredientKey', () => {
  it('folds case, dashes, spaces and invisible characters the way labels vary them', () => {
    expect(ingredientKey('  Sodium\u00A0Hyaluronate ')).toBe('sodium hyaluronate');
    expect(ingredientKey('PEG\u20118 Dimethicone')).toBe('peg-8 dimethicone');
    expect(ingredientKey('Gly\u00ADcerin')).toBe('glycerin');
    expect(ingredientKey('Citrus Aurantium Dulcis ( Orange ) Peel Oil')).toBe(
      'citrus aurantium dulcis(orange)peel oil',
    );
  });

  it('folds typographic apostrophes to the typewriter one', () => {
    for (const mark of ['\u2018', '\u2019', '\u02BC'])
      expect(ingredientKey(`Human Wharton${mark}s Jelly`)).toBe("human wharton's jelly");
  });

  it('leaves every compiled key one byte per character', { timeout: 60_000 }, () => {
    const keys = loadKb().dictionary.keys;
    const wide = [...keys].filter((c) => (c.codePointAt(0) ?? 0) > 0xff);
    expect(wide).toEqual([]);
  });

  it('finds a CosIng name whichever apostrophe the label prints', { timeout: 60_000 }, () => {
    const knowledge = new Knowledge(loadKb());
    const typographic = knowledge.lookup('S-Graham\u2019s Frog Oligopeptide-1');
    const typewriter = knowledge.lookup("S-Graham's Frog Oligopeptide-1");
    expect(typographic?.functions.length).toBeGreaterThan(0);
    expect(typewriter?.inci).toBe(typographic?.inci);
  });
});

describe('isSpace', () => {
  it('is true for exactly the code units that \\s matches and trim() removes', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(isSpace(c), `U+${c.toString(16).padStart(4, '0')}`).toBe(/\s/.test(s));
      expect(isSpace(c)).toBe(s.trim() === '');
    }
  });
});
