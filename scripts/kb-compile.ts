/**
 * Compiles the reviewed data in data/ into generated/kb.json, the one document the extension and the
 * CLI load. Any invalid entry stops the build with the file, the entry and the field named.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ClaimFamilySchema, CuratedIngredientSchema, SourceSchema } from '../src/kb/schema';
import type { ClaimFamily, CompiledKb, CuratedIngredient, Dictionary, Source } from '../src/kb/types';
import type { z } from '../src/lib/zod';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
export const OUTPUT = join(ROOT, 'generated', 'kb.json');

export class KbError extends Error {}

function readJsonArray(file: string): unknown[] {
  const where = relative(ROOT, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KbError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new KbError(`${where}: expected a JSON array of entries`);
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
      `${relative(ROOT, file)}: entry ${typeof name === 'string' ? `"${name}"` : `#${index}`}, field "${field}": ${issue?.message}`,
    );
  });
}

/** The newest modification time under data/ (and of the compiler itself), to know when to recompile. */
export function newestDataMtime(): number {
  let newest = statSync(import.meta.filename).mtimeMs;
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(DATA);
  return newest;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function compileKb(): CompiledKb {
  const sourcesFile = join(DATA, 'sources.json');
  const sources: Source[] = validate(SourceSchema, sourcesFile, readJsonArray(sourcesFile));
  const sourceIds = new Set(sources.map((s) => s.id));

  const ingredients: CuratedIngredient[] = [];
  for (const file of jsonFiles(join(DATA, 'ingredients'))) {
    for (const entry of validate(CuratedIngredientSchema, file, readJsonArray(file))) {
      checkSources(file, entry.id, entry.sources, sourceIds);
      ingredients.push(entry);
    }
  }

  const claims: ClaimFamily[] = [];
  for (const file of jsonFiles(join(DATA, 'claims'))) {
    for (const entry of validate(ClaimFamilySchema, file, readJsonArray(file))) {
      checkSources(file, entry.id, entry.sources, sourceIds);
      entry.patterns.forEach((pattern, i) => {
        try {
          new RegExp(pattern, 'giu');
        } catch (error) {
          throw new KbError(
            `${relative(ROOT, file)}: entry "${entry.id}", field "patterns.${i}": ${(error as Error).message}`,
          );
        }
      });
      const { examples: _examples, ...family } = entry;
      claims.push(family);
    }
  }

  return {
    version: 1,
    attribution: 'Ingredient names and functions: CosIng, (c) European Union',
    sources,
    ingredients,
    claims,
    dictionary: compileDictionary(join(DATA, 'cosing', 'inci-functions.json')),
  };
}

/** CosIng names and functions, columnar: one names array and function indices per name. */
function compileDictionary(file: string): Dictionary {
  const where = relative(ROOT, file);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const names = Object.keys(raw).sort();
  const functions = [...new Set(Object.values(raw).flatMap((v) => (Array.isArray(v) ? v : [])))].sort();
  const fnIndex = new Map(functions.map((f, i) => [f, i]));
  const fn = names.map((name) => {
    const list = raw[name];
    if (!Array.isArray(list) || list.some((f) => typeof f !== 'string')) {
      throw new KbError(`${where}: entry "${name}": functions must be an array of strings`);
    }
    return list.map((f) => fnIndex.get(f) as number);
  });
  return { names, functions, fn };
}

function checkSources(file: string, entryId: string, ids: string[], known: Set<string>): void {
  ids.forEach((sourceId, i) => {
    if (!known.has(sourceId)) {
      throw new KbError(
        `${relative(ROOT, file)}: entry "${entryId}", field "sources.${i}": unknown source "${sourceId}"`,
      );
    }
  });
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  try {
    const kb = compileKb();
    mkdirSync(join(ROOT, 'generated'), { recursive: true });
    writeFileSync(OUTPUT, JSON.stringify(kb));
    console.log(
      `kb: ${kb.sources.length} sources, ${kb.ingredients.length} curated ingredients, ${kb.claims.length} claim families, ${kb.dictionary.names.length} dictionary names -> ${relative(ROOT, OUTPUT)}`,
    );
  } catch (error) {
    if (error instanceof KbError) {
      console.error(`kb: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
