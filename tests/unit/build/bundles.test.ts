import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import en from '../../../_locales/en/messages.json';
import { bundleOptions } from '../../../scripts/build';
import { englishT } from '../../../src/shared/i18n-format';

describe('extension bundles', { timeout: 60_000 }, () => {
  it('leave the English catalogue out of the annotator, which reads it through browser.i18n', async () => {
    const result = await build({
      ...bundleOptions(true),
      entryPoints: { annotator: 'src/content/annotator.tsx' },
      write: false,
    });
    const code = result.outputFiles?.[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(50_000);
    // The keys are still asked for; the catalogue's texts and descriptions are not shipped with them.
    expect(code).toContain('badge_check_list');
    expect(code).not.toContain(en.badge_check_list.message);
    expect(code).not.toContain(en.badge_check_list.description);
  });

  it('keep the catalogue for Node, where no browser.i18n answers', () => {
    expect(englishT('tooltip_evidence', 'limited')).toBe('Evidence: limited');
  });
});
