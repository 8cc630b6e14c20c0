/**
 * Checkpoint model answers: collapsed on a month page, opened by keyboard, with or without
 * JavaScript, and printed on the printable roadmap. The answers come from content/, so the test
 * follows the authored text.
 */
import { expect, test, type Page } from '@playwright/test';
import { open } from './settled';
import { contentEntries } from '../fixtures/content';

type Item = { question: string; answer: string };
const month1 = contentEntries('months').find((m) => m.id === 'month-01')!;
const [first, second] = month1.data['checkpoint'] as Item[];
const checks = month1.data['practicalChecks'] as { task: string; expected: string }[];

/** The disclosure of question `n` on a month page, found by its accessible name. */
const answerGroup = (page: Page, n: number) => page.getByRole('group', { name: `Model answer to question ${n}`, exact: true });
/** Its summary, the control a person presses ("Model answer", plus the question number for screen readers). */
const toggle = (page: Page, n: number) => answerGroup(page, n).locator('summary');

test('a model answer is collapsed and opens from the keyboard with Enter or Space', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const checkpoint = page.getByRole('region', { name: 'Checkpoint' });
  await expect(checkpoint.getByText(first!.question)).toBeVisible();

  const one = answerGroup(page, 1);
  await expect(one).toHaveJSProperty('open', false);
  await expect(one.getByText(first!.answer)).toBeHidden();
  await toggle(page, 1).focus();
  await page.keyboard.press('Enter');
  await expect(one).toHaveJSProperty('open', true);
  await expect(one.getByText(first!.answer)).toBeVisible();

  // Tab moves from the first summary to the next one; Space opens it.
  const two = answerGroup(page, 2);
  await page.keyboard.press('Tab');
  await expect(toggle(page, 2)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(two.getByText(second!.answer)).toBeVisible();
  await expect(answerGroup(page, 3)).toHaveJSProperty('open', false);
});

test('the practical checks list what to run and what to expect', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const checkpoint = page.getByRole('region', { name: 'Checkpoint' });
  await expect(checkpoint.getByRole('heading', { name: 'Practical checks' })).toBeVisible();
  const items = checkpoint.getByRole('list').last().getByRole('listitem');
  await expect(items).toHaveCount(checks.length);
  await expect(items.first()).toContainText(checks[0]!.task);
  await expect(items.first()).toContainText(`Expected: ${checks[0]!.expected}`);
  // A check on the pinned Synthea population comes with the command that generates it.
  await expect(checkpoint.getByText(/java -jar synthea-with-dependencies\.jar -s 42 /)).toBeVisible();
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('a model answer still opens', async ({ page }) => {
    await page.goto('roadmap/month-1/');
    const one = answerGroup(page, 1);
    await expect(one.getByText(first!.answer)).toBeHidden();
    await toggle(page, 1).click();
    await expect(one.getByText(first!.answer)).toBeVisible();
    await toggle(page, 1).press('Enter');
    await expect(one.getByText(first!.answer)).toBeHidden();
  });
});

test('the printable roadmap prints every model answer', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await open(page, 'roadmap/print/');
  const month = page.getByRole('article', { name: /^Month 1: / });
  await expect(month.getByText(first!.question)).toBeVisible();
  await expect(month.getByText(`Model answer: ${first!.answer}`)).toBeVisible();
  await expect(month.getByText(`Expected: ${checks[0]!.expected}`)).toBeVisible();
  // No answer on the page is hidden in a closed disclosure.
  await expect(page.locator('details:not([open])')).toHaveCount(0);
  const last = contentEntries('months').find((m) => m.id === 'month-18')!;
  const lastAnswer = (last.data['checkpoint'] as Item[]).at(-1)!.answer;
  await expect(page.getByRole('article', { name: /^Month 18: / }).getByText(`Model answer: ${lastAnswer}`)).toBeVisible();
});

test('printing a month page prints its model answers, which stay collapsed on screen', async ({ page }) => {
  await open(page, 'roadmap/month-1/');
  const answer = answerGroup(page, 1).getByText(first!.answer);
  await expect(answer).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(answer).toBeHidden();
});
