// @vitest-environment jsdom
/**
 * Zero false positives on real non-skincare pages (../shared/data/pages-negative: electronics,
 * furniture, lighting, recipes with an "Ingredients" section, a beauty category listing; sources and
 * licences in that folder's README). Skips cleanly where the shared data folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../scripts/lib/kb';
import { readPage } from '../../../src/content/page/read-page';
import { readSignals } from '../../../src/content/page/signals';
import { analyzePage } from '../../../src/core/analyze';
import { classifyPage } from '../../../src/core/detect';

const NEGATIVES = join(import.meta.dirname, '../../../../shared/data/pages-negative');
const pages = existsSync(NEGATIVES) ? readdirSync(NEGATIVES).filter((f) => f.endsWith('.html')) : [];

describe.skipIf(pages.length === 0)('real negative pages stay silent', () => {
  const knowledge = loadKnowledge();
  it.each(pages)(
    '%s',
    (file) => {
      const doc = new DOMParser().parseFromString(readFileSync(join(NEGATIVES, file), 'utf8'), 'text/html');
      // The detector stage (cheap signals only), then the full pipeline, which adds the ingredient list.
      expect(classifyPage(readSignals(doc)).isSkincareProduct).toBe(false);
      const { report } = analyzePage(readPage(doc, null).input, knowledge);
      expect(report.page.isSkincareProduct).toBe(false);
      expect(report.ingredients).toEqual([]);
      expect(report.claims).toEqual([]);
    },
    60_000,
  );
});
