/**
 * What a page reported going wrong while a test ran: uncaught exceptions (the page's world or a content
 * script's), console errors and a crashed tab. The extension must add none of them.
 */
import type { Page } from 'playwright-core';

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The browser's own request for /favicon.ico is not the page's doing, nor ours.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${m.text()}`);
  });
  page.on('crash', () => errors.push('the tab crashed'));
  return errors;
}
