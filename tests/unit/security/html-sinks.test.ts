/**
 * No source file hands text to an HTML or code sink. Page text and knowledge-base text reach the DOM
 * only as text (textContent, Preact children); this scan keeps it that way, and keeps the explanation
 * given for web-ext lint's innerHTML warning true (that warning points into Preact, never into our code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML assignment', /\.(?:inner|outer)HTML\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\b/],
  ['eval', /\beval\s*\(/],
  ['Function constructor', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

describe('HTML and code sinks', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('scans the whole extension source', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(SINKS)('no %s in src/', (_name, pattern) => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          pattern.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
