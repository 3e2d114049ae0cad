/**
 * The report: the stable, public shape of what the extension found on one page. Other tools read it
 * (the CLI prints it with --json), so fields are only ever added, never renamed.
 */
import * as z from '../lib/zod';

export const PageVerdictSchema = z.object({
  isSkincareProduct: z.boolean(),
  /** 'skincare-product' | 'product' | 'listing' | 'recipe' | 'article' | 'other' */
  kind: z.string(),
  confidence: z.number(),
  signals: z.array(z.string()),
});

export const ReportIngredientSchema = z.object({
  /** As written on the page. */
  name: z.string(),
  /** Canonical INCI name, or null when not recognised. */
  inci: z.nullable(z.string()),
  known: z.boolean(),
  functions: z.array(z.string()),
  explanation: z.optional(z.string()),
  flags: z.array(z.string()),
});

export const ReportClaimSchema = z.object({
  /** The exact page text that matched. */
  text: z.string(),
  claimId: z.string(),
  verdict: z.string(),
  explanation: z.string(),
  sources: z.array(z.string()),
});

export const ReportSchema = z.object({
  url: z.nullable(z.string()),
  page: PageVerdictSchema,
  product: z.object({ name: z.nullable(z.string()), brand: z.nullable(z.string()) }),
  ingredients: z.array(ReportIngredientSchema),
  claims: z.array(ReportClaimSchema),
});

export type PageVerdict = z.infer<typeof PageVerdictSchema>;
export type ReportIngredient = z.infer<typeof ReportIngredientSchema>;
export type ReportClaim = z.infer<typeof ReportClaimSchema>;
export type Report = z.infer<typeof ReportSchema>;
