/**
 * Nothing a person records is lost: each test reproduces a finding of the December 2026
 * reliability review (D = data loss, B = broken page, U = unclear message) in the browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { open, reopen } from './settled';
import { readFileSync } from 'node:fs';
import { encodePlan } from '../../src/lib/plan/share';

const KEY = 'hasm-progress';
const statusOf = (page: Page, n: number) => page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) });
const taskItem = (page: Page, n: number) => page.locator('[data-task-id]').nth(n - 1);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedTasks = async (page: Page) => (JSON.parse((await stored(page)) ?? '{"tasks":{}}') as { tasks: Record<string, string> }).tasks;
const doc = (extra: object = {}) =>
  JSON.stringify({ version: 2, tasks: {}, ratings: {}, notes: {}, updatedAt: '2026-12-01T00:00:00.000Z', ...extra });
/** Fills the origin's storage quota, as other apps on a shared origin (or piled-up backups) can. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1;) {
      try {
        localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
/** Waits until the page's live progress code (the store) has read storage; pointing at a control loads it. */
/** Opens the "Backup and calendar" disclosure below the roadmap's months, as a person does before using its buttons. */
const openBackup = (page: Page) => page.getByRole('group', { name: 'Backup and calendar' }).locator('summary').click();
const liveLoaded = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-progress', 'live');

test('D1: with storage full, a change says so next to the task, offers a download with the change, and leaving asks first', async ({
  page,
}) => {
  await open(page, 'roadmap/month-1/');
  await fillStorage(page);
  const select = statusOf(page, 8);
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const alert = taskItem(page, 8).getByRole('alert');
  await expect(alert).toContainText('Your latest change is not saved: browser storage is full.');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download my progress' }).click();
  const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { data: { tasks: Record<string, string> } };
  const id = await taskItem(page, 8).getAttribute('data-task-id');
  expect(file.data.tasks[id!]).toBe('done');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe('beforeunload');
  await (await dialog).accept();
});

test('D2: two tabs changing different tasks at the same moment keep both changes', async ({ context }) => {
  test.setTimeout(120_000); // several trials, each with two page loads
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (let trial = 0; trial < 5; trial++) {
    await open(a, 'roadmap/month-1/');
    await a.evaluate(() => localStorage.clear());
    await reopen(a);
    await open(b, 'roadmap/month-1/');
    for (const p of [a, b]) {
      await statusOf(p, 1).focus();
      await liveLoaded(p);
    }
    const ids = await a.locator('[data-task-id]').evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLElement).dataset['taskId']!));
    const pick = (n: number) => {
      const s = document.querySelectorAll<HTMLSelectElement>('[data-task-id] select')[n]!;
      s.value = 'done';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await Promise.all([a.evaluate(pick, 0), b.evaluate(pick, 1)]);
    const both = { [ids[0]!]: 'done', [ids[1]!]: 'done' };
    await expect.poll(() => storedTasks(a), { message: `trial ${trial}` }).toEqual(both);
    for (const p of [a, b]) {
      await expect(statusOf(p, 1)).toHaveValue('done');
      await expect(statusOf(p, 2)).toHaveValue('done');
    }
  }
});

test('D3: a backup is offered on every page until restored, and restoring previews then adds what is missing', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const [first, second] = await page
    .locator('[data-task-id]')
    .evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLElement).dataset['taskId']!));
  // Damaged: one task state is unknown and the other fields are missing.
  await page.evaluate(
    ([k, t1, t2]) => localStorage.setItem(k!, JSON.stringify({ version: 2, tasks: { [t1!]: 'done', [t2!]: 'finished' } })),
    [KEY, first, second],
  );
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('done');
  await statusOf(page, 1).selectOption('open');
  await expect(page.getByText(/^0 of \d+ tasks done$/)).toBeVisible();

  await open(page, 'roadmap/month-2/');
  const notice = page.getByText('Some saved progress could not be read, so the original was kept as a backup.');
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Restore from the backup' }).click();
  await expect(
    page.getByText(
      'The backup holds 1 task done, 0 in progress, 0 skipped and 0 skill ratings. Restoring adds the 1 entry this device does not have',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Restored 1 entry from the backup, and deleted the backup.')).toBeVisible();
  expect((await storedTasks(page))[first!]).toBe('done');
  await open(page, 'roadmap/month-1/');
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(notice).toBeHidden();
});

test('D3: a backup can be deleted, after a confirmation', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  await page.evaluate((k) => localStorage.setItem(k, '{"version":2,"tasks":{'), KEY);
  await reopen(page);
  await page.getByRole('button', { name: 'Delete the backup' }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText('Some saved progress could not be read, so the original was kept as a backup.')).toBeHidden();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hasm-progress-backup-')))).toEqual([]);
});

test('D3: when the repair code cannot load, stored progress is left exactly as it was', async ({ page }) => {
  await page.route(/\/repair\.[\w-]+\.js$/, (route) => route.abort());
  await open(page, 'roadmap/month-1/');
  const v1 = JSON.stringify({ version: 1, done: ['m01-setup-python-jupyter'] });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, v1]);
  await reopen(page);
  await expect(page.getByText('Your saved progress needs part of the site that did not load').first()).toBeVisible();
  await statusOf(page, 2).selectOption('done');
  await expect(taskItem(page, 2).getByRole('alert')).toBeVisible();
  expect(await stored(page)).toBe(v1);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([KEY]);
});

test('D4: progress saved by a newer version of the site is shown read-only and never overwritten', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const id = await taskItem(page, 1).getAttribute('data-task-id');
  const newer = JSON.stringify({
    version: 5,
    tasks: { [id!]: 'done' },
    ratings: {},
    notes: {},
    choices: {},
    goals: ['ship'],
    updatedAt: 'x',
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
  await reopen(page);
  await expect(page.getByText('Your progress was saved by a newer version of this site.').first()).toBeVisible();
  await expect(statusOf(page, 1)).toHaveValue('done');
  await statusOf(page, 2).selectOption('done');
  await expect(taskItem(page, 2).getByRole('alert')).toContainText('newer version');
  expect(await stored(page)).toBe(newer);
});

test('B1: a start date the site cannot use is never saved, and the tools keep working', async ({ page }) => {
  await open(page, 'roadmap/');
  await page.getByLabel('Start date').fill('9999-06-01');
  await page.getByLabel('Hours per week').fill('10');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect.poll(async () => (JSON.parse((await stored(page)) ?? '{}') as { startDate?: string }).startDate).toBeUndefined();
  // An impossible day in an imported file is dropped, with a message, and the rest is imported.
  const file = doc({ startDate: '2026-02-30', hoursPerWeek: 10, tasks: { 'm01-setup-python-jupyter': 'done' } });
  await openBackup(page);
  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText(
    'Parts of this file are damaged (first at: startDate), so only what can still be read will be imported.',
  );
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(preview).toContainText('Your progress was replaced');
  await reopen(page);
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect(page.locator('[data-month-dates="month-01"]')).toHaveText(/^4 January 2027 to /);
  await openBackup(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress (JSON)' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^healthcare-ai-progress-/);
});

test('B1: the planner refuses a start date it cannot use and keeps showing the plan', async ({ page }) => {
  await open(page, 'plan/');
  const plan = page.getByRole('region', { name: '3. Create Study Schedule' });
  await expect(plan.getByText(/ in all: \d+ weeks? at /)).toBeVisible();
  await page.getByLabel('Start date').fill('9999-12-31');
  await page.getByLabel('Start date').blur();
  await expect(page.getByText('Enter a start date between 1 January 1970 and 31 December 2999')).toBeVisible();
  await expect(plan.getByText(/ in all: \d+ weeks? at /)).toBeVisible();
  expect((JSON.parse((await stored(page)) ?? '{}') as { startDate?: string }).startDate).toBeUndefined();
});

test('a computation that fails in the roadmap tools says what to do, and every other control keeps working', async ({ page }) => {
  // A month whose hours cannot be scheduled stands in for any failure inside the pace computation.
  await page.route(/\/roadmap\/$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/"hours":\d+(\.\d+)?/, '"hours":-1') });
  });
  await open(page, 'roadmap/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, doc({ startDate: '2027-01-04', hoursPerWeek: 10 })]);
  await reopen(page);
  await expect(page.getByRole('status').filter({ hasText: 'Dates could not be worked out from this start date and pace.' })).toBeVisible();
  await openBackup(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress (JSON)' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^healthcare-ai-progress-/);
});

test('B2: the skip link on the planner moves focus without reloading, and keeps a shared plan', async ({ page }) => {
  const token = encodePlan({ ratings: { sql: 2 }, role: 'healthcare-data-analyst', hoursPerWeek: 8, startDate: '2027-01-04' });
  await open(page, `plan/#share=${token}`);
  await expect(page.getByText('You are looking at a shared plan.')).toBeVisible();
  // The planner's code is live (it listens for the jump) once it lifts its inert mark.
  await expect(page.locator('plan-app')).not.toHaveAttribute('inert');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The next Tab lands inside the main content: the skip worked.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page.getByText('You are looking at a shared plan.')).toBeVisible();
  await expect(page.getByLabel('Target role')).toHaveValue('healthcare-data-analyst');
  expect(page.url()).toContain('#share='); // the address can still be shared
});

test('U1: an import that storage cannot hold says nothing was replaced', async ({ page }) => {
  await open(page, 'roadmap/');
  await fillStorage(page);
  await openBackup(page);
  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(doc({ notes: { m1: 'x'.repeat(9000) } })) });
  const preview = page.getByRole('region', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(preview).toContainText(
    'The imported progress could not be saved (browser storage is full or blocked), so nothing was replaced.',
  );
});

test('U3, U4: a share link for an unknown role says so; a shared plan exports none of the visitor’s progress', async ({ page }) => {
  await open(page, `plan/#share=${encodePlan({ ratings: {}, role: 'brain-surgeon', hoursPerWeek: 8, startDate: '2027-01-04' })}`);
  await expect(
    page.getByText('This share link is for a role this version of the site does not have. Showing your own plan instead.'),
  ).toBeVisible();
  await page.goto('about:blank');
  await open(
    page,
    `plan/#share=${encodePlan({ ratings: { sql: 3 }, role: 'healthcare-data-analyst', hoursPerWeek: 8, startDate: '2027-01-04' })}`,
  );
  await expect(page.getByText('You are looking at a shared plan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download as JSON' })).toBeDisabled();
});

test('U5: a stored rating under an old id never breaks the share link', async ({ page }) => {
  await open(page, 'plan/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, doc({ ratings: { 'Old Skill': 2, sql: 3 } })]);
  await reopen(page);
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await expect(page.locator('[data-keep-status]')).toHaveAttribute('data-link', /\/plan\/#share=/);
});

test('U8: a search link with a filter the page does not offer shows every result, with "All" pressed', async ({ page }) => {
  await open(page, 'search/?q=fhir&type=bogus');
  await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status')).toContainText(/result/);
  expect(new URL(page.url()).searchParams.get('type')).toBeNull();
});
