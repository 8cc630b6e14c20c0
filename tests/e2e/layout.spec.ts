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
