/**
 * Real printed ingredient lists, read from the third-party data kept beside the repository
 * (../shared/data/ingredient-lists). They seed the mutation properties: real lists carry the quirks
 * random strings never hit (locants, bilingual names, shade lists, OCR line breaks). When the folder is
 * absent, `hasRealLists` is false and the suites that need it skip.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const LISTS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'ingredient-lists');

export const hasRealLists = existsSync(LISTS);

type Row = Record<string, string>;

/** Enough bytes for the rows taken: the largest file is 8 MB, and every test file reads it. */
const HEAD_BYTES = 512 * 1024;

function head(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The first `limit` rows: enough variety for the mutations. */
function csv(file: string, limit: number): Row[] {
  const path = join(LISTS, file);
  if (!existsSync(path)) return [];
  return parse(head(path), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
    to: limit,
  }) as Row[];
}

/** Items of a Python list literal as pandas wrote it: "['a', \"b's\"]". */
function pythonList(value: string): string[] {
  const items: string[] = [];
  for (const m of value.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
    items.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return items;
}

/** Every `ingredients_text` of an Open Beauty Facts response, however deep it sits. */
function obfTexts(json: unknown, out: string[] = []): string[] {
  if (Array.isArray(json)) {
    for (const v of json) obfTexts(v, out);
  } else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key === 'ingredients_text' && typeof value === 'string') out.push(value);
      else obfTexts(value, out);
    }
  }
  return out;
}

let cached: string[] | null = null;

/** A few hundred real lists from every source with a different way of printing them. */
export function realLists(): string[] {
  if (cached) return cached;
  if (!hasRealLists) return [];
  const lists = [
    ...csv('skinsort_skingen_products_claims.csv', 150).map((r) => r.inci_raw ?? ''),
    ...csv('sephora_product_info_skincare_257.csv', 100).flatMap((r) => pythonList(r.ingredients ?? '')),
    ...['incidecoder_kten987_sheet7.csv', 'incidecoder_kten987_sheet8.csv'].flatMap((f) =>
      csv(f, 100).map((r) => r.incide_ingredients ?? ''),
    ),
    ...csv('lookfantastic_clean_ingreds.csv', 60).map((r) => pythonList(r.clean_ingreds ?? '').join(', ')),
    ...csv('socoid_haircare_indonesian.csv', 40).map((r) => r.ingredients ?? ''),
    ...readdirSync(LISTS)
      .filter((f) => /obf.*\.json$/.test(f))
      .flatMap((f) => obfTexts(JSON.parse(readFileSync(join(LISTS, f), 'utf8')))),
  ];
  cached = lists.filter((l) => l.trim().length > 0 && !/^none/i.test(l.trim()));
  return cached;
}
