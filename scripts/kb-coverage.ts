/**
 * Coverage report: how many ingredient tokens in real, messy retailer lists the knowledge base
 * recognises by exact lookup plus a few simple normalisations, and which tokens it misses most often.
 *
 * The lists live outside the repository (../shared/data/ingredient-lists) and are never shipped; the
 * script says so and exits cleanly when they are absent. Splitting here is deliberately simple: the
 * INCI parser does the real work, so misses are sorted into "parsing" (the token is not one name) and
 * "missing" (a plausible single name the dictionary lacks).
 *
 * With --claims it instead counts claim-family matches in real marketing texts (product-texts), and
 * separately in the INCI lists of the same products, where any match is a misfire.
 *
 *   npm run kb:coverage [-- --top 40] [-- --claims]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { claimIndexFor, matchClaims } from '../src/core/claim-matcher';
import { Knowledge } from '../src/core/knowledge';
import { compileKb } from './kb-compile';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'data');
const LISTS = join(SHARED, 'ingredient-lists');
const TEXTS = join(SHARED, 'product-texts');

/** Which column or field of each file holds the ingredient list. */
const CSV_COLUMNS: Record<string, string> = {
  'incidecoder_kten987_sheet7.csv': 'incide_ingredients',
  'incidecoder_kten987_sheet8.csv': 'incide_ingredients',
  'lookfantastic_clean_ingreds.csv': 'clean_ingreds',
  'sephora_product_info_skincare_257.csv': 'ingredients',
  'skincare_leejin_tokenized_ingredients.csv': 'ingredients_list',
  'skinsort_skingen_products_claims.csv': 'inci_raw',
  'socoid_haircare_indonesian.csv': 'ingredients',
};

function listsOf(file: string): string[] {
  const text = readFileSync(join(LISTS, file), 'utf8');
  if (file.endsWith('.json')) {
    const found: string[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'ingredients_text' && typeof x === 'string' && x.trim()) found.push(x);
          else visit(x);
        }
      }
    };
    visit(JSON.parse(text));
    return found;
  }
  const column = CSV_COLUMNS[file];
  if (!column) return [];
  const rows = parse(text, { columns: true, relax_quotes: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  return rows.map((r) => r[column] ?? '').filter((s) => s.trim() && !/^none/i.test(s.trim()));
}

/** Python-style list strings ("['a', 'b']") are rejoined so that over-split names meet again. */
function unlist(text: string): string {
  const t = text.trim();
  if (!t.startsWith('[')) return t;
  return [...t.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .join(', ');
}

/** Commas split names except inside parentheses and between digits ("1,2-Hexanediol"). */
export function splitList(text: string): string[] {
  const s = unlist(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/^\s*(?:ingredients?|inci|composition)\s*:?\s*/i, '');
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    const digitComma = ch === ',' && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '');
    if ((ch === ',' || ch === ';' || ch === '•' || ch === '\n') && depth === 0 && !digitComma) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map(clean).filter((t) => t.length > 0);
}

function clean(token: string): string {
  return token
    .replace(/[*†‡§¹²³]+/g, '')
    .replace(/\(\s*nano\s*\)/gi, '')
    .replace(/\b\d+(?:[.,]\d+)?\s*%/g, '')
    .replace(/^[\s.\-–:]+|[\s.:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The simple normalisations: the whole token, outside or inside parentheses, or one slash part. */
function recognise(k: Knowledge, token: string): boolean {
  if (k.lookup(token)) return true;
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(token);
  if (paren && (k.lookup(paren[1] ?? '') || k.lookup(paren[2] ?? ''))) return true;
  if (/[/\\]/.test(token) && token.split(/[/\\]/).some((p) => k.lookup(p.trim()))) return true;
  return false;
}

type Miss = 'split' | 'format' | 'missing';

/** Word-boundary prefixes and suffixes of every dictionary name: a miss that is one was over-split. */
function fragmentsOf(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const words = name.toLowerCase().split(/(?<=[\s/])/);
    for (let i = 1; i < words.length; i++) {
      out.add(
        words
          .slice(0, i)
          .join('')
          .replace(/[\s/]+$/, ''),
      );
      out.add(words.slice(i).join('').trim());
    }
  }
  return out;
}

/**
 * "split": a fragment of a longer CosIng name (the source split it, e.g. "capric triglyceride");
 * "format": not one name as printed (sentences, "Active:", several names joined by backslashes);
 * "missing": a plausible single name the dictionary lacks, or a misspelling for fuzzy matching.
 */
function classify(token: string, fragments: Set<string>): Miss {
  if (token.split(/\s+/).length > 6 || /[:!?\\]|\.\s|\bmay contain\b|\+\/-|^\W+$|^\d+$/i.test(token))
    return 'format';
  if (fragments.has(token.toLowerCase())) return 'split';
  return 'missing';
}

function main(): void {
  if (!existsSync(LISTS)) {
    console.log('kb:coverage: ../shared/data/ingredient-lists not found; nothing to measure.');
    return;
  }
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) || 40 : 40;
  const kb = compileKb();
  const k = new Knowledge(kb);
  const fragments = fragmentsOf(kb.dictionary.names);
  const misses = new Map<string, number>();
  let total = 0;
  let hits = 0;
  console.log('file                                           lists   tokens  recognised');
  for (const file of readdirSync(LISTS).sort()) {
    const lists = listsOf(file);
    let t = 0;
    let h = 0;
    for (const list of lists) {
      for (const token of splitList(list)) {
        t++;
        if (recognise(k, token)) h++;
        else misses.set(token.toLowerCase(), (misses.get(token.toLowerCase()) ?? 0) + 1);
      }
    }
    total += t;
    hits += h;
    if (t > 0) {
      console.log(
        `${file.padEnd(46)} ${String(lists.length).padStart(6)} ${String(t).padStart(8)}  ${((100 * h) / t).toFixed(1)}%`,
      );
    }
  }
  console.log(`\nall lists: ${hits}/${total} tokens recognised = ${((100 * hits) / total).toFixed(2)}%`);
  const sorted = [...misses.entries()].sort((a, b) => b[1] - a[1]);
  const byKind: Record<Miss, number> = { split: 0, format: 0, missing: 0 };
  for (const [t, c] of sorted) byKind[classify(t, fragments)] += c;
  console.log(
    `unrecognised: ${total - hits} tokens (${misses.size} distinct): ${byKind.split} fragments of a longer name and ` +
      `${byKind.format} not single names (both parsing problems), ${byKind.missing} missing or misspelt names`,
  );
  console.log(`\nmost frequent unrecognised tokens (count, kind, token):`);
  for (const [token, count] of sorted.slice(0, top)) {
    console.log(
      `${String(count).padStart(6)}  ${classify(token, fragments).padEnd(8)} ${token.slice(0, 90)}`,
    );
  }
}

function claimsReport(): void {
  const file = join(TEXTS, 'sephora_daisy_product_info_final_with_claims_dev.csv');
  if (!existsSync(file)) {
    console.log('kb:coverage: ../shared/data/product-texts not found; nothing to measure.');
    return;
  }
  const k = new Knowledge(compileKb());
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, relax_quotes: true }) as Record<
    string,
    string
  >[];
  // The matcher the annotator runs, one family at a time.
  const claimIndex = claimIndexFor(k.kb.claims);
  const matches = (text: string) => matchClaims(text, claimIndex);
  const perRow = rows.map((row) => ({
    marketing: matches([row.name, row.what_it_is, row.highlighted_ingredients].join(' \n ')),
    lists: matches(row.ingredients ?? ''),
  }));
  const count = (found: ReturnType<typeof matches>, id: string) =>
    found.filter((m) => m.family.id === id).map((m) => m.text);
  const fired: [string, number, number, string[]][] = [];
  for (const family of k.kb.claims) {
    let inMarketing = 0;
    let inLists = 0;
    const samples = new Set<string>();
    for (const row of perRow) {
      const found = count(row.marketing, family.id);
      inMarketing += found.length;
      for (const f of found.slice(0, 1)) if (samples.size < 3) samples.add(f.toLowerCase());
      inLists += count(row.lists, family.id).length;
    }
    fired.push([family.id, inMarketing, inLists, [...samples]]);
  }
  console.log(
    `${rows.length} products; matches per claim family in marketing text / in INCI lists (misfires):`,
  );
  for (const [id, m, l, samples] of fired.sort((a, b) => b[1] - a[1])) {
    console.log(
      `${String(m).padStart(5)} ${String(l).padStart(4)}  ${id.padEnd(26)} ${samples.join(' | ').slice(0, 80)}`,
    );
  }
  const families = fired.filter(([, m]) => m > 0).length;
  console.log(
    `${families}/${fired.length} families fire at least once; ${fired.reduce((n, f) => n + f[2], 0)} misfires on INCI lists`,
  );
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--claims')) claimsReport();
  else main();
}
