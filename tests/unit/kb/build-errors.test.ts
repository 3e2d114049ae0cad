/** The build must stop on any invalid entry and say where: file, entry id and field. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileKb, KbError } from '../../../scripts/kb-compile';
import { compileCosing } from '../../../src/kb/cosing';
import { DATA } from './helpers';

const tinyCosing = compileCosing(
  { functionsJson: '{"GLYCERIN":["HUMECTANT"]}', casCsv: 'inci_name,cas_number,einecs_number,function\n' },
  [],
);

let dir = '';
function brokenCopy(file: string, edit: (entries: Record<string, unknown>[]) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const sub of ['claims', 'ingredients']) cpSync(join(DATA, sub), join(dir, sub), { recursive: true });
  for (const f of ['sources.json', 'flags.json', 'topics.json', 'colour-additives.json'])
    cpSync(join(DATA, f), join(dir, f));
  const path = join(dir, file);
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  edit(entries);
  writeFileSync(path, JSON.stringify(entries));
  return dir;
}

function failure(data: string): string {
  try {
    compileKb(tinyCosing, data);
  } catch (error) {
    expect(error).toBeInstanceOf(KbError);
    return (error as Error).message;
  }
  throw new Error('the build accepted invalid data');
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('build errors', { timeout: 60_000 }, () => {
  it('compiles the real data', () => {
    expect(compileKb(tinyCosing).claims.length).toBeGreaterThan(0);
  });

  it('name the file, entry and field of a schema violation', () => {
    const data = brokenCopy('claims/collagen-firming.json', (e) => {
      if (e[0]) e[0].verdict = 'probably-fine';
    });
    expect(failure(data)).toMatch(/claims\/collagen-firming\.json: entry "boosts-collagen", field "verdict"/);
  });

  it('reject an unknown source', () => {
    const data = brokenCopy('ingredients/actives.json', (e) => {
      if (e[0]) e[0].sources = ['no-such-source'];
    });
    expect(failure(data)).toMatch(
      /ingredients\/actives\.json: entry "[a-z0-9-]+", field "sources\.0": unknown source/,
    );
  });

  it('reject a pattern that misses its own example', () => {
    const data = brokenCopy('claims/testing-evidence.json', (e) => {
      if (e[0]) e[0].patterns = ['\\bnever-matches-anything\\b'];
    });
    expect(failure(data)).toMatch(/field "examples\.match\.0": no pattern matches/);
  });

  it('reject an invalid regular expression', () => {
    const data = brokenCopy('claims/testing-evidence.json', (e) => {
      if (e[0]) e[0].patterns = ['(unclosed'];
    });
    expect(failure(data)).toMatch(/field "patterns\.0"/);
  });

  it('reject duplicate names and undefined flags', () => {
    const dup = brokenCopy('ingredients/actives.json', (e) => {
      if (e[1]) e[1].synonyms = ['Retinol'];
    });
    expect(failure(dup)).toMatch(/duplicate ingredient name "Retinol"/);
    rmSync(dir, { recursive: true, force: true });
    const flag = brokenCopy('ingredients/actives.json', (e) => {
      if (e[0]) e[0].flags = ['made-up-flag'];
    });
    expect(failure(flag)).toMatch(/field "flags\.0": unknown flag "made-up-flag"/);
  });

  it('reject a source that nothing cites', () => {
    const data = brokenCopy('sources.json', (e) => {
      e.push({ id: 'orphan-source', authors: 'A', year: 2020, title: 'T', venue: 'V', kind: 'review' });
    });
    expect(failure(data)).toMatch(
      /sources\.json: entry "orphan-source", field "id": source is cited by no entry/,
    );
  });
});
