import { expect, test } from '@playwright/test';
import { pageCodeSettled } from './settled';

test('a content page fetches no search code or index before intent, nor on idle', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // A controlled clock: idle time passes at once instead of being slept through.
  await page.clock.install();
  await page.goto('skills/domain/dicom/');
  await pageCodeSettled(page);
  const searchCode = () => fetched.filter((p) => p.includes('/pagefind/') || /search-(dialog|engine)/.test(p));
  expect(searchCode()).toEqual([]);
  const count = fetched.length;
  await page.clock.runFor(60_000);
  await page.evaluate(() => 0); // a round trip, so requests the timers started have been reported
  expect(fetched.length, 'nothing is fetched while the page sits idle for a minute').toBe(count);
  // Intent: hovering the search button starts loading the engine.
  await page.getByRole('button', { name: /^Search/ }).hover();
  await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the search shortcut goes with the header search: a removed one stops listening, a restored one listens again', async ({ page }) => {
  await page.goto('glossary/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const header = page.locator('site-search');
  // Hovering loads the search code, so opening the dialog no longer waits for the network.
  await page.getByRole('button', { name: /^Search/ }).hover();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /search-dialog/.test(e.name))))
    .toBe(true);
  await header.evaluate((el) => {
    (window as unknown as { removed: Element }).removed = el;
    el.remove();
  });
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeHidden();
  await page.evaluate(() => document.querySelector('header')!.append((window as unknown as { removed: Element }).removed));
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
});

test('"/" opens an accessible search dialog; arrows move through results; Enter opens one', async ({ page }) => {
  await page.goto('roadmap/');
  const opener = page.getByRole('button', { name: /^Search/ });
  await opener.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: /Search skills/ });
  await expect(box).toBeFocused();
  await box.fill('dicom');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “dicom”/);
  const results = dialog.getByRole('list', { name: 'Search results' });
  const first = results.getByRole('link').first();
  await expect(first).toContainText(/DICOM/i);
  await expect(results.locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=dicom/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/DICOM/i);
  await expect(page.locator('main mark').first()).toBeVisible();
});

test('the dialog shows the top results and links to all of them on the search page', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: /Search skills/ }).fill('fhir');
  await expect(dialog.getByRole('status')).toHaveText(/^The top 6 of \d+ results for “fhir”\./);
  const all = dialog.getByRole('link', { name: /^See all \d+ results$/ });
  const total = Number((await all.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(6);
  await all.click();
  await expect(page).toHaveURL(/\/search\/\?q=fhir$/);
  const status = total > 30 ? `The top 30 of ${total} results for “fhir”.` : `${total} results for “fhir”.`;
  await expect(page.getByRole('main').getByRole('status')).toHaveText(status);
});

test('Escape closes the dialog and focus returns to the opener; Ctrl+K reopens it', async ({ page }) => {
  await page.goto('certifications/');
  const opener = page.getByRole('button', { name: /^Search/ });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('type filters narrow the results and say so', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('hipaa');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “hipaa”\.$/);
  await dialog.getByRole('button', { name: 'Certifications' }).click();
  await expect(dialog.getByRole('button', { name: 'Certifications' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('status')).toHaveText(/for “hipaa” in Certifications/);
  const types = await dialog.locator('.search-type').allTextContents();
  expect(types.every((t) => t === 'Certification')).toBe(true);
});

test('an unknown word gets a helpful empty state', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('zzqxv');
  await expect(dialog.getByRole('status')).toHaveText(/No results for “zzqxv”\. Try an acronym such as FHIR/);
  await expect(dialog.getByRole('link', { name: 'Full search page and A–Z index' })).toBeVisible();
});

test('the search page shows results for ?q=, keeps the query in the address, and is back-button safe', async ({ page }) => {
  await page.goto('about/');
  await page.goto('search/?q=loinc');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toContainText(/LOINC/);
  const box = page.getByRole('searchbox', { name: /Search skills/ });
  await expect(box).toHaveValue('loinc');
  await box.fill('rxnorm');
  await expect(page).toHaveURL(/search\/\?q=rxnorm/);
  await expect(results.getByRole('link').first()).toContainText(/RxNorm/);
  await page.goBack();
  await expect(page).toHaveURL(/about\/$/);
});

test('the open search dialog with results has no axe violations, light and dark', async ({ page }) => {
  test.setTimeout(60_000); // two axe runs
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('glossary/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox').fill('consent');
    await expect(dialog.getByRole('status')).toHaveText(/results? for/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`),
      scheme,
    ).toEqual([]);
  }
});
