/**
 * `npm run package`: a release build zipped for the Chrome Web Store and for addons.mozilla.org. The
 * same folder serves both browsers, so both zips hold the same files. Before zipping, the release
 * build must pass web-ext lint (no error, every warning explained); after zipping, the check reads
 * each zip's own directory and refuses source maps, tests, sources or anything the folder did not hold.
 */
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import webExt from 'web-ext';
import { buildExtension, DIST } from './build';
import { webExtLint } from './lib/web-ext-lint';
import { zipEntries } from './lib/zip-entries';

const ROOT = join(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'web-ext-artifacts');
const FORBIDDEN = /\.map$|\.test\.|\.ts$|\.tsx$|(^|\/)(tests?|node_modules|src|fixtures)\/|(^|\/)\./;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(DIST, path)];
  });
}

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

await buildExtension(true);
const files = filesUnder(DIST).sort();
const mapped = files.filter(
  (f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('sourceMappingURL'),
);
if (mapped.length > 0) fail(`source map references in ${mapped.join(', ')}`);
if (!webExtLint(ROOT, DIST)) fail('web-ext lint found an error or an unexplained warning');

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const firefox = `skin-truth-${version}-firefox.zip`;
const chrome = `skin-truth-${version}-chrome.zip`;
await webExt.cmd.build(
  { sourceDir: DIST, artifactsDir: ARTIFACTS, overwriteDest: true, filename: firefox },
  { shouldExitProgram: false },
);
copyFileSync(join(ARTIFACTS, firefox), join(ARTIFACTS, chrome));

for (const zip of [chrome, firefox]) {
  const entries = zipEntries(join(ARTIFACTS, zip))
    .filter((e) => !e.endsWith('/'))
    .sort();
  const bad = entries.filter((e) => FORBIDDEN.test(e));
  if (bad.length > 0) fail(`${zip} holds ${bad.join(', ')}`);
  const missing = files.filter((f) => !entries.includes(f));
  const extra = entries.filter((e) => !files.includes(e));
  if (missing.length + extra.length > 0)
    fail(
      `${zip} differs from the build: missing ${missing.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`,
    );
  if (!entries.includes('manifest.json')) fail(`${zip} has no manifest.json`);
  const kb = (statSync(join(ARTIFACTS, zip)).size / 1024).toFixed(0);
  console.log(
    `package: web-ext-artifacts/${zip}: ${entries.length} files, ${kb} KB, no source maps or tests`,
  );
}
