import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

test.describe('the plan as pictures', () => {
  const role = contentEntries('roles').find((r) => r.id === 'healthcare-ml-engineer')!;
  const roleTitle = String(role.data['title']);
  const target = (role.data['levels'] as { entry: Record<string, number> }).entry;
  const categories = contentEntries('categories').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));

  /** A software engineer aiming at Healthcare ML engineer, at 10 hours a week from 4 January 2027. */
  async function engineerPlan(page: Page): Promise<void> {
    await page.clock.setFixedTime(new Date('2027-01-04T09:00:00Z'));
    await open(page, 'plan/');
    await page.getByLabel('Start from a background').selectOption({ label: 'Software engineer' });
    await expect(page.getByRole('status').filter({ hasText: /^Filled in \d+ ratings for: Software engineer\./ })).toBeVisible();
    await page.getByLabel('Target role').selectOption({ label: roleTitle });
  }

  /** Scrolls to a picture: its code loads as it nears the screen. */
  async function scrollTo(page: Page, heading: 'You now against the target' | 'Your weeks at a glance'): Promise<void> {
    await page.getByRole('heading', { name: heading, level: 3 }).scrollIntoViewIfNeeded();
  }

  /** Each bar of a category as a screen reader reads it: "SQL: you 1, target 3, gap 2". */
  const barsInWords = (list: Locator) =>
    list.getByRole('listitem').evaluateAll((items) =>
      items.map((li) =>
        [...li.childNodes]
          .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
          .map((n) => n.textContent)
          .join(''),
      ),
    );

  test('"you now" against the target lists every skill the role asks for, by category, largest gap first, each in words', async ({
    page,
  }) => {
    await engineerPlan(page);
    const needed = skills.filter((s) => (target[s.id] ?? 0) > 0);
    await scrollTo(page, 'You now against the target');
    const picture = page.getByRole('figure', {
      name: new RegExp(`^Each of the ${needed.length} skills the ${roleTitle} role asks for, by category, largest gap first`),
    });
    await expect(picture).toBeVisible();
    let listed = 0;
    for (const c of categories) {
      const own = needed.filter((s) => s.category === c.id);
      const list = picture.getByRole('list', { name: String(c.data['title']) });
      if (!own.length) {
        await expect(list).toBeHidden();
        continue;
      }
      const bars = await barsInWords(list);
      expect(bars).toHaveLength(own.length);
      const gaps = bars.map((text) => {
        const [, title, , need, gap] = /^(.+): you (\d|not rated), target (\d), (?:gap (\d)|no gap)$/.exec(text) ?? [];
        const skill = own.find((s) => s.title === title);
        expect(skill, text).toBeTruthy();
        expect(Number(need), text).toBe(target[skill!.id]);
        return Number(gap ?? 0);
      });
      expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      listed += bars.length;
    }
    expect(listed).toBe(needed.length);
    // Beside each bar the eye gets its gap.
    await expect(picture.getByText(/^gap \d$/).first()).toBeVisible();

    // A new rating moves the bar at once.
    const python = picture
      .getByRole('list', { name: 'Technical Competencies' })
      .getByRole('listitem')
      .filter({ hasText: 'Python ecosystem' });
    await expect(python).toContainText(`you 2, target ${target['python-ecosystem']}`);
    await page.getByRole('group', { name: 'Python ecosystem' }).getByRole('radio', { name: '4 expert' }).check();
    await expect(python).toContainText(`you 4, target ${target['python-ecosystem']}, no gap`);
    // So does another role.
    await page.getByLabel('Target role').selectOption({ label: 'Clinical informaticist' });
    await expect(page.getByRole('figure', { name: /^Each of the \d+ skills the Clinical informaticist role asks for/ })).toBeVisible();
  });

  test('the schedule is a strip with one cell per week, each saying what it holds, and the weeks in words below', async ({ page }) => {
    await engineerPlan(page);
    await scrollTo(page, 'Your weeks at a glance');
    const schedule = page.getByRole('region', { name: '3. Create Study Schedule' });
    const weeksOf = async () =>
      Number(/ in all: (\d+) weeks? at /.exec(await schedule.getByText(/ in all: \d+ weeks? at /).innerText())?.[1]);
    const weeks = await weeksOf();
    expect(weeks).toBeGreaterThan(4);
    const strip = schedule.getByRole('img', { name: new RegExp(`^Your ${weeks} weeks as a strip: technical work in \\d+`) });
    const cells = strip.locator('[data-week]');
    await expect(cells).toHaveCount(weeks);
    const titles = await cells.locator('title').allTextContents();
    titles.forEach((t, i) => expect(t).toMatch(new RegExp(`^Week ${i + 1}, \\d+ \\w+ to \\d+ \\w+ \\d{4}: .+ [\\d.]+ h$`)));
    expect(titles[0]).toMatch(/^Week 1, 4 January to 10 January 2027: /);
    // Week 1's cell names the skill of every task listed for week 1.
    for (const item of await schedule.getByRole('list', { name: 'Week 1 tasks' }).getByRole('listitem').allInnerTexts())
      expect(titles[0]).toContain(/· ([^·]+) · [\d.]+ h/.exec(item)![1]!.trim());
    // A tap shows a week's words under the strip.
    await cells.nth(2).click();
    await expect(schedule.getByRole('paragraph').filter({ hasText: /^Week 3, \d+ \w+ to / })).toBeVisible();
    await expect(schedule.getByRole('link', { name: 'The weeks in words, by roadmap month' })).toHaveAttribute('href', '#plan-week-list');

    // Twice the hours, about half the weeks: the strip follows.
    await page.getByLabel('Hours per week').fill('20');
    await page.getByLabel('Hours per week').blur();
    await expect.poll(weeksOf).toBeLessThan(weeks);
    await expect(schedule.getByRole('img', { name: /^Your \d+ weeks as a strip/ }).locator('[data-week]')).toHaveCount(await weeksOf());
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe finds nothing on the plan with its pictures, ${scheme}, at 375 and 1280 px`, async ({ page }) => {
      test.setTimeout(180_000); // the planner's page is large, and axe runs twice
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 375, height: 900 });
      await engineerPlan(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await scrollTo(page, 'You now against the target');
      await scrollTo(page, 'Your weeks at a glance');
      await expect(page.getByRole('figure', { name: /^Each of the \d+ skills/ })).toBeAttached();
      await expect(page.getByRole('img', { name: /^Your \d+ weeks as a strip/ })).toBeAttached();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${width}px`,
        ).toEqual([]);
      }
    });
});
