/**
 * Analyses a saved page with the same core logic the extension runs, and prints a readable summary or,
 * with --json, the report.
 *
 *   npm run analyze -- <saved-page.html> [--url <original url>] [--json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../src/content/page/read-page';
import { analyzePage } from '../src/core/analyze';
import { type Report, ReportSchema } from '../src/core/report';
import { loadKnowledge } from './lib/kb';

export function analyzeHtml(html: string, url: string | null): Report {
  // Page scripts never run and resources never load: the CLI stays offline, like the extension.
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  const { input } = readPage(dom.window.document, url);
  const { report } = analyzePage(input, loadKnowledge());
  dom.window.close();
  return ReportSchema.parse(report);
}

export function formatReport(report: Report): string {
  const lines: string[] = [];
  const { page, product } = report;
  lines.push(
    `Page: ${page.isSkincareProduct ? 'skincare product' : `not a skincare product page (${page.kind})`}`,
  );
  lines.push(`  confidence ${page.confidence}; signals: ${page.signals.join('; ') || 'none'}`);
  if (product.name) lines.push(`Product: ${product.name}${product.brand ? ` by ${product.brand}` : ''}`);
  if (report.claims.length > 0) {
    lines.push('', `Claims (${report.claims.length}):`);
    for (const c of report.claims) lines.push(`  "${c.text}" [${c.verdict}] ${c.explanation}`);
  }
  if (report.ingredients.length > 0) {
    const known = report.ingredients.filter((i) => i.known).length;
    lines.push('', `Ingredients (${report.ingredients.length}, ${known} recognised):`);
    for (const i of report.ingredients) {
      const what = i.known
        ? `${i.inci}${i.functions.length ? ` - ${i.functions.join(', ').toLowerCase()}` : ''}`
        : 'not recognised';
      lines.push(`  ${i.name}: ${what}${i.flags.length ? ` [${i.flags.join(', ')}]` : ''}`);
    }
  }
  return lines.join('\n');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('usage: npm run analyze -- <saved-page.html> [--url <original url>] [--json]');
    process.exit(2);
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`analyze: cannot read ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const report = analyzeHtml(html, values.url ?? null);
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) main();
