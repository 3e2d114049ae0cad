/**
 * Compiles the reviewed data in data/ into generated/kb.json, the one document the extension and the
 * CLI load. Any invalid entry stops the build with the file, the entry and the field named.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lastCharOrder } from '../src/core/inci/char-groups';
import { dictionaryWords, FUZZY_MIN_LENGTH } from '../src/core/inci/fuzzy';
import { compareKeys, ingredientKey } from '../src/core/normalize';
import { triggersOf } from '../src/core/regex-triggers';
import type { AnnexInput } from '../src/kb/annexes';
import { type CosingResult, compileCosing } from '../src/kb/cosing';
import {
  encodeAnnex,
  encodeFunctions,
  encodeIndices,
  encodeLengths,
  functionCheckpoints,
  KEY_SEPARATOR,
  keyCheckpoints,
  MAX_FUNCTIONS,
  MAX_INDICES,
  MAX_LENGTH,
} from '../src/kb/dictionary-codes';
import {
  ClaimFamilySchema,
  ColourAdditiveSchema,
  CuratedIngredientSchema,
  FlagSchema,
  SourceSchema,
  TopicSchema,
} from '../src/kb/schema';
import type {
  ClaimFamily,
  CompiledKb,
  CosingDictionary,
  CuratedIngredient,
  Dictionary,
  Source,
} from '../src/kb/types';
import { ANNEXES } from '../src/kb/types';
import type { z } from '../src/lib/zod';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
export const OUTPUT = join(ROOT, 'generated', 'kb.json');

export class KbError extends Error {}

function where(file: string): string {
  return relative(ROOT, file);
}

function readJsonArray(file: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KbError(`${where(file)}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new KbError(`${where(file)}: expected a JSON array of entries`);
  return parsed;
}

function validate<T>(schema: z.ZodMiniType<T>, file: string, entries: unknown[]): T[] {
  return entries.map((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) return result.data;
    const name = (entry as { id?: unknown })?.id;
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(entry)';
    throw new KbError(
      `${where(file)}: entry ${typeof name === 'string' ? `"${name}"` : `#${index}`}, field "${field}": ${issue?.message}`,
    );
  });
}

function fail(file: string, entryId: string, field: string, message: string): never {
  throw new KbError(`${where(file)}: entry "${entryId}", field "${field}": ${message}`);
}

/**
 * The code the compiled output depends on besides this file: the CosIng reader and the core modules
 * it borrows (trigger words, fuzzy index, name keys). All of it is watched, as a recompile takes a second.
 */
const COMPILER_SOURCES = [join(ROOT, 'src', 'kb'), join(ROOT, 'src', 'core')];

/** The newest modification time under data/ and of the compiler's code, to know when to recompile. */
export function newestInputMtime(): number {
  let newest = statSync(import.meta.filename).mtimeMs;
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(DATA);
  for (const dir of COMPILER_SOURCES) visit(dir);
  return newest;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Ids must be unique across a kind; so must every name a lookup could resolve. */
class Uniques {
  private readonly seen = new Map<string, string>();
  constructor(private readonly what: string) {}
  add(key: string, file: string, entryId: string, field: string): void {
    const k = key.toLowerCase();
    const prior = this.seen.get(k);
    if (prior !== undefined) fail(file, entryId, field, `duplicate ${this.what} "${key}" (also in ${prior})`);
    this.seen.set(k, entryId);
  }
}

function checkSources(file: string, entryId: string, ids: string[], known: Set<string>, used: Set<string>) {
  ids.forEach((sourceId, i) => {
    if (!known.has(sourceId)) fail(file, entryId, `sources.${i}`, `unknown source "${sourceId}"`);
    used.add(sourceId);
  });
}

function checkPatterns(file: string, entry: z.infer<typeof ClaimFamilySchema>): void {
  const regexes = entry.patterns.map((pattern, i) => {
    try {
      new RegExp(pattern, 'iu');
      return new RegExp(pattern, 'i');
    } catch (error) {
      return fail(file, entry.id, `patterns.${i}`, (error as Error).message);
    }
  });
  entry.examples.match.forEach((s, i) => {
    if (!regexes.some((r) => r.test(s)))
      fail(file, entry.id, `examples.match.${i}`, `no pattern matches "${s}"`);
  });
  entry.examples.noMatch.forEach((s, i) => {
    if (regexes.some((r) => r.test(s)))
      fail(file, entry.id, `examples.noMatch.${i}`, `a pattern matches "${s}"`);
  });
}

export function readCosing(): CosingResult {
  const dir = join(DATA, 'cosing');
  const annexes: AnnexInput[] = ANNEXES.map((annex) => {
    const file = join(dir, `annex-${annex.toLowerCase()}.csv`);
    return { annex, file: where(file), text: readFileSync(file, 'utf8') };
  });
  return compileCosing(
    {
      functionsJson: readFileSync(join(dir, 'inci-functions.json'), 'utf8'),
      casCsv: readFileSync(join(dir, 'inci-cas.csv'), 'utf8'),
    },
    annexes,
  );
}

/** `data` is a folder laid out like data/; tests point it at a broken copy to check the messages. */
export function compileKb(cosing: CosingResult = readCosing(), data: string = DATA): CompiledKb {
  const sourcesFile = join(data, 'sources.json');
  const sources: Source[] = validate(SourceSchema, sourcesFile, readJsonArray(sourcesFile));
  const sourceIds = new Set<string>();
  for (const s of sources) {
    if (sourceIds.has(s.id)) fail(sourcesFile, s.id, 'id', 'duplicate source id');
    sourceIds.add(s.id);
  }
  const used = new Set<string>();

  const flagsFile = join(data, 'flags.json');
  const flags = validate(FlagSchema, flagsFile, readJsonArray(flagsFile));
  const flagIds = new Uniques('flag id');
  for (const f of flags) {
    flagIds.add(f.id, flagsFile, f.id, 'id');
    checkSources(flagsFile, f.id, f.sources, sourceIds, used);
  }
  const knownFlags = new Set(flags.map((f) => f.id));

  const ingredients: CuratedIngredient[] = [];
  const ingredientIds = new Uniques('ingredient id');
  const ingredientNames = new Uniques('ingredient name');
  for (const file of jsonFiles(join(data, 'ingredients'))) {
    for (const entry of validate(CuratedIngredientSchema, file, readJsonArray(file))) {
      ingredientIds.add(entry.id, file, entry.id, 'id');
      ingredientNames.add(entry.inci, file, entry.id, 'inci');
      entry.synonyms.forEach((n, i) => {
        ingredientNames.add(n, file, entry.id, `synonyms.${i}`);
      });
      entry.flags.forEach((f, i) => {
        if (!knownFlags.has(f))
          fail(file, entry.id, `flags.${i}`, `unknown flag "${f}" (define it in data/flags.json)`);
      });
      checkSources(file, entry.id, entry.sources, sourceIds, used);
      ingredients.push(entry);
    }
  }

  const claims: ClaimFamily[] = [];
  const claimIds = new Uniques('claim id');
  for (const file of jsonFiles(join(data, 'claims'))) {
    for (const entry of validate(ClaimFamilySchema, file, readJsonArray(file))) {
      claimIds.add(entry.id, file, entry.id, 'id');
      checkSources(file, entry.id, entry.sources, sourceIds, used);
      checkPatterns(file, entry);
      const { examples: _examples, ...family } = entry;
      claims.push({ ...family, triggers: family.patterns.map(triggersOf) });
    }
  }

  const topicsFile = join(data, 'topics.json');
  const topics = existsSync(topicsFile) ? validate(TopicSchema, topicsFile, readJsonArray(topicsFile)) : [];
  const topicIds = new Uniques('topic id');
  const related = new Set([...ingredients.map((i) => i.id), ...claims.map((c) => c.id)]);
  for (const t of topics) {
    topicIds.add(t.id, topicsFile, t.id, 'id');
    checkSources(topicsFile, t.id, t.sources, sourceIds, used);
    t.related.forEach((r, i) => {
      if (!related.has(r)) fail(topicsFile, t.id, `related.${i}`, `no claim or ingredient "${r}"`);
    });
  }

  const coloursFile = join(data, 'colour-additives.json');
  const colourIndex: Record<string, string> = {};
  const dictionaryNames = new Set(cosing.dictionary.names);
  for (const c of validate(ColourAdditiveSchema, coloursFile, readJsonArray(coloursFile))) {
    if (cosing.dictionary.names.length > 100 && !dictionaryNames.has(c.ci)) {
      fail(coloursFile, c.us, 'ci', `"${c.ci}" is not a CosIng name`);
    }
    colourIndex[c.us.toLowerCase()] = c.ci;
  }

  const unused = sources.filter((s) => !used.has(s.id));
  if (unused.length > 0) fail(sourcesFile, unused[0]?.id ?? '', 'id', 'source is cited by no entry');

  return {
    version: 1,
    attribution: `Ingredient names, functions, CAS numbers and EU annex status: CosIng, (c) European Union (${cosing.dictionary.editions.slice(1).join('; ')})`,
    sources,
    ingredients,
    claims,
    flags,
    topics,
    colourIndex,
    dictionary: sortedByKey(cosing.dictionary),
  };
}

/**
 * Orders the dictionary by each name's lookup key (see `ingredientKey`) and ships the keys, so the page
 * finds a name by binary search over data it already has, with no index to build on the main thread.
 * The columns are packed as src/kb/dictionary-codes.ts describes; data they cannot carry stops the build.
 */
export function sortedByKey(dictionary: CosingDictionary): Dictionary {
  const cosing = join(DATA, 'cosing');
  const folded = dictionary.names.map(ingredientKey);
  folded.forEach((key, i) => {
    if (key.includes(KEY_SEPARATOR))
      fail(cosing, dictionary.names[i] ?? '', 'inci_name', `contains "${KEY_SEPARATOR}", the key separator`);
    if (key.length > MAX_LENGTH)
      fail(cosing, dictionary.names[i] ?? '', 'inci_name', `longer than ${MAX_LENGTH} characters`);
  });
  if (dictionary.names.length > MAX_INDICES)
    fail(cosing, dictionary.names[MAX_INDICES] ?? '', 'inci_name', `more than ${MAX_INDICES} names`);
  if (dictionary.functions.length > MAX_FUNCTIONS) {
    fail(
      cosing,
      dictionary.functions[MAX_FUNCTIONS] ?? '',
      'function',
      `${dictionary.functions.length} functions, more than the ${MAX_FUNCTIONS} one-character codes`,
    );
  }
  const order = folded.map((_, i) => i).sort((a, b) => compareKeys(folded[a] as string, folded[b] as string));
  const position = new Map(order.map((old, next) => [old, next]));
  const annex: Record<string, number[]> = {};
  for (const [old, rows] of Object.entries(dictionary.annex)) annex[String(position.get(Number(old)))] = rows;
  if (dictionary.annexEntries.length > MAX_INDICES)
    fail(cosing, '', 'annex', `more than ${MAX_INDICES} annex rows`);
  const fn = encodeFunctions(order.map((i) => dictionary.fn[i] as number[]));
  const keys = order.map((i) => folded[i] as string);
  const lengths = encodeLengths(keys);
  return {
    ...dictionary,
    names: order.map((i) => dictionary.names[i] as string),
    keys: keys.join(KEY_SEPARATOR),
    lengths,
    keyAt: keyCheckpoints(lengths),
    words: dictionaryWords(folded).join(KEY_SEPARATOR),
    byLast: encodeIndices(lastCharOrder(keys, FUZZY_MIN_LENGTH)),
    fn,
    fnAt: functionCheckpoints(fn),
    cas: order.map((i) => dictionary.cas[i] as string),
    annex: encodeAnnex(annex),
    annexEntries: dictionary.annexEntries.map((entry) => JSON.stringify(entry)),
  };
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  try {
    const cosing = readCosing();
    const kb = compileKb(cosing);
    mkdirSync(join(ROOT, 'generated'), { recursive: true });
    const json = JSON.stringify(kb);
    writeFileSync(OUTPUT, json);
    const annex = cosing.stats.annexes.map((a) => `${a.annex} ${a.matched}/${a.rows - a.deleted}`).join(', ');
    console.log(
      `kb: ${kb.sources.length} sources, ${kb.ingredients.length} curated ingredients, ${kb.claims.length} claim families, ${kb.flags.length} flags, ${kb.topics.length} topics`,
    );
    console.log(
      `kb: ${kb.dictionary.names.length} CosIng names from ${cosing.stats.inventoryRows} inventory rows, ${kb.dictionary.cas.filter(Boolean).length} with CAS; annex rows matched: ${annex}`,
    );
    console.log(
      `kb: ${where(OUTPUT)} ${(json.length / 1024).toFixed(0)} KB raw, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip`,
    );
  } catch (error) {
    if (error instanceof KbError) {
      console.error(`kb: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
