import type { Page } from '@playwright/test';

/**
 * Waits until the page's code is done: `src/scripts/site.ts` marks `<html data-page-code="settled">`
 * once every piece of page code it started (progress, filters, planner, search) has loaded or
 * failed. An explicit signal, unlike `networkidle`, which only guesses from a quiet network.
 */
export async function pageCodeSettled(page: Page): Promise<void> {
  await page.locator('html[data-page-code="settled"]').waitFor({ state: 'attached' });
}
