/** Shared loading for the knowledge-base tests: the compiled KB is built once per test file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKb, readCosing } from '../../../scripts/kb-compile';
import { Knowledge } from '../../../src/core/knowledge';
import type { CosingResult } from '../../../src/kb/cosing';
import type { ClaimFamilyInput } from '../../../src/kb/schema';
import type { CompiledKb } from '../../../src/kb/types';

export const ROOT = join(import.meta.dirname, '../../..');
export const DATA = join(ROOT, 'data');
/** Real third-party data kept beside the repository; tests that need it skip when it is absent. */
export const SHARED = join(ROOT, '../shared/data');
export const hasShared = existsSync(SHARED);

let cosing: CosingResult | null = null;
let kb: CompiledKb | null = null;

export function loadCosing(): CosingResult {
  cosing ??= readCosing();
  return cosing;
}

export function loadKb(): CompiledKb {
  kb ??= compileKb(loadCosing());
  return kb;
}

export function knowledge(): Knowledge {
  return new Knowledge(loadKb());
}

export function dataFiles(dir: string): string[] {
  return readdirSync(join(DATA, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(DATA, dir, f));
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Claim families as written in data/, with their example sentences. */
export function claimInputs(): ClaimFamilyInput[] {
  return dataFiles('claims').flatMap((f) => readJson<ClaimFamilyInput[]>(f));
}
