import { expect, test } from '@playwright/test';
import { open } from './settled';
import { contentEntries, contentSkills } from '../fixtures/content';

const skills = contentSkills();

test('the skills page draws a node for every skill, each a link to its page', async ({ page }) => {
  await page.goto('skills/');
  const graph = page.getByRole('region', { name: `Prerequisite graph of all ${skills.length} skills` });
  await expect(graph).toBeVisible();
  const links = graph.getByRole('link');
  await expect(links).toHaveCount(skills.length);
  await graph.getByRole('link', { name: 'scikit-learn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('scikit-learn');
});

test('a skill page draws its neighbors: what to learn first and what it unlocks', async ({ page }) => {
  await page.goto('skills/technical/scikit-learn/');
  const graph = page.getByRole('region', { name: 'scikit-learn: its prerequisites and the skills it unlocks' });
  await expect(graph.getByRole('link', { name: 'Python ecosystem' })).toBeVisible();
  await expect(graph.getByRole('link', { name: 'PyTorch' })).toBeAttached();
  // The skill itself is drawn as "you are here", not as a link to the page it is on.
  await expect(graph.getByRole('link', { name: 'scikit-learn' })).toHaveCount(0);
});

test('the graph frame scrolls sideways by keyboard on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('skills/');
  const frame = page.getByRole('region', { name: /^Prerequisite graph/ });
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('the roadmap opens with a timeline of 18 month links in four phases, readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('roadmap/');
  const timeline = page.getByRole('figure', { name: /^The roadmap as a timeline/ });
  await expect(timeline.getByRole('link', { name: /^Month \d+: .+, \d+ hours$/ })).toHaveCount(18);
  for (const phase of ['Foundation', 'Data Science Core', 'ML/DL Mastery', 'Production Skills'])
    await expect(timeline.getByText(new RegExp(`^${phase} \\(Months`))).toBeVisible();
  await timeline.getByRole('link', { name: /^Month 7: / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Month 7: /);
  await context.close();
});

test('the roles page shows the matrix as a matrix: every skill against every role, by entry level', async ({ page }) => {
  const roles = contentEntries('roles').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
  await page.goto('roles/');
  const table = page.getByRole('table', { name: /^Level each role needs at entry/ });
  await expect(table.locator('thead').getByRole('columnheader')).toHaveCount(roles.length + 1);
  await expect(table.getByRole('rowheader')).toHaveCount(skills.length);
  // One cell, read as a screen reader meets it: the role's entry level for the skill, with its name.
  const nurse = roles.find((r) => r.id === 'nurse-informaticist')!;
  const level = (nurse.data['levels'] as { entry: Record<string, number> }).entry['clinical-workflows']!;
  const column = roles.findIndex((r) => r.id === nurse.id) + 1;
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Clinical workflows' }) });
  await expect(row.getByRole('cell').nth(column - 1)).toHaveText(new RegExp(`^${level} `));
});

test('marking a task changes that month on the timeline: its status in color and in words, and where you are', async ({ page }) => {
  await open(page, 'roadmap/month-2/');
  await page.getByRole('combobox', { name: /^Status of task 1\b/ }).selectOption('in-progress');
  // The change is saved once the page's progress code is live and has written it.
  await expect(page.locator('html')).toHaveAttribute('data-progress', 'live');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hasm-progress') ?? '')).toContain('"in-progress"');
  await page.goto('roadmap/');
  const month2 = page.locator('[data-month-node="month-02"]');
  await expect(month2).toHaveAttribute('data-status', 'in-progress');
  await expect(month2.locator('[data-month-hours]')).toHaveText(/^\d+ hours · in progress$/);
  // Month 1 is untouched, so the person continues there: it is where they are.
  await expect(page.locator('[data-month-node="month-01"] [data-month-mark]')).toHaveText('you are here');
  await expect(page.getByRole('link', { name: /^Month 1: .*, \d+ hours, you are here$/ })).toBeVisible();
});
