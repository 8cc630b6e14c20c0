import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pageCodeSettled } from './settled';
import { collections, firstOfType } from './page-types';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The first page of each type in the sitemap: it is swept in every theme and width. */
const firsts = firstOfType(paths);

/**
 * `npm test` sweeps every page in the light theme at 375 px, and one page of each type in light and
 * dark at 375 and 1280 px. `npm run test:a11y:full` (A11Y_FULL=1) sweeps every page in all four.
 */
const full = process.env['A11Y_FULL'] === '1';
const schemes = ['light', 'dark'] as const;
const widths = [375, 1280];

test.describe('accessibility: axe over every page in the sitemap', () => {
  test('the sitemap lists every page type', () => {
    expect(paths.length).toBeGreaterThan(80);
    for (const p of [
      '',
      'skills/',
      'roadmap/month-1/',
      'certifications/',
      'roles/',
      'roles/nurse-informaticist/',
      'glossary/',
      'plan/',
      'about/',
    ])
      expect(paths).toContain(p);
    // Every collection pattern still matches pages, so none silently stops being swept in full.
    for (const [name, re] of collections)
      expect(
        paths.some((p) => re.test(p)),
        name,
      ).toBe(true);
  });

  /** Sweeps one page in the given themes and widths; each violation names page, theme and width. */
  async function sweep(page: Page, path: string, combos: readonly { scheme: 'light' | 'dark'; width: number }[]) {
    for (const scheme of schemes.filter((s) => combos.some((c) => c.scheme === s))) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await pageCodeSettled(page);
      for (const { width } of combos.filter((c) => c.scheme === scheme)) {
        await page.setViewportSize({ width, height: 900 });
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect.soft(summary, `/${path} ${scheme} ${width}px`).toEqual([]);
      }
    }
  }

  const all = schemes.flatMap((scheme) => widths.map((width) => ({ scheme, width })));
  for (const path of paths.filter((p) => full || firsts.has(p))) {
    test(`/${path} has no WCAG 2.2 A/AA violations in light and dark, at 375 and 1280 px`, async ({ page }) => {
      test.setTimeout(120_000); // four axe runs; the planner's page is large
      await sweep(page, path, all);
    });
  }

  // The other pages, in one theme and width, ten to a test: most of a test's time would otherwise
  // go to starting it rather than to axe.
  const rest = full ? [] : paths.filter((p) => !firsts.has(p));
  for (let i = 0; i < rest.length; i += 10) {
    const batch = rest.slice(i, i + 10);
    test(`/${batch[0]} … /${batch.at(-1)} (${batch.length} pages) have no WCAG 2.2 A/AA violations in light at 375 px`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      for (const path of batch) await sweep(page, path, [{ scheme: 'light', width: 375 }]);
    });
  }
});

test('headings are in order on every page type (no skipped levels)', async ({ page }) => {
  for (const path of [
    '',
    'skills/',
    'skills/technical/',
    'skills/domain/hipaa/',
    'roadmap/',
    'roadmap/month-5/',
    'certifications/',
    'certifications/cahims/',
    'roles/',
    'roles/clinical-informaticist/',
    'glossary/',
    'resources/',
    'plan/',
    'search/',
    'about/',
  ]) {
    await page.goto(path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels[0], path).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
  }
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('skills/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a page load requests nothing from any other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['', 'skills/domain/hl7-fhir/', 'roadmap/month-3/', 'certifications/', 'glossary/', 'plan/']) {
    await page.goto(path);
    await pageCodeSettled(page);
  }
  expect(foreign).toEqual([]);
});

test('the CSP blocks inline script injection', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('about/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of [
    '',
    'skills/',
    'skills/technical/sql/',
    'roadmap/',
    'roadmap/month-1/',
    'certifications/',
    'certifications/rhia/',
    'roles/',
    'roles/healthcare-ml-engineer/',
    'glossary/',
    'resources/',
    'plan/',
    'search/',
    'about/',
  ]) {
    test(`/${path} shows its content and navigation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Roadmap' })).toBeVisible();
      expect(await page.locator('main').innerText()).not.toHaveLength(0);
    });
  }

  test('navigation works by following links', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certifications' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare certifications');
  });

  test('the header search is a plain form that lands on the A–Z index', async ({ page }) => {
    await page.goto('skills/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('FHIR');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/search\/\?q=FHIR/);
    await expect(page.getByRole('heading', { name: 'A–Z index' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'HL7 FHIR' })).toBeVisible();
  });

  test('the month checklist says that saving progress needs JavaScript', async ({ page }) => {
    await page.goto('roadmap/month-2/');
    await expect(page.getByText('Saving your progress needs JavaScript')).toBeVisible();
  });
});
