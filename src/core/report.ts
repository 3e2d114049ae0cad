/**
 * The report: the stable, public shape of what the extension found on one page. Other tools read it
 * (the CLI prints it with --json), so fields are only ever added, never renamed.
 */
import * as z from '../lib/zod';

// Exported schemas are declared lazily: zod builds a schema's machinery where it is declared, and a
// content script would pay for all of them at start (about 10 ms of the annotator's, measured) though
// it parses only the odd message. Each is built on its first parse.

export const PageVerdictSchema = z.lazy(() =>
  z.object({
    isSkincareProduct: z.boolean(),
    /** 'skincare-product' | 'product' | 'listing' | 'recipe' | 'article' | 'other' */
    kind: z.string(),
    confidence: z.number(),
    signals: z.array(z.string()),
  }),
);

export const ReportIngredientSchema = z.lazy(() =>
  z.object({
    /** As written on the page. */
    name: z.string(),
    /** Canonical INCI name, or null when not recognised. */
    inci: z.nullable(z.string()),
    known: z.boolean(),
    functions: z.array(z.string()),
    explanation: z.optional(z.string()),
    flags: z.array(z.string()),
    /** How the name was recognised: 'exact' | 'variant' | 'alias' | 'fuzzy' (absent when not recognised). */
    matchedBy: z.optional(z.string()),
    /** 1 for exact, variant and alias matches; the similarity of a typo match; 0 when not recognised. */
    confidence: z.optional(z.number()),
    /** Listed after "May contain" / "+/-": present in some shades only. */
    mayContain: z.optional(z.boolean()),
    /** The labelled part of the list it came from ("Active Ingredient", a kit's "Gel Essence"). */
    list: z.optional(z.string()),
    /**
     * What the part is where the page printed no name for it: 'actives' (Drug Facts actives found as a
     * run of UV filters with strengths) or 'inactives' (the list beside them). Worded by the popup.
     */
    listRole: z.optional(z.enum(['actives', 'inactives'])),
    /** Entries of the user's avoid list this ingredient matches: `group:<id>`, or a name as the user wrote it. */
    avoid: z.optional(z.array(z.string())),
  }),
);

export const ReportClaimSchema = z.lazy(() =>
  z.object({
    /** The exact page text that matched. */
    text: z.string(),
    claimId: z.string(),
    verdict: z.string(),
    explanation: z.string(),
    sources: z.array(z.string()),
  }),
);

export const ReportSchema = z.lazy(() =>
  z.object({
    url: z.nullable(z.string()),
    page: PageVerdictSchema,
    product: z.object({ name: z.nullable(z.string()), brand: z.nullable(z.string()) }),
    ingredients: z.array(ReportIngredientSchema),
    claims: z.array(ReportClaimSchema),
    /** The ingredient list as a whole, when one was found. */
    ingredientList: z.optional(
      z.object({
        count: z.number(),
        recognised: z.number(),
        /**
         * Estimated start of the ≤ 1 % zone of each ordered list (a kit prints one per product): the index
         * of the first ingredient capped at or usually used below 1 % (a preservative with a legal cap,
         * fragrance or an allergen). An estimate.
         */
        onePercentLines: z.array(z.object({ index: z.number(), marker: z.string(), reason: z.string() })),
        /** Index of the first ingredient of each printed list: two unnamed lists are still two. */
        listStarts: z.array(z.number()),
      }),
    ),
  }),
);

export type PageVerdict = z.infer<typeof PageVerdictSchema>;
export type ReportIngredient = z.infer<typeof ReportIngredientSchema>;
export type ReportClaim = z.infer<typeof ReportClaimSchema>;
export type Report = z.infer<typeof ReportSchema>;
