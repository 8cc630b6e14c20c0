import { expect, test, type Locator, type Page } from '@playwright/test';
import { pageCodeSettled } from './settled';

/** Opens the planner on a fixed day, so "today" (the default start date) is 4 January 2027. */
async function openPlanner(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2027-01-04T09:00:00Z'));
  await page.goto('plan/');
  await pageCodeSettled(page);
}

/** The skill each task of each week works on, read from the schedule as shown ("text · Skill · 4 h"). */
async function skillsByWeek(schedule: Locator): Promise<Map<number, Set<string>>> {
  await schedule.getByRole('button', { name: 'Open all months' }).click();
  // One read of every week's list (a week shared by two months has a list under each).
  const lists = await schedule
    .getByRole('list', { name: /^Week \d+ tasks$/ })
    .evaluateAll((els) =>
      els.map(
        (l) => [l.getAttribute('aria-label') ?? '', [...l.querySelectorAll('li')].map((li) => (li as HTMLElement).innerText)] as const,
      ),
    );
  expect(lists.length).toBeGreaterThan(0);
  const weeks = new Map<number, Set<string>>();
  for (const [label, items] of lists) {
    const week = Number(/\d+/.exec(label)?.[0]);
    for (const text of items) {
      const skill = /· ([^·]+) · [\d.]+ h/.exec(text)?.[1]?.trim();
      expect(skill, text).toBeTruthy();
      weeks.set(week, (weeks.get(week) ?? new Set()).add(skill!));
    }
  }
  return weeks;
}

/** Hours and weeks as the schedule's summary line states them. */
async function scheduleTotals(schedule: Locator): Promise<{ hours: number; weeks: number }> {
  const text = await schedule.getByText(/ in all: \d+ weeks? at /).innerText();
  const [, hours, weeks] = /^([\d.]+) hours? in all: (\d+) weeks?/.exec(text) ?? [];
  return { hours: Number(hours), weeks: Number(weeks) };
}

test('engineer: a background fills ratings at once (undoable); from it alone the plan starts machine learning within 12 weeks and takes about the track’s remaining hours ÷ 10', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // a whole journey, on a machine shared with other work
  await openPlanner(page);
  await expect(page.getByText('Nothing you enter here leaves this device')).toBeVisible();
  for (const name of ['1. Assess Current State', '2. Set Clear Goals', '3. Create Study Schedule', '4. Build Portfolio'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const python = page.getByRole('group', { name: 'Python ecosystem' });
  // Skills start not rated.
  await expect(python.getByRole('radio', { name: 'Not rated' })).toBeChecked();
  await expect(page.getByText(/^Category 1 of 4: Technical Competencies\. 0 of \d+ skills rated here/)).toBeVisible();

  // Choosing a background applies it at once and says so next to the control, with an undo.
  await page.getByLabel('Start from a background').selectOption({ label: 'Software engineer' });
  const confirm = page.getByRole('status').filter({ hasText: /^Filled in \d+ ratings for: Software engineer\./ });
  await expect(confirm).toBeVisible();
  await expect(python.getByRole('radio', { name: '2 working' })).toBeChecked();
  await confirm.getByRole('button', { name: 'Undo' }).click();
  await expect(python.getByRole('radio', { name: 'Not rated' })).toBeChecked();
  await expect(page.getByText('Your earlier ratings are back.')).toBeVisible();
  await page.getByLabel('Start from a background').selectOption({ label: 'Software engineer' });
  await expect(python.getByRole('radio', { name: '2 working' })).toBeChecked();

  await page.getByLabel('Target role').selectOption({ label: 'Healthcare ML engineer' });
  await page.getByLabel('Hours per week').fill('10');
  await page.getByLabel('Hours per week').blur();
  const goals = page.getByRole('region', { name: '2. Set Clear Goals' });
  const remaining = Number(
    /Your plan holds the remaining (\d+(?:\.\d)?) hours/.exec(await goals.getByText(/Your plan holds the remaining/).innerText())?.[1],
  );
  for (const m of [3, 6, 12]) await expect(goals.getByRole('heading', { name: new RegExp(`^In ${m} months \\(by `) })).toBeVisible();
  // Goals are cumulative: no goal is stated twice.
  // (The goals' own items: the region also holds the picture of each skill against the target.)
  const goalTexts = await goals
    .getByRole('listitem')
    .filter({ hasText: /^(Finish|Reach) / })
    .allInnerTexts();
  expect(goalTexts.length).toBeGreaterThan(3);
  expect(new Set(goalTexts).size).toBe(goalTexts.length);

  const schedule = page.getByRole('region', { name: '3. Create Study Schedule' });
  const totals = await scheduleTotals(schedule);
  expect(totals.hours).toBe(remaining);
  expect(Math.abs(totals.weeks - remaining / 10)).toBeLessThanOrEqual(0.1 * (remaining / 10));
  const weeks = await skillsByWeek(schedule);
  const firstMl = [...weeks]
    .filter(([, s]) => ['scikit-learn', 'Model evaluation and hyperparameter tuning', 'PyTorch'].some((x) => s.has(x)))
    .map(([w]) => w);
  expect(Math.min(...firstMl)).toBeLessThanOrEqual(12);
  // The schedule is grouped by month, not a table of weeks.
  await expect(schedule.getByRole('table')).toHaveCount(0);
  await expect(schedule.getByText(/^Month \d+: /).first()).toBeVisible();

  // Covered work is shown and can be put back; that choice is kept with the person's progress.
  const covered = () => schedule.getByText(/^Already covered by your ratings: \d+ tasks/);
  await covered().click();
  await schedule.getByRole('button', { name: 'Include Python ecosystem anyway' }).click();
  await expect(schedule.getByRole('button', { name: 'Leave out Python ecosystem again' })).toBeFocused();
  await expect.poll(async () => (await scheduleTotals(schedule)).hours).toBeGreaterThan(remaining);
  const included = await scheduleTotals(schedule);
  await page.reload();
  await pageCodeSettled(page);
  expect(await scheduleTotals(schedule)).toEqual(included);
  await covered().click();
  await expect(schedule.getByText('Python ecosystem: included anyway')).toBeVisible();
  await schedule.getByRole('button', { name: 'Leave out Python ecosystem again' }).click();
  await expect.poll(async () => (await scheduleTotals(schedule)).hours).toBe(remaining);
  await page.reload();
  await pageCodeSettled(page);
  expect(await scheduleTotals(schedule)).toEqual(totals);

  // Adjust one rating by keyboard: this engineer writes production Python.
  await python.getByRole('radio', { name: '2 working' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(python.getByRole('radio', { name: '3 proficient' })).toBeChecked();
  await expect.poll(async () => (await scheduleTotals(schedule)).hours).toBeLessThan(remaining);
  const adjusted = await scheduleTotals(schedule);
  await page.reload();
  await pageCodeSettled(page);
  await expect(page.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
  await expect(page.getByLabel('Target role')).toHaveValue('healthcare-ml-engineer');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const md = await downloading;
  expect(md.suggestedFilename()).toBe('learning-plan.md');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await md.path(), 'utf8');
  expect(text).toMatch(/^# Learning plan: Healthcare ML engineer/);
  expect(text).toMatch(/\n### Month \d+: .+ \(weeks? \d+/);
  expect(text).toMatch(/\n {2}- \[ \] \[.+\]\(http:\/\/127\.0\.0\.1:\d+\/roadmap\/month-\d+\/#task-m\d\d-[a-z0-9-]+\)/);
  expect(text).toContain(`Total: ${adjusted.hours} h over ${adjusted.weeks} weeks`);
  expect(text).toContain('## Skills and evidence');

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  // The share codec loads on the first click, so wait for the link to be made.
  await expect(page.locator('[data-keep-status]')).toHaveAttribute('data-link', /\/plan\/#share=/);
  const url = await page.locator('[data-keep-status]').getAttribute('data-link');
  const other = await browser.newPage();
  await other.goto(url!);
  await expect(other.getByText('You are looking at a shared plan. It is read-only')).toBeVisible();
  await expect(other.getByLabel('Target role')).toHaveValue('healthcare-ml-engineer');
  await expect(other.getByLabel('Target role')).toBeDisabled();
  await expect(other.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
  expect(await other.evaluate(() => localStorage.getItem('hasm-progress'))).toBeNull();
  await other.close();
});

test('the plan follows the track chosen on the roadmap, and a share link carries it', async ({ page, browser }) => {
  test.setTimeout(120_000); // two planners with every month drawn, on a machine shared with other work
  await openPlanner(page);
  // Chosen with "Your track" before the plan stored anything of its own (a version 3 document).
  await page.evaluate(() =>
    localStorage.setItem(
      'hasm-progress',
      JSON.stringify({
        version: 3,
        tasks: {},
        ratings: { sql: 2 },
        role: 'healthcare-ml-engineer',
        notes: {},
        choices: { cloud: 'azure' },
        updatedAt: '2026-12-01T00:00:00.000Z',
      }),
    ),
  );
  await page.reload();
  await pageCodeSettled(page);
  await expect(page.getByLabel('Target role')).toHaveValue('healthcare-ml-engineer');
  const schedule = page.getByRole('region', { name: '3. Create Study Schedule' });
  await schedule.getByRole('button', { name: 'Open all months' }).click();
  await expect(schedule.getByRole('link', { name: /^Create an Azure subscription with a budget/ })).toBeVisible();
  await expect(schedule.getByRole('link', { name: /^Create an AWS account/ })).toHaveCount(0);
  // The older document was migrated with its choice kept.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('hasm-progress')!) as unknown)).toMatchObject({
    version: 4,
    ratings: { sql: 2 },
    choices: { cloud: 'azure' },
    includeAnyway: {},
  });

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await expect(page.locator('[data-keep-status]')).toHaveAttribute('data-link', /\/plan\/#share=/);
  const other = await browser.newPage();
  await other.goto((await page.locator('[data-keep-status]').getAttribute('data-link'))!);
  await pageCodeSettled(other);
  await expect(other.getByText('You are looking at a shared plan. It is read-only')).toBeVisible();
  const shared = other.getByRole('region', { name: '3. Create Study Schedule' });
  await shared.getByRole('button', { name: 'Open all months' }).click();
  await expect(shared.getByRole('link', { name: /^Create an Azure subscription with a budget/ })).toBeVisible();
  await expect(shared.getByRole('link', { name: /^Create an AWS account/ })).toHaveCount(0);
  await other.close();
});

test('a scheduled task links to its place on its month page', async ({ page }) => {
  await openPlanner(page);
  const first = page
    .getByRole('region', { name: '3. Create Study Schedule' })
    .getByRole('list', { name: 'Week 1 tasks' })
    .getByRole('link')
    .first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/\/roadmap\/month-\d+\/#task-m\d\d-[a-z0-9-]+$/);
  const name = await first.innerText();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByText(name, { exact: true })).toBeInViewport();
});

test('nurse: a clinician aiming at Clinical informaticist never gets more than three weeks in a row of one skill', async ({ page }) => {
  test.setTimeout(60_000);
  await openPlanner(page);
  await page.getByLabel('Start from a background').selectOption({ label: 'Clinician (physician, nurse, allied health)' });
  await expect(page.getByRole('status').filter({ hasText: /^Filled in \d+ ratings for: Clinician/ })).toBeVisible();
  await page.getByLabel('Target role').selectOption({ label: 'Clinical informaticist' });
  await page.getByLabel('Hours per week').fill('6');
  await page.getByLabel('Hours per week').blur();
  const schedule = page.getByRole('region', { name: '3. Create Study Schedule' });
  await expect(schedule.getByText(/ in all: \d+ weeks at 6 hours a week/)).toBeVisible();
  const weeks = await skillsByWeek(schedule);
  let run = 0;
  let last: string | undefined;
  for (const w of [...weeks.keys()].sort((a, b) => a - b)) {
    const skills = weeks.get(w)!;
    const sole = skills.size === 1 ? [...skills][0] : undefined;
    run = sole !== undefined && sole === last ? run + 1 : 1;
    last = sole;
    expect(run, `week ${w}: ${[...skills].join(', ')}`).toBeLessThanOrEqual(3);
  }
  // Her clinical background covers the clinical basics.
  await expect(schedule.getByText(/^Already covered by your ratings: \d+ tasks/)).toBeVisible();
  // The calendar has one event per study week, naming the week's skills.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const { readFileSync } = await import('node:fs');
  const ics = readFileSync(await (await downloading).path(), 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength((await scheduleTotals(schedule)).weeks);
  expect(ics).toMatch(/SUMMARY:Study week 1: /);
});

test('no gaps: a person rated expert everywhere gets no gaps and a plan that says so', async ({ page }) => {
  await openPlanner(page);
  await page.evaluate(() => {
    const ratings: Record<string, number> = Object.fromEntries(
      [...document.querySelectorAll('[data-rate-skill]')].map((e) => [(e as HTMLElement).dataset['rateSkill'] ?? '', 4]),
    );
    localStorage.setItem('hasm-progress', JSON.stringify({ version: 2, tasks: {}, ratings, notes: {}, updatedAt: 'x' }));
  });
  await page.reload();
  await pageCodeSettled(page);
  await expect(page.getByText('No gaps: you already meet every level this role needs.')).toBeVisible();
  await expect(page.getByText(/^Already covered by your ratings: \d+ tasks/)).toBeVisible();
  await page.getByText('Your gaps, skill by skill').click();
  await expect(
    page.getByRole('table', { name: 'Current and required level for each skill' }).getByRole('cell', { name: /^\d levels?$/ }),
  ).toHaveCount(0);
});

test('on a phone the assessment goes one category at a time and every choice is a 44 px target', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await openPlanner(page);
  await expect(page.getByText(/^Category 1 of 4: Technical Competencies/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'HL7 FHIR' })).toBeHidden();
  for (const radio of await page.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio').all()) {
    const box = await radio.locator('xpath=..').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole('button', { name: 'Next category' }).click();
  await expect(page.getByText(/^Category 2 of 4: Healthcare Domain Knowledge/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Python ecosystem' })).toBeHidden();
  await page.getByRole('group', { name: 'HL7 FHIR' }).getByRole('radio', { name: '2 working' }).check();
  await expect(
    page.getByText(/^Category 2 of 4: Healthcare Domain Knowledge\. 1 of \d+ skills rated here, 1 of \d+ in all\./),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Previous category' }).click();
  await expect(page.getByText(/^Category 1 of 4/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('a rating set on a skill page appears in the plan', async ({ page }) => {
  await page.goto('skills/domain/hl7-fhir/');
  await page.getByRole('group', { name: 'Rate yourself on HL7 FHIR' }).getByRole('radio', { name: '3 proficient' }).check();
  // Nothing on a skill page changes when a rating is stored, so wait for it to be stored.
  await expect
    .poll(() =>
      page.evaluate(
        () => (JSON.parse(localStorage.getItem('hasm-progress') ?? '{}') as { ratings?: Record<string, number> }).ratings?.['hl7-fhir'],
      ),
    )
    .toBe(3);
  await openPlanner(page);
  await page.getByRole('button', { name: 'Next category' }).click();
  await expect(page.getByRole('group', { name: 'HL7 FHIR' }).getByRole('radio', { name: '3 proficient' })).toBeChecked();
});

test.describe('"On this page" lists the plan\'s steps and pictures', () => {
  const steps = ['1. Assess Current State', '2. Set Clear Goals', '3. Create Study Schedule', '4. Build Portfolio'] as const;

  test('on a phone it is a collapsed list at the top that jumps to each step', async ({ page }) => {
    test.setTimeout(60_000); // the planner's page is long on a phone
    await page.setViewportSize({ width: 375, height: 812 });
    await openPlanner(page);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    const list = page.locator('details', { has: page.locator('summary', { hasText: 'On this page' }) });
    await expect(list.getByRole('link', { name: steps[2] })).toBeHidden();
    await list.locator('summary').click();
    for (const name of [...steps, 'You now against the target', 'Your weeks at a glance', 'What each role needs'])
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    await list.getByRole('link', { name: 'Your weeks at a glance' }).click();
    await expect(page).toHaveURL(/#plan-weeks$/);
    await expect(page.getByRole('heading', { name: 'Your weeks at a glance', level: 3 })).toBeInViewport();
  });

  test('from 1280 px it is a rail beside the planner', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPlanner(page);
    const rail = page.getByRole('navigation', { name: 'On this page' });
    await expect(rail).toBeVisible();
    const main = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect((await rail.boundingBox())!.x).toBeGreaterThan(main!.x + main!.width);
    await rail.getByRole('link', { name: steps[3], exact: true }).click();
    await expect(page.getByRole('heading', { name: steps[3], level: 2 })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plan page explains what the planner needs and links to the roadmap', async ({ page }) => {
    await page.goto('plan/');
    await expect(page.getByText('The planner needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'roadmap', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What each role needs' })).toBeVisible();
    // "On this page" lists only what shows without the planner.
    await page.setViewportSize({ width: 1280, height: 900 });
    const rail = page.getByRole('navigation', { name: 'On this page' });
    await expect(rail.getByRole('link', { name: 'What each role needs' })).toBeVisible();
    await expect(rail.getByRole('link', { name: '1. Assess Current State' })).toBeHidden();
  });
});
