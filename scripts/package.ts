/**
 * `npm run package`: a release build zipped for the Chrome Web Store and for addons.mozilla.org. The
 * same folder serves both browsers, so both zips hold the same files; the check below refuses to
 * package source maps, tests or anything else that is not the extension.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import webExt from 'web-ext';
import { buildExtension, DIST } from './build';

const ROOT = join(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'web-ext-artifacts');
const FORBIDDEN = /\.map$|\.test\.|\.ts$|\.tsx$|(^|\/)(tests?|node_modules|src)\//;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(DIST, path)];
  });
}

await buildExtension(true);
const files = filesUnder(DIST);
const bad = files.filter((f) => FORBIDDEN.test(f));
if (bad.length > 0) {
  console.error(`package: refusing to package ${bad.join(', ')}`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const firefox = `skin-truth-${version}-firefox.zip`;
const chrome = `skin-truth-${version}-chrome.zip`;
await webExt.cmd.build(
  { sourceDir: DIST, artifactsDir: ARTIFACTS, overwriteDest: true, filename: firefox },
  { shouldExitProgram: false },
);
copyFileSync(join(ARTIFACTS, firefox), join(ARTIFACTS, chrome));
console.log(
  `package: ${files.length} files, no source maps or tests -> web-ext-artifacts/${chrome}, ${firefox}`,
);
