/**
 * Builds the extension into dist/, one folder that loads in Chrome and Firefox alike.
 *
 *   npm run build              development: source maps, local test hosts allowed
 *   npm run build -- --release minified, no source maps, retailer hosts only
 */

import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { highlightCss } from '../src/content/render/styles';
import type { CompiledKb } from '../src/kb/types';
import { KB_FILES, KB_KEY_PARTS, PAINT_CSS_FILE } from '../src/shared/injected-files';
import { DEV_MATCHES, RETAILER_MATCHES } from '../src/shared/sites';
import { iconPng } from './lib/icons';
import { ensureCompiledKb } from './lib/kb';

const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');

/**
 * The English catalogue that `src/shared/i18n-format.ts` imports answers for Node (CLI, unit tests).
 * In the extension every string comes from `browser.i18n`, which reads the same catalogue from
 * _locales/, so the bundles get an empty one: the copy was 17 KB of the annotator, and 6-9 ms of its
 * evaluation on every skincare page (docs/decisions/0015-i18n-catalogue.md).
 */
export const withoutEnglishCatalogue: Plugin = {
  name: 'without-english-catalogue',
  setup(build) {
    build.onResolve({ filter: /_locales[\\/]en[\\/]messages\.json$/ }, () => ({
      path: 'english-catalogue',
      namespace: 'empty-catalogue',
    }));
    build.onLoad({ filter: /.*/, namespace: 'empty-catalogue' }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/**
 * The esbuild options of every bundle: IIFE scripts that run as classic scripts in both browsers.
 * `minify` is apart from `release` for the benchmark, which measures the code as shipped but needs the
 * timing marks and test hosts of a development build.
 */
export function bundleOptions(release: boolean, minify = release): BuildOptions {
  return {
    entryPoints: {
      background: 'src/background/index.ts',
      detector: 'src/content/detector.ts',
      annotator: 'src/content/annotator.tsx',
      popup: 'src/popup/index.tsx',
      options: 'src/options/index.tsx',
    },
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify,
    sourcemap: minify ? false : 'linked',
    define: { 'process.env.NODE_ENV': release ? '"production"' : '"development"' },
    plugins: [withoutEnglishCatalogue],
    logLevel: 'warning',
  };
}

/**
 * The copy of the knowledge base that pages load: without the CosIng name spellings (display names are
 * rebuilt from the lookup keys) and CAS numbers (nothing on a page shows them), about half the bytes to
 * parse on every skincare page. Node tools keep the full generated/kb.json.
 */
export function pageKb(kb: CompiledKb): CompiledKb {
  return { ...kb, dictionary: { ...kb.dictionary, names: [], cas: [] } };
}

/**
 * The knowledge-base scripts (see KB_FILES). The keys travel as plain string literals, split at key
 * boundaries; the rest as a JSON string, as JSON.parse of a string loads much faster than the same data
 * written as an object literal. Each script ends with `void 0` because a script's last value is sent back
 * to the injecting call, and Firefox fails that call when the value is the whole knowledge base.
 * Development builds time the last step for the benchmark; release builds carry no timing code.
 */
export function kbScripts(kb: CompiledKb, release: boolean): [string, string][] {
  const page = pageKb(kb);
  const { keys } = page.dictionary;
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i <= KB_KEY_PARTS; i++) {
    let to = i === KB_KEY_PARTS ? keys.length : Math.round((keys.length * i) / KB_KEY_PARTS);
    // Cut after a separator, so no key is split (the page joins the pieces back in order anyway).
    const bar = keys.indexOf('|', to);
    to = i === KB_KEY_PARTS || bar === -1 ? keys.length : bar + 1;
    parts.push(keys.slice(from, to));
    from = to;
  }
  const scripts: [string, string][] = parts.map((part, i) => [
    KB_FILES[i] as string,
    `(globalThis.${KB_KEYS_GLOBAL}??=[])[${i}]=${JSON.stringify(part)};void 0;\n`,
  ]);
  const rest = JSON.stringify(JSON.stringify({ ...page, dictionary: { ...page.dictionary, keys: '' } }));
  const assemble =
    `const k=globalThis.${KB_KEYS_GLOBAL};delete globalThis.${KB_KEYS_GLOBAL};` +
    `const kb=JSON.parse(${rest});kb.dictionary.keys=k.join('');globalThis.__skinTruthKb=kb;`;
  scripts.push([
    'kb.js',
    release
      ? `{${assemble}}void 0;\n`
      : `{const t=performance.now();${assemble}performance.measure('skin-truth:kb-parse',{start:t,end:performance.now()});}void 0;\n`,
  ]);
  return scripts;
}

/** Where the key pieces wait for kb.js, on the content script's own global (never the page's). */
const KB_KEYS_GLOBAL = '__skinTruthKbKeys';

export async function buildExtension(release: boolean, minify = release): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'icons'), { recursive: true });

  for (const [file, script] of kbScripts(ensureCompiledKb(), release))
    writeFileSync(join(DIST, file), script);
  await build({ ...bundleOptions(release, minify), outdir: DIST });
  // Highlight paint rules, injected by the browser with the detector before the page is first styled.
  writeFileSync(join(DIST, PAINT_CSS_FILE), `${highlightCss()}\n`);

  for (const [from, to] of [
    ['src/popup/popup.html', 'popup.html'],
    ['src/popup/popup.css', 'popup.css'],
    ['src/options/options.html', 'options.html'],
    ['src/options/options.css', 'options.css'],
  ] as const) {
    copyFileSync(join(ROOT, from), join(DIST, to));
  }
  // The message catalogues: every user-facing string, one folder per language (browser.i18n).
  cpSync(join(ROOT, '_locales'), join(DIST, '_locales'), { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(DIST, 'icons', `${size}.png`), iconPng(size));

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const matches = release ? RETAILER_MATCHES : [...RETAILER_MATCHES, ...DEV_MATCHES];
  manifest.version = pkg.version;
  manifest.host_permissions = matches;
  manifest.content_scripts[0].matches = matches;
  manifest.content_scripts[0].css = [PAINT_CSS_FILE];
  writeFileSync(join(DIST, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { release: { type: 'boolean', default: false } } });
  await buildExtension(values.release ?? false);
  console.log(`build: ${values.release ? 'release' : 'development'} extension in dist/`);
}
