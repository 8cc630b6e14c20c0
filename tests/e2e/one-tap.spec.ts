/**
 * One tap to mark a task done (issue 17, point 6): a Done box on every task beside the status menu,
 * done tasks dimmed, a "Checklist (done/total)" link by the month's title, the controls under the
 * text on a phone; and (point 7) the roadmap page's backup and calendar tools folded below the months.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, reopen } from './settled';

const KEY = 'hasm-progress';
const doneBox = (page: Page, n: number) => page.getByRole('checkbox', { name: `Done: task ${n}`, exact: true });
const statusOf = (page: Page, n: number) => page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) });
/** The "Checklist (done/total)" link by the month's title. */
const checklistLink = (page: Page) => page.getByRole('link', { name: /^Checklist \(\d+\/\d+\)$/ });
/** The task's text, as a person reads it (the Done box is described by it). */
const taskText = (page: Page, n: number) =>
  page
    .locator('[data-task-id]')
    .nth(n - 1)
    .locator('.task-text');

test('one tap on Done marks the task done, the menu and the Checklist link follow, and it survives a reload', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const boxes = page.getByRole('checkbox', { name: /^Done: task \d+$/ });
  const total = await boxes.count();
  expect(total).toBeGreaterThan(2);
  await expect(checklistLink(page)).toHaveText(`Checklist (0/${total})`);
  await doneBox(page, 1).click();
  await expect(doneBox(page, 1)).toBeChecked();
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(checklistLink(page)).toHaveText(`Checklist (1/${total})`);
  await expect(page.getByText(`1 of ${total} tasks done`, { exact: true })).toBeVisible();
  await reopen(page);
  await expect(doneBox(page, 1)).toBeChecked();
  await expect(statusOf(page, 1)).toHaveValue('done');
  await expect(checklistLink(page)).toHaveText(`Checklist (1/${total})`);
  // The menu sets done too, and the box follows it.
  await statusOf(page, 2).selectOption('done');
  await expect(doneBox(page, 2)).toBeChecked();
  await expect(checklistLink(page)).toHaveText(`Checklist (2/${total})`);
  // The link jumps to the checklist.
  await checklistLink(page).click();
  await expect(page).toHaveURL(/#tasks$/);
  await expect(page.getByRole('heading', { name: 'Checklist', level: 2 })).toBeInViewport();
});

test('unticking undoes the tick: a task in progress goes back to in progress, one that was not started to not started', async ({
  page,
}) => {
  await open(page, 'roadmap/month-2/');
  await statusOf(page, 1).selectOption('in-progress');
  await doneBox(page, 1).check();
  await expect(statusOf(page, 1)).toHaveValue('done');
  await doneBox(page, 1).uncheck();
  await expect(statusOf(page, 1)).toHaveValue('in-progress');
  await doneBox(page, 2).check();
  await doneBox(page, 2).uncheck();
  await expect(statusOf(page, 2)).toHaveValue('open');
  await reopen(page);
  await expect(statusOf(page, 1)).toHaveValue('in-progress');
  await expect(statusOf(page, 2)).toHaveValue('open');
});

test('a done task is dimmed, not struck through', async ({ page }) => {
  await open(page, 'roadmap/month-3/');
  await doneBox(page, 1).check();
  await expect(page.locator('[data-task-id]').first()).toHaveAttribute('data-state', 'done');
  const style = (n: number) =>
    taskText(page, n).evaluate((el) => ({ color: getComputedStyle(el).color, line: getComputedStyle(el).textDecorationLine }));
  const [done, open_] = [await style(1), await style(2)];
  expect(done.line).toBe('none');
  expect(done.color).not.toBe(open_.color);
});

test('keyboard only: the Checklist link jumps to the tasks, Space ticks and unticks Done, and the status menu is the next stop', async ({
  page,
}) => {
  test.setTimeout(60_000); // a Tab at a time, on a machine that may be busy
  await open(page, 'roadmap/month-4/');
  const focused = (l: Locator) => l.evaluate((el) => el === document.activeElement);
  const link = checklistLink(page);
  for (let i = 0; i < 40 && !(await focused(link)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#tasks$/);
  // From the checklist's heading, the track picker comes first, then the first task.
  const box = doneBox(page, 1);
  for (let i = 0; i < 20 && !(await focused(box)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(checklistLink(page)).toHaveText(/^Checklist \(1\/\d+\)$/);
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(checklistLink(page)).toHaveText(/^Checklist \(0\/\d+\)$/);
  await page.keyboard.press('Tab');
  await expect(statusOf(page, 1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await reopen(page);
  await expect(doneBox(page, 1)).toBeChecked();
});

test('another open tab follows a tick', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await open(a, 'roadmap/month-5/');
  await open(b, 'roadmap/month-5/');
  await doneBox(a, 2).check();
  await expect(doneBox(b, 2)).toBeChecked();
  await expect(checklistLink(b)).toHaveText(/^Checklist \(1\/\d+\)$/);
});

test('a tick is never written over progress saved by a newer version of the site, and says so by the task', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const newer = JSON.stringify({ version: 99, tasks: {}, ratings: {}, notes: {}, choices: {}, updatedAt: 'x' });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, newer]);
  await reopen(page);
  await expect(page.getByText('Your progress was saved by a newer version of this site.').first()).toBeVisible();
  await doneBox(page, 3).check();
  await expect(page.locator('[data-task-id]').nth(2).getByRole('alert')).toContainText('newer version');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('the Done box and the menu sit under the task text, which keeps the card’s width, with 44 px targets', async ({ page }) => {
    await open(page, 'roadmap/month-1/');
    const text = (await taskText(page, 1).boundingBox())!;
    const card = (await page.locator('[data-task-id]').first().boundingBox())!;
    const done = (await page.locator('label', { has: doneBox(page, 1) }).boundingBox())!;
    const menu = (await statusOf(page, 1).boundingBox())!;
    expect(done.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(menu.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(text.width).toBeGreaterThan(card.width * 0.8);
    for (const box of [done, menu]) expect(box.height).toBeGreaterThanOrEqual(44);
    await doneBox(page, 1).tap();
    await expect(doneBox(page, 1)).toBeChecked();
    await expect(statusOf(page, 1)).toHaveValue('done');
  });

  test('"On this page" lists the month’s sections', async ({ page }) => {
    await page.goto('roadmap/month-1/');
    const list = page.locator('details', { has: page.locator('summary', { hasText: 'On this page' }) });
    await list.locator('summary').click();
    for (const name of ['Goals', 'Week by week', 'Checklist', 'Project', 'Checkpoint', 'Resources'])
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    await list.getByRole('link', { name: 'Checkpoint', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Checkpoint', level: 2 })).toBeInViewport();
  });
});

test('from 1280 px, "On this page" is a rail beside the month', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('roadmap/month-1/');
  const rail = page.getByRole('navigation', { name: 'On this page' });
  await expect(rail.getByRole('link', { name: 'Checklist', exact: true })).toBeVisible();
  await expect(rail.getByRole('link', { name: 'Week by week', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });

  test('the Checklist link shows no counts, and the note about saving stays true', async ({ page }) => {
    await page.goto('roadmap/month-1/');
    await expect(page.getByRole('link', { name: 'Checklist', exact: true })).toHaveAttribute('href', '#tasks');
    await expect(page.getByText('Saving your progress needs JavaScript')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Done: task/ })).toHaveCount(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a month page with done, in-progress and skipped tasks has no axe violations in the ${scheme} theme, at 375 and 1280 px`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // two axe runs on a large page, on a machine that may be busy
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 375, height: 900 });
    await open(page, 'roadmap/month-1/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await doneBox(page, 1).check();
    await statusOf(page, 2).selectOption('in-progress');
    await statusOf(page, 3).selectOption('skipped');
    await expect(checklistLink(page)).toHaveText(/^Checklist \(1\/\d+\)$/);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect
        .soft(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${scheme} ${width}px`,
        )
        .toEqual([]);
    }
  });
}

test('the roadmap shows its months first; backup, import and calendar wait in a closed "Backup and calendar" disclosure below them', async ({
  page,
}) => {
  await open(page, 'roadmap/');
  const backup = page.getByRole('group', { name: 'Backup and calendar' });
  await expect(backup).toBeVisible();
  await expect(backup).not.toHaveAttribute('open');
  for (const name of ['Download progress (JSON)', 'Download calendar (.ics)'])
    await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByText('Import progress…')).toBeHidden();
  const lastMonth = (await page.locator('[data-month="18"]').boundingBox())!;
  const firstMonth = (await page.locator('[data-month="1"]').boundingBox())!;
  const box = (await backup.boundingBox())!;
  expect(box.y).toBeGreaterThan(lastMonth.y + lastMonth.height);
  // The pace stays above the months, where its dates show.
  expect((await page.getByRole('region', { name: 'Your pace' }).boundingBox())!.y).toBeLessThan(firstMonth.y);
  await backup.locator('summary').click();
  for (const name of ['Download progress (JSON)', 'Download calendar (.ics)'])
    await expect(backup.getByRole('button', { name })).toBeVisible();
  await expect(backup.getByText('Import progress…')).toBeVisible();
});

test('controls taken out of the page stop listening, and listen again once put back', async ({ context }) => {
  // The progress code is held, so a change handed to it stays on its way, and leaving the page asks first.
  await context.route(/\/progress-live\.[^/]*\.js$/, () => undefined);
  /** Opens month 1, changes task 1's box while its controls are out of the page, maybe puts them back and ticks it, then leaves. */
  const leave = async (putBack: boolean) => {
    const page = await context.newPage();
    await open(page, 'roadmap/month-1/');
    await page.locator('h1').click(); // a person's first gesture on the page, which lets it ask before leaving
    const controls = page.locator('[data-task-id]').first().locator('progress-controls');
    await controls.evaluate((el) => {
      const parent = el.parentElement!;
      el.remove();
      // A box out of the page fires no change of its own when clicked, so a script sends one.
      el.querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
      (window as unknown as { away: [Element, Element] }).away = [el, parent];
    });
    if (putBack) {
      await page.evaluate(() => {
        const [el, parent] = (window as unknown as { away: [Element, Element] }).away;
        parent.append(el);
      });
      await doneBox(page, 1).click();
    }
    const asked: string[] = [];
    page.on('dialog', (d) => void (asked.push(d.type()), d.accept()));
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    return asked;
  };
  expect(await leave(false)).toEqual([]);
  expect(await leave(true)).toEqual(['beforeunload']);
});
