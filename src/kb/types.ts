/**
 * The compiled knowledge base: the one JSON document that `npm run kb` writes to generated/kb.json
 * and that the annotator and the CLI load. Source data in data/ is validated by ./schema.ts first;
 * this file only describes what comes out of the compiler.
 */

/** Fixed verdict scale for marketing claims. */
export const VERDICTS = [
  'supported',
  'limited-evidence',
  'unsupported',
  'misleading',
  'unregulated-term',
  'drug-claim',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How strong the evidence is for an ingredient's headline use or for a claim. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'limited', 'weak', 'none'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const SOURCE_KINDS = [
  'rct',
  'review',
  'observational',
  'regulation',
  'guidance',
  'enforcement',
  'in-vitro',
  'manufacturer-study',
  'database',
  'textbook',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  authors: string;
  year: number;
  title: string;
  venue: string;
  doi?: string;
  pmid?: string;
  url?: string;
  kind: SourceKind;
}

/** EU Cosmetics Regulation annexes: II prohibited, III restricted, IV colourants, V preservatives, VI UV filters. */
export const ANNEXES = ['II', 'III', 'IV', 'V', 'VI'] as const;
export type Annex = (typeof ANNEXES)[number];

/** One row of an EU annex, reduced to what a shopper needs; whole rows stay in data/cosing. */
export interface AnnexEntry {
  annex: Annex;
  /** The annex's reference number ("98", "1a"). */
  ref: string;
  /** The substance as the annex names it (glossary name, else chemical name), shortened. */
  name: string;
  /** Product types or body parts the limit applies to, shortened. */
  scope?: string;
  /** Maximum concentration in the ready-for-use product, shortened. */
  limit?: string;
  /** Other conditions of use, shortened. */
  conditions?: string;
  /** A fragrance allergen that must be named on labels: one of the original 26, or added in 2023. */
  allergen?: 'eu-26' | 'eu-2023';
}

/** A curated flag ("retinoid-pregnancy"): what the UI shows beside an ingredient. */
export interface FlagDefinition {
  id: string;
  label: string;
  /** "caution" flags deserve a warning style; "info" flags are facts (an approved preservative). */
  level: 'info' | 'caution';
  explanation: string;
  sources: string[];
}

/** A background topic (collagen masks, procedures, ...) the popup can link to. */
export interface Topic {
  id: string;
  title: string;
  summary: string;
  points: string[];
  evidenceGrade: EvidenceGrade;
  /** Claim families and curated ingredients the topic explains. */
  related: string[];
  sources: string[];
}

export interface CuratedIngredient {
  id: string;
  /** Canonical INCI name (CosIng spelling, title case as printed on packs). */
  inci: string;
  /** Other INCI names and spellings that denote the same ingredient. */
  synonyms: string[];
  /** Common and trade names a shopper meets in marketing ("Matrixyl", "vitamin C"). */
  commonNames: string[];
  /** Plain-language explanation, our own words. */
  summary: string;
  /** Molecular weight in daltons where meaningful, with what it implies for penetration. */
  molecularWeight?: { da: number | null; note: string };
  evidence: { use: string; grade: EvidenceGrade }[];
  flags: string[];
  sources: string[];
}

export interface ClaimFamily {
  id: string;
  /** Short name shown as the tooltip heading ("Boosts collagen"). */
  label: string;
  /** Regular-expression sources, matched case-insensitively against page text. */
  patterns: string[];
  verdict: Verdict;
  evidenceGrade: EvidenceGrade;
  explanation: string;
  wouldSupport: string;
  sources: string[];
  /**
   * Each pattern's trigger words (see core/regex-triggers.ts), or null where none can be proven. Worked
   * out when the knowledge base is compiled, so the page does not parse 200 patterns on every start;
   * absent from the source files.
   */
  triggers?: ({ words: string[]; leading: boolean } | null)[];
}

/** The CosIng inventory, columnar to keep it compact. Index i describes one INCI name. */
/** The dictionary as read from the CosIng exports, one column per field (src/kb/cosing.ts). */
export interface CosingDictionary {
  /** Canonical INCI names, upper case as CosIng prints them. */
  names: string[];
  /** Function vocabulary; `fn[i]` indexes into it. */
  functions: string[];
  fn: number[][];
  /** CAS numbers of names[i] ("" when CosIng gives none; several joined by " / "). */
  cas: string[];
  /** Annex rows that name at least one dictionary entry. */
  annexEntries: AnnexEntry[];
  /** Sparse: name index (as a string key) to indices into annexEntries. */
  annex: Record<string, number[]>;
  /** Release dates of the CosIng files compiled, for the attribution line. */
  editions: string[];
}

/**
 * The dictionary as compiled and shipped: sorted by lookup key, with the keys and the common words, and
 * packed to parse fast (src/kb/dictionary-codes.ts).
 */
export interface Dictionary extends Omit<CosingDictionary, 'fn' | 'annex' | 'annexEntries'> {
  /**
   * Each annex row as its own JSON text, parsed when a name that has it is looked up: a page needs a
   * handful of the 774 rows, and parsing them all as objects cost every page about 1 ms.
   */
  annexEntries: string[];
  /** The annex map as sorted (name index, annexEntries index) pairs (see encodeAnnex, annexRows). */
  annex: string;
  /**
   * The lookup key of every name (`ingredientKey`), joined by KEY_SEPARATOR, in ascending code-unit
   * order: one string parses fast, and a binary search over it needs no index built on the page.
   */
  keys: string;
  /** Each key's length as one character (see encodeLengths): the page reads keys in place. */
  lengths: string;
  /** Where every KEY_STRIDE-th key starts in `keys` (see keyCheckpoints); optional, as the page can work it out. */
  keyAt?: number[];
  /** Words used by two or more names, joined by KEY_SEPARATOR: a name made only of them is real, not a typo. */
  words: string;
  /**
   * The typo search's last-letter index (see `lastCharOrder`), as encodeIndices writes it. Optional: without it the page gathers a letter's names on its first typo.
   */
  byLast?: string;
  /** Each name's function indices as one character each (see decodeFunctions), joined by FN_SEPARATOR. */
  fn: string;
  /** Where every FN_STRIDE-th name's codes start in `fn` (see functionsOf). */
  fnAt: number[];
}

export interface CompiledKb {
  version: 1;
  attribution: string;
  sources: Source[];
  ingredients: CuratedIngredient[];
  claims: ClaimFamily[];
  flags: FlagDefinition[];
  topics: Topic[];
  /** US colour-additive name in lower case ("red 40") to its colour index name ("CI 16035"). */
  colourIndex: Record<string, string>;
  dictionary: Dictionary;
}
