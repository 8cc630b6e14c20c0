import type { Page } from '@playwright/test';

/**
 * Waits until the page's code is done: `src/scripts/site.ts` marks `<html data-page-code="settled">`
 * once every piece of page code it started (progress, filters, planner, search) has loaded or
 * failed. An explicit signal, unlike `networkidle`, which only guesses from a quiet network.
 */
export async function pageCodeSettled(page: Page): Promise<void> {
  await page.locator('html[data-page-code="settled"]').waitFor({ state: 'attached' });
}

/**
 * Opens `path` and waits until its code is done, so the progress controls are live (they stay
 * inert until their code has loaded; a value set on an inert control reaches no listener).
 */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await pageCodeSettled(page);
}

/** Reloads the page and waits until its code is done, as `open` does. */
export async function reopen(page: Page): Promise<void> {
  await page.reload();
  await pageCodeSettled(page);
}
