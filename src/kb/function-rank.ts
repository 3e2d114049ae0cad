/**
 * CosIng lists an ingredient's functions in alphabetical order, and nearly every common ingredient has
 * a few that only matter in other products: Glycerin's read "denaturant, fragrance, hair conditioning,
 * humectant, …". Shown in that order, a shopper reads that glycerin is a fragrance. The compiled
 * dictionary keeps each name's functions in the order below instead: what the ingredient does for skin
 * first, then its role in the formula, then the uses that belong to perfume, hair, nails, teeth or
 * another product type. Every function is kept; only the order changes.
 */

/**
 * What a shopper reads an ingredient for, most specific first: its effect on skin, and what keeps the
 * product safe to use (preservative, antioxidant). "UV absorber" is not here: in CosIng it protects the
 * product from light, where "UV filter" protects the skin.
 */
const FOR_SKIN = [
  'UV FILTER',
  'EXFOLIATING',
  'KERATOLYTIC',
  'PRESERVATIVE',
  'ANTIOXIDANT',
  'HUMECTANT',
  'SKIN CONDITIONING - HUMECTANT',
  'MOISTURISING',
  'SKIN CONDITIONING - EMOLLIENT',
  'SKIN CONDITIONING - OCCLUSIVE',
  'SKIN PROTECTING',
  'SOOTHING',
  'ANTI-SEBUM',
  'ASTRINGENT',
  'BLEACHING',
  'SMOOTHING',
  'REFATTING',
  'TANNING',
];

/** The ingredient's job in the formula: cleansing, texture, stability. */
const IN_FORMULA = [
  'SURFACTANT - CLEANSING',
  'CLEANSING',
  'SURFACTANT - EMULSIFYING',
  'EMULSIFYING',
  'SURFACTANT',
  'SURFACTANT - SOLUBILIZING',
  'EMULSION STABILISING',
  'VISCOSITY CONTROLLING',
  'GEL FORMING',
  'FILM FORMING',
  'SOLVENT',
  'CHELATING',
  'BUFFERING',
  'PH ADJUSTERS',
  'ANTIMICROBIAL',
  'COLORANT',
  'OPACIFYING',
  'ABSORBENT',
  'UV ABSORBER',
  'LIGHT STABILIZER',
  'SLIP MODIFIER',
  'ABRASIVE',
  'BINDING',
  'BULKING',
  'FOAMING',
  'SURFACTANT - FOAM BOOSTING',
  'SURFACTANT - HYDROTROPE',
  'SURFACTANT - DISPERSING',
  'DISPERSING NON-SURFACTANT',
  'PLASTICISER',
  'ANTIFOAMING',
  'ANTICAKING',
  'SURFACE MODIFIER',
  'REDUCING',
  'OXIDISING',
  'PROPELLANT',
  'ADHESIVE',
  'PEARLESCENT',
  'ANTICORROSIVE',
  'SKIN CONDITIONING',
  'SKIN CONDITIONING - MISCELLANEOUS',
];

/**
 * Uses that belong to perfume, deodorants, flavour, hair, nails, lashes or teeth, the vague "tonic"
 * and "refreshing", and CosIng's placeholder. Named
 * last, after any function CosIng adds later, which is more likely to say something about skin.
 */
const ELSEWHERE = [
  'PERFUMING',
  'FRAGRANCE',
  'DEODORANT',
  'ANTIPERSPIRANT',
  'MASKING',
  'FLAVOURING',
  'TONIC',
  'REFRESHING',
  'DENATURANT',
  'HAIR CONDITIONING',
  'ANTISTATIC',
  'ANTI-SEBORRHEIC',
  'DETANGLING',
  'HAIR DYEING',
  'HAIR FIXING',
  'HAIR WAVING OR STRAIGHTENING',
  'DEPILATORY',
  'EPILATING',
  'NAIL CONDITIONING',
  'NAIL SCULPTING',
  'EYELASH CONDITIONING',
  'ORAL CARE',
  'ANTIPLAQUE',
  'LYTIC',
  'NOT REPORTED',
];

const RANK = new Map<string, number>([
  ...FOR_SKIN.map((f, i): [string, number] => [f, i]),
  ...IN_FORMULA.map((f, i): [string, number] => [f, 100 + i]),
  ...ELSEWHERE.map((f, i): [string, number] => [f, 300 + i]),
]);
/** A function this list does not know yet: after the formula roles, before the other products' uses. */
const UNKNOWN_RANK = 200;

/** `functions` (CosIng's upper-case names) with the most telling for skin care first; a stable sort. */
export function rankFunctions(functions: readonly string[]): string[] {
  return functions
    .map((f, i) => ({ f, i, rank: RANK.get(f) ?? UNKNOWN_RANK }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ f }) => f);
}

/** Whether the order above places `f` (a test checks every function the inventory uses). */
export function hasPlace(f: string): boolean {
  return RANK.has(f);
}
