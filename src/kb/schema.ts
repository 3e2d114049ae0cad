/**
 * Schemas of the reviewed source data in data/. The compiler validates every file against these and
 * names the file, entry and field of anything invalid.
 */
import { z } from '../lib/zod';
import { EVIDENCE_GRADES, SOURCE_KINDS, VERDICTS } from './types';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const text = z.string().check(z.minLength(1));

export const SourceSchema = z.object({
  id,
  authors: text,
  year: z.number().check(z.int(), z.gte(1900), z.lte(2100)),
  title: text,
  venue: text,
  doi: z.optional(text),
  pmid: z.optional(z.string().check(z.regex(/^\d+$/))),
  url: z.optional(z.url()),
  kind: z.enum(SOURCE_KINDS),
});

export const CuratedIngredientSchema = z.object({
  id,
  inci: text,
  synonyms: z.array(text),
  commonNames: z.array(text),
  summary: text,
  molecularWeight: z.optional(z.object({ da: z.nullable(z.number()), note: text })),
  evidence: z.array(z.object({ use: text, grade: z.enum(EVIDENCE_GRADES) })),
  flags: z.array(id),
  sources: z.array(id).check(z.minLength(1, 'cite at least one source')),
});

export const ClaimFamilySchema = z.object({
  id,
  label: text,
  patterns: z.array(text).check(z.minLength(1)),
  verdict: z.enum(VERDICTS),
  evidenceGrade: z.enum(EVIDENCE_GRADES),
  explanation: text,
  wouldSupport: text,
  sources: z.array(id).check(z.minLength(1, 'cite at least one source')),
  examples: z.object({
    match: z.array(text).check(z.minLength(2, 'give at least two sentences the patterns match')),
    noMatch: z.array(text).check(z.minLength(2, 'give at least two sentences the patterns must not match')),
  }),
});

export const FlagSchema = z.object({
  id,
  label: text,
  level: z.enum(['info', 'caution']),
  explanation: text,
  sources: z.array(id).check(z.minLength(1, 'cite at least one source')),
});

export const TopicSchema = z.object({
  id,
  title: text,
  summary: text,
  points: z.array(text).check(z.minLength(1)),
  evidenceGrade: z.enum(EVIDENCE_GRADES),
  related: z.array(id),
  sources: z.array(id).check(z.minLength(1, 'cite at least one source')),
});

export type ClaimFamilyInput = z.infer<typeof ClaimFamilySchema>;

/** US colour-additive names ("Red 40") and the colour index number EU labels and CosIng use. */
export const ColourAdditiveSchema = z.object({
  us: z.string().check(z.regex(/^(?:Blue|Green|Orange|Red|Violet|Yellow) \d{1,2}$/, 'like "Red 40"')),
  ci: z.string().check(z.regex(/^CI \d{5}$/, 'like "CI 16035"')),
});
