/**
 * Progress at a glance (issue 17, point 5; issue 14's month hours on the track): bars for each month
 * and phase, a returning visitor's home page that opens with their progress, "continue" on the first
 * open task, and the timeline that names the track and says where the pace puts you.
 */
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, reopen } from './settled';

const KEY = 'hasm-progress';

/** Each month's task ids and hours, read from content/ so the test follows the content. */
const months = readdirSync('content/months')
  .filter((f) => /^month-\d+\.mdx$/.test(f))
  .map((f) => {
    const text = readFileSync(`content/months/${f}`, 'utf8');
    const front = text.split('\n---')[0]!;
    const tasks = [...front.matchAll(/^ {2}- id: (\S+)\n {4}text: "(.*)"\n {4}hours: ([\d.]+)/gm)].map((m) => ({
      id: m[1]!,
      text: m[2]!,
      hours: Number(m[3]),
    }));
    return { month: Number(/^month: (\d+)/m.exec(front)![1]), tasks };
  })
  .sort((a, b) => a.month - b.month);
const monthOf = (n: number) => months.find((m) => m.month === n)!;

/** A stored document (current version) with the given task states and fields. */
const doc = (tasks: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  version: 3,
  tasks,
  ratings: {},
  notes: {},
  choices: {},
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});
/** Stores `value` before any page script runs, as a returning visitor's browser holds it. */
const returning = (page: Page, value: unknown) =>
  page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify(value)] as const,
  );

/** Marks task `n` of the open month page done (the checklist's own control). */
const markDone = (page: Page, n: number) =>
  page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) }).selectOption('done');

/** Days from one 'YYYY-MM-DD' to another. */
const daysFrom = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The whole roadmap on the calendar at `pace` hours a week from `start`: each month takes whole weeks. */
const schedule = (start: string, pace: number) => {
  let next = start;
  return months.map((m) => {
    const weeks = Math.max(1, Math.ceil(m.tasks.reduce((s, t) => s + t.hours, 0) / pace));
    const span = { month: m.month, start: next, end: addDays(next, weeks * 7 - 1) };
    next = addDays(next, weeks * 7);
    return span;
  });
};

test('ticking a task fills its month bar and phase bar on the roadmap, and the progress on the home page', async ({ page }) => {
  const total = monthOf(2).tasks.length;
  await open(page, 'roadmap/');
  const bar = page.getByRole('progressbar', { name: 'Progress in month 2', exact: true });
  await expect(bar).toHaveJSProperty('value', 0);
  await expect(bar).toHaveJSProperty('max', total);
  await open(page, 'roadmap/month-2/');
  await markDone(page, 1);
  await expect(page.getByText(new RegExp(`^1 of ${total} tasks done$`))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-progress', 'live', { timeout: 30_000 });
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain('"done"');

  await open(page, 'roadmap/');
  await expect(bar).toHaveJSProperty('value', 1);
  await expect(page.locator('[data-month="2"]').getByText(new RegExp(`^1 of ${total} tasks done$`))).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress in Foundation' })).toHaveJSProperty('value', 1);
  // The bars keep their place from the first paint: the static page already holds them.
  await expect(page.getByRole('progressbar', { name: 'Progress in month 1', exact: true })).toHaveJSProperty('value', 0);

  await open(page, './');
  const card = page.getByRole('region', { name: 'Your progress' });
  await expect(card.getByRole('progressbar', { name: 'Your progress' })).toHaveJSProperty('value', 1);
  const all = months.reduce((s, m) => s + m.tasks.length, 0);
  await expect(card.getByText(new RegExp(`^1 of ${all} tasks done \\(\\d+%\\)\\.$`))).toBeVisible();
});

test('a returning visitor opens the home page on their progress, and the next task link lands on that task', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const one = monthOf(1);
  const two = monthOf(2);
  // Month 1 finished (one task skipped), month 2 begun: the next task is month 2's second.
  await returning(
    page,
    doc({
      ...Object.fromEntries(one.tasks.map((t, i) => [t.id, i === 0 ? 'skipped' : 'done'])),
      [two.tasks[0]!.id]: 'done',
      [two.tasks[1]!.id]: 'in-progress',
    }),
  );
  await open(page, './');
  const card = page.getByRole('region', { name: 'Your progress' });
  await expect(card.getByRole('progressbar', { name: 'Your progress' })).toHaveJSProperty('value', one.tasks.length);
  await expect(card.getByText(new RegExp(`^Current month, 1 of ${two.tasks.length} tasks done: Month 2: `))).toBeVisible();
  await expect(card.getByRole('link', { name: /^Month 2: / })).toBeVisible();
  // No start date and pace stored: nothing is said about pace.
  await expect(card.getByText(/pace/)).toHaveCount(0);
  const next = card.getByRole('link', { name: two.tasks[1]!.text });
  await expect(next).toBeVisible();
  expect(fetched.some((p) => /\/glance\.[\w-]+\.js$/.test(p))).toBe(true);
  // "Continue" lands on the same task.
  await expect(page.getByRole('link', { name: /^Continue with month 2: / })).toHaveAttribute(
    'href',
    new RegExp(`roadmap/month-2/#task-${two.tasks[1]!.id}$`),
  );
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/roadmap/month-2/#task-${two.tasks[1]!.id}$`));
  await expect(page.locator(`#task-${two.tasks[1]!.id}`)).toBeInViewport();
});

test('a first visit to the home page shows no progress and downloads no extra script', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.clock.install();
  await open(page, './');
  await page.clock.runFor(60_000);
  await page.evaluate(() => 0); // a round trip, so requests the timers started have been reported
  await expect(page.getByRole('heading', { name: 'Learn healthcare AI, one month at a time' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Your progress/ })).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start with month 1' })).toBeVisible();
  expect(fetched.filter((p) => /glance|tasks\.json|track-ui|pacing/.test(p))).toEqual([]);
});

test('ahead or behind the pace, on a fixed clock: the home page says how far, the timeline says where the pace is', async ({ page }) => {
  const one = monthOf(1);
  const start = '2026-01-05';
  const plan = schedule(start, 10);
  const today = '2026-06-15';
  await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  // Behind: one task of month 1 in progress, months later.
  await returning(page, doc({ [one.tasks[0]!.id]: 'in-progress' }, { startDate: start, hoursPerWeek: 10 }));
  await open(page, './');
  const card = page.getByRole('region', { name: 'Your progress' });
  const behind = daysFrom(plan[0]!.end, today);
  await expect(card.getByText(new RegExp(`^You are ${behind} days behind your pace: month 1 was planned to end on `))).toBeVisible();

  await open(page, 'roadmap/');
  const due = plan.find((m) => m.start <= today && today <= m.end)!;
  const timeline = page.getByRole('figure', { name: /^The roadmap as a timeline/ });
  await expect(timeline.getByText(`You are here: month 1. Your pace says month ${due.month}.`)).toBeVisible();
  await expect(timeline.getByRole('link', { name: /^Month 1: .*, you are here$/ })).toBeVisible();
  await expect(timeline.getByRole('link', { name: new RegExp(`^Month ${due.month}: .*, your pace is here$`) })).toBeVisible();
  const cont = timeline.getByRole('link', { name: 'Continue with month 1' });
  await expect(cont).toHaveAttribute('href', new RegExp(`month-1/#task-${one.tasks[0]!.id}$`));

  // Ahead: month 1 done before month 2 was due to start.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    KEY,
    JSON.stringify(doc(Object.fromEntries(one.tasks.map((t) => [t.id, 'done'])), { startDate: '2026-06-08', hoursPerWeek: 10 })),
  ] as const);
  await open(page, './');
  const ahead = daysFrom(today, schedule('2026-06-08', 10)[1]!.start);
  await expect(card.getByText(new RegExp(`^You are ${ahead} days ahead of your pace: month 2 is planned to start on `))).toBeVisible();
});

test('the timeline names the chosen track, and month cards, the timeline and print show the track hours', async ({ page }) => {
  await open(page, 'roadmap/');
  const hoursOf = (text: string | null) => Number(/(\d+) hours/.exec(text ?? '')?.[1]);
  const wholeCards = await page.locator('.month-card .meta').allTextContents();
  await returning(page, doc({}, { role: 'healthcare-data-analyst' }));
  await reopen(page);
  const timeline = page.getByRole('figure', { name: /^The roadmap as a timeline/ });
  await expect(timeline.getByText(/^Showing the Healthcare data analyst track/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Month 1: .*hours on your track/ })).toBeVisible();
  const cards = await page.locator('.month-card .meta').allTextContents();
  // The analyst's track leaves out some tasks, so some months take fewer hours on it.
  expect(cards.some((c, i) => hoursOf(c) < hoursOf(wholeCards[i]!))).toBe(true);
  for (const [i, card] of cards.entries()) {
    const n = i + 1;
    await expect(timeline.getByRole('link', { name: new RegExp(`^Month ${n}: .*, ${hoursOf(card)} hours on your track`) })).toBeVisible();
  }
  await open(page, 'roadmap/print/');
  await expect(page.getByText(/^This is the Healthcare data analyst track/)).toBeVisible();
  for (const [i, card] of cards.entries())
    await expect(page.getByRole('heading', { name: new RegExp(`^Month ${i + 1}: .* \\(${hoursOf(card)} h\\)$`) })).toBeVisible();
});

test('the progress card and bars pass axe in both themes at 375 px', async ({ page }) => {
  test.setTimeout(180_000); // four axe runs (the parts this spec is about; quality.spec.ts sweeps whole pages)
  await page.setViewportSize({ width: 375, height: 800 });
  await returning(page, doc({ [monthOf(1).tasks[0]!.id]: 'done' }, { startDate: '2026-01-05', hoursPerWeek: 10 }));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['./', 'roadmap/']) {
      await open(page, path);
      await expect(page.getByRole('progressbar').first()).toBeVisible();
      if (path === './') await expect(page.getByText(/^Next task: /)).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .include(path === './' ? '[data-glance]' : '.timeline')
        .include(path === './' ? '[data-continue-slot]' : '.month-card')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${scheme} /${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

for (const width of [375, 1280])
  test(`at ${width} px, the home page does not move when a returning visitor’s progress fills in, on the track with the longest name, with a pace`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-03-01T09:00:00Z'));
    await page.setViewportSize({ width, height: 800 });
    const one = monthOf(1);
    // Long lines: a role track, tasks in progress and skipped, and a pace to be ahead of or behind.
    await returning(
      page,
      doc(
        { [one.tasks[0]!.id]: 'done', [one.tasks[1]!.id]: 'in-progress', [one.tasks[2]!.id]: 'skipped' },
        { role: 'health-data-interoperability-engineer', startDate: '2027-01-04', hoursPerWeek: 10 },
      ),
    );
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, './');
    const card = page.getByRole('region', { name: 'Your progress' });
    await expect(card.getByText(/tasks done on the .+ track/)).toBeVisible();
    await expect(card.getByText(/pace/)).toBeVisible();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
  });
