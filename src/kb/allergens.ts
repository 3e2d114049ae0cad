/**
 * The 26 fragrance allergens of Directive 2003/15/EC, named individually on EU labels above 0.001 %
 * (leave-on) or 0.01 % (rinse-off). One list, used for flags (later Annex III rows come from
 * Reg. (EU) 2023/1545) and for the 1 % line (these are trace ingredients in practice).
 */
export const ORIGINAL_ALLERGENS: ReadonlySet<string> = new Set([
  'AMYL CINNAMAL',
  'AMYLCINNAMYL ALCOHOL',
  'ANISE ALCOHOL',
  'BENZYL ALCOHOL',
  'BENZYL BENZOATE',
  'BENZYL CINNAMATE',
  'BENZYL SALICYLATE',
  'BUTYLPHENYL METHYLPROPIONAL',
  'CINNAMAL',
  'CINNAMYL ALCOHOL',
  'CITRAL',
  'CITRONELLOL',
  'COUMARIN',
  'EUGENOL',
  'FARNESOL',
  'GERANIOL',
  'HEXYL CINNAMAL',
  'HYDROXYCITRONELLAL',
  'HYDROXYISOHEXYL 3-CYCLOHEXENE CARBOXALDEHYDE',
  'ISOEUGENOL',
  'ALPHA-ISOMETHYL IONONE',
  'LIMONENE',
  'LINALOOL',
  'METHYL 2-OCTYNOATE',
  'EVERNIA PRUNASTRI EXTRACT',
  'EVERNIA FURFURACEA EXTRACT',
]);
