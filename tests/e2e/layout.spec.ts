import { expect, test } from '@playwright/test';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the header is one row of at most 64 px: title, search and a menu', async ({ page }) => {
    await page.goto('roadmap/month-3/');
    const header = page.getByRole('banner');
    const box = await header.boundingBox();
    test.info().annotations.push({ type: 'phone header height', description: `${box?.height} px` });
    expect(box!.height).toBeLessThanOrEqual(64);
    await expect(header.getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });

  test('the menu opens the navigation and the theme switch, and Escape closes it', async ({ page }) => {
    await page.goto('roadmap/month-3/');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Certifications' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.press('Enter');
    await nav.getByRole('link', { name: 'Certifications' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare certifications');
  });
});

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });

  test('the navigation is shown, since there is no menu button to open it', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmap' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

test.describe('long pages list their sections', () => {
  test('from 1280 px, "On this page" is a rail beside the content', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('skills/domain/hl7-fhir/');
    const rail = page.getByRole('navigation', { name: 'On this page' });
    await expect(rail).toHaveCount(1);
    await expect(rail).toBeVisible();
    const main = await page.getByRole('heading', { level: 1 }).boundingBox();
    const box = await rail.boundingBox();
    expect(box!.x).toBeGreaterThan(main!.x + main!.width);
    await rail.getByRole('link', { name: 'Resources' }).click();
    await expect(page).toHaveURL(/#resources$/);
    await expect(page.getByRole('heading', { name: 'Resources', level: 2 })).toBeInViewport();
  });

  test('on a phone it is a collapsed list at the top', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('about/');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const list = page.locator('details', { has: page.locator('summary', { hasText: 'On this page' }) });
    await expect(list.getByRole('link', { name: 'Privacy' })).toBeHidden();
    await list.locator('summary').click();
    await expect(list.getByRole('link', { name: 'Privacy' })).toBeVisible();
  });
});
