import { expect, test } from '@playwright/test';

test('a retired certification without an official successor names the nearest current exams as our suggestion', async ({ page }) => {
  await page.goto('certifications/aws-ml-specialty/');
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('The issuer names no successor. The nearest current exams, in our judgment, are');
  await expect(status).not.toContainText('Its successor is');
  await expect(status.getByRole('link', { name: 'AWS Certified Generative AI Developer – Professional' })).toBeVisible();
});

test('a retired certification with an official successor says the issuer names it, and the successor says whom it replaces', async ({
  page,
}) => {
  await page.goto('certifications/azure-ai-engineer-associate/');
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('The issuer names its successor:');
  await status.getByRole('link', { name: /Azure AI Apps and Agents Developer Associate/ }).click();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText(
    'Official successor for Microsoft Certified: Azure AI Engineer Associate',
  );
});

test('an unconfirmed fee tells the reader to check with the issuer, with a link, and secondary sources are labeled', async ({ page }) => {
  await page.goto('certifications/azure-ai-apps-agents-developer/');
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts).toContainText('The current value is not confirmed here; check it with Microsoft.');
  await expect(facts.getByRole('link', { name: 'Microsoft' }).first()).toHaveAttribute('href', /learn\.microsoft\.com/);
  await expect(facts).toContainText('(secondary source)');
});

test('the comparison filter gives fees to check their own band', async ({ page }) => {
  await page.goto('certifications/');
  await page.getByLabel('Cost').selectOption({ label: 'Fee to check with the issuer' });
  await expect(page.getByRole('rowheader', { name: /Azure AI Apps and Agents Developer/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Generative AI Developer/ })).toBeHidden();
});

test('the About page says who stands behind the site, and links no repository it was not given', async ({ page }) => {
  await page.goto('about/');
  await expect(page.getByRole('heading', { name: 'Who stands behind it' })).toBeVisible();
  // The test build sets no REPO_URL, so the page guesses no address (unit tests cover the links built from one).
  await expect(page.getByText('Tell whoever publishes this copy of the site, naming the page')).toBeVisible();
  await expect(page.getByRole('link', { name: /Open an issue|project repository/ })).toHaveCount(0);
  await expect(page.getByText(/CC BY 4\.0/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Changes to facts' })).toBeVisible();
});
