/** Loads the compiled knowledge base for Node-side tools, compiling it first when data/ is newer. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Knowledge } from '../../src/core/knowledge';
import type { CompiledKb } from '../../src/kb/types';
import { compileKb, newestInputMtime, OUTPUT } from '../kb-compile';

export function ensureCompiledKb(): CompiledKb {
  if (existsSync(OUTPUT) && statSync(OUTPUT).mtimeMs >= newestInputMtime()) {
    return JSON.parse(readFileSync(OUTPUT, 'utf8')) as CompiledKb;
  }
  const kb = compileKb();
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, JSON.stringify(kb));
  return kb;
}

export function loadKnowledge(): Knowledge {
  return new Knowledge(ensureCompiledKb());
}
