/**
 * Tracks through the roadmap (issue 14): progress saved before tracks is still there after them,
 * a chosen track marks and folds what a role does not need (never hides it), counts, the headline
 * duration, pacing, print and the home page follow it, and the choice is stored with progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, reopen } from './settled';
import { formatDate } from '../../src/lib/format';
import { addDays } from '../../src/lib/dates';
import { buildTrack } from '../../src/lib/tracks';
import { contentEntries, contentModel, contentTrackRole } from '../fixtures/content';

// Month 14's track counts for a role and cloud, computed from the content as authored.
const { skills, months } = contentModel();
function month14(roleId: string, cloud: string) {
  const r = contentEntries('roles').find((x) => x.id === roleId)!;
  const track = buildTrack(skills, months, contentTrackRole(r), { cloud });
  const m = track.months.find((x) => x.id === 'month-14')!;
  return { core: m.core.length, off: m.optional.length + m.alternative.length };
}

const KEY = 'hasm-progress';
const statusOf = (page: Page, n: number) => page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) });
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as Record<string, unknown> | null, KEY);
// The write code arrives as its own chunk; on a loaded 2-core machine that can take longer than the default wait.
const live = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-progress', 'live', { timeout: 30_000 });
/** The track picker, once its controls work (the page's code has made it usable). */
async function picker(page: Page) {
  const form = page.getByRole('region', { name: 'Your track' });
  await expect(form).not.toHaveAttribute('inert');
  return form;
}
/** Stores `value` as the progress document, then reloads, as a returning visitor's page load. */
async function seed(page: Page, value: unknown) {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(value)]);
  await reopen(page);
}

test('progress saved before tracks is still there after them: a version 2 document migrates to the current version with nothing lost', async ({
  page,
}) => {
  await open(page, 'roadmap/month-1/');
  const ids = await page.locator('[data-task-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['taskId']!));
  const v2 = {
    version: 2,
    tasks: { [ids[0]!]: 'done', [ids[1]!]: 'in-progress', [ids[2]!]: 'skipped', 'm99-a-task-from-elsewhere': 'done' },
    ratings: { sql: 3, 'python-ecosystem': 2 },
    hoursPerWeek: 12,
    startDate: '2026-09-07',
    notes: { 'month-1': 'Finished early' },
    updatedAt: '2026-11-01T08:00:00.000Z',
  };
  await seed(page, v2);
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(statusOf(page, 2)).toHaveValue('in-progress');
  await expect(statusOf(page, 3)).toHaveValue('skipped');
  await expect(statusOf(page, 4)).toHaveValue('open');
  await expect(page.getByText(`1 of ${ids.length} tasks done (1 in progress, 1 skipped)`)).toBeVisible();
  await live(page);
  // Stored once as version 4: the same fields, no choices and no skills kept in the plan yet; nothing
  // else changed, no backup made.
  expect(await stored(page)).toEqual({ ...v2, version: 4, choices: {}, includeAnyway: {} });
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([KEY]);

  await open(page, 'skills/technical/sql/');
  await expect(page.getByRole('radio', { name: '3 proficient' })).toBeChecked();
  await open(page, 'roadmap/month-1/');
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(page.getByText('Some saved progress could not be read').first()).toBeHidden();
});

test('a chosen track marks and folds the tasks a role does not need, never hides them, and is stored with progress', async ({ page }) => {
  await open(page, 'roadmap/month-14/');
  const form = await picker(page);
  const total = await page.locator('[data-task-id]').count();
  await expect(page.getByText(`0 of ${total} tasks done`)).toBeVisible();
  await expect(form.getByLabel('Cloud platform')).toBeDisabled();

  await form.getByLabel('Show the roadmap for').selectOption({ label: 'Healthcare data analyst' });
  await expect(form.getByRole('status')).toHaveText('Showing the Healthcare data analyst track.');
  // The analyst's track takes Azure, so this month's AWS tasks are alternatives: folded, labelled, still there.
  await expect(form.getByLabel('Cloud platform')).toHaveValue('azure');
  const folded = page.locator('details[data-track-more]');
  const azure = month14('healthcare-data-analyst', 'azure');
  await expect(folded.locator('summary')).toHaveText(`${azure.off} tasks not on your track (optional or alternative)`);
  await expect(page.getByText(`0 of ${azure.core} track tasks done`)).toBeVisible();
  await expect(page.getByRole('link', { name: `Checklist (0/${azure.core})`, exact: true })).toBeVisible();
  await folded.locator('summary').click();
  await expect(folded.getByText('Alternative: you chose Azure').first()).toBeVisible();
  await expect(page.locator('[data-task-id]')).toHaveCount(total);

  // Taking AWS makes the AWS tasks the analyst's own: core where the analyst needs their level.
  await form.getByLabel('Cloud platform').selectOption({ label: 'AWS' });
  const aws = month14('healthcare-data-analyst', 'aws');
  await expect(folded.locator('summary')).toHaveText(`${aws.off} tasks not on your track (optional or alternative)`);
  await expect(page.getByText(`0 of ${aws.core} track tasks done`)).toBeVisible();
  expect(await stored(page)).toMatchObject({ version: 4, role: 'healthcare-data-analyst', choices: { cloud: 'aws' } });

  // Other pages and later visits follow the stored track.
  await open(page, 'roadmap/month-14/');
  await expect(page.getByText(`0 of ${aws.core} track tasks done`)).toBeVisible();
  await (await picker(page)).getByLabel('Show the roadmap for').selectOption({ label: 'Whole roadmap (every task)' });
  await expect(page.getByText(`0 of ${total} tasks done`)).toBeVisible();
  await expect(folded).toBeHidden();
  expect(await stored(page)).not.toHaveProperty('role');
});

test('the headline states the track’s duration at 10 hours a week, and the pacing tool ends on the same day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-01T12:00:00'));
  await open(page, 'roadmap/');
  const headline = page.getByText(/^At 10 hours a week, the whole roadmap takes \d+ weeks/);
  await expect(headline).toBeVisible();
  await (await picker(page)).getByLabel('Show the roadmap for').selectOption({ label: 'Healthcare ML engineer' });
  const track = page.getByText(/^At 10 hours a week, the Healthcare ML engineer track takes (\d+) weeks/);
  await expect(track).toBeVisible();
  const weeks = Number(/takes (\d+) weeks/.exec((await track.textContent())!)![1]);
  const whole = Number(/takes (\d+) weeks/.exec((await page.locator('[data-track-duration]').getAttribute('data-whole'))!)![1]);
  expect(weeks).toBeLessThan(whole);

  // The pace tools take input once their code is live.
  await expect(page.getByRole('region', { name: 'Your pace' })).not.toHaveAttribute('inert');
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByLabel('Hours per week').fill('10');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  const end = formatDate(new Date(`${addDays('2027-01-04', weeks * 7 - 1)}T00:00:00Z`));
  await expect(page.getByRole('status').filter({ hasText: `At 10 hours a week you finish month 18 on ${end}.` })).toBeVisible();
});

test('the home page leads each background to a track, and a returning visitor back to their own', async ({ page }) => {
  await open(page, '');
  const from = page.getByRole('region', { name: 'Where are you coming from?' });
  await expect(from.getByRole('heading', { name: 'Software engineer' })).toBeVisible();
  await from.getByRole('link', { name: 'Healthcare ML engineer track' }).click();
  await expect(page).toHaveURL(/\/roadmap\/\?track=healthcare-ml-engineer$/);
  const form = await picker(page);
  await expect(form.getByRole('status')).toHaveText('Showing the Healthcare ML engineer track.');
  // A link shows a track; keeping it is the person's choice.
  expect((await stored(page))?.['role']).toBeUndefined();
  await form.getByRole('button', { name: 'Make this my track' }).click();
  await expect(form.getByRole('button', { name: 'Make this my track' })).toBeHidden();
  expect(await stored(page)).toMatchObject({ role: 'healthcare-ml-engineer' });
  await expect(page).toHaveURL(/\/roadmap\/$/);

  await open(page, '');
  await page.getByRole('link', { name: 'Continue your Healthcare ML engineer track' }).click();
  await expect(page.getByRole('region', { name: 'Your track' }).getByRole('status')).toHaveText(
    'Showing the Healthcare ML engineer track.',
  );
});

test('print follows the stored track, marking what it does not need', async ({ page }) => {
  await open(page, 'roadmap/print/');
  await seed(page, {
    version: 3,
    tasks: {},
    ratings: {},
    notes: {},
    choices: { cloud: 'azure' },
    role: 'healthcare-ml-engineer',
    updatedAt: 'x',
  });
  await expect(page.getByText('This is the Healthcare ML engineer track: tasks it does not need are marked.')).toBeVisible();
  await expect(page.getByText('Alternative: you chose Azure').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every task shows, as before tracks', async ({ page }) => {
    await page.goto('roadmap/month-14/');
    await expect(page.getByRole('region', { name: 'Your track' })).toBeHidden();
    await expect(page.locator('ol[data-task-list] > li')).toHaveCount(await page.locator('[data-task-id]').count());
    await expect(page.locator('details[data-track-more]')).toBeHidden();
  });
});
