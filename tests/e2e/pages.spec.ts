import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageCodeSettled } from './settled';

const pages: [string, string | RegExp][] = [
  ['glossary/fhir/', 'FHIR'],
  ['./', 'Learn healthcare AI, one month at a time'],
  ['skills/', 'The skills matrix'],
  ['skills/technical/', 'Technical Competencies'],
  ['skills/domain/hl7-fhir/', 'HL7 FHIR'],
  ['roadmap/', 'Month-by-month roadmap'],
  ['roadmap/month-1/', /^Month 1: /],
  ['roadmap/month-18/', /^Month 18: /],
  ['roadmap/print/', 'The whole roadmap'],
  ['certifications/guide/', 'Which certification is for me?'],
  ['resources/datasets/', 'Datasets'],
  ['certifications/', 'Compare certifications'],
  ['certifications/aws-ml-specialty/', 'AWS Certified Machine Learning – Specialty'],
  ['roles/', 'Roles'],
  ['roles/clinical-nlp-llm-engineer/', 'Clinical NLP and LLM engineer'],
  ['glossary/', 'Glossary'],
  ['resources/', 'Resources'],
  ['plan/', 'Your learning plan'],
  ['search/', 'Search'],
  ['about/', 'About this site'],
];

for (const [path, heading] of pages) {
  test(`${path} renders its heading, navigation and footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'The skills matrix' })).toBeVisible();
});

test('a skill page links to the months, certifications and terms that cross-link back', async ({ page }) => {
  await page.goto('skills/technical/aws-for-healthcare/');
  const related = page.getByRole('complementary', { name: 'Related' });
  await related.getByRole('link', { name: /^Month 14:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Month 14:/);
  await page
    .getByRole('complementary', { name: 'Related' })
    .getByRole('link', { name: 'AWS for healthcare', exact: false })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/AWS/);
});

test('a retired certification says so and links its successor', async ({ page }) => {
  await page.goto('certifications/aws-ml-specialty/');
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Retired since 31 March 2026');
  await expect(status).toContainText('can no longer be earned');
  await status.getByRole('link', { name: /Machine Learning Engineer – Associate/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Machine Learning Engineer');
});

test('keyboard only: home → skill → month', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab through the page until the Python ecosystem skill link has focus, then follow it.
  const target = page.getByRole('link', { name: 'Python ecosystem' }).first();
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Python ecosystem');
  const month = page.getByRole('complementary', { name: 'Related' }).getByRole('link', { name: /^Month 1:/ });
  for (let i = 0; i < 200 && !(await month.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(month).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Month 1:/);
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('skills/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('printed while the dark theme is on, pages come out dark on white, with no contrast failure', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['./', 'roadmap/', 'roadmap/month-1/', 'skills/technical/sql/', 'certifications/', 'plan/']) {
    await page.goto(path);
    await pageCodeSettled(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const ink = await page.evaluate(() => {
      const color = (el: Element | null) => (el ? getComputedStyle(el).color : '');
      return {
        body: color(document.body),
        muted: color(document.querySelector('main .muted')),
        link: color(document.querySelector('main a')),
      };
    });
    expect(ink.body, path).toBe('rgb(0, 0, 0)');
    expect(ink.link, path).toBe('rgb(0, 0, 0)');
    // Muted text keeps the light theme's gray, not the dark theme's pale one.
    if (ink.muted) expect(ink.muted, path).not.toMatch(/^rgb\((1[5-9]\d|2\d\d), /);
    const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(violations.map((v) => `${path}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  }
});

test('the theme follows the system when nothing is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('content pages load only their own small scripts: no search code, nothing on glossary and role pages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('glossary/phi/');
  await pageCodeSettled(page);
  expect(scripts, 'a glossary page needs only the inline site script').toEqual([]);
  await page.goto('roles/nurse-informaticist/');
  await pageCodeSettled(page);
  expect(scripts, 'a role page needs only the inline site script').toEqual([]);
  await page.goto('skills/domain/hipaa/');
  await pageCodeSettled(page);
  expect(
    scripts.map((s) => s.replace(/\.[\w-]+\.js$/, '')),
    'a skill page loads its progress code, one file',
  ).toEqual(['/_astro/progress']);
  expect(scripts.filter((s) => /search|pagefind/.test(s))).toEqual([]);
});

test('at 320 px wide nothing overflows horizontally', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['./', 'skills/domain/hl7-fhir/', 'roadmap/month-7/', 'roles/', 'roles/healthcare-ml-engineer/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
