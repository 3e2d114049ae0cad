/**
 * Parsing and recognition on real printed forms. Every case quotes a real list from the shared data
 * set (source named per case; see tests/fixtures/lists/README.md).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { parseIngredientList } from '../../../src/core/inci/parse';

const knowledge = loadKnowledge();
const parse = (text: string) =>
  parseIngredientList(text, 0, knowledge).map((p) => ({
    raw: p.token.raw,
    inci: p.info?.inci ?? null,
    by: p.matchedBy ?? null,
  }));
const incis = (text: string) => parse(text).map((p) => p.inci);
/** The names as the page prints them. */
const raws = (text: string): string[] => parse(text).map((p) => p.raw);

describe('parseIngredientList', () => {
  it('never trims a glued prefix inside brackets: the comma they enclose stays enclosed', () => {
    // Found by the round-trip property on a damaged real list: the cut kept "21.6%,Octyld}odecyl …",
    // whose comma split it in two when the names were printed and read again.
    const text = '{Zinc Oxide 21.6%,Octyld}odecyl Neopentanoate,C12-15 Alkyl Benzoate,Synthetic Wax';
    const names = parseIngredientList(text, 0, knowledge).map((p) => p.token.raw);
    expect(names[0]).toBe('{Zinc Oxide 21.6%,Octyld}odecyl Neopentanoate');
    expect(parseIngredientList(names.join(', '), 0, knowledge).map((p) => p.token.raw)).toEqual(names);
  });

  it('cuts key-ingredient bullets run into the first name, though the whole reads as a slash form', () => {
    // Sephora tab texts: the bullets end with no colon or period, and the glued whole is "known" only
    // through its last slash part, so the highlight and the report used to carry the bullets.
    const glued = [
      [
        '-Postbiotic 12+ -Bio-Active Lactobacillus Ferment 98.9% Water/Aqua/Eau, Propanediol',
        'Water/Aqua/Eau',
      ],
      ['-Sodium Hyaluronate -Shea Butter Water\\Aqua\\Eau, Dimethicone', 'Water\\Aqua\\Eau'],
      // Constructed: the longest whole name wins over a shorter one inside it, and a dash alone is cut.
      ['-Shea Butter Butyrospermum Parkii (Shea) Butter, Glycerin', 'Butyrospermum Parkii (Shea) Butter'],
      ['–Aqua (Water), Glycerin, Niacinamide', 'Aqua (Water)'],
      ['- Sodium Hyaluronate, Glycerin', 'Sodium Hyaluronate'],
    ] as const;
    for (const [text, first] of glued) {
      const out = parse(text);
      expect(out[0]?.raw, text).toBe(first);
      expect(out[0]?.inci, text).not.toBeNull();
      expect(text.slice(text.indexOf(first)).startsWith(out[0]?.raw ?? '-')).toBe(true);
    }
    // A first name that is a name as printed stays whole.
    expect(parse('Bis-Diglyceryl Polyacyladipate-2, Water')[0]?.raw).toBe('Bis-Diglyceryl Polyacyladipate-2');
  });

  it('starts the list where a description run into it with no period ends (Sephora tab texts)', () => {
    // The description splits at its own commas: its first parts are tokens of their own, and its last
    // part is glued to the first name. The prose words say it is a sentence, though a slash or a
    // parenthetical part of the whole is a name.
    const cases = [
      [
        "Plumps, firms and smooths skin's appearance Water (Aqua/Eau), Propanediol, Sodium Hyaluronate",
        ['Water (Aqua/Eau)', 'Propanediol', 'Sodium Hyaluronate'],
      ],
      [
        "hydrates and helps fortify skin's barrier with Squalane + Ceramide Water / Aqua / Eau, Propanediol, Glycerin",
        ['Water / Aqua / Eau', 'Propanediol', 'Glycerin'],
      ],
    ] as const;
    for (const [text, names] of cases) {
      const out = parse(text);
      expect(
        out.map((p) => p.raw),
        text,
      ).toEqual(names);
      expect(out[0]?.inci, text).toMatch(/^(Water|Aqua)$/);
    }
    // Key actives with their strengths: no cut leaves a strength in front, and the name after the last
    // strength is no Drug Facts purpose.
    expect(parse('-Avobenzone 2.2% -Octinoxate 7.5% Water, Cyclopentasiloxane')[0]?.raw).toBe('Water');
    expect(parse('-Sulfur 10% Sulfur 10%, Acacia Senegal Gum')[0]?.raw).toBe('Sulfur 10%');
    // Bullets joined by "and" are cut too, and a blend after them is kept whole.
    expect(
      parse('-Cactus Stem Cell Extract and Hyaluronic Acid -Moringa Extract Water/Aqua/Eau, Glycerin')[0]
        ?.raw,
    ).toBe('Water/Aqua/Eau');
    expect(raws('-Niacinamide Cyclopentasiloxane (and) Dimethiconol, Glycerin')).toEqual([
      'Cyclopentasiloxane',
      'Dimethiconol',
      'Glycerin',
    ]);
    // A blend after the sentence is cut before its first part, not its last.
    expect(raws('with Cyclopentasiloxane (and) Dimethiconol, Glycerin')).toEqual([
      'Cyclopentasiloxane',
      'Dimethiconol',
      'Glycerin',
    ]);
    // Without prose words an "and" is a name's own or a join of two names, and an unknown first token stays.
    expect(parse('Caprylic and Capric Triglyceride, Glycerin')[0]?.raw).toBe(
      'Caprylic and Capric Triglyceride',
    );
    expect(raws('Pitera, Galactomyces Ferment Filtrate, Water')).toHaveLength(3);
  });

  it('reads "Water/Aqua/Eau" as one ingredient (Sephora, Dr. Jart+ Vital Hydra Solution)', () => {
    const out = parse('Water/Aqua/Eau, Propanediol, Phenyl Trimethicone');
    expect(out).toHaveLength(3);
    expect(out[0]?.raw).toBe('Water/Aqua/Eau');
    expect(out[0]?.inci).toMatch(/^(Water|Aqua)$/);
  });

  it('reads the backslash form "Water\\Aqua\\Eau" (Sephora tab text)', () => {
    expect(incis('Water\\Aqua\\Eau, Glycerin')[0]).toMatch(/^(Water|Aqua)$/);
  });

  it('reads a bilingual pair "Water (Aqua, Eau)" and "Fragrance (Parfum)" (Sephora, Algenist)', () => {
    const [water, fragrance, coumarin] = incis('Water (Aqua, Eau), Fragrance (Parfum), Coumarin.');
    expect(water).toMatch(/^(Water|Aqua)$/);
    expect(fragrance).toMatch(/^(Parfum|Fragrance)$/);
    expect(coumarin).toBe('Coumarin');
    expect(incis('Fragrance (Parfum)')[0]).not.toBeNull();
  });

  it('drops common names in parentheses (Sephora, StriVectin TL Advanced)', () => {
    expect(incis('Butyrospermum Parkii (Shea) Butter, Oryza Sativa (Rice) Bran Extract')).toEqual([
      'Butyrospermum Parkii Butter',
      'Oryza Sativa Bran Extract',
    ]);
  });

  it('splits "(and)" supplier blends into their parts (leejin)', () => {
    const out = parse('polyglyceryl-2 stearate (and) glyceryl stearate (and) stearyl alcohol');
    expect(out.map((p) => p.raw)).toEqual([
      'polyglyceryl-2 stearate',
      'glyceryl stearate',
      'stearyl alcohol',
    ]);
    expect(out.every((p) => p.inci)).toBe(true);
  });

  it('splits an "and" join only when both parts are ingredients (leejin)', () => {
    expect(parse('behentrimonium methosulfate and cetearyl alcohol').map((p) => p.inci)).toEqual([
      'Behentrimonium Methosulfate',
      'Cetearyl Alcohol',
    ]);
    // One name with "and" inside stays whole and is not forced into two.
    expect(parse('Caprylic and Capric Triglyceride')).toHaveLength(1);
  });

  it('ignores asterisk and dagger footnotes (Sephora, Algenist GENIUS: "Collagen (Vegan)*")', () => {
    const [star] = parse('Olea Europaea (Olive) Fruit Oil*');
    expect(star?.inci).toBe('Olea Europaea Fruit Oil');
    expect(star?.raw).toBe('Olea Europaea (Olive) Fruit Oil*');
    expect(parse('Olea Europaea (Olive) Fruit Oil†')[0]?.inci).toBe('Olea Europaea Fruit Oil');
    expect(parse('titanium dioxide (nano) 5.9%**')[0]?.inci).toBe('Titanium Dioxide');
  });

  it('reads a trailing "+" footnote, a backslash between plant parts and a strength in words (Sephora)', () => {
    // belif Aqua Bomb Depuffing Eye Gel; Bobbi Brown Vitamin Enriched Eye Base; First Aid Beauty Ultra Repair Cream.
    expect(incis('Citrus Aurantium Dulcis (Orange) Peel Oil+, Glycerin')[0]).toBe(
      'Citrus Aurantium Dulcis Peel Oil',
    );
    expect(incis('Aqua, Epilobium Angustifolium Flower\\Leaf\\Stem Extract')[1]).toBe(
      'Epilobium Angustifolium Flower/Leaf/Stem Extract',
    );
    expect(parse('Colloidal Oatmeal 0.5 Percent')).toMatchObject([
      { raw: 'Colloidal Oatmeal 0.5 Percent', inci: 'Colloidal Oatmeal' },
    ]);
    // A "+" inside a name is CosIng's own.
    expect(incis('(Honey + Zymomonas Ferment) Extract')).toEqual(['(Honey + Zymomonas Ferment) Extract']);
  });

  it('reads "(nano)" and percentages (SkinSort; Sephora, Algenist)', () => {
    expect(
      incis('Methylene Bis-Benzotriazolyl Tetramethylbutylphenol (Nano), Octinoxate 7.5%, Zinc Oxide 17.1%'),
    ).toEqual([
      'Methylene Bis-Benzotriazolyl Tetramethylbutylphenol',
      // Octinoxate is the US name of Ethylhexyl Methoxycinnamate; the curated entry may prefer either.
      expect.stringMatching(/^(Octinoxate|Ethylhexyl Methoxycinnamate)$/),
      'Zinc Oxide',
    ]);
  });

  it('reads Drug Facts actives with their purpose (Sephora tab text: "Zinc Oxide 9.4% Sunscreen")', () => {
    const [zinc] = parse('Zinc Oxide 9.4% Sunscreen, Aqua (Water, Eau)');
    expect(zinc?.inci).toBe('Zinc Oxide');
    expect(zinc?.raw).toBe('Zinc Oxide 9.4%');
  });

  it('reads colour index numbers in every printed form (INCIDecoder; leejin)', () => {
    expect(
      incis(
        'Ci 77891 (Titanium Dioxide), CI77491, Iron Oxides (CI 77491, CI 77492, CI 77499), red 33 (ci 17200)',
      ),
    ).toEqual([
      expect.stringMatching(/^(Ci 77891|Titanium Dioxide)$/),
      expect.stringMatching(/^(Ci 77491|Iron Oxides)$/),
      expect.stringMatching(/^(Iron Oxides|Ci 77491)$/),
      'Ci 17200',
    ]);
    expect(parse('Cl 42090 Blue 1')[0]?.inci).toBe('Ci 42090');
  });

  it('keeps "Alcohol Denat." whole and drops a list-final period (Sephora, Algenist)', () => {
    expect(incis('Alcohol Denat., Glycerin, Linalool.')).toEqual(['Alcohol Denat.', 'Glycerin', 'Linalool']);
  });

  it('ignores zero-width spaces (INCIDecoder, Chacott: "PEG-6 Caprylic/\\u200bCapric Glycerides")', () => {
    expect(incis('PEG-6 Caprylic/\u200bCapric Glycerides')).toEqual(['Peg-6 Caprylic/Capric Glycerides']);
  });

  it('joins line-break hyphenation (leejin: "cyclopenta- siloxane", "hydro- genated vegetable oil")', () => {
    expect(incis('cyclopenta- siloxane, hydro- genated vegetable oil')).toEqual([
      'Cyclopentasiloxane',
      'Hydrogenated Vegetable Oil',
    ]);
  });

  it('joins a name broken over two lines (Open Beauty Facts, St. Tropez OCR text)', () => {
    const out = parse(
      'Sodium Acrylate/Sodium Acryloyldimethyl\nTaurate Copolymer, PEG-60 Hydrogenated\nCastor Oil',
    );
    expect(out.map((p) => p.inci)).toEqual([
      'Sodium Acrylate/Sodium Acryloyldimethyl Taurate Copolymer',
      'Peg-60 Hydrogenated Castor Oil',
    ]);
  });

  it('reads ALL-CAPS and lower-case lists (Sephora; LookFantastic)', () => {
    expect(incis('TRIDECYL TRIMELLITATE, CETEARYL ALCOHOL, TRIHEPTANOIN')).toEqual([
      'Tridecyl Trimellitate',
      'Cetearyl Alcohol',
      'Triheptanoin',
    ]);
    expect(incis('sodium hyaluronate, panthenol, pentylene glycol')).toEqual([
      'Sodium Hyaluronate',
      'Panthenol',
      'Pentylene Glycol',
    ]);
  });

  it('matches typos with a confidence below 1 (LookFantastic: "dimethicon")', () => {
    const [p] = parseIngredientList('dimethicon', 0, knowledge);
    expect(p?.info?.inci).toBe('Dimethicone');
    expect(p?.matchedBy).toBe('fuzzy');
    expect(p?.confidence).toBeGreaterThan(0.9);
    expect(p?.confidence).toBeLessThan(1);
  });

  it('marks what it cannot read as not recognised, never as known (Sephora: "[V0606F]" codes aside)', () => {
    const [p] = parseIngredientList('Prunus Virginiana (Chokecherry) Extract Blend Xyz', 0, knowledge);
    expect(p?.info).toBeNull();
    expect(p?.matchedBy ?? null).toBeNull();
    expect(p?.confidence).toBe(0);
  });

  it('joins "1, 2-Hexanediol" printed with a space after the locant comma (leejin)', () => {
    expect(incis('glycerin, 1, 2-hexanediol')).toEqual(['Glycerin', '1,2-Hexanediol']);
    // A space for the hyphen (Sephora: Evereden Kids Multi-Vitamin Cleanser, and three more).
    expect(incis('Propanediol, 1,2 Hexanediol, Glycerin')).toEqual([
      'Propanediol',
      '1,2-Hexanediol',
      'Glycerin',
    ]);
    // A number that ends a name in a list printed without spaces is still cut there.
    expect(incis('Aqua,Polysorbate 20,1,2-Hexanediol')).toEqual(['Aqua', 'Polysorbate 20', '1,2-Hexanediol']);
  });

  it('strips a list label at the start (Open Beauty Facts: "Ingredients/Ingredients:")', () => {
    expect(parse('Ingredients: Aqua (Water/Eau), Cyclopentasiloxane')[0]?.raw).toBe('Aqua (Water/Eau)');
  });
});

describe('parseIngredientList: counterexamples of the property suites (tests/unit/fuzz)', () => {
  it('reads names that are also property names of every object ("constructor", "__proto__")', () => {
    expect(parse('__proto__, constructor, Glycerin')).toEqual([
      { raw: '__proto__', inci: null, by: null },
      { raw: 'constructor', inci: null, by: null },
      { raw: 'Glycerin', inci: 'Glycerin', by: 'exact' },
    ]);
  });

  it('reads every name after an opening bracket that nothing closes', () => {
    expect(incis('Ingredients: (Aqua, Glycerin, Niacinamide')).toEqual(['Aqua', 'Glycerin', 'Niacinamide']);
  });

  it('reads what follows a label as the start of a list: a second label, a stray bracket, "May contain"', () => {
    expect(parse('INCI:Full ingredients list:')).toEqual([]);
    expect(parse('Full ingredients list:}May contain')).toEqual([]);
    expect(incis('INCI: INGREDIENTS: Aqua, Glycerin')).toEqual(['Aqua', 'Glycerin']);
  });

  it('trims the parts of a blend as it trims any name: spaces, zero-width spaces, stray brackets, "May contain"', () => {
    expect(raws('\u0000\u200B(and)')).toEqual(['\u0000']);
    expect(raws('(and)(a')).toEqual(['a']);
    expect(raws('Cyclopentasiloxane\u200B (and) Dimethiconol.')).toEqual([
      'Cyclopentasiloxane',
      'Dimethiconol',
    ]);
    const [talc, ci] = parseIngredientList('Talc (and)May contain CI 77891', 0, knowledge);
    expect([talc?.token.raw, talc?.token.mayContain]).toEqual(['Talc', undefined]);
    expect([ci?.token.raw, ci?.token.mayContain, ci?.info?.inci]).toEqual([
      'CI 77891',
      true,
      'Titanium Dioxide',
    ]);
  });

  it('splits a comma taken for a locant in a list printed without spaces (SkinSort)', () => {
    expect(raws('Glycerin,Ceramide 3,4-T-Butylcyclohexanol,Dimethicone')).toEqual([
      'Glycerin',
      'Ceramide 3',
      '4-T-Butylcyclohexanol',
      'Dimethicone',
    ]);
  });

  it('reads a Drug Facts panel printed with no separators (leejin)', () => {
    // The label between the actives and the rest, and "Purpose" before the purpose, with no comma.
    expect(raws('Avobenzone 3%, Octocrylene 7.20% Inactive Ingredients  Water, Glycerin')).toEqual([
      'Avobenzone 3%',
      'Octocrylene 7.20%',
      'Water',
      'Glycerin',
    ]);
    expect(raws('Glycerin, Octocrylene 10% Purpose Sunscreen, Water')).toEqual([
      'Glycerin',
      'Octocrylene 10%',
      'Water',
    ]);
    // Words after a strength that are no monograph purpose are the next name, run in.
    expect(raws('Glycerin, Zinc PCA 1% Niacinamide, Water')).toEqual([
      'Glycerin',
      'Zinc PCA 1%',
      'Niacinamide',
      'Water',
    ]);
  });

  it('reads sunscreen actives printed as bullets with no commas, one name per strength', () => {
    // Sephora tab text (Jack Black Intense Therapy Lip Balm), its active part as the block reader cuts it.
    expect(raws('Avobenzone 3% -Octinoxate 7.5%')).toEqual(['Avobenzone 3%', 'Octinoxate 7.5%']);
    expect(incis('Avobenzone 3% -Octinoxate 7.5% -Octisalate 5%')).toEqual([
      'Butyl Methoxydibenzoylmethane',
      'Ethylhexyl Methoxycinnamate',
      'Ethylhexyl Salicylate',
    ]);
    // A run that is no names throughout stays one token.
    expect(raws('Avobenzone 3% -Postbiotic 2% -Octisalate 5%')).toHaveLength(1);
  });

  it('drops a Drug Facts purpose before anything else reads the name', () => {
    expect(incis('Zinc Oxide 20% .......... Sunscreen(and)')).toEqual(['Zinc Oxide']);
    expect(raws('\u0000 Zinc Oxide 20% .......... Sunscreen')).toEqual(['Zinc Oxide 20%']);
    expect(parse('Drug Facts Active ingredients Zinc Oxide 20% .......... Sunscreen, Water')).toEqual([
      { raw: 'Zinc Oxide 20%', inci: 'Zinc Oxide', by: 'exact' },
      { raw: 'Water', inci: 'Aqua', by: 'exact' },
    ]);
  });
});
