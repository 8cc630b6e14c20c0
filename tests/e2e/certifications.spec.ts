import { expect, test } from '@playwright/test';

const rows = (page: import('@playwright/test').Page) =>
  page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

test('retired certifications are hidden by default behind a visible toggle', async ({ page }) => {
  await page.goto('certifications/');
  await expect(page.getByRole('status')).toHaveText('Showing 14 of 18 certifications.');
  await expect(page.getByRole('rowheader', { name: /Machine Learning – Specialty/ })).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Show the 4 retired certifications' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status')).toHaveText('Showing 18 of 18 certifications.');
  const retired = page.getByRole('row', { name: /Machine Learning – Specialty/ });
  await expect(retired).toContainText('Retired since 31 March 2026');
  await expect(retired.getByRole('link', { name: /AWS ML Engineer/ })).toBeVisible();
});

test('filter by track and by background', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Track').selectOption({ label: 'Health information' });
  await expect(rows(page).filter({ visible: true })).toHaveCount(2);
  await expect(page.getByRole('rowheader', { name: /Registered Health Information Administrator/ })).toBeVisible();
  await page.getByLabel('Track').selectOption('');
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Physician, nurse or other clinician' });
  await expect(page.getByRole('rowheader', { name: /Clinical Informatics/ }).first()).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Generative AI Developer/ })).toBeHidden();
});

test('nurse and non-physician views leave out physician-only credentials, which carry a badge', async ({ page }) => {
  await page.goto('certifications/');
  const board = page.getByRole('row', { name: /Clinical Informatics Subspecialty Board Certification/ });
  await expect(board.getByText('Physicians only')).toBeVisible();
  const forWhom = page.getByLabel('For', { exact: true });
  await forWhom.selectOption({ label: 'Nurse or other non-physician clinician' });
  await expect(board).toBeHidden();
  await expect(page.getByRole('rowheader', { name: /Informatics Nursing Certification \(RN-BC\)/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Generative AI Developer/ })).toBeHidden();
  await forWhom.selectOption({ label: 'Anyone who is not a physician' });
  await expect(board).toBeHidden();
  await expect(page.getByRole('rowheader', { name: /Generative AI Developer/ })).toBeVisible();
  await page.goto('certifications/clinical-informatics-board/');
  await expect(page.getByRole('region', { name: 'Status' }).getByText('Physicians only')).toBeVisible();
  await page.goto('certifications/guide/');
  const nurses = page.getByRole('region', { name: 'Nurse or other non-physician clinician' });
  await expect(nurses.getByRole('link', { name: /Informatics Nursing Certification/ })).toBeVisible();
  await expect(nurses.getByRole('link', { name: /Clinical Informatics Subspecialty/ })).toHaveCount(0);
});

test('sort by cost puts the cheapest first and unpublished fees last', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Sort by').selectOption({ label: 'Cost, lowest first (fees to check last)' });
  const visible = rows(page).filter({ visible: true });
  await expect(visible.first()).toContainText('US$100');
  const costs = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['costUsd']));
  const known = costs.filter((c) => c !== '').map(Number);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(costs.indexOf('')).toBeGreaterThan(costs.lastIndexOf(String(known.at(-1))));
});

test('the filters are usable by keyboard', async ({ page }) => {
  await page.goto('certifications/');
  const track = page.getByLabel('Track');
  for (let i = 0; i < 40 && !(await track.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(track).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of 18 certifications\.$/);
  await expect(track).not.toHaveValue('');
});

test('on a phone each certification reads as a card with labelled facts', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('certifications/');
  const first = rows(page).filter({ visible: true }).first();
  const display = await first.evaluate((el) => getComputedStyle(el).display);
  expect(display).toBe('block');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the guide recommends by background and goal, with reasons', async ({ page }) => {
  await page.goto('certifications/guide/');
  await page.getByRole('link', { name: 'Physician, nurse or other clinician' }).click();
  const clinicians = page.getByRole('region', { name: 'Physician, nurse or other clinician' });
  await expect(clinicians.getByRole('heading', { name: 'Goal: Lead clinical informatics work' })).toBeVisible();
  await expect(clinicians.getByRole('link', { name: /Clinical Informatics/ }).first()).toBeVisible();
  await expect(page.getByText(/Machine Learning – Specialty/)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the comparison is a complete table with every certification, retired ones marked', async ({ page }) => {
    await page.goto('certifications/');
    await expect(rows(page)).toHaveCount(18);
    await expect(page.getByRole('row', { name: /TensorFlow Developer Certificate/ })).toContainText('Retired');
    await expect(page.getByLabel('Track')).toBeHidden();
  });
});

test('resources: a free-only switch and skill and category filters', async ({ page }) => {
  await page.goto('resources/standards/');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^Showing (\d+) of \1 resources\.$/);
  await page.getByLabel('Free only').check();
  await expect(page.getByRole('heading', { name: /^Free to audit or paid/ })).toBeHidden();
  await page.getByLabel('Skill').selectOption({ label: 'HL7 FHIR' });
  await expect(status).toHaveText(/^Showing \d+ of \d+ resources\.$/);
  const shown = page.locator('.hub-list > li:not([hidden])');
  expect(await shown.count()).toBeGreaterThan(0);
  for (const skills of await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['skills'] ?? '')))
    expect(skills.split(' ')).toContain('hl7-fhir');
});

test('the comparison can be scanned: long facts start on one line and open on demand', async ({ page }) => {
  await page.goto('certifications/');
  const row = page.getByRole('row', { name: /Certified Health Data Analyst/ });
  const exam = row.getByRole('cell').nth(4);
  const summary = exam.locator('summary');
  const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 1.5);
  await summary.click();
  await expect(exam.getByText(/Pearson VUE/).last()).toBeVisible();
});
