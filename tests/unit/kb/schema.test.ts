import { describe, expect, it } from 'vitest';
import { CROSS_CHECK_IDS } from '../../../src/core/cross-checks';
import {
  ClaimFamilySchema,
  CuratedIngredientSchema,
  FlagSchema,
  SourceSchema,
  TopicSchema,
} from '../../../src/kb/schema';
import { EVIDENCE_GRADES, VERDICTS } from '../../../src/kb/types';
import { claimInputs, DATA, dataFiles, loadCosing, loadKb, readJson } from './helpers';

describe('data files', () => {
  it('validate against their schemas', () => {
    for (const s of readJson<unknown[]>(`${DATA}/sources.json`))
      expect(SourceSchema.safeParse(s).success).toBe(true);
    for (const f of readJson<unknown[]>(`${DATA}/flags.json`))
      expect(FlagSchema.safeParse(f).success).toBe(true);
    for (const t of readJson<unknown[]>(`${DATA}/topics.json`))
      expect(TopicSchema.safeParse(t).success).toBe(true);
    for (const file of dataFiles('ingredients')) {
      for (const e of readJson<unknown[]>(file)) {
        const r = CuratedIngredientSchema.safeParse(e);
        expect(r.success, `${file}: ${JSON.stringify(r.error?.issues[0])}`).toBe(true);
      }
    }
    for (const c of claimInputs()) expect(ClaimFamilySchema.safeParse(c).success, c.id).toBe(true);
  });

  it('reject an invalid entry with a message naming the field', () => {
    const bad = { ...claimInputs()[0], verdict: 'probably-fine' };
    const r = ClaimFamilySchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['verdict']);
  });
});

describe('compiled knowledge base', { timeout: 60_000 }, () => {
  const kb = loadKb();

  it('reaches the v1 counts', () => {
    expect(kb.ingredients.length).toBeGreaterThanOrEqual(150);
    expect(kb.claims.length).toBeGreaterThanOrEqual(60);
    expect(CROSS_CHECK_IDS.length).toBeGreaterThanOrEqual(6);
    expect(kb.topics.length).toBeGreaterThanOrEqual(6);
    expect(kb.dictionary.names.length).toBe(loadCosing().dictionary.names.length);
    expect(kb.dictionary.names.length).toBeGreaterThan(28000);
  });

  it('has unique ids and unique names', () => {
    for (const list of [kb.sources, kb.ingredients, kb.claims, kb.flags, kb.topics]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const names = kb.ingredients.flatMap((i) => [i.inci, ...i.synonyms].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(kb.dictionary.names).size).toBe(kb.dictionary.names.length);
  });

  it('uses only the fixed verdict and grade scales, and defined flags', () => {
    const flags = new Set(kb.flags.map((f) => f.id));
    for (const c of kb.claims) {
      expect(VERDICTS).toContain(c.verdict);
      expect(EVIDENCE_GRADES).toContain(c.evidenceGrade);
    }
    for (const i of kb.ingredients) {
      for (const e of i.evidence) expect(EVIDENCE_GRADES).toContain(e.grade);
      for (const f of i.flags) expect(flags.has(f), `${i.id}: ${f}`).toBe(true);
    }
  });

  it('gives every curated ingredient an evidence grade and every claim an explanation', () => {
    for (const i of kb.ingredients) expect(i.evidence.length, i.id).toBeGreaterThan(0);
    for (const c of kb.claims) expect(c.explanation.length).toBeGreaterThan(40);
  });

  it('names CosIng in the attribution', () => {
    expect(kb.attribution).toContain('CosIng, (c) European Union');
  });

  it('covers the seed topics and kb-facts ingredients', () => {
    const ids = new Set(kb.ingredients.map((i) => i.id));
    for (const id of [
      'collagen',
      'hydrolyzed-collagen',
      'soluble-collagen',
      'atelocollagen',
      'elastin',
      'hydrolyzed-elastin',
      'sciadopitys-verticillata-root-extract',
      'malus-domestica-fruit-cell-culture-extract',
      'honey',
      'palmitoyl-pentapeptide-4',
      'acetyl-hexapeptide-8',
      'copper-tripeptide-1',
      'hyaluronic-acid',
      'sodium-hyaluronate',
      'hydrolyzed-hyaluronic-acid',
      'retinol',
      'retinyl-palmitate',
      'retinal',
      'retinoic-acid',
      'bakuchiol',
      'niacinamide',
      'ascorbic-acid',
      'tetrahexyldecyl-ascorbate',
      'ceramide-np',
      'squalane',
      'zinc-oxide',
      'titanium-dioxide',
      'snail-secretion-filtrate',
      'sh-oligopeptide-1',
      'glycerin',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const topics = new Set(kb.topics.map((t) => t.id));
    for (const t of [
      'collagen-masks',
      'firming-essences',
      'slowing-collagen-loss',
      'procedures',
      'facial-exercise',
    ]) {
      expect(topics.has(t), t).toBe(true);
    }
  });

  it('covers all 26 original EU fragrance allergens with a flag', () => {
    const flagged = kb.ingredients.filter((i) => i.flags.includes('eu-fragrance-allergen'));
    expect(flagged.length).toBeGreaterThanOrEqual(26);
  });
});
