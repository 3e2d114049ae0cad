/**
 * Locating the INCI list inside real ingredient-tab texts (Sephora, via weblab-class/daisy-skincare
 * product_info.csv): marketing bullets before, disclaimers after, Drug Facts parts.
 */
import { describe, expect, it } from 'vitest';
import { locateInciLists } from '../../../src/core/inci/block';

const lists = (text: string) =>
  locateInciLists(text).map((r) => ({ text: text.slice(r.start, r.end), label: r.label, role: r.role }));

describe('locateInciLists', () => {
  it('skips key-ingredient bullets before the list (Dr. Jart+ Vital Hydra Solution)', () => {
    const text =
      '-Hyaluronic Acid: Hydrates skin. -PENTAVITIN™: Supports skin’s barrier to hold in hydration. ' +
      'Water/Aqua/Eau, Propanediol, Phenyl Trimethicone, Betaine, Glycerin, Fragrance (Parfum), Sodium Citrate.';
    expect(lists(text)).toEqual([
      {
        text: 'Water/Aqua/Eau, Propanediol, Phenyl Trimethicone, Betaine, Glycerin, Fragrance (Parfum), Sodium Citrate',
        label: undefined,
      },
    ]);
  });

  it('skips bullets that contain commas themselves', () => {
    const text =
      '-Vitamins B, C, and E: Help replenish and condition skin with essential nourishment. -Grapefruit and ' +
      'Geranium: Leave a light, uplifting scent on skin. Water\\Aqua\\Eau, Cyclopentasiloxane, Glycerin, ' +
      'Limonene, Citronellol, Geraniol, Linalool, Chlorphenesin, Phenoxyethanol. Please be aware that ingredient ' +
      'lists may change or vary from time to time. Please refer to the ingredient list on the product package ' +
      'you receive for the most up-to-date list of ingredients.';
    const found = lists(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text.startsWith('Water\\Aqua\\Eau')).toBe(true);
    expect(found[0]?.text.endsWith('Phenoxyethanol')).toBe(true);
  });

  it("reads a list run into a bullet's description with no period (Sephora tab text)", () => {
    const list =
      'Water / Aqua / Eau, Propanediol, Glycerin, Stearyl Dimethicone, Methyl Trimethicone, ' +
      'Pentaerythrityl Tetraethylhexanoate, 1,2-Hexanediol, Squalane, Carbomer, Cholesterol';
    const text =
      '-Green Tea: Rich in amino acids and antioxidants. - Five Types of Hyaluronic Acid: Provide amplified ' +
      `hydration. - Green Tea Barrier Complex: hydrates and helps fortify skin's barrier with Squalane + Ceramide ${list}.`;
    const found = lists(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text.endsWith(list)).toBe(true);
    // A description with commas is still a description, not a list.
    const described =
      '-Shea Butter: Intensely nourishes dry, flaky, rough, tight, dull, stressed skin. Water, Glycerin, Shea Butter.';
    expect(lists(described).map((r) => r.text)).toEqual(['Water, Glycerin, Shea Butter']);
  });

  it('reads Drug Facts parts as separately labelled lists', () => {
    const text =
      '-Juniper Berry: Provides antioxidant-rich hydration to soften and calm skin. Active Ingredient: Salicylic ' +
      'Acid 2%. Inactive Ingredients: Water, Juniperus Communis Fruit Extract, Polysorbate 20, Citric Acid, Lactic Acid.';
    expect(lists(text)).toEqual([
      { text: 'Salicylic Acid 2%', label: 'Active Ingredient' },
      {
        text: 'Water, Juniperus Communis Fruit Extract, Polysorbate 20, Citric Acid, Lactic Acid',
        label: 'Inactive Ingredients',
      },
    ]);
  });

  it('stops at a certification footnote', () => {
    const text =
      'Simmondsia Chinensis (Jojoba) Seed Oil*, Tocopherol, Argania Spinosa (Argan) Kernel Oil.* *Organic.';
    const found = lists(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe(
      'Simmondsia Chinensis (Jojoba) Seed Oil*, Tocopherol, Argania Spinosa (Argan) Kernel Oil',
    );
  });

  it('keeps a shade list that follows a period (leejin)', () => {
    const text =
      'glycerin, potassium sorbate, biotin. (may contain / peut contenir): ci 77891 / titanium dioxide, ci 77491';
    expect(lists(text)[0]?.text).toBe(text);
  });

  it('reads each part of a kit as a list of its own, named by its part', () => {
    // The shape of Sephora's kit tabs: bullets, then "Part Name: list." once per product in the set.
    const first = 'Aqua (Water), Rosa Damascena Flower Water, Glycerin, Sodium Hyaluronate, Citric Acid';
    const second = 'Aqua (Water), Glycerin, Dimethicone, Squalane, Tocopherol, Sodium Hyaluronate, Urea';
    const text = `-Damask Rose: Hydrates and smooths. Gel Essence: ${first}. Water Cream Mask: ${second}.`;
    expect(locateInciLists(text).map((r) => [text.slice(r.start, r.end), r.label, r.guess])).toEqual([
      [first, 'Gel Essence', true],
      [second, 'Water Cream Mask', true],
    ]);
    // After an ingredient label the first part is no guess; a later one is still left to the dictionary.
    const labelled = `Ingredients: Cleanser: ${first}\nToner: ${second}`;
    expect(
      locateInciLists(labelled).map((r) => [labelled.slice(r.start, r.end), r.label, r.guess ?? false]),
    ).toEqual([
      [first, 'Cleanser', false],
      [second, 'Toner', true],
    ]);
  });

  it("reads a kit's next step named at the end of the list before it (Sephora tab text)", () => {
    const first =
      'Water/Aqua/Eau, Glycolic Acid, Salicylic Acid*, Phenoxyethanol, Potassium Sorbate (* - exfoliant)';
    const second = 'Water/Aqua/Eau, Sodium Bicarbonate, Resveratrol, Retinol, Potassium Sorbate';
    const text = `-Salicylic Acid (BHA): Clears clogged pores. Step 1: ${first} Step 2: ${second}.`;
    expect(locateInciLists(text).map((r) => [text.slice(r.start, r.end), r.label])).toEqual([
      [first, 'Step 1'],
      [second, 'Step 2'],
    ]);
    // Without a colon after it, a name ending in a number is a name.
    expect(lists('Aqua, Glycerin, Polysorbate 20, Sodium Step 2 Complex').map((r) => r.text)).toEqual([
      'Aqua, Glycerin, Polysorbate 20, Sodium Step 2 Complex',
    ]);
  });

  it('reads the short Drug Facts labels "Active:" and "Inactive:" (Sephora tab text)', () => {
    const text =
      '-Cocoa Peptides: Help protect the skin. Active: Avobenzone 3%, Octisalate 5%, Octocrylene 10% ' +
      'Inactive: Water, Propanediol, Butyloctyl Salicylate, Glycerin.';
    expect(locateInciLists(text).map((r) => [text.slice(r.start, r.end), r.label, r.guess])).toEqual([
      ['Avobenzone 3%, Octisalate 5%, Octocrylene 10%', 'Active', undefined],
      ['Water, Propanediol, Butyloctyl Salicylate, Glycerin', 'Inactive', undefined],
    ]);
  });

  it('reads sunscreen actives printed outside a Drug Facts panel as its active part (Sephora tab texts)', () => {
    // A part the page printed no name for gets a role, which the popup words in the user's language.
    const labelled = (text: string) => lists(text).map((r) => [r.text, r.label ?? r.role]);
    // Bullets run into the list (Jack Black Double-Duty Face Moisturizer SPF 20).
    expect(
      labelled(
        '-Avobenzone 2.2% -Octinoxate 7.5% Water, Cyclopentasiloxane, Octyldodecyl Neopentanoate, Phenethyl Benzoate.',
      ),
    ).toEqual([
      ['Avobenzone 2.2% -Octinoxate 7.5%', 'actives'],
      ['Water, Cyclopentasiloxane, Octyldodecyl Neopentanoate, Phenethyl Benzoate', 'inactives'],
    ]);
    // After a bullet's sentence, with the purpose before the list (Supergoop! Hydra Vizor).
    expect(
      labelled(
        '-Baobab: A superfruit that helps hydrate Avobenzone 3%, Homosalate 9%, Octisalate 4.5%: Sunscreens, ' +
          'Water, Glycerin, Pentylene Glycol, Butylene Glycol.',
      ),
    ).toEqual([
      ['Avobenzone 3%, Homosalate 9%, Octisalate 4.5%', 'actives'],
      ['Water, Glycerin, Pentylene Glycol, Butylene Glycol', 'inactives'],
    ]);
    // A bullet with a description (Mario Badescu Oil Free Moisturizer SPF 30).
    expect(
      labelled(
        '-Avobenzone 3%, Octisalate 5%: Offer sun protection. -Aloe Vera: Hydrates. Water, Glycerin, Dimethicone, Cetearyl Alcohol.',
      ),
    ).toEqual([
      ['Avobenzone 3%, Octisalate 5%', 'actives'],
      ['Water, Glycerin, Dimethicone, Cetearyl Alcohol', 'inactives'],
    ]);
    // A purpose after each active (Isle Glow Face Sunscreen Moisturizer SPF 45): one panel, one part.
    expect(
      labelled(
        'Smooths skin. Avobenzone 3% Sunscreen, Octisalate 5% Sunscreen, Octocrylene 10% Sunscreen, Water, Glycerin, Mica.',
      ),
    ).toEqual([
      ['Avobenzone 3% Sunscreen, Octisalate 5% Sunscreen, Octocrylene 10%', 'actives'],
      ['Water, Glycerin, Mica', 'inactives'],
    ]);
    // A quoted panel (Supergoop! Sunvisor): its own labels, and the strength's "Ingredients:" after it.
    expect(
      labelled(
        '-Zinc Oxide: Offers SPF 35 protection. "Active Ingredient: Zinc Oxide (15%) Ingredients: Water, Undecane, Mica, Tin Oxide.',
      ),
    ).toEqual([
      ['Zinc Oxide (15%)', 'Active Ingredient'],
      ['Water, Undecane, Mica, Tin Oxide', 'Ingredients'],
    ]);
    // An SPF lip balm's skin protectant beside its filters (Jack Black Intense Therapy Lip Balm SPF 25).
    expect(
      labelled(
        '-Avobenzone 3% -Octinoxate 7.5% -Petrolatum 40.2% Beeswax, Butyrospermum Parkii (Shea) Butter, Lanolin, Ozokerite.',
      ),
    ).toEqual([
      ['Avobenzone 3% -Octinoxate 7.5% -Petrolatum 40.2%', 'actives'],
      ['Beeswax, Butyrospermum Parkii (Shea) Butter, Lanolin, Ozokerite', 'inactives'],
    ]);
    // A labelled list the run opens starts after it, however much white space follows (found by the
    // property suite on a damaged real list), and bullet marks before the run go with it.
    const spaced = `Ingredients: Titanium Dioxide 7.30%, Zinc Oxide 6.90%${' '.repeat(60)}Water, Butylene Glycol, Dimethicone.`;
    expect(labelled(spaced)).toEqual([
      ['Titanium Dioxide 7.30%, Zinc Oxide 6.90%', 'actives'],
      ['Water, Butylene Glycol, Dimethicone', 'Ingredients'],
    ]);
    expect(labelled('- -Avobenzone 3% Water, Glycerin, Dimethicone, Lecithin, Squalane.')).toEqual([
      ['Avobenzone 3%', 'actives'],
      ['Water, Glycerin, Dimethicone, Lecithin, Squalane', 'inactives'],
    ]);
    // Strengths of key ingredients that are no UV filters, or inside the list, are no actives; nor is a
    // protectant's with no filter beside it.
    expect(
      labelled('-Dimethicone 1% -Niacinamide 5% Water, Glycerin, Dimethicone, Niacinamide, Lecithin.'),
    ).toEqual([
      ['-Dimethicone 1% -Niacinamide 5% Water, Glycerin, Dimethicone, Niacinamide, Lecithin', undefined],
    ]);
    expect(
      labelled('-Niacinamide 10% -Zinc PCA 1% Water, Glycerin, Niacinamide, Zinc PCA, Lecithin.'),
    ).toEqual([
      ['-Niacinamide 10% -Zinc PCA 1% Water, Glycerin, Niacinamide, Zinc PCA, Lecithin', undefined],
    ]);
    expect(labelled('Water, Zinc Oxide 5%, Glycerin, Lecithin.')).toEqual([
      ['Water, Zinc Oxide 5%, Glycerin, Lecithin', undefined],
    ]);
  });

  it('reads no label in a sentence that ends with "active ingredient" (shop description)', () => {
    const text =
      'Liquid Oxygen: Improves the efficacy of any active ingredient.\n\n' +
      'Caffeine: A vasoconstrictor that reduces the look of puffiness.';
    expect(lists(text)).toEqual([]);
  });

  it('reads no list in a marketing heading or an exclamation (retailer tabs)', () => {
    // A heading of key ingredients after the label, and a review after the block: neither is INCI.
    const highlighted =
      'Highlighted Ingredients: -Niacinamide: Restores skin clarity. Water (Aqua), Niacinamide, Glycerin.';
    expect(lists(highlighted).map((r) => r.text)).toEqual(['Water (Aqua), Niacinamide, Glycerin']);
    expect(lists('-Dandelion Root: Visibly smooths skin.\nMy wrinkles vanished, clinically proven!')).toEqual(
      [],
    );
  });

  it('reads on over the period of "No." (Sephora tab text: "FD&C Yellow No. 5")', () => {
    const text = 'Mica, Phenoxyethanol, FD&C Yellow No. 6/CI 15985, Fd&C Yellow No. 5/CI 19140.';
    expect(lists(text).map((r) => r.text)).toEqual([text.slice(0, -1)]);
  });

  it('reads on over a line break after a comma: a page source wraps a paragraph where it likes', () => {
    const text =
      'Gel Essence: Aqua, Glycerin, Parfum. Water Cream Mask: Aqua,\n  Niacinamide, Squalane, Limonene.';
    expect(lists(text).map((r) => r.text)).toEqual([
      'Aqua, Glycerin, Parfum',
      'Aqua,\n  Niacinamide, Squalane, Limonene',
    ]);
    // A line break with no comma before it still ends a list.
    expect(lists('Aqua, Glycerin, Parfum\nMade in France').map((r) => r.text)).toEqual([
      'Aqua, Glycerin, Parfum',
    ]);
  });

  it('leaves "Name: a, b, c" to the dictionary: such a run is a guess', () => {
    const text = 'Skin Type: Normal, Dry, Combination, and Oily.';
    expect(locateInciLists(text).map((r) => r.guess)).toEqual([true]);
  });

  it('keeps a shade list after its opener and colon in the list it belongs to', () => {
    const text = 'Glycerin, Mica, Tocopherol. May contain: CI 77891, CI 77491, CI 77492.';
    expect(lists(text)).toEqual([{ text: text.slice(0, -1), label: undefined }]);
  });

  it('keeps a name with a spaced hyphen whole (SkinSort: "Cannabidiol - Synthetically Produced")', () => {
    const text = 'Water,Glycerin,Cannabidiol - Synthetically Produced,Xanthan Gum,Parfum';
    expect(lists(text)[0]?.text).toBe(text);
  });
});
