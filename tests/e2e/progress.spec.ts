import { expect, test, type Page } from '@playwright/test';
import { open, reopen } from './settled';

/** The roadmap tools stay inert until their code has loaded (just after the first paint). */
const toolsReady = (page: Page) => expect(page.getByRole('region', { name: 'Your pace' })).not.toHaveAttribute('inert');
/** Opens the "Backup and calendar" disclosure below the months, as a person does before using its buttons. */
const openBackup = async (page: Page) => {
  await page.getByRole('group', { name: 'Backup and calendar' }).locator('summary').click();
  await expect(page.getByRole('button', { name: 'Download progress (JSON)' })).toBeVisible();
};
const statusOf = (page: Page, n: number) => page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) });
/** Waits until the month's counter shows the change, which it does once the change is stored. */
const counted = (page: Page, text: RegExp) => expect(page.getByText(text).first()).toBeVisible();

test('mark a task done, reload, and it is still done; the month and roadmap show progress', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  await expect(page.getByText('Saving your progress needs JavaScript')).toBeHidden();
  await statusOf(page, 1).selectOption('done');
  await statusOf(page, 2).selectOption('in-progress');
  await expect(page.getByText(/^1 of \d+ tasks done \(1 in progress\)$/)).toBeVisible();
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(statusOf(page, 2)).toHaveValue('in-progress');
  await open(page, 'roadmap/');
  const card = page.locator('[data-month="1"]');
  await expect(card).toContainText(/1 of \d+ tasks done/);
  await open(page, './');
  await expect(page.getByRole('link', { name: /^Continue with month 1: / })).toBeVisible();
});

test('a second open tab follows changes', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, 'roadmap/month-2/');
  await open(b, 'roadmap/month-2/');
  await statusOf(a, 3).selectOption('done');
  await expect(statusOf(b, 3)).toHaveValue('done');
  await expect(b.getByText(/^1 of \d+ tasks done$/)).toBeVisible();
});

test('corrupt stored data: the page works, a notice offers the backup, and the backup exists', async ({ page }) => {
  await open(page, 'roadmap/month-3/');
  await expect(page.getByText(/^0 of \d+ tasks done$/).first()).toBeVisible(); // the store has loaded, so it will not read what we write next
  await page.evaluate(() => localStorage.setItem('hasm-progress', '{"version":2,"tasks":{"m03-x":"done"'));
  await reopen(page);
  await expect(page.getByText('Some saved progress could not be read').first()).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hasm-progress-backup-')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"version":2,"tasks":{"m03-x":"done"');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the backup' }).first().click();
  expect((await download).suggestedFilename()).toBe('progress-backup.json');
  await statusOf(page, 1).selectOption('done');
  await counted(page, /^1 of \d+ tasks done$/);
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('done');
});

test('progress saved by an earlier version of the site is migrated, not lost', async ({ page }) => {
  await open(page, 'roadmap/month-3/');
  await expect(page.getByText(/^0 of \d+ tasks done$/).first()).toBeVisible();
  const first = await page.locator('[data-task-id]').first().getAttribute('data-task-id');
  // Version 1 stored only the ids of finished tasks.
  await page.evaluate(
    (id) => localStorage.setItem('hasm-progress', JSON.stringify({ version: 1, done: [id], ratings: { sql: 2 } })),
    first,
  );
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(page.getByText(/^1 of \d+ tasks done$/).first()).toBeVisible();
  const damageNotices = await page.getByText('Some saved progress could not be read').all();
  expect(damageNotices.length).toBeGreaterThan(0); // in the page, for when they apply
  for (const notice of damageNotices) await expect(notice).toBeHidden();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hasm-progress')!) as unknown);
  expect(stored).toMatchObject({ version: 4, tasks: { [first!]: 'done' }, ratings: { sql: 2 }, choices: {}, includeAnyway: {} });
});

test('the planner shows the same notice when stored data is damaged', async ({ page }) => {
  await open(page, 'plan/');
  await page.evaluate(() => localStorage.setItem('hasm-progress', '{"version":2,"ratings":'));
  await reopen(page);
  await expect(page.getByText('Some saved progress could not be read, so the original was kept as a backup.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the backup' })).toBeVisible();
});

test('keyboard only: reach a task status, change it, and it is saved', async ({ page }) => {
  await open(page, 'roadmap/month-4/');
  const select = statusOf(page, 1);
  for (let i = 0; i < 80 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('done');
  await counted(page, /^1 of \d+ tasks done$/);
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('done');
});

test('a skill page shows progress for the months that teach it', async ({ page }) => {
  await open(page, 'roadmap/month-3/');
  await statusOf(page, 1).selectOption('done');
  await counted(page, /^1 of \d+ tasks done$/);
  await open(page, 'skills/technical/sql/');
  await expect(page.getByRole('complementary', { name: 'Related' })).toContainText(/1 of \d+ tasks done/);
});

test('pacing: a start date and hours per week give every month dates', async ({ page }) => {
  await open(page, 'roadmap/');
  await toolsReady(page);
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByLabel('Hours per week').fill('10');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect(page.locator('[data-month-dates="month-01"]')).toHaveText(/^4 January 2027 to /);
  await expect(page.getByRole('status').filter({ hasText: 'At 10 hours a week' })).toBeVisible();
  await reopen(page);
  await expect(page.locator('[data-month-dates="month-01"]')).toHaveText(/^4 January 2027 to /);
});

test('pacing: "Show my dates" pressed before the tools\' code has loaded still gives dates', async ({ page }) => {
  // Hold the tools' code until after the press, as a slow connection does.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/roadmap-tools\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await open(page, 'roadmap/');
  await expect(page.getByLabel('Hours per week')).toHaveValue('10');
  await page.getByLabel('Start date').fill('2027-01-04');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  release();
  await expect(page.locator('[data-month-dates="month-01"]')).toHaveText(/^4 January 2027 to /);
  await expect(page.getByRole('status').filter({ hasText: 'At 10 hours a week' })).toBeVisible();
});

test('pacing: a stored pace replaces the default hours, and hours typed before the code loads are kept', async ({ page }) => {
  await open(page, 'roadmap/');
  await page.evaluate(() =>
    localStorage.setItem(
      'hasm-progress',
      JSON.stringify({ version: 2, tasks: {}, ratings: {}, notes: {}, updatedAt: 'x', startDate: '2027-01-04', hoursPerWeek: 6 }),
    ),
  );
  await reopen(page);
  await expect(page.getByLabel('Hours per week')).toHaveValue('6');
  await expect(page.getByRole('status').filter({ hasText: 'At 6 hours a week' })).toBeVisible();

  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/roadmap-tools\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await reopen(page);
  await page.getByLabel('Hours per week').fill('8');
  release();
  await expect(page.getByRole('status').filter({ hasText: 'At 6 hours a week' })).toBeVisible();
  await expect(page.getByLabel('Hours per week')).toHaveValue('8');
  await page.getByRole('button', { name: 'Show my dates' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'At 8 hours a week' })).toBeVisible();
});

test('pacing: someone who is behind can re-plan from today', async ({ page }) => {
  // A fixed clock: "today" must not change between the page's reading and the test's.
  await page.clock.setFixedTime(new Date('2026-06-15T12:00:00'));
  await open(page, 'roadmap/');
  await expect(page.getByRole('button', { name: 'Show my dates' })).toBeVisible();
  await page.evaluate(() =>
    localStorage.setItem(
      'hasm-progress',
      JSON.stringify({ version: 2, tasks: {}, ratings: {}, notes: {}, updatedAt: 'x', startDate: '2025-01-06', hoursPerWeek: 10 }),
    ),
  );
  await reopen(page);
  await expect(page.getByText(/you are \d+ days behind/)).toBeVisible();
  await page.getByRole('button', { name: 'Re-plan from today' }).click();
  await expect(page.getByText(/You are on track/)).toBeVisible();
  await expect(page.locator('[data-month-dates="month-01"]')).toHaveText(/^15 June 2026 to /);
});

test('export, then import into a fresh browser, previewed and confirmed', async ({ page, browser }) => {
  await open(page, 'roadmap/month-5/');
  await statusOf(page, 1).selectOption('done');
  await counted(page, /^1 of \d+ tasks done$/);
  await open(page, 'roadmap/');
  await toolsReady(page);
  await openBackup(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress (JSON)' }).click();
  const file = await (await downloading).path();

  const fresh = await browser.newPage();
  await open(fresh, 'roadmap/');
  await toolsReady(fresh);
  await openBackup(fresh);
  await fresh.getByLabel('Import progress…').setInputFiles(file);
  const preview = fresh.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('This file has 1 tasks done', { timeout: 15_000 });
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(preview).toContainText('Your progress was replaced');
  await open(fresh, 'roadmap/month-5/');
  await expect(statusOf(fresh, 1)).toHaveValue('done');
  await fresh.close();
});

test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
  await open(page, 'roadmap/month-6/');
  await statusOf(page, 1).selectOption('skipped');
  await counted(page, /^0 of \d+ tasks done \(1 skipped\)$/);
  await open(page, 'roadmap/');
  await toolsReady(page);
  await openBackup(page);
  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(
    'This file is not JSON. Choose a file exported from this site (progress.json). Nothing was changed.',
  );
  // Well-formed JSON of the wrong shape is checked against the progress schema, which names the field.
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  const damaged = { version: 2, tasks: { 'm06-a': 'finished' }, ratings: {}, notes: {}, updatedAt: '2026-12-01T00:00:00.000Z' };
  await page
    .getByLabel('Import progress…')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText(
    'This file is damaged (first at: tasks → m06-a) and nothing in it can be read. Nothing was changed.',
  );
  expect(errors).toEqual([]);
  await open(page, 'roadmap/month-6/');
  await expect(statusOf(page, 1)).toHaveValue('skipped');
});

test('the roadmap tools stay put while their code loads, so a click lands on the button pointed at', async ({ page }) => {
  await open(page, 'roadmap/');
  await toolsReady(page);
  await openBackup(page);
  const button = page.getByRole('button', { name: 'Download calendar (.ics)' });
  // Where the button is on the page (not in the viewport: pointing at the pace tools scrolls them into view).
  const top = () => button.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  // Pointing at the tools loads their code, which fills in the form and the pace message.
  await page.getByRole('heading', { name: 'Your pace' }).hover();
  await expect(page.getByLabel('Hours per week')).toHaveValue('10');
  await expect(page.getByRole('status').filter({ hasText: 'Set a start date and your hours per week' })).toBeVisible();
  expect(await top()).toBe(before);
});

test('the calendar download is an iCalendar file with one event per study week', async ({ page }) => {
  await open(page, 'roadmap/');
  await openBackup(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const d = await downloading;
  expect(d.suggestedFilename()).toBe('healthcare-ai-roadmap.ics');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await d.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(18 * 4);
  expect(text).toContain('SUMMARY:Month 1\\, week 1: ');
});

test('storage that is unavailable leaves the page working with a notice', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await open(page, 'roadmap/month-7/');
  await expect(page.getByText('This browser blocks storage').first()).toBeVisible();
  await statusOf(page, 1).selectOption('done');
  await expect(page.getByText(/^1 of \d+ tasks done$/)).toBeVisible();
  await context.close();
});
