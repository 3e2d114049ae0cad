/** CSV helpers shared by the CosIng inventory and annex compilers. */
import { parse } from 'csv-parse/sync';

export class CosingError extends Error {}

export function rows(text: string): string[][] {
  return parse(text, { relax_quotes: true, relax_column_count: true, bom: true, skip_empty_lines: false });
}

export function squash(value: string | undefined, max: number): string | undefined {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  if (s === '' || s === '-') return undefined;
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export function splitCas(value: string): string[] {
  return value
    .split(/[\s/,;]+/)
    .map((c) => c.replace(/\(.*?\)/g, '').trim())
    .filter((c) => /^\d{2,7}-\d{2}-\d$/.test(c));
}
