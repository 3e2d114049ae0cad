import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { kbScripts, pageKb } from '../../../scripts/build';
import { ensureCompiledKb } from '../../../scripts/lib/kb';
import { KB_FILES } from '../../../src/shared/injected-files';

describe('knowledge-base scripts', () => {
  const kb = ensureCompiledKb();

  it.each([true, false])('rebuild the page knowledge base exactly, run in order (release %s)', (release) => {
    const scripts = kbScripts(kb, release);
    expect(scripts.map(([file]) => file)).toEqual(KB_FILES);
    const scope: Record<string, unknown> = { performance };
    scope.globalThis = scope;
    for (const [, source] of scripts) expect(runInNewContext(source, scope)).toBeUndefined();
    expect(JSON.stringify(scope.__skinTruthKb)).toBe(JSON.stringify(pageKb(kb)));
    // The pieces are handed over, not left on the global.
    expect(scope.__skinTruthKbKeys).toBeUndefined();
  });

  it('splits the keys into pieces of similar size, never inside a key', () => {
    const pieces = kbScripts(kb, true)
      .slice(0, -1)
      .map(([, source]) => JSON.parse(/\]=(".*");void 0;\n$/s.exec(source)?.[1] ?? 'null') as string);
    const { keys } = pageKb(kb).dictionary;
    expect(pieces.join('')).toBe(keys);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.endsWith('|')).toBe(true);
      expect(piece.length).toBeLessThan(keys.length / 2);
    }
  });
});
