/**
 * `npm test`: every check in the order a reviewer would run them, ending with one line that counts real
 * results: each vitest test counts once, and each gate (type-check, lint, knowledge-base compile,
 * build, web-ext lint) counts as one test. Later steps still run after a failure, so one red run shows
 * everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { webExtLint } from './lib/web-ext-lint';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const RESULTS = join(ROOT, 'test-results');

interface Tally {
  passed: number;
  failed: number;
}

function run(bin: string, args: string[]): number {
  const result = spawnSync(join(BIN, bin), args, { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

function gate(name: string, bin: string, args: string[]): Tally {
  console.log(`\n== ${name}`);
  const ok = run(bin, args) === 0;
  console.log(`== ${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function vitest(name: string, args: string[]): Tally {
  console.log(`\n== ${name}`);
  const out = join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const status = run('vitest', [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  // A crashed suite (no test counted as failed, but a non-zero exit) must not pass silently.
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  console.log(`== ${name}: ${json.numPassedTests} passed, ${failed} failed`);
  return { passed: json.numPassedTests, failed };
}

function lintPackage(): Tally {
  console.log('\n== web-ext lint');
  const ok = webExtLint(ROOT, 'dist');
  console.log(`== web-ext lint: ${ok ? 'passed' : 'FAILED'}`);
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

mkdirSync(RESULTS, { recursive: true });
const tallies: Tally[] = [
  gate('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']),
  gate('lint', 'biome', ['check', '.']),
  gate('knowledge base', 'tsx', ['scripts/kb-compile.ts']),
  vitest('unit', []),
  gate('build', 'tsx', ['scripts/build.ts']),
  lintPackage(),
  // A release build, linted and zipped; the e2e step's own setup builds the development build again.
  gate('package', 'tsx', ['scripts/package.ts']),
  vitest('e2e', ['-c', 'vitest.e2e.config.ts']),
];
const total = tallies.reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed }), {
  passed: 0,
  failed: 0,
});
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
