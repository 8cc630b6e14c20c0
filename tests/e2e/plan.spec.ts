import { expect, test } from '@playwright/test';

test('plan journey: preset, adjust, role, goals, reload, Markdown, read-only share link', async ({ page, browser }) => {
  await page.goto('plan/');
  await expect(page.getByText('Nothing you enter here leaves this device')).toBeVisible();
  await page.getByLabel('Start from a background').selectOption({ label: 'Software engineer' });
  await page.getByRole('button', { name: 'Fill in ratings' }).click();
  const python = page.getByRole('group', { name: 'Python ecosystem' });
  await expect(python.getByRole('radio', { name: '2 working' })).toBeChecked();
  // Adjust one rating by keyboard.
  await python.getByRole('radio', { name: '2 working' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(python.getByRole('radio', { name: '3 proficient' })).toBeChecked();

  await page.getByLabel('Target role').selectOption({ label: 'Healthcare ML engineer' });
  await page.getByLabel('Hours per week').fill('12');
  await page.getByLabel('Hours per week').blur();
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByLabel('Start date').blur();
  const plan = page.getByRole('region', { name: '4. Your plan' });
  for (const m of [3, 6, 12]) await expect(plan.getByRole('heading', { name: new RegExp(`^In ${m} months \\(by `) })).toBeVisible();
  await expect(plan.getByRole('table', { name: 'Weekly study schedule' })).toContainText('Week 1');
  await expect(plan.getByText(/at 12 hours a week from 4 January 2027/)).toBeVisible();
  await expect(page.getByRole('region', { name: '3. Your gaps' }).getByRole('table')).toContainText('PyTorch');

  await page.reload();
  await expect(page.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
  await expect(page.getByLabel('Target role')).toHaveValue('healthcare-ml-engineer');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const md = await downloading;
  expect(md.suggestedFilename()).toBe('learning-plan.md');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await md.path(), 'utf8');
  expect(text).toMatch(/^# Learning plan: Healthcare ML engineer/);
  expect(text).toContain('## Skills and evidence');

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const url = await page.locator('[data-keep-status]').getAttribute('data-link');
  expect(url).toMatch(/\/plan\/#share=/);
  const other = await browser.newPage();
  await other.goto(url!);
  await expect(other.getByText('You are looking at a shared plan. It is read-only')).toBeVisible();
  await expect(other.getByLabel('Target role')).toHaveValue('healthcare-ml-engineer');
  await expect(other.getByLabel('Target role')).toBeDisabled();
  await expect(other.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
  expect(await other.evaluate(() => localStorage.getItem('hasm-progress'))).toBeNull();
  await other.close();
});

test('a rating set on a skill page appears in the plan', async ({ page }) => {
  await page.goto('skills/domain/hl7-fhir/');
  await page.getByRole('group', { name: 'Rate yourself on HL7 FHIR' }).getByRole('radio', { name: '3 proficient' }).check();
  // Nothing on a skill page changes when a rating is stored, so wait for it to be stored.
  await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('hasm-progress') ?? '{}') as { ratings?: Record<string, number> }).ratings?.['hl7-fhir'])).toBe(3);
  await page.goto('plan/');
  await expect(page.getByRole('group', { name: 'HL7 FHIR' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
});

test('no gaps: a plan for someone already at every level says so', async ({ page }) => {
  await page.goto('plan/');
  await page.evaluate(() => {
    const ratings: Record<string, number> = Object.fromEntries([...document.querySelectorAll('[data-rate-skill]')].map((e) => [(e as HTMLElement).dataset['rateSkill'] ?? '', 4]));
    localStorage.setItem('hasm-progress', JSON.stringify({ version: 2, tasks: {}, ratings, notes: {}, updatedAt: 'x' }));
  });
  await page.reload();
  await expect(page.getByText('No gaps: you already meet every level this role needs.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plan page explains what the planner needs and links to the roadmap', async ({ page }) => {
    await page.goto('plan/');
    await expect(page.getByText('The planner needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'roadmap', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What each role needs' })).toBeVisible();
  });
});
